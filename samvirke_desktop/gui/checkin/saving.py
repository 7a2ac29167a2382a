"""Running one check-in write and telling the user plainly how it went.

A busy database (a colleague's PC is saving that very moment) is shown in the window's
banner instead of a dialog: the organiser can simply tap again. Other expected errors get
the usual message box. A successful save updates the «Lagret kl. …» line.
"""
import datetime
import logging

from PySide6.QtWidgets import QLabel, QWidget

from samvirke_desktop.errors import DatabaseBusy, RecordGone, SamvirkeError, ValidationError
from samvirke_desktop.gui import notices

log = logging.getLogger(__name__)

FAILED = object()  # what ``Saver.run`` returns when nothing was saved

BUSY_TEXT = "En kollega lagrer akkurat nå, så dette ble ikke lagret. Prøv igjen om et øyeblikk."


class Saver:
    def __init__(self, window: QWidget, banner: QLabel, saved_label: QLabel, on_gone=None):
        self._window = window
        self._banner = banner
        self._saved_label = saved_label
        self._on_gone = on_gone
        self.before_write = None
        banner.hide()

    def run(self, fn, *args, field_errors=None, **kwargs):
        """Call ``fn`` and return its result; on an expected error tell the user and return
        ``FAILED``.

        ``field_errors``: a callable that shows a ValidationError beside its fields
        instead of in a message box. ``before_write`` (set by the window) may say no first.
        """
        if self.before_write is not None and not self.before_write():
            return FAILED
        try:
            result = fn(*args, **kwargs)
        except DatabaseBusy:
            self.show_banner(BUSY_TEXT)
            return FAILED
        except ValidationError as exc:
            if field_errors is not None:
                field_errors(exc)
            else:
                self.show_banner(exc.message)
            return FAILED
        except RecordGone as exc:
            notices.show_expected_error(self._window, exc)
            if self._on_gone is not None:
                self._on_gone()
            return FAILED
        except SamvirkeError as exc:
            log.info("Check-in: %s", exc.message)
            notices.show_expected_error(self._window, exc)
            return FAILED
        self._banner.hide()
        self.saved()
        return result

    def saved(self) -> None:
        self._saved_label.setText(
            f"Lagret kl. {datetime.datetime.now():%H:%M:%S}")

    def show_banner(self, text: str) -> None:
        self._banner.setText(text)
        self._banner.show()

    def hide_banner(self) -> None:
        self._banner.hide()
