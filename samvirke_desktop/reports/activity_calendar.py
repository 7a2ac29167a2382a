"""Aktivitetskalender: a month poster of the residents' activities, readable from a distance.

A Monday–Sunday grid with ISO week numbers fills one A4 (or A3) landscape page; the type
is as large as the busiest day allows with every word whole or hyphenated by the language's
hyphenation dictionary (never cut without a hyphen). A month too busy for any readable grid is
printed as a day-by-day list instead, so no activity is ever left out. At the foot of every
page the team's contact line says whom to ask; a second page says what each activity is, when
the team has described them.

The poster can be printed in bokmål or in one second language (POSTER_LANGUAGES): the fixed
words come from the small table below, the activities' names, places and descriptions from
the team's translations (bokmål where there is none). Arabic and Dari are laid out from the
right: headings and text aligned right, the week running from Monday at the right edge.
"""
import datetime
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Frame, PageBreak, Paragraph, Spacer, Table, TableStyle

from samvirke_desktop.domain.activities.calendar_poster import (
    BOKMAL,
    CalendarEntry,
    MonthCalendar,
    month_calendar,
)
from samvirke_desktop.domain.formatting import date_no, time_no
from samvirke_desktop.domain.vocabulary import (
    ACTIVITY_KIND_LABELS,
    MONTH_LABELS,
    RIGHT_TO_LEFT_LANGUAGES,
    WEEKDAY_LABELS,
)
from samvirke_desktop.errors import SamvirkeError
from samvirke_desktop.reports import fonts
from samvirke_desktop.reports.document import LANDSCAPE, ReportSpec, build_report
from samvirke_desktop.reports.flowables import table as plain_table
from samvirke_desktop.reports.flowables import text
from samvirke_desktop.reports.styles import (
    GRID,
    HEADER_BG,
    HEADER_INK,
    INK,
    MUTED,
    ZEBRA,
    hex_color,
    paragraph_styles,
)

TITLE = "Aktivitetskalender"

# Background and text colour per activity kind; each pair has a contrast ratio of at
# least 4.5:1 (tested), and the hues stay apart for readers with colour-vision deficiency.
KIND_COLOURS = {
    "homework_help": ("#1D4ED8", "#FFFFFF"),
    "neighbourhood_school": ("#6D28D9", "#FFFFFF"),
    "patrol": ("#00707A", "#FFFFFF"),
    "dugnad": ("#15803D", "#FFFFFF"),
    "hub": ("#C2410C", "#FFFFFF"),
    "meeting": ("#475569", "#FFFFFF"),
    "holiday_activity": ("#A3195B", "#FFFFFF"),
    "other": ("#8A5A00", "#FFFFFF"),
}
FALLBACK_COLOURS = ("#374151", "#FFFFFF")

OUTSIDE_MONTH = colors.HexColor("#E4E7EB")
HOLIDAY_INK = colors.HexColor("#B42318")
WEEK_COLUMN = 12 * mm
HEADER_ROW = 8 * mm
# Font sizes tried for the entries, largest first (A4; A3 scales up); 7 pt is the least.
SIZES = tuple(x / 2 for x in range(32, 13, -1))


# --- the fixed words in each language ---------------------------------------------------------

@dataclass(frozen=True)
class PosterWords:
    """Every word the poster prints that is not the team's own text."""
    title: str
    week: str
    weekdays: tuple[str, ...]     # Monday to Sunday, as a column heading
    months: tuple[str, ...]       # January to December, as in «mai 2026»
    kinds: dict                   # activity kind → label in the legend
    contact: str                  # before the team's name, phone and e-mail
    no_sessions: str              # with {month}
    agenda: tuple[str, ...]       # the list's headings: date, day, time, activity, place
    about: str                    # the heading of the page that says what each activity is
    too_busy: str = ""            # why a month is a list (left out where not translated)
    hyphenation: str | None = None  # the hyphenation dictionary (pyphen), if there is one


def _kinds(*labels: str) -> dict:
    kinds = ("homework_help", "neighbourhood_school", "patrol", "dugnad", "hub", "meeting",
             "holiday_activity", "other")
    return dict(zip(kinds, labels, strict=True))


POSTER_WORDS = {
    BOKMAL: PosterWords(
        TITLE, "Uke", tuple(WEEKDAY_LABELS[d].capitalize() for d in range(1, 8)),
        tuple(MONTH_LABELS[m] for m in range(1, 13)), dict(ACTIVITY_KIND_LABELS),
        "Kontakt", "Ingen samlinger i {month}.", ("Dato", "Dag", "Tid", "Aktivitet", "Sted"),
        "Om aktivitetene",
        "Måneden har for mange samlinger til at kalenderen blir lesbar på én side, så de står "
        "som en liste.", "nb_NO"),
    "en": PosterWords(
        "Activity calendar", "Week",
        ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
        ("January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"),
        _kinds("Homework help", "Neighbourhood school", "Neighbourhood patrol",
               "Community work day", "Drop-in meeting place", "Meeting", "Holiday activity",
               "Other"),
        "Contact", "No sessions in {month}.", ("Date", "Day", "Time", "Activity", "Place"),
        "About the activities",
        "The month has too many sessions for a readable calendar on one page, so they are "
        "listed instead.", "en_GB"),
    "ar": PosterWords(
        "تقويم الأنشطة", "أسبوع",
        ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"),
        ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
         "أكتوبر", "نوفمبر", "ديسمبر"),
        _kinds("مساعدة في الواجبات", "مدرسة الحي", "دورية الحي", "يوم عمل جماعي",
               "ملتقى مفتوح", "اجتماع", "نشاط العطلة", "أخرى"),
        "للتواصل", "لا توجد أنشطة في {month}.",
        ("التاريخ", "اليوم", "الوقت", "النشاط", "المكان"), "عن الأنشطة"),
    "so": PosterWords(
        "Jadwalka hawlaha", "Toddobaad",
        ("Isniin", "Talaado", "Arbaco", "Khamiis", "Jimce", "Sabti", "Axad"),
        ("Janaayo", "Febraayo", "Maarso", "Abriil", "Maajo", "Juun", "Luulyo", "Agoosto",
         "Sebtembar", "Oktoobar", "Nofembar", "Desembar"),
        _kinds("Caawinta casharrada", "Dugsiga xaafadda", "Ilaalada xaafadda",
               "Maalin shaqo wadajir ah", "Goob kulan furan", "Kulan", "Hawl fasax", "Kale"),
        "La xiriir", "Ma jiraan hawlo bisha {month}.",
        ("Taariikh", "Maalin", "Waqti", "Hawl", "Goob"), "Ku saabsan hawlaha"),
    "ti": PosterWords(
        "ዓውደ ኣዋርሕ ንጥፈታት", "ሰሙን",
        ("ሰኑይ", "ሰሉስ", "ረቡዕ", "ሓሙስ", "ዓርቢ", "ቀዳም", "ሰንበት"),
        ("ጥሪ", "ለካቲት", "መጋቢት", "ሚያዝያ", "ግንቦት", "ሰነ", "ሓምለ", "ነሓሰ", "መስከረም",
         "ጥቅምቲ", "ሕዳር", "ታሕሳስ"),
        _kinds("ሓገዝ ዕዮ ገዛ", "ቤት ትምህርቲ ከባቢ", "ሓለዋ ከባቢ", "መዓልቲ ሓባራዊ ዕዮ",
               "ክፉት መራኸቢ ቦታ", "ኣኼባ", "ንጥፈታት ዕረፍቲ", "ካልእ"),
        "ንርክብ", "ኣብ {month} ንጥፈታት የለን።",
        ("ዕለት", "መዓልቲ", "ሰዓት", "ንጥፈት", "ቦታ"), "ብዛዕባ እቲ ንጥፈታት"),
    "pl": PosterWords(
        "Kalendarz zajęć", "Tydzień",
        ("Poniedziałek", "Wtorek", "Środa", "Czwartek", "Piątek", "Sobota", "Niedziela"),
        ("styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień",
         "wrzesień", "październik", "listopad", "grudzień"),
        _kinds("Pomoc w lekcjach", "Szkoła sąsiedzka", "Patrol sąsiedzki", "Wspólne prace",
               "Miejsce spotkań", "Spotkanie", "Zajęcia w ferie", "Inne"),
        "Kontakt", "Brak zajęć: {month}.",
        ("Data", "Dzień", "Godzina", "Zajęcia", "Miejsce"), "O zajęciach", "",
        "pl_PL"),
    "prs": PosterWords(
        "تقویم فعالیت ها", "هفته",
        ("دوشنبه", "سه شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"),
        ("جنوری", "فبروری", "مارچ", "اپریل", "می", "جون", "جولای", "اگست", "سپتامبر",
         "اکتوبر", "نومبر", "دسمبر"),
        _kinds("کمک در کارخانگی", "مکتب محله", "گشت محله", "روز کار جمعی", "محل دیدار",
               "جلسه", "فعالیت رخصتی", "دیگر"),
        "تماس", "در {month} فعالیتی نیست.",
        ("تاریخ", "روز", "وقت", "فعالیت", "جای"), "درباره فعالیت ها"),
}


def poster_words(language: str) -> PosterWords:
    return POSTER_WORDS[language]


def kind_colours(kind: str) -> tuple[colors.Color, colors.Color]:
    background, ink = KIND_COLOURS.get(kind, FALLBACK_COLOURS)
    return colors.HexColor(background), colors.HexColor(ink)


# --- words never cut without a hyphen ---------------------------------------------------------

BOKMAL_HYPHENATION = "nb_NO"   # for text printed in bokmål on a poster in another language
RIGHT_TO_LEFT_MARK = "\u200f"
# What ReportLab strips from a word before it asks where the word may be broken.
_LEADING = re.compile("^['\"([{\xbf\u2018\u201a\u201c\u201e]+")
_TRAILING = re.compile("[]'\")}?!.,;:\u2019\u201b\u201d\u201f]+$")


@lru_cache(maxsize=8)
def dictionary_for(dictionary: str):
    """The language's hyphenation dictionary (pyphen). One missing from the installation
    stops the poster plainly rather than leave words split wrongly."""
    try:
        import pyphen

        # At least two letters before a break and three after: «Nær-nettverks-møte».
        return pyphen.Pyphen(lang=dictionary, left=2, right=3)
    except (ImportError, KeyError) as exc:
        raise SamvirkeError(
            "Orddelingsordboken for kalenderen mangler i denne installasjonen, så ord kunne "
            "blitt delt feil. Installer Samvirke på nytt.", details=str(exc)) from exc


def word_breaks(word: str, dictionary: str) -> list[tuple[str, str]]:
    """Where ``word`` may be broken, as (head, tail) with the longest head first: the
    dictionary's places in each part, and after a hyphen the word already has (the line then
    ends in that hyphen and no second one is added)."""
    parts = word.split("-")
    found = []
    for index, part in enumerate(parts):
        before = "-".join(parts[:index]) + ("-" if index else "")
        after = ("-" if index < len(parts) - 1 else "") + "-".join(parts[index + 1:])
        if index and before.strip("-"):
            found.append((before, word[len(before):]))
        for head, tail in dictionary_for(dictionary).iterate(part) if len(part) >= 5 else ():
            found.append((before + head, tail + after))
    found = [(head, tail) for head, tail in found if head.strip("-") and tail.strip("-")]
    return sorted(set(found), key=lambda pair: len(pair[0]), reverse=True)


class Hyphenation:
    """Where the words of one paragraph may be broken, for ReportLab (``hyphenationLang``
    takes a callable: word → (head, tail), …). Only a word too wide for a whole line of its
    text is broken, by the dictionary of the language it is written in; any other word moves
    whole to the next line, which reads better from across a room than «Kvar-tal»."""

    def __init__(self):
        self.breaks: dict[str, list[tuple[str, str]]] = {}

    def add(self, plain: str, dictionary: str | None, font: str, size: float,
            width: float) -> None:
        if dictionary is None:
            return
        for token in plain.split():
            if _drawn_width(token, font, size) <= width:
                continue
            word = _TRAILING.sub("", _LEADING.sub("", token))
            if word and word not in self.breaks:
                pairs = word_breaks(word, dictionary)
                self.breaks[word] = pairs
                # What is left after a break may need another on the next line, at the
                # places the whole word had.
                for head, tail in pairs:
                    self.breaks.setdefault(tail, [
                        (longer[len(head):], rest) for longer, rest in pairs
                        if len(longer) > len(head) and longer[len(head):].strip("-")])

    def __call__(self, word: str) -> list[tuple[str, str]]:
        return self.breaks.get(str(word), [])


def overflows(paragraph: Paragraph) -> bool:
    """After ``wrap``: whether a line is wider than the paragraph (a word that did not fit
    and could not be hyphenated; the poster then tries smaller type)."""
    lines = getattr(paragraph, "blPara", None)
    if lines is None:
        return False
    # ReportLab may shrink the spaces of a line a little (spaceShrinkage), which leaves it a
    # fraction of a point too wide: the cell's padding takes that. A word that does not fit
    # is wider by far more.
    allowed = max(1.0, 0.1 * paragraph.style.fontSize)
    return any((line.extraSpace if lines.kind else line[0]) < -allowed for line in lines.lines)


@dataclass(frozen=True)
class Layout:
    """What differs between a poster read from the left and one read from the right, and
    between its languages."""
    language: str
    words: PosterWords

    @property
    def right_to_left(self) -> bool:
        return self.language in RIGHT_TO_LEFT_LANGUAGES

    @property
    def align(self) -> int:
        return TA_RIGHT if self.right_to_left else TA_LEFT

    def style(self, name: str, hyphenation: Hyphenation | None = None,
              **kwargs) -> ParagraphStyle:
        """A paragraph style that breaks words only where ``hyphenation`` allows (with a
        hyphen) and never cuts a word bare."""
        kwargs.setdefault("alignment", self.align)
        return ParagraphStyle(name, hyphenationLang=hyphenation or "", embeddedHyphenation=0,
                              splitLongWords=0, uriWasteReduce=0, **kwargs)

    def columns(self, row: list) -> list:
        """A table row in reading order, laid out from the right for a right-to-left poster."""
        return list(reversed(row)) if self.right_to_left else row

    def dictionary(self, in_bokmal: bool = False) -> str | None:
        if in_bokmal or self.language == BOKMAL:
            return BOKMAL_HYPHENATION
        return self.words.hyphenation

    def markup(self, plain: str, font: str, size: float, width: float,
               hyphenation: Hyphenation | None = None, *, in_bokmal: bool = False) -> str:
        """``plain`` as paragraph markup, its too wide words added to ``hyphenation``.

        Right-to-left text is broken into lines here, in reading order, and each line put in
        drawing order by itself as part of a right-to-left paragraph: a paragraph broken after
        ``text`` has reversed it would start with the last words. Bokmål printed on such a
        poster (no translation) stays a left-to-right paragraph."""
        if not in_bokmal and self.right_to_left and _has_right_to_left(plain):
            return "<br/>".join(_rtl_text(line) for line in rtl_lines(plain, font, size, width))
        if hyphenation is not None:
            hyphenation.add(plain, self.dictionary(in_bokmal), font, size, width)
        return text(plain)


def _rtl_text(line: str) -> str:
    """One line of a right-to-left paragraph in drawing order, read from the right even when
    it starts with a Latin word («Torshov، غرفة»)."""
    if not _has_right_to_left(line):
        return text(line)
    drawn = fonts.visual_order(RIGHT_TO_LEFT_MARK + line).replace(RIGHT_TO_LEFT_MARK, "")
    return fonts.with_fallback(escape(drawn))


def _paragraph(layout: Layout, plain: str, style: ParagraphStyle, width: float, *,
               font: str | None = None, size: float | None = None, in_bokmal: bool = False,
               template: str = "{}") -> Paragraph:
    """``plain`` as a paragraph of ``width`` whose too wide words are hyphenated (``template``
    puts markup round it; ``font`` and ``size`` when that markup changes them)."""
    hyphenation = Hyphenation()
    body = layout.markup(plain, font or style.fontName, size or style.fontSize, width,
                         hyphenation, in_bokmal=in_bokmal)
    return Paragraph(template.format(body),
                     ParagraphStyle(style.name, parent=style, hyphenationLang=hyphenation))


def _has_right_to_left(value: str) -> bool:
    return any("\u0590" <= ch <= "\u08ff" or "\ufb1d" <= ch <= "\ufeff" for ch in value)


def _drawn_width(value: str, font: str, size: float) -> float:
    shown = fonts.visual_order(value)
    return sum(stringWidth(piece, name or font, size) for piece, name in fonts.runs(shown, font))


def rtl_lines(plain: str, font: str, size: float, width: float) -> list[str]:
    """Words of right-to-left text in lines no wider than ``width`` (a word wider than that
    stands alone on its line, and the paragraph reports the overflow)."""
    lines, current = [], ""
    room = width * 0.98   # what ReportLab measures again must never need another break
    for paragraph in plain.splitlines() or [""]:
        for word in paragraph.split():
            candidate = f"{current} {word}" if current else word
            if current and _drawn_width(candidate, font, size) > room:
                lines.append(current)
                current = word
            else:
                current = candidate
        lines.append(current)
        current = ""
    return lines


# --- the poster ---------------------------------------------------------------------------------

def write_activity_calendar(path: str | os.PathLike, year: int, month: int, *,
                            site_id: int | None = None, paper: str = "A4",
                            language: str | None = None,
                            printed_on: datetime.date | None = None) -> Path:
    """Write the month poster to ``path`` (A4 or A3 landscape) in bokmål or ``language``."""
    data = month_calendar(year, month, site_id=site_id, language=language)
    layout = Layout(data.language, poster_words(data.language))
    month_name = month_words(layout.words, year, month)
    subject = month_name + (f", {data.site_name}" if data.site_name else "")
    spec = ReportSpec(title=layout.words.title, subject=subject, orientation=LANDSCAPE,
                      paper=paper, printed_on=printed_on, keywords=["aktivitetskalender"],
                      language=data.language if data.language != BOKMAL else None)
    return build_report(path, spec, lambda doc: calendar_story(doc, data, layout))


def month_words(words: PosterWords, year: int, month: int) -> str:
    return f"{words.months[month - 1]} {year}"


def contact_line(team, words: PosterWords) -> str:
    """«Kontakt: Bo- og nærmiljøteamet, Bydel Sagene · 912 34 567 · post@…», or "" when the
    team has set none of it."""
    parts = [part for part in (team.display_name, team.contact) if part]
    return f"{words.contact}: {' · '.join(parts)}" if parts else ""


def calendar_story(doc, data: MonthCalendar, layout: Layout | None = None) -> list:
    layout = layout or Layout(data.language, poster_words(data.language))
    words = layout.words
    scale = 1.41 if doc.spec.paper == "A3" else 1.0
    width, height = doc.frame_size(LANDSCAPE)
    month = month_words(words, data.year, data.month)
    heading = f"{words.title} {month}"
    title_style = layout.style("poster_title", parent=paragraph_styles().title,
                               fontSize=20 * scale, leading=24 * scale, spaceAfter=2 * scale)
    title_markup = f"<b>{text(heading)}</b>"
    if data.site_name:
        site = f'<font color="{hex_color(MUTED)}">{text(data.site_name)}</font>'
        title_markup = (f"{site}  {title_markup}" if layout.right_to_left
                        else f"{title_markup}  {site}")
    title = Paragraph(title_markup, title_style)
    title.outline_title = heading
    title.outline_level = 0
    story = [title]
    contact = _contact(doc, layout, width, scale)
    if contact is not None:
        height -= _contact_on_every_page(doc, contact, width)
    if not data.entries:
        story.append(Paragraph(text(words.no_sessions.format(month=month)),
                               layout.style("empty", parent=paragraph_styles().notice)))
        return story
    legend = _legend(data.kinds, width, scale, layout)
    used = (title.wrap(width, height)[1] + title.getSpaceAfter()
            + legend.wrap(width, height)[1] + 2 * mm + 1)
    grid = _grid(data, width, height - used, scale, layout)
    if grid is not None:
        story += [legend, Spacer(1, 2 * mm), grid]
    else:
        if words.too_busy:
            story += [legend, Spacer(1, 3 * mm),
                      Paragraph(text(words.too_busy),
                                layout.style("busy", parent=paragraph_styles().small))]
        else:
            story.append(legend)
        story += [Spacer(1, 2 * mm), _agenda(data, width, layout)]
    return story + _about(data, width, scale, layout)


def _contact(doc, layout: Layout, width: float, scale: float) -> Paragraph | None:
    line = contact_line(doc.team, layout.words)
    if not line:
        return None
    style = layout.style("contact", fontName=fonts.BOLD, fontSize=11 * scale,
                         leading=14 * scale, textColor=INK)
    return Paragraph(layout.markup(line, fonts.BOLD, style.fontSize, width), style)


def _contact_on_every_page(doc, contact: Paragraph, width: float) -> float:
    """Put the contact line at the foot of every page, above the footer: each sheet may hang
    on its own (the list of a busy month runs over pages, the activities' page comes after).
    Returns the height taken from each page's frame."""
    room = contact.wrap(width, 10_000)[1] + 2 * mm
    for template in doc.pageTemplates:
        frame = template.frames[0]
        bottom = frame._y1
        template.frames = [Frame(frame._x1, bottom + room, frame._width, frame._height - room,
                                 leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
                                 id=frame.id)]

        def decorate(canvas, document, earlier=template.onPage, x=frame._x1, y=bottom):
            earlier(canvas, document)
            contact.wrap(width, 10_000)
            contact.drawOn(canvas, x, y)

        template.onPage = decorate
    return room


def _legend(kinds: list[str], width: float, scale: float, layout: Layout) -> Table:
    style = layout.style("legend", fontName=fonts.BOLD, fontSize=8.5 * scale,
                         leading=10 * scale, alignment=TA_CENTER)
    chip_width = min(40 * mm * scale, width / max(1, len(kinds)) - 2 * mm)
    chips = []
    for kind in kinds:
        label = layout.words.kinds.get(kind, kind)
        _background, ink = kind_colours(kind)
        hyphenation = Hyphenation()
        body = layout.markup(label, fonts.BOLD, style.fontSize, chip_width - 12, hyphenation)
        chips.append(Paragraph(f'<font color="{hex_color(ink)}">{body}</font>',
                               ParagraphStyle(f"legend-{kind}", parent=style,
                                              hyphenationLang=hyphenation)))
    chips = layout.columns(chips)
    ordered = layout.columns(list(kinds))
    commands = [("BACKGROUND", (i, 0), (i, 0), kind_colours(kind)[0])
                for i, kind in enumerate(ordered)]
    table = plain_table([chips], colWidths=[chip_width] * len(kinds),
                        hAlign="RIGHT" if layout.right_to_left else "LEFT")
    table.setStyle(TableStyle(commands + [
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEAFTER", (0, 0), (-2, -1), 4, colors.white),
    ]))
    return table


def poster_time(start: datetime.time | None, end: datetime.time | None) -> str:
    """«17–19» for whole hours, «17:30–19» otherwise: short enough to read across a room."""
    def short(value):
        return f"{value.hour:02d}" if value.minute == 0 else time_no(value)

    if start is None:
        return ""
    return f"{short(start)}\u2013{short(end)}" if end else time_no(start)


def _entry_text(entry: CalendarEntry, size: float, width: float, layout: Layout,
                hyphenation: Hyphenation) -> str:
    when = poster_time(entry.start_time, entry.end_time)
    name_in_bokmal = "name" in entry.in_bokmal
    if layout.right_to_left and not name_in_bokmal:
        # Time, then name, in reading order: the time stands at the right edge.
        first = f"{when} {entry.activity_name}" if when else entry.activity_name
        parts = [f"<b>{layout.markup(first, fonts.BOLD, size, width, hyphenation)}</b>"]
    else:
        name = layout.markup(entry.activity_name, fonts.BOLD, size, width, hyphenation,
                             in_bokmal=name_in_bokmal)
        parts = [f"<b>{text(when)}</b> " if when else "", f"<b>{name}</b>"]
    if entry.place:
        small = size * 0.85
        place = layout.markup(entry.place, fonts.TEXT, small, width, hyphenation,
                              in_bokmal="place" in entry.in_bokmal)
        parts.append(f'<br/><font size="{small:.1f}">{place}</font>')
    return "".join(parts)


def _entry_box(entry: CalendarEntry, style: ParagraphStyle, width: float,
               layout: Layout) -> tuple[Table, Paragraph]:
    background, ink = kind_colours(entry.kind)
    hyphenation = Hyphenation()
    inner = width - 4.5
    body = _entry_text(entry, style.fontSize, inner, layout, hyphenation)
    box_style = ParagraphStyle(f"entry-{entry.kind}", parent=style, textColor=ink,
                               hyphenationLang=hyphenation)
    paragraph = Paragraph(body, box_style)
    box = plain_table([[paragraph]], colWidths=[width],
                      hAlign="RIGHT" if layout.right_to_left else "LEFT")
    box.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), background),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
    ]))
    return box, paragraph


def _day_cell(day, size: float, width: float, scale: float, layout: Layout) -> tuple[list, list]:
    """The flowables of one day, and the paragraphs whose words must fit."""
    hyphenation = Hyphenation()
    number_style = layout.style(
        "day", hyphenation, fontName=fonts.BOLD, fontSize=11 * scale, leading=12.5 * scale,
        textColor=INK if day.in_month else MUTED)
    label = str(day.date.day)
    if day.holiday:
        # The holidays have their Norwegian names on every poster.
        name = layout.markup(day.holiday, fonts.TEXT, 8 * scale, width, hyphenation,
                             in_bokmal=True)
        holiday = (f'<font name="{fonts.TEXT}" size="{8 * scale:.1f}" '
                   f'color="{hex_color(HOLIDAY_INK)}">{name}</font>')
        label = f"{holiday} {label}" if layout.right_to_left else f"{label} {holiday}"
    number = Paragraph(label, number_style)
    cell, checked = [number], [number]
    entry_style = layout.style("entry", fontName=fonts.TEXT, fontSize=size,
                               leading=size * 1.18)
    for entry in day.entries:
        box, paragraph = _entry_box(entry, entry_style, width, layout)
        cell += [Spacer(1, 0.9 * mm), box]
        checked.append(paragraph)
    return cell, checked


def _cell_height(cell: list, width: float) -> float:
    return sum(flowable.wrap(width, 10_000)[1] for flowable in cell)


def _week_column(words: PosterWords, data: MonthCalendar, scale: float) -> float:
    """Wide enough for the week heading in the poster's language and the week numbers."""
    size = 10 * scale
    widest = max([_drawn_width(words.week, fonts.BOLD, size)]
                 + [_drawn_width(str(w.iso_week), fonts.BOLD, size) for w in data.weeks])
    return max(WEEK_COLUMN * scale, widest + 6)


def _grid(data: MonthCalendar, width: float, height: float, scale: float,
          layout: Layout | None = None) -> Table | None:
    """The month grid in the largest type that fits one page with every word whole or
    hyphenated, or None if none does.

    Busy weeks get taller rows than quiet ones; what is left over is shared evenly.
    """
    layout = layout or Layout(data.language, poster_words(data.language))
    week_width = _week_column(layout.words, data, scale)
    day_width = (width - week_width) / 7
    padding = 2.5
    inner = day_width - 2 * padding
    available = height - HEADER_ROW * scale

    def layout_at(size):
        """The cells at this size, each week's height, and whether it all fits."""
        cells, needed, cut = [], [], False
        for week in data.weeks:
            row, tallest = [], 0.0
            for day in week.days:
                cell, checked = _day_cell(day, size, inner, scale, layout)
                row.append(cell)
                tallest = max(tallest, _cell_height(cell, inner))
                cut = cut or any(overflows(p) for p in checked)
            cells.append(row)
            needed.append(tallest + 2 * padding + 1)
        return cells, needed, sum(needed) <= available and not cut

    # Binary search for the largest size that fits (taller type never needs less room).
    low, high = 0, len(SIZES) - 1          # indexes into SIZES, largest first
    cells, needed, fits = layout_at(SIZES[high] * scale)
    if not fits:
        return None
    best = (SIZES[high] * scale, cells, needed)
    while low < high:
        middle = (low + high) // 2
        size = SIZES[middle] * scale
        cells, needed, fits = layout_at(size)
        if fits:
            best, high = (size, cells, needed), middle
        else:
            low = middle + 1
    size, cells, needed = best
    spare = (available - sum(needed)) / len(needed)
    table = _grid_table(data, cells, week_width, day_width, [h + spare for h in needed], scale,
                        padding, layout)
    table.entry_font_size = size
    return table


def _grid_table(data, cells, week_width, day_width, row_heights, scale, padding,
                layout: Layout) -> Table:
    words = layout.words
    head_style = layout.style("weekday", fontName=fonts.BOLD, fontSize=10 * scale,
                              leading=12 * scale, textColor=HEADER_INK, alignment=TA_CENTER)
    week_style = layout.style("week", fontName=fonts.BOLD, fontSize=10 * scale,
                              leading=12 * scale, textColor=MUTED, alignment=TA_CENTER)
    header = layout.columns([Paragraph(text(words.week), head_style)] + [
        _paragraph(layout, name, head_style, day_width - 12)
        for name in words.weekdays])
    rows = [header] + [layout.columns([Paragraph(str(week.iso_week), week_style)] + row)
                       for week, row in zip(data.weeks, cells)]
    widths = layout.columns([week_width] + [day_width] * 7)
    table = plain_table(rows, colWidths=widths, rowHeights=[HEADER_ROW * scale] + row_heights)
    week_col = 7 if layout.right_to_left else 0
    days = (0, 6) if layout.right_to_left else (1, 7)
    weekend = (0, 1) if layout.right_to_left else (6, 7)
    commands = [
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.6, GRID),
        ("BOX", (0, 0), (-1, -1), 0.8, INK),
        ("BACKGROUND", (week_col, 1), (week_col, -1), ZEBRA),
        ("BACKGROUND", (weekend[0], 1), (weekend[1], -1), colors.HexColor("#F7F9FB")),
        ("LEFTPADDING", (week_col, 0), (week_col, -1), 1),
        ("RIGHTPADDING", (week_col, 0), (week_col, -1), 1),
        ("TOPPADDING", (0, 1), (-1, -1), padding),
        ("BOTTOMPADDING", (0, 1), (-1, -1), padding),
        ("LEFTPADDING", (days[0], 1), (days[1], -1), padding),
        ("RIGHTPADDING", (days[0], 1), (days[1], -1), padding),
    ]
    for r, week in enumerate(data.weeks, start=1):
        for c, day in enumerate(week.days):
            column = (6 - c) if layout.right_to_left else c + 1
            if not day.in_month:
                commands.append(("BACKGROUND", (column, r), (column, r), OUTSIDE_MONTH))
    table.setStyle(TableStyle(commands))
    return table


def _agenda(data: MonthCalendar, width: float, layout: Layout) -> Table:
    """Every session as a list row, for months too busy for the grid."""
    words = layout.words
    cell = layout.style("agenda_cell", parent=paragraph_styles().cell)
    head = layout.style("agenda_head", parent=paragraph_styles().head)
    widths = [24 * mm, 24 * mm, 24 * mm, None, 70 * mm]
    widths[3] = width - sum(w for w in widths if w)
    header = [_paragraph(layout, word, head, (width_of or 24 * mm) - 12)
              for word, width_of in zip(words.agenda, widths)]
    rows, colour = [layout.columns(header)], []
    name_column = 1 if layout.right_to_left else 3
    for index, entry in enumerate(data.entries, start=1):
        background, ink = kind_colours(entry.kind)
        when = time_no(entry.start_time)
        if entry.start_time and entry.end_time:
            when += f"\u2013{time_no(entry.end_time)}"
        name = _paragraph(layout, entry.activity_name, cell, widths[3] - 12, font=fonts.BOLD,
                          in_bokmal="name" in entry.in_bokmal,
                          template=f'<font color="{hex_color(ink)}"><b>{{}}</b></font>')
        place = _paragraph(layout, entry.place, cell, widths[4] - 12,
                           in_bokmal="place" in entry.in_bokmal)
        rows.append(layout.columns([
            Paragraph(date_no(entry.date), cell),
            _paragraph(layout, words.weekdays[entry.date.isoweekday() - 1], cell, widths[1] - 12),
            Paragraph(when, cell), name, place]))
        colour.append(("BACKGROUND", (name_column, index), (name_column, index), background))
    result = plain_table(rows, colWidths=layout.columns(widths), repeatRows=1)
    result.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, GRID),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
    ] + colour))
    return result


def _about(data: MonthCalendar, width: float, scale: float, layout: Layout) -> list:
    """A page saying what each activity on the poster is, when the team has described any."""
    described = [a for a in data.activities if a.description]
    if not described:
        return []
    heading_style = layout.style("about_title", parent=paragraph_styles().title,
                                 fontSize=18 * scale, leading=22 * scale, spaceAfter=6 * scale)
    heading = Paragraph(f"<b>{text(layout.words.about)}</b>", heading_style)
    heading.outline_title = layout.words.about
    heading.outline_level = 0
    size = 11 * scale
    name_style = layout.style("about_name", fontName=fonts.BOLD, fontSize=size,
                              leading=size * 1.2, textColor=colors.white)
    body_style = layout.style("about_body", fontName=fonts.TEXT, fontSize=size,
                              leading=size * 1.35, textColor=INK)
    place_style = layout.style("about_place", parent=body_style, textColor=MUTED,
                               fontSize=size * 0.9, leading=size * 1.2)
    widths = [70 * mm * scale, None]
    widths[1] = width - widths[0]
    rows, commands = [], []
    name_column = 1 if layout.right_to_left else 0
    for index, activity in enumerate(described):
        background, _ink = kind_colours(activity.kind)
        in_bokmal = activity.in_bokmal
        name = _paragraph(layout, activity.name, name_style, widths[0] - 12,
                          in_bokmal="name" in in_bokmal)
        body = [_paragraph(layout, activity.description, body_style, widths[1] - 16,
                           in_bokmal="description" in in_bokmal)]
        if activity.place:
            body.append(_paragraph(layout, activity.place, place_style, widths[1] - 16,
                                   in_bokmal="place" in in_bokmal))
        rows.append(layout.columns([name, body]))
        commands.append(("BACKGROUND", (name_column, index), (name_column, index), background))
    table = plain_table(rows, colWidths=layout.columns(widths))
    table.setStyle(TableStyle(commands + [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.6, GRID),
        ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
    ]))
    return [PageBreak(), heading, table]
