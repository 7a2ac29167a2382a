"""Aktivitetskalender: a month poster with readable colours and every held session on it."""
import datetime
import re

import pytest
from reportlab.lib import colors

from samvirke_desktop.db.models import ACTIVITY_KINDS, Activity, Session
from samvirke_desktop.reports.activity_calendar import (
    KIND_COLOURS,
    kind_colours,
    poster_time,
    write_activity_calendar,
)
from samvirke_desktop.reports.styles import contrast_ratio
from tests.reports.pdf_checks import font_problems, page_numbers_ok, read_pdf

T = datetime.time


@pytest.mark.parametrize("kind", ACTIVITY_KINDS)
def test_every_kind_has_a_colour_pair_with_enough_contrast(kind):
    background, ink = kind_colours(kind)
    assert kind in KIND_COLOURS
    assert contrast_ratio(ink, background) >= 4.5


def test_kind_colours_differ_from_each_other():
    assert len({bg for bg, _ in KIND_COLOURS.values()}) == len(KIND_COLOURS)


def test_contrast_ratio_matches_the_wcag_reference_values():
    assert contrast_ratio(colors.black, colors.white) == pytest.approx(21.0)
    assert contrast_ratio(colors.HexColor("#777777"), colors.white) == pytest.approx(4.48, 0.01)


def test_poster_times_are_short():
    assert poster_time(T(17), T(19)) == "17–19"
    assert poster_time(T(17, 30), T(19)) == "17:30–19"
    assert poster_time(T(9), None) == "09:00"
    assert poster_time(None, None) == ""


def _month_of_activities():
    plan = [("Leksehjelp Kvartal 5", "homework_help", "Biblioteket", (2, 4), T(17), T(19)),
            ("Nærmiljøskolen", "neighbourhood_school", "Fellesrommet", (3,), T(18), T(20)),
            ("Nærmiljøpatrulje", "patrol", "Ved butikken", (5,), T(20), T(22)),
            ("Fredagskafé", "hub", "Gamle Oslovei 2", (5,), T(12), T(15)),
            ("Dugnad", "dugnad", "Gården", (6,), T(10), T(14))]
    for name, kind, place, weekdays, start, end in plan:
        activity = Activity.create(name=name, kind=kind, place=place)
        day = datetime.date(2026, 5, 1)
        while day.month == 5:
            if day.isoweekday() in weekdays:
                Session.create(activity=activity, date=day, start_time=start, end_time=end,
                               cancelled=day.day == 12, cancel_reason="Stengt")
            day += datetime.timedelta(days=1)


def test_month_poster_lists_held_sessions_in_a_landscape_grid(database, tmp_path):
    _month_of_activities()
    path = write_activity_calendar(tmp_path / "mai.pdf", 2026, 5)
    pdf = read_pdf(path)
    text = pdf.text
    assert len(pdf.pages) == 1 and pdf.page_size(0)[0] > pdf.page_size(0)[1]
    assert "Aktivitetskalender mai 2026" in text
    for heading in ("Uke", "Mandag", "Søndag", "18", "22"):
        assert heading in text
    for label in ("Leksehjelp", "Nærmiljøskole", "Nærmiljøpatrulje", "Treffsted", "Dugnad"):
        assert label in text  # the legend
    assert "Grunnlovsdag" in text and "Kristi himmelfartsdag" in text
    # A word too wide for its cell is hyphenated at the line's end: read it joined again.
    joined = re.sub(r"\s+", " ", re.sub(r"(\w)-\n(\w)", r"\1\2", "\n".join(pdf.pages)))
    # Tuesdays 5, 19, 26 May (the 12th was cancelled) and Thursdays 7, 14, 21, 28.
    assert joined.count("17–19 Leksehjelp Kvartal 5") == 7
    assert joined.count("20–22 Nærmiljøpatrulje") == 5  # Fridays 1, 8, 15, 22, 29
    # «Kvartal» fits whole on a line of its cell at the size chosen, so it moves to the next
    # line whole instead of being hyphenated («Kvar-tal» is harder to read across a room).
    assert "Kvar-" not in text and text.count("Kvartal 5") == 7
    assert "Biblioteket" in text and "Gamle Oslovei 2" in text
    assert page_numbers_ok(pdf) and pdf.language == "nb-NO" and font_problems(path) == []


def test_a3_poster_has_larger_type(database, tmp_path):
    _month_of_activities()
    from samvirke_desktop.domain.activities.calendar_poster import month_calendar
    from samvirke_desktop.reports import activity_calendar as poster
    from samvirke_desktop.reports.document import LANDSCAPE, frame_size

    data = month_calendar(2026, 5)
    sizes = {}
    for paper, scale in (("A4", 1.0), ("A3", 1.41)):
        width, height = frame_size(paper, LANDSCAPE)
        sizes[paper] = poster._grid(data, width, height - 60, scale).entry_font_size
    assert sizes["A4"] >= 8 and sizes["A3"] > sizes["A4"] * 1.3
    pdf = read_pdf(write_activity_calendar(tmp_path / "a3.pdf", 2026, 5, paper="A3"))
    assert pdf.page_size(0) == pytest.approx((1190.55, 841.89), abs=0.5)


def test_too_busy_month_becomes_a_list_with_every_session(database, tmp_path):
    hub = Activity.create(name="Åpen hall", kind="hub", place="Gymsalen")
    for day in range(1, 31):
        for hour in range(8, 20):
            Session.create(activity=hub, date=datetime.date(2026, 6, day), start_time=T(hour))
    pdf = read_pdf(write_activity_calendar(tmp_path / "juni.pdf", 2026, 6))
    assert "står som en liste" in pdf.text
    assert pdf.text.count("Åpen hall") == 30 * 12
    assert page_numbers_ok(pdf)


def test_empty_month_says_so(database, tmp_path):
    pdf = read_pdf(write_activity_calendar(tmp_path / "aug.pdf", 2026, 8))
    assert "Ingen samlinger i august 2026." in pdf.text
