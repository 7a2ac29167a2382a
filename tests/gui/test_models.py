"""Every list model passes Qt's model tester; sorting and search behave as the team expects."""
import datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from samvirke_desktop.db.folding import search_text
from samvirke_desktop.domain.activities.activity_list import ActivityRow, list_activities
from samvirke_desktop.domain.grants.application_list import ApplicationRow, list_applications
from samvirke_desktop.domain.overview import list_week_sessions
from samvirke_desktop.domain.partners.partner_list import list_partners
from samvirke_desktop.domain.people.resident_list import ResidentRow, list_residents
from samvirke_desktop.domain.people.volunteer_list import list_volunteers
from samvirke_desktop.gui.models.activities import ActivityTableModel
from samvirke_desktop.gui.models.applications import ApplicationTableModel
from samvirke_desktop.gui.models.base import RIGHT, SEARCH_ROLE, text_sort_key
from samvirke_desktop.gui.models.partners import PartnerTableModel
from samvirke_desktop.gui.models.proxy import SearchProxyModel, search_pattern
from samvirke_desktop.gui.models.report_kinds import ReportKindTableModel, report_kinds
from samvirke_desktop.gui.models.residents import ResidentTableModel
from samvirke_desktop.gui.models.sessions import SessionTableModel
from samvirke_desktop.gui.models.volunteers import VolunteerTableModel

CASES = [
    (ResidentTableModel, list_residents),
    (VolunteerTableModel, list_volunteers),
    (PartnerTableModel, list_partners),
    (ActivityTableModel, list_activities),
    (ApplicationTableModel, list_applications),
    (SessionTableModel, list_week_sessions),
    (ReportKindTableModel, report_kinds),
]


def resident(rid, first, last="", age=None, gender="unspecified", site="", archived=False):
    return ResidentRow(rid, first, last, age, gender, site, "", "", archived, False,
                       search_text(first, last))


def column_texts(model, column):
    return [model.index(row, column).data() for row in range(model.rowCount())]


@pytest.mark.parametrize(("model_class", "load"), CASES, ids=[c[0].__name__ for c in CASES])
def test_model_passes_qt_model_tester(qtmodeltester, filled_database, model_class, load):
    model = model_class()
    model.set_rows(load())
    assert model.rowCount() > 0
    qtmodeltester.check(model, force_py=True)
    proxy = SearchProxyModel()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy, force_py=True)


def test_empty_model_passes_model_tester(qtmodeltester):
    qtmodeltester.check(ResidentTableModel(), force_py=True)


def test_every_column_has_a_norwegian_header(qapp):
    model = ResidentTableModel()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Navn", "Alder", "Kjønn", "Område", "Husstand", "Språk", "Samtykker"]


def test_norwegian_alphabet_order():
    names = ["Øystein", "Zainab", "Åse", "Ærlig", "Şükrü", "Ali", "Émile"]
    assert sorted(names, key=text_sort_key) == ["Ali", "Émile", "Şükrü", "Zainab", "Ærlig",
                                                "Øystein", "Åse"]


def test_sorting_residents_by_name_and_by_age(qapp):
    model = ResidentTableModel()
    model.set_rows([resident(1, "Åse", age=70), resident(2, "Zainab", age=9),
                    resident(3, "Şükrü", age=None), resident(4, "Amina", age=12)])
    model.sort(model.COL_NAME)
    assert column_texts(model, model.COL_NAME) == ["Amina", "Şükrü", "Zainab", "Åse"]
    model.sort(model.COL_AGE, Qt.SortOrder.DescendingOrder)
    assert column_texts(model, model.COL_AGE) == ["70", "12", "9", ""]


def test_sorting_through_the_proxy_sorts_the_model_and_keeps_the_filter(qapp):
    model = ResidentTableModel()
    model.set_rows([resident(1, "Bjørn", "Hansen"), resident(2, "Ali", "Hassan"),
                    resident(3, "Cecilie", "Hassan")])
    proxy = SearchProxyModel()
    proxy.setSourceModel(model)
    proxy.set_query("hassan")
    proxy.sort(model.COL_NAME, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == [
        "Cecilie Hassan", "Ali Hassan"]


def test_search_folds_accents_and_words_in_any_order(qapp):
    model = ResidentTableModel()
    model.set_rows([resident(1, "Şükrü", "Yılmaz", site="Gamle Oslovei 2"),
                    resident(2, "Amina", "Hassan", site="Kvartal 5")])
    proxy = SearchProxyModel()
    proxy.setSourceModel(model)
    proxy.set_query("sukru")
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["Şükrü Yılmaz"]
    proxy.set_query("YILMAZ şükrü")
    assert proxy.rowCount() == 1
    proxy.set_query("kvartal")  # the site is searched too
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["Amina Hassan"]
    proxy.set_query("a.b")  # regular-expression characters are taken literally
    assert proxy.rowCount() == 0
    proxy.set_query("  ")
    assert proxy.rowCount() == 2
    assert model.index(0, 3).data(SEARCH_ROLE).startswith("sukru yilmaz")
    assert search_pattern("") == ""


def test_typing_narrows_and_deleting_widens_the_search(qapp):
    model = ResidentTableModel()
    model.set_rows([resident(1, "Hans", "Berg"), resident(2, "Hanne", "Lie"),
                    resident(3, "Ali", "Hassan"), resident(4, "Omar", "Ali")])
    proxy = SearchProxyModel()
    proxy.setSourceModel(model)
    shown = lambda: [proxy.index(r, 0).data() for r in range(proxy.rowCount())]  # noqa: E731
    for typed, expected in (("h", ["Hans Berg", "Hanne Lie", "Ali Hassan"]),
                            ("han", ["Hans Berg", "Hanne Lie"]),
                            ("hans", ["Hans Berg"]),
                            ("ha", ["Hans Berg", "Hanne Lie", "Ali Hassan"]),
                            ("ha ali", ["Ali Hassan"]),
                            ("ali", ["Ali Hassan", "Omar Ali"])):
        proxy.set_query(typed)
        assert shown() == expected, typed
    # New rows from the database (a refresh) keep the search; the total still counts all.
    model.set_rows([resident(5, "Alida", "Dahl"), resident(4, "Omar", "Ali")])
    assert shown() == ["Alida Dahl", "Omar Ali"]
    model.set_rows([resident(6, "Ola", "Nordmann")])
    assert shown() == [] and model.total_count() == 1


def test_money_is_formatted_and_right_aligned(qapp):
    model = ApplicationTableModel()
    model.set_rows([ApplicationRow(1, "Leksehjelp", "Bufdir", datetime.date(2026, 1, 1),
                                   datetime.date(2026, 12, 31), "partly_granted",
                                   Decimal("250000.00"), Decimal("1234.5"), False),
                    ApplicationRow(2, "Ferie", "Husbanken", datetime.date(2025, 6, 1),
                                   datetime.date(2025, 8, 31), "draft", Decimal("99.99"), None,
                                   False)])
    applied = model.index(0, model.COL_APPLIED)
    assert applied.data() == "250\u00a0000,00\u00a0kr"
    assert model.index(0, model.COL_GRANTED).data() == "1\u00a0234,50\u00a0kr"
    assert model.index(1, model.COL_GRANTED).data() == ""
    assert applied.data(Qt.ItemDataRole.TextAlignmentRole) == RIGHT
    assert model.index(0, model.COL_STATUS).data() == "Delvis innvilget"
    assert model.index(0, model.COL_PERIOD).data() == "01.01.2026–31.12.2026"
    model.sort(model.COL_APPLIED)
    assert column_texts(model, model.COL_TITLE) == ["Ferie", "Leksehjelp"]
    model.sort(model.COL_GRANTED, Qt.SortOrder.DescendingOrder)
    assert column_texts(model, model.COL_TITLE) == ["Leksehjelp", "Ferie"]


def test_activity_counts_sort_as_numbers(qapp):
    model = ActivityTableModel()
    model.set_rows([ActivityRow(1, "A", "other", "", "", 9, 0, False),
                    ActivityRow(2, "B", "dugnad", "", "", 10, 0, False)])
    model.sort(model.COL_SESSIONS, Qt.SortOrder.DescendingOrder)
    assert column_texts(model, model.COL_SESSIONS) == ["10", "9"]
    assert column_texts(model, model.COL_KIND) == ["Dugnad", "Annet"]


def test_archived_rows_are_grey_with_a_tooltip(qapp):
    model = ResidentTableModel()
    model.set_rows([resident(1, "Ola", archived=True), resident(2, "Kari")])
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "Arkivert"
    assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is None


def test_week_sessions_show_weekday_time_and_cancelled(filled_database, qapp):
    model = SessionTableModel()
    model.set_rows(list_week_sessions())
    dates = column_texts(model, model.COL_DATE)
    assert dates[0].startswith("tirsdag ")
    assert column_texts(model, model.COL_TIME)[0] == "17:00–19:00"
    assert column_texts(model, model.COL_ACTIVITY)[1] == "Leksehjelp Kvartal 5 (avlyst)"
    assert column_texts(model, model.COL_PRESENT) == ["4", "", "19"]


def test_report_kinds_are_the_five_reports(qapp):
    names = [kind.name for kind in report_kinds()]
    assert names == ["Oppmøterapport", "Oppmøteliste", "Rapport til tilskuddsgiver", "Timeattest",
                     "Aktivitetskalender"]
    assert all(kind.description for kind in report_kinds())
