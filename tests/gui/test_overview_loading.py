"""Oversikt reads each card's rows once when it is made (it was twice), and again on refresh;
a card with many rows sizes its columns by the first ones only."""
import datetime

from samvirke_desktop.db.models import Volunteer
from samvirke_desktop.domain import overview
from samvirke_desktop.gui.overview_cards.card_table import SAMPLE_ROWS
from samvirke_desktop.gui.pages.overview import OverviewPage

TODAY = datetime.date(2026, 6, 5)


def _volunteers_with_expired_certificates(count):
    Volunteer.insert_many([
        {"first_name": f"Frivillig {i}", "last_name": "Hansen",
         "police_certificate_shown": datetime.date(2020, 1, 1),
         "start_date": datetime.date(2020, 1, 1)} for i in range(count)]).execute()


def test_cards_read_their_rows_once_when_the_page_is_made(database, qtbot, monkeypatch):
    _volunteers_with_expired_certificates(3)
    calls = []
    original = overview.certificate_watch
    monkeypatch.setattr(overview, "certificate_watch",
                        lambda today: calls.append(today) or original(today))
    page = OverviewPage(today=TODAY)
    qtbot.addWidget(page)
    assert calls == [TODAY]
    card = page.overview_cards["certificates"]
    assert len(card.rows()) == 3 and card.count_label.text() == "3"

    _volunteers_with_expired_certificates(2)
    page.refresh()
    assert calls == [TODAY, TODAY]
    assert len(card.rows()) == 5 and card.count_label.text() == "5"


def test_a_long_card_is_sized_by_its_first_rows(database, qtbot):
    _volunteers_with_expired_certificates(SAMPLE_ROWS + 50)
    page = OverviewPage(today=TODAY)
    qtbot.addWidget(page)
    card = page.overview_cards["certificates"]
    assert card.model.rowCount() == SAMPLE_ROWS + 50
    assert card.view.horizontalHeader().resizeContentsPrecision() == SAMPLE_ROWS
