"""The residents' poster: words hyphenated by a real dictionary or left whole, only the
activities meant for the residents, the team's contact line, and a second language (Arabic
laid out from the right) with bokmål where the team has not translated."""
import datetime
import json
import re
import sqlite3
import sys

import pytest

from samvirke_desktop.db import connection, schema
from samvirke_desktop.db.models import Activity, ActivityTranslation, Session, Setting
from samvirke_desktop.domain.activities import activity_record as ar
from samvirke_desktop.domain.activities.calendar_poster import (
    NO_CONTACT,
    UNTRANSLATED,
    month_calendar,
    poster_check,
)
from samvirke_desktop.errors import SamvirkeError
from samvirke_desktop.reports import activity_calendar as poster
from samvirke_desktop.reports import fonts
from tests.reports.conftest import set_team
from tests.reports.pdf_checks import font_problems, pdftotext, read_pdf

T = datetime.time
T17, T19 = T(17), T(19)
LONG_NAME = "Nabolagsfotballturneringen"   # wider than a day's column on an A4 poster


def set_contact(phone="912 34 567", email="bomiljo@sagene.example.no"):
    set_team()
    for key, value in (("team.phone", phone), ("team.email", email)):
        Setting.replace(key=key, value=json.dumps(value)).execute()


def weekly(activity, weekday: int, start=T17, end=T19, month=6, **fields):
    day = datetime.date(2026, month, 1)
    while day.month == month:
        if day.isoweekday() == weekday:
            Session.create(activity=activity, date=day, start_time=start, end_time=end, **fields)
        day += datetime.timedelta(days=1)


def joined(pdf) -> str:
    """The poster's text with words hyphenated at a line's end joined again."""
    return re.sub(r"\s+", " ", re.sub(r"(\w)-\n(\w)", r"\1\2", "\n".join(pdf.pages)))


def line_end_splits(pdf) -> list[tuple[str, str]]:
    """(head, tail) of every word the poster broke at a line's end with a hyphen."""
    return re.findall(r"(\w+)-\n(\w+)", "\n".join(pdf.pages))


# --- hyphenation ------------------------------------------------------------------------------

def test_word_breaks_are_the_dictionarys_own():
    import pyphen

    dictionary = pyphen.Pyphen(lang="nb_NO", left=2, right=3)
    assert poster.word_breaks("Nærmiljøpatrulje", "nb_NO") == list(
        dictionary.iterate("Nærmiljøpatrulje"))
    heads = [head for head, _ in poster.word_breaks("Nærmiljøpatrulje", "nb_NO")]
    assert "Nærmiljø" in heads and heads == sorted(heads, key=len, reverse=True)
    # A word that already has a hyphen may break after it, and no second hyphen is added.
    assert ("Bo-", "tiltak") in poster.word_breaks("Bo-tiltak", "nb_NO")


def test_only_a_word_too_wide_for_a_whole_line_is_broken():
    fonts.register_fonts()
    hyphenation = poster.Hyphenation()
    hyphenation.add(f"17–19 {LONG_NAME} Kvartal 5", "nb_NO", fonts.BOLD, 10, 90)
    assert hyphenation("Kvartal") == []      # fits a line: moves whole to the next one
    assert hyphenation(LONG_NAME) == poster.word_breaks(LONG_NAME, "nb_NO")
    # What is left after a break is broken again only where the whole word could be.
    head, tail = poster.word_breaks(LONG_NAME, "nb_NO")[-2]
    assert all(head + h in {x for x, _ in hyphenation(LONG_NAME)} for h, _ in hyphenation(tail))


def test_the_poster_hyphenates_by_pyphen_and_never_cuts_a_word_bare(database, tmp_path):
    set_contact()
    football = Activity.create(name=LONG_NAME, kind="other", place="Idrettsbanen")
    homework = Activity.create(name="Leksehjelp Kvartal 5", kind="homework_help",
                               place="Biblioteket")
    for weekday in (1, 3, 5):
        weekly(football, weekday)
    weekly(homework, 2)
    pdf = read_pdf(poster.write_activity_calendar(tmp_path / "juni.pdf", 2026, 6))
    splits = line_end_splits(pdf)
    assert splits, "the long name should have been hyphenated"
    allowed = {head for head, _ in poster.word_breaks(LONG_NAME, "nb_NO")}
    for head, tail in splits:
        # Every break is one the dictionary gives for the word it is in.
        word = next(w for w in (LONG_NAME, "Leksehjelp", "Kvartal", "Idrettsbanen")
                    if w.endswith(tail) or w.startswith(head) or head + tail in w)
        assert word == LONG_NAME and any(a.endswith(head) for a in allowed), (head, tail)
    text = joined(pdf)
    # Each session's name reads whole once the hyphens are joined: nothing was cut bare.
    sessions = Session.select().where(Session.activity == football).count()
    assert text.count(f"17–19 {LONG_NAME}") == sessions
    assert text.count("17–19 Leksehjelp Kvartal 5") == 5 and "Kvar-" not in pdf.text


def test_a_missing_dictionary_stops_the_poster_plainly(database, tmp_path, monkeypatch):
    Activity.create(name=LONG_NAME, kind="other")
    weekly(Activity.get(), 1)
    poster.dictionary_for.cache_clear()
    monkeypatch.setitem(sys.modules, "pyphen", None)
    try:
        with pytest.raises(SamvirkeError, match="Orddelingsordboken for kalenderen mangler"):
            poster.write_activity_calendar(tmp_path / "juni.pdf", 2026, 6)
    finally:
        poster.dictionary_for.cache_clear()
    assert not (tmp_path / "juni.pdf").exists()


# --- which activities ---------------------------------------------------------------------------

def test_an_activity_off_the_poster_is_not_on_it(database, tmp_path):
    homework = Activity.create(name="Leksehjelp", kind="homework_help")
    network = Activity.create(name="Nærnettverksmøte", kind="meeting", on_poster=False)
    weekly(homework, 2)
    weekly(network, 3, start=T(13), end=T(14))
    assert {e.activity_name for e in month_calendar(2026, 6).entries} == {"Leksehjelp"}
    text = read_pdf(poster.write_activity_calendar(tmp_path / "juni.pdf", 2026, 6)).text
    assert "Leksehjelp" in text and "Nærnettverksmøte" not in text and "13–14" not in text


def test_a_new_meeting_is_off_the_poster_and_other_kinds_are_on(database):
    def new(kind, **extra):
        values = ar.new_activity_values() | {"name": f"Ny {kind}", "kind": kind} | extra
        return Activity.get_by_id(ar.save_activity(values)).on_poster

    assert new("meeting") is False
    assert all(new(kind) is True for kind in ("homework_help", "hub", "dugnad", "other"))
    assert new("meeting", on_poster=True) is True       # the team may put one on
    assert new("hub", on_poster=False) is False


def test_the_migration_takes_existing_meetings_off_the_poster(db_path):
    import peewee
    from playhouse.migrations import Runner

    db = peewee.SqliteDatabase(str(db_path))
    runner = Runner(db, directory=str(schema.MIGRATIONS_DIR), table_name=schema.HISTORY_TABLE)
    before = next(m.name for m in runner.migrations() if m.name.startswith("0003"))
    with db:
        runner.up(target=before)
        db.execute_sql(f"PRAGMA application_id = {schema.APPLICATION_ID}")
        db.execute_sql("PRAGMA user_version = 3")
        for name, kind in (("Nærnettverk", "meeting"), ("Leksehjelp", "homework_help")):
            db.execute_sql(
                "INSERT INTO activity (version, created_at, updated_at, updated_by, name, kind, "
                "place, responsible, target_group, with_children, head_count_only, description, "
                "archived) VALUES (1, '2026-01-01', '2026-01-01', '', ?, ?, '', '', '', 1, 0, "
                "'', 0)", (name, kind))
    opened = connection.open_database(db_path, create=False)
    assert opened.migrated_from == 3
    assert {a.name: a.on_poster for a in Activity.select()} == {"Nærnettverk": False,
                                                                "Leksehjelp": True}
    connection.close_database()
    con = sqlite3.connect(db_path)
    assert "activity_translation" in {r[0] for r in con.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}
    con.close()


# --- the contact line ---------------------------------------------------------------------------

def test_the_contact_line_is_on_every_sheet(database, tmp_path):
    set_contact()
    homework = Activity.create(name="Leksehjelp", kind="homework_help",
                               description="Hjelp med leksene to ganger i uka.")
    weekly(homework, 2)
    pdf = read_pdf(poster.write_activity_calendar(tmp_path / "juni.pdf", 2026, 6))
    line = ("Kontakt: Bo- og nærmiljøteamet Sagene, Bydel Sagene · 912 34 567 · "
            "bomiljo@sagene.example.no")
    assert len(pdf.pages) == 2    # the month, then what each activity is
    for page in pdf.pages:
        assert line in re.sub(r"\s+", " ", page)
    assert poster_check(2026, 6) == []


def test_a_busy_month_as_a_list_has_the_contact_line_on_every_page(database, tmp_path):
    set_contact()
    hub = Activity.create(name="Åpen hall", kind="hub", place="Gymsalen")
    for day in range(1, 31):
        for hour in range(8, 20):
            Session.create(activity=hub, date=datetime.date(2026, 6, day), start_time=T(hour))
    pdf = read_pdf(poster.write_activity_calendar(tmp_path / "juni.pdf", 2026, 6))
    assert len(pdf.pages) > 2
    assert all("912 34 567 · bomiljo@sagene.example.no" in re.sub(r"\s+", " ", page)
               for page in pdf.pages)


def test_without_phone_and_email_the_check_says_so_before_printing(database, tmp_path):
    set_contact(phone="", email="")
    weekly(Activity.create(name="Leksehjelp", kind="homework_help"), 2)
    warnings = poster_check(2026, 6)
    assert [w.kind for w in warnings] == [NO_CONTACT]
    assert "telefon og e-post er ikke fylt ut" in warnings[0].text
    assert "Innstillinger → Team" in warnings[0].fix
    text = read_pdf(poster.write_activity_calendar(tmp_path / "juni.pdf", 2026, 6)).text
    assert "912" not in text and "Kontakt: Bo- og nærmiljøteamet Sagene" in text


# --- a second language ------------------------------------------------------------------------

@pytest.fixture
def translated(database):
    """Leksehjelp translated to English and Arabic; Dugnad not translated at all."""
    set_contact()
    homework = Activity.create(name="Leksehjelp", kind="homework_help", place="Biblioteket",
                               description="Hjelp med leksene.")
    dugnad = Activity.create(name="Dugnad", kind="dugnad", place="Gården",
                             description="Vi rydder sammen.")
    ActivityTranslation.create(activity=homework, language="en", name="Homework help",
                               place="The library", description="Help with homework.")
    ActivityTranslation.create(activity=homework, language="ar", name="مساعدة في الواجبات",
                               place="المكتبة", description="مساعدة في الواجبات المدرسية.")
    weekly(homework, 2)
    weekly(dugnad, 6, start=T(10), end=T(14))
    return homework, dugnad


def test_english_poster_uses_the_translations_and_bokmal_for_the_rest(translated, tmp_path):
    _, dugnad = translated
    pdf = read_pdf(poster.write_activity_calendar(tmp_path / "en.pdf", 2026, 6,
                                                  language="en"))
    text = joined(pdf)
    assert "Activity calendar June 2026" in text and "Monday" in text
    assert text.count("17–19 Homework help") == 5 and "The library" in text
    assert "Help with homework." in text and "Leksehjelp" not in text
    assert text.count("10–14 Dugnad") == 4 and "Gården" in text and "Vi rydder sammen." in text
    assert "Contact: Bo- og nærmiljøteamet Sagene" in text
    assert pdf.language == "en" and font_problems(tmp_path / "en.pdf") == []

    untranslated = month_calendar(2026, 6, language="en").untranslated
    assert [(u.activity_id, u.fields) for u in untranslated] == [
        (dugnad.id, ("name", "place", "description"))]
    warnings = [w for w in poster_check(2026, 6, language="en") if w.kind == UNTRANSLATED]
    assert len(warnings) == 1 and warnings[0].target_id == dugnad.id
    assert warnings[0].text.startswith("«Dugnad»: navnet, stedet og beskrivelsen er ikke "
                                       "oversatt til engelsk")


def test_a_partial_translation_and_a_session_place_fall_back_and_are_listed(translated):
    homework, _ = translated
    ActivityTranslation.update(place="").where(ActivityTranslation.language == "en").execute()
    first = Session.select().where(Session.activity == homework).order_by(Session.date).get()
    first.place = "Klasserom 3"
    first.save()
    data = month_calendar(2026, 6, language="en")
    places = [e.place for e in data.entries if e.activity_id == homework.id]
    assert places[0] == "Klasserom 3" and set(places[1:]) == {"Biblioteket"}
    item = next(u for u in data.untranslated if u.activity_id == homework.id)
    assert item.fields == ("place",) and item.session_places == ("Klasserom 3",)
    assert all("place" in e.in_bokmal and "name" not in e.in_bokmal
               for e in data.entries if e.activity_id == homework.id)


def test_bokmal_on_a_poster_in_another_language_is_hyphenated_as_bokmal(database, tmp_path):
    set_contact()
    weekly(Activity.create(name=LONG_NAME, kind="other"), 1)
    layout = poster.Layout("en", poster.poster_words("en"))
    assert layout.dictionary(in_bokmal=True) == "nb_NO" and layout.dictionary() == "en_GB"
    pdf = read_pdf(poster.write_activity_calendar(tmp_path / "en.pdf", 2026, 6,
                                                  language="en"))
    allowed = {head for head, _ in poster.word_breaks(LONG_NAME, "nb_NO")}
    splits = line_end_splits(pdf)
    assert splits and all(any(a.endswith(head) for a in allowed) for head, _ in splits)
    assert joined(pdf).count(f"17–19 {LONG_NAME}") == 5


def test_arabic_poster_reads_as_arabic_from_the_right(translated, tmp_path):
    path = poster.write_activity_calendar(tmp_path / "ar.pdf", 2026, 6, language="ar")
    pdf = read_pdf(path)
    assert pdf.language == "ar" and pdf.metadata.title.startswith("تقويم الأنشطة")
    data = month_calendar(2026, 6, language="ar")
    assert {e.activity_name for e in data.entries} == {"مساعدة في الواجبات", "Dugnad"}
    text = pdftotext(path)   # skipped, saying why, without poppler
    for arabic in ("تقويم الأنشطة", "الاثنين", "الأحد", "مساعدة في الواجبات", "المكتبة",
                   "مساعدة في الواجبات المدرسية", "عن الأنشطة", "للتواصل"):
        assert arabic in text, arabic
    assert "Dugnad" in text and "Gården" in text    # bokmål where not translated
    assert "Leksehjelp" not in text and font_problems(path) == []


def test_arabic_week_runs_from_monday_at_the_right_edge(translated):
    from reportlab.platypus import Paragraph

    from samvirke_desktop.reports.document import LANDSCAPE, frame_size

    data = month_calendar(2026, 6, language="ar")
    layout = poster.Layout("ar", poster.poster_words("ar"))
    width, height = frame_size("A4", LANDSCAPE)
    grid = poster._grid(data, width, height - 60, 1.0, layout)
    header = grid._cellvalues[0]
    assert isinstance(header[-1], Paragraph)
    # The rightmost column is the week, then Monday; Sunday stands at the left edge.
    week, monday, sunday = (fonts.visual_order(w) for w in ("أسبوع", "الاثنين", "الأحد"))
    assert week in header[-1].text and monday in header[-2].text and sunday in header[0].text
    assert grid._colWidths[-1] < grid._colWidths[0]


def test_a_right_to_left_line_that_starts_with_a_latin_word_is_read_from_the_right():
    fonts.register_fonts()
    drawn = poster._rtl_text("Torshov، غرفة")
    # Drawn left to right: the Arabic word first (it is read last), the Latin word at the right.
    assert drawn.index("Torshov") > drawn.index(fonts.visual_order("غرفة"))


def test_an_unknown_language_is_refused_with_the_choices(database, tmp_path):
    from samvirke_desktop.errors import ValidationError

    with pytest.raises(ValidationError, match="Velg et av språkene en \\(engelsk\\), ar"):
        poster.write_activity_calendar(tmp_path / "ur.pdf", 2026, 6, language="ur")
    assert not (tmp_path / "ur.pdf").exists()


# --- from the command line ----------------------------------------------------------------------

def test_the_command_line_prints_the_poster_in_a_language_and_lists_what_is_not_translated(
        translated, db_path, tmp_path, capsys):
    from samvirke_desktop import cli

    connection.close_database()
    out_file = tmp_path / "ar.pdf"
    code = cli.main(["report", "calendar", "--database", str(db_path), "--out", str(out_file),
                     "--month", "2026-06", "--language", "ar"])
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    assert out.startswith("Merk: «Dugnad»: navnet, stedet og beskrivelsen er ikke oversatt til "
                          "arabisk") and str(out_file) in out
    assert read_pdf(out_file).language == "ar"

    code = cli.main(["report", "calendar", "--database", str(db_path), "--month", "2026-06",
                     "--language", "en", "--check"])
    out, _ = capsys.readouterr()
    assert code == 2 and out.startswith("1 advarsel før aktivitetskalender lages:")
    code = cli.main(["report", "calendar", "--database", str(db_path), "--out",
                     str(tmp_path / "x.pdf"), "--month", "2026-06", "--language", "ur"])
    _, err = capsys.readouterr()
    assert code == 2 and "Kalenderen finnes ikke på «ur»" in err
    code = cli.main(["report", "signin", "--database", str(db_path), "--out",
                     str(tmp_path / "x.pdf"), "--activity", "1", "--month", "2026-06",
                     "--language", "ar"])
    _, err = capsys.readouterr()
    assert code == 2 and "--language gjelder bare calendar" in err
