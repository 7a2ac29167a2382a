"""The shared edit-form frame: errors beside fields, unsaved changes, conflicts, busy database."""
import datetime

import pytest
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFormLayout, QLineEdit

from samvirke_desktop.db.models import Site
from samvirke_desktop.domain.team import record_changes
from samvirke_desktop.domain.validation import FieldErrors, InvalidValue
from samvirke_desktop.errors import DatabaseBusy
from samvirke_desktop.gui import notices
from samvirke_desktop.gui.record_dialog import RecordDialog
from samvirke_desktop.gui.widgets.date_field import DateField


class SiteForm(RecordDialog):
    """A small form over Site, enough to drive every path of the frame."""

    busy = False

    def setup_form(self, body):
        form = QFormLayout(body)
        self.name_edit = QLineEdit(body)
        self.city_edit = QLineEdit(body)
        self.date_edit = DateField(body)
        form.addRow("&Navn", self.name_edit)
        form.addRow("&Sted", self.city_edit)
        form.addRow("&Dato", self.date_edit)

    def field_widgets(self):
        return {"name": self.name_edit, "city": self.city_edit, "date": self.date_edit}

    def required_fields(self):
        return {"name"}

    def read(self, record_id):
        site = Site.get_by_id(record_id)
        return {"name": site.name, "city": site.city, "date": ""}, site.version

    def fill(self, values):
        self.name_edit.setText(values.get("name", ""))
        self.city_edit.setText(values.get("city", ""))
        self.date_edit.setText(values.get("date", ""))

    def values(self):
        return {"name": self.name_edit.text(), "city": self.city_edit.text(),
                "date": self.date_edit.text()}

    def save(self, values, record_id, version):
        if self.busy:
            raise DatabaseBusy("opptatt")
        errors = FieldErrors()
        if not values["name"].strip():
            errors.add("name", "Skriv navnet på området.")
        with errors.check("date"):
            self.date_edit.date()
        errors.raise_if_any()
        if record_id is None:
            return record_changes.create(Site, name=values["name"], city=values["city"]).id
        return record_changes.update(Site, record_id, version, name=values["name"],
                                     city=values["city"]).id


def test_new_record_is_saved_and_reopened(database, qtbot):
    dialog = SiteForm()
    qtbot.addWidget(dialog)
    assert dialog.name_edit.accessibleDescription() == "Må fylles ut"
    qtbot.keyClicks(dialog.name_edit, "Vestre blokk")
    qtbot.keyClicks(dialog.city_edit, "Oslo")
    save_shortcut, = [shortcut for shortcut in dialog.findChildren(QShortcut)
                      if shortcut.key() == QKeySequence("Ctrl+S")]
    with qtbot.waitSignal(dialog.record_saved) as saved:
        save_shortcut.activated.emit()
    site = Site.get_by_id(saved.args[0])
    assert (site.name, site.city) == ("Vestre blokk", "Oslo")

    again = SiteForm(site.id)
    qtbot.addWidget(again)
    assert again.values()["name"] == "Vestre blokk"
    assert not again.has_unsaved_changes()


def test_errors_shown_next_to_fields_and_nothing_saved(database, qtbot):
    dialog = SiteForm()
    qtbot.addWidget(dialog)
    dialog.date_edit.setText("31.02.2026")
    assert dialog.try_save() is False
    assert Site.select().count() == 0
    assert dialog.field_error("name") == "Skriv navnet på området."
    assert "finnes ikke" in dialog.field_error("date") or dialog.field_error("date")
    assert dialog.name_edit.property("invalid") is True
    assert not dialog.error_banner.isHidden()
    assert "Navn: Skriv navnet på området." in dialog.error_banner.text()
    # The typed values are still there, and fixing them saves.
    assert dialog.date_edit.text() == "31.02.2026"
    dialog.name_edit.setText("Østre")
    dialog.date_edit.setText("5.6.26")
    assert dialog.try_save() is True
    assert dialog.field_error("name") == ""
    assert Site.get().name == "Østre"


def test_date_field_reads_short_dates_and_rejects_wrong_ones(qtbot):
    field = DateField()
    qtbot.addWidget(field)
    field.setText("5.6.26")
    assert field.date() == datetime.date(2026, 6, 5)
    field.editingFinished.emit()
    assert field.text() == "05.06.2026"
    field.setText("hei")
    with pytest.raises(InvalidValue):
        field.date()
    field.set_date(None)
    assert field.date() is None


def test_closing_with_unsaved_changes_asks_and_keeps_the_form(database, qtbot, monkeypatch):
    dialog = SiteForm()
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Nytt område")
    answers = iter(["back", "discard"])
    monkeypatch.setattr(notices, "ask", lambda *args, **kwargs: next(answers))
    dialog.reject()
    assert dialog.result() == 0 and dialog.name_edit.text() == "Nytt område"
    dialog.show()
    dialog.reject()
    assert not dialog.isVisible()
    assert Site.select().count() == 0


def test_busy_database_keeps_the_input(database, qtbot):
    dialog = SiteForm()
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Midtre")
    dialog.busy = True
    assert dialog.try_save() is False
    assert dialog.name_edit.text() == "Midtre"
    dialog.busy = False
    assert dialog.try_save() is True


def test_colleague_saved_first_reload_or_keep_mine(database, qtbot, monkeypatch):
    site = record_changes.create(Site, name="Tårnet", city="Oslo")
    dialog = SiteForm(site.id)
    qtbot.addWidget(dialog)
    dialog.city_edit.setText("Bergen")

    # A colleague saves the same site first.
    record_changes.update(Site, site.id, site.version, city="Drammen")
    answers = iter(["reload"])
    monkeypatch.setattr(notices, "ask", lambda *args, **kwargs: next(answers))
    assert dialog.try_save() is False
    assert dialog.city_edit.text() == "Drammen"   # reloaded: the colleague's save is shown
    assert Site.get_by_id(site.id).city == "Drammen"

    dialog.city_edit.setText("Bergen")
    record_changes.update(Site, site.id, dialog.version, city="Moss")
    monkeypatch.setattr(notices, "ask", lambda *args, **kwargs: "compare")
    from samvirke_desktop.gui import record_dialog
    seen = {}

    def keep_mine(parent, changed_by, labels, mine, theirs, display):
        seen.update(labels=labels, mine=mine, theirs=theirs)
        return "mine"

    monkeypatch.setattr(record_dialog.CompareDialog, "choose", staticmethod(keep_mine))
    assert dialog.try_save() is True
    assert seen["theirs"]["city"] == "Moss" and seen["mine"]["city"] == "Bergen"
    assert seen["labels"]["city"] == "Sted"
    assert Site.get_by_id(site.id).city == "Bergen"
