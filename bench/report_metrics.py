"""The PDFs users wait for, each against ReportLab alone building the same content from figures
read beforehand (no queries, no page decoration): the grant report for one application and a
year, and the attendance matrix of the large activity."""
import datetime
from pathlib import Path
from xml.sax.saxutils import escape

from results import Result, median_time

GRANT_RATIO, GRANT_SECONDS = 1.5, 2.0
MATRIX_SECONDS = 2.0
MATRIX_PAGES = 60


# --- grant report -------------------------------------------------------------------------

def bench_grant_report_pdf(application_id: int, first: datetime.date, last: datetime.date,
                           repeat: int, folder: Path) -> Result:
    from samvirke_desktop.reports.grant_report import grant_report_data, write_grant_report

    out = folder / "tilskuddsrapport.pdf"
    data = grant_report_data(application_id, first, last)
    # One unmeasured run of each first: imports and font loading are paid once per program.
    write_grant_report(out, application_id, first, last)
    _bare_grant_pdf(folder / "bar-tilskudd.pdf", data)
    ours = median_time(lambda: write_grant_report(out, application_id, first, last), repeat)
    floor = median_time(lambda: _bare_grant_pdf(folder / "bar-tilskudd.pdf", data), repeat)
    ratio = ours / floor
    return Result(f"tilskuddsrapport PDF, {data.stats.title}, ett år", ours, floor,
                  f"≤ {GRANT_RATIO:.1f} × ren ReportLab og ≤ {GRANT_SECONDS:.0f} s",
                  ratio <= GRANT_RATIO and ours <= GRANT_SECONDS)


class _PagesCanvas:
    """ReportLab's usual recipe for «Side x av y»: pages held back until the total is known."""

    @staticmethod
    def make():
        from reportlab.pdfgen.canvas import Canvas

        from samvirke_desktop.reports.fonts import TEXT

        class PagesCanvas(Canvas):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                self._pages = []

            def showPage(self):
                self._pages.append(dict(self.__dict__))
                self._startPage()

            def save(self):
                for number, state in enumerate(self._pages, start=1):
                    self.__dict__.update(state)
                    self.setFont(TEXT, 8)
                    self.drawRightString(560, 30, f"Side {number} av {len(self._pages)}")
                    Canvas.showPage(self)
                Canvas.save(self)

        return PagesCanvas


def _bare_grant_pdf(path: Path, data) -> None:
    """ReportLab alone: the grant report's tables, chart, texts and page furniture (header,
    printing date, «Side x av y»), in the same embedded fonts, from figures read beforehand."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table

    from samvirke_desktop.reports.fonts import BOLD, TEXT, register_fonts

    register_fonts()
    body = ParagraphStyle("body", fontName=TEXT, fontSize=9, leading=12)
    small = ParagraphStyle("small", fontName=TEXT, fontSize=7.5, leading=10)
    title = ParagraphStyle("title", fontName=BOLD, fontSize=16, leading=20)
    s = data.stats
    p, v, hc, b = s.participants, s.volunteers, s.head_counts, s.budget
    story = []

    head = ParagraphStyle("head", fontName=BOLD, fontSize=8, leading=10)

    def table(rows, note=""):
        # Header cells wrap in narrow columns, as printed tables' headers must.
        rows = [[Paragraph(escape(str(cell)), head) for cell in rows[0]], *rows[1:]]
        t = Table(rows, repeatRows=1)
        # The look of a printed table: shaded header, zebra rows, numbers to the right, a
        # bold sum row, a light grid.
        t.setStyle([("FONT", (0, 0), (-1, -1), TEXT, 8), ("LEADING", (0, 0), (-1, -1), 10),
                    ("TEXTCOLOR", (0, 1), (-1, -1), "#1f2a33"),
                    ("BACKGROUND", (0, 0), (-1, 0), "#dfe8ef"),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("GRID", (0, 0), (-1, -1), 0.4, "#c9d1d8"),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.8, "#dfe8ef"),
                    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                    ("ROWBACKGROUNDS", (0, 1), (-1, -2), [None, "#f6f8fa"]),
                    ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                    ("BACKGROUND", (0, -1), (-1, -1), "#eef3f7"),
                    ("FONT", (0, -1), (-1, -1), BOLD, 8),
                    ("LINEABOVE", (0, -1), (-1, -1), 0.8, "#1f2a33")])
        story.extend([t, Spacer(1, 8)])
        if note:
            story.append(Paragraph(escape(note), small))

    def heading(text, intro=""):
        story.append(Paragraph(escape(text), title))
        if intro:
            story.append(Paragraph(escape(intro), body))

    def page(canvas, _doc):
        canvas.saveState()
        canvas.setFont(BOLD, 9)
        canvas.drawRightString(560, 810, "Rapport til tilskuddsgiver")
        canvas.setFont(TEXT, 8)
        canvas.drawRightString(560, 798, f"{s.title}, {s.period_from} – {s.period_to}")
        canvas.line(36, 792, 560, 792)
        canvas.line(36, 40, 560, 40)
        canvas.drawString(36, 30, "Skrevet ut i dag")
        canvas.restoreState()

    heading(s.title, f"Rapportperiode {s.period_from} – {s.period_to}")
    cover = [("Tilskuddsgiver", s.funder), ("Tilskuddsordning", s.scheme or "–"),
             ("Saksnummer", s.reference or "–"), ("Status", s.status_label),
             ("Beløp søkt", str(s.amount_applied)), ("Beløp innvilget", str(s.amount_granted)),
             ("Aktiviteter", ", ".join(a.name for a in s.activities))]
    table([["", ""]] + [[Paragraph(escape(label), body), Paragraph(f"<b>{escape(value)}</b>", body)]
                        for label, value in cover],
          "Rapporten inneholder bare tall uten navn: deltakerne telles, de nevnes ikke. "
          f"{s.age_basis_text}. {s.birth_year_rule_text} {s.bands_text}.")
    story.append(PageBreak())
    heading("Sammendrag", data.application.get("summary") or "Ikke fylt ut i søknaden.")
    table([["Tall", ""], ["Unike deltakere", p.total], ["Barn", p.children.total],
           ["Voksne", p.adults.total], ["Nye", p.new], ["Samlinger holdt", s.sessions.held],
           ["Avlyst", s.sessions.cancelled], ["Oppmøter", s.attendances.total],
           ["Snitt", str(s.attendances.average_per_session)], ["Telt", hc.total],
           ["Frivillige", v.unique], ["Timer", str(v.hours)], ["Brukt", str(b.spent)]])
    heading("Mål og måloppnåelse")
    table([["Mål", "Målsetting", "Oppnådd", "Vurdering"]] + [
        [Paragraph(escape(g.get("description") or ""), body),
         Paragraph(escape(g.get("target") or "–"), body),
         Paragraph(escape(g.get("achievement") or "Ikke beskrevet ennå"), body),
         g.get("rating") or "–"]
        for g in data.application.get("goals") or []])
    heading("Aktiviteter", data.application.get("method") or "")
    table([["Aktivitet", "Type", "Holdt", "Avlyst", "Oppmøter", "Unike", "Telt", "Timer"]] + [
        [Paragraph(escape(a.name), body), a.kind_label, a.sessions_held, a.sessions_cancelled,
         a.attendances, a.unique_participants, a.head_counts, str(a.volunteer_hours)]
        for a in s.activities])
    heading("Deltakere", "Unike deltakere er personer registrert med navn som var til stede "
            "minst én gang i perioden, telt én gang på tvers av samlinger og aktiviteter. Nye "
            "deltakere var ikke med på noen aktivitet før perioden; gjengangere var det.")
    table([["", "Nye", "Gjengangere", "Totalt"]] + [
        [g.label, g.new, g.returning, g.total] for g in (p.children, p.adults)]
        + [["Alle", p.new, p.returning, p.total]])
    for group in (p.children, p.adults):
        codes = [code for code, _ in group.gender_labels]
        heading(f"{group.label} etter alder og kjønn")
        table([["Alder"] + [label for _, label in group.gender_labels] + ["Sum"]]
              + [[row.label] + [row.count(c) for c in codes] + [row.total] for row in group.rows])
    story.append(Paragraph(escape(f"{s.age_basis_text}. {s.birth_year_rule_text}"), small))
    heading("Samlinger og oppmøte per måned",
            f"{s.sessions.held} samlinger ble holdt og {s.sessions.cancelled} avlyst. Det ble "
            f"registrert {s.attendances.total} oppmøter med navn, i snitt "
            f"{s.attendances.average_per_session} per samling, og {hc.total} personer ble telt "
            "uten navn.")
    drawing = Drawing(480, 190)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 34, 16, 430, 160
    chart.data = [[m.attendances for m in s.months] or [0], [m.head_counts for m in s.months] or [0]]
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.categoryNames = [m.label[:3] for m in s.months] or [""]
    chart.categoryAxis.labels.fontName = chart.valueAxis.labels.fontName = TEXT
    drawing.add(chart)
    story.append(drawing)
    table([["Måned", "Holdt", "Oppmøter", "Telt", "Snitt"]] + [
        [m.label, m.sessions_held, m.attendances, m.head_counts,
         round((m.attendances + m.head_counts) / m.sessions_held, 1) if m.sessions_held else "–"]
        for m in s.months], "«Snitt alle per samling» regner med både oppmøter med navn og "
        "telte personer.")
    codes = [code for code, _ in hc.gender_labels]
    heading("Telte deltakere uten navn", "På åpne aktiviteter telles de som kommer uten å bli "
            "registrert med navn. De er ikke med i tallene for unike deltakere.")
    table([["Alder"] + [label for _, label in hc.gender_labels] + ["Sum"]]
          + [[row.label] + [row.count(c) for c in codes] + [row.total] for row in hc.rows])
    heading("Frivillig innsats")
    table([["", ""], ["Frivillige", v.unique], ["Vakter", v.presences], ["Timer", str(v.hours)],
           ["Timesats", str(v.hour_rate)], ["Verdi", str(v.in_kind_value)]],
          "Verdien er timene ganget med timesatsen.")
    heading("Budsjett og regnskap", f"Regnskapet tar med utgifter fra {b.spent_from} til "
            f"{b.spent_to}. Avvik er regnskap minus budsjett: minus betyr under budsjett.")
    c = data.compliance
    budget_rows = [["Post", "Budsjett", "Regnskap", "Avvik", "Avvik %"]]
    for line in c.budget_lines:
        budget_rows.append([Paragraph(escape(line.name), body), str(line.budgeted),
                            str(line.spent), str(line.variance), str(line.variance_percent)])
        if line.explanation or line.missing_explanation:
            budget_rows.append([Paragraph(escape(f"Forklaring: {line.explanation}"), small)])
    table(budget_rows + [["Sum", str(b.budgeted), str(b.spent), str(b.variance), ""]])
    table([["Type", "Beskrivelse", "Timer", "Sats", "Verdi"]] + [
        [k.label, Paragraph(escape(k.description), body), str(k.hours or ""),
         str(k.rate or ""), str(k.value or "")] for k in c.in_kind]
        + [["Sum", "", "", "", str(c.in_kind_total)]])
    for field, name in (("results", "Resultater"), ("deviations", "Avvik fra planen"),
                        ("challenges", "Utfordringer"), ("continuation", "Videreføring")):
        heading(name, data.application.get(field) or "Ikke fylt ut i søknaden.")
    # The compliance part: conditions, deadlines and auditor, police certificates, signature,
    # and the sessions of the period as an appendix.
    story.append(PageBreak())
    heading("Vilkår og krav fra tilskuddsgiveren", " ".join(c.gaps))
    table([["Vilkår", "Oppfylt", "Kommentar"]] + [
        [Paragraph(escape(x.text), body), x.status_text, Paragraph(escape(x.comment), body)]
        for x in c.conditions] + [["", "", ""]])
    table([["", ""], ["Rapportfrist", str(c.deadline)], ["Revisorattestasjon", str(c.auditor)]])
    table([["Rolle", "Hva manglet", "Frivillige", "Vakter"]] + [
        [e.role, e.problem, e.volunteers, e.presences] for e in c.police.exceptions]
        + [["", "", "", ""]])
    sig = c.signature
    table([["", ""], ["Navn", sig.name], ["Rolle", sig.role], ["Sted og dato", sig.place],
           ["Organisasjon", sig.organisation], ["Organisasjonsnummer", sig.organisation_number]])
    story.append(PageBreak())
    heading("Vedlegg: samlinger i perioden")
    table([["Dato", "Uke", "Aktivitet", "Sted", "Tema", "Status"]] + [
        [str(x.date), x.iso_week, Paragraph(escape(x.activity), body),
         Paragraph(escape(x.place), body), Paragraph(escape(x.topic or "–"), body),
         x.state_text] for x in c.sessions] + [["", "", "", "", "", ""]])
    SimpleDocTemplate(str(path), pagesize=A4, title="Rapport til tilskuddsgiver",
                      lang="nb-NO").build(story, onFirstPage=page, onLaterPages=page,
                                          canvasmaker=_PagesCanvas.make())


# --- attendance matrix ------------------------------------------------------------------------

def bench_attendance_pdf(activity_id: int, first: datetime.date, last: datetime.date,
                         repeat: int, folder: Path) -> Result:
    from samvirke_desktop.domain.activities.attendance_matrix import attendance_report_data
    from samvirke_desktop.reports.attendance_report import write_attendance_report

    out = folder / "oppmote.pdf"
    data = attendance_report_data(activity_id, first, last)
    _bare_matrix_pdf(folder / "bar.pdf", data)  # unmeasured: imports and fonts
    ours = median_time(lambda: write_attendance_report(out, activity_id, first, last), repeat)
    floor = median_time(lambda: _bare_matrix_pdf(folder / "bar.pdf", data), repeat)
    shape = f"{len(data.participants)} × {len(data.sessions)}"
    pages = _page_count(out)
    return Result(f"oppmøterapport PDF, {shape}, {pages} sider", ours, floor,
                  f"≤ {MATRIX_SECONDS:.0f} s og ≤ {MATRIX_PAGES} sider",
                  ours <= MATRIX_SECONDS and pages <= MATRIX_PAGES)


def _page_count(path: Path) -> int:
    """Pages of a written PDF: what a team prints and a funder leafs through."""
    from pypdf import PdfReader

    return len(PdfReader(str(path)).pages)


def _bare_matrix_pdf(path: Path, data) -> None:
    """ReportLab alone: the same matrix as a plain repeated-header table, no queries."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import LongTable, SimpleDocTemplate

    from samvirke_desktop.reports.fonts import SYMBOLS, register_fonts

    register_fonts()
    header = ["Navn"] + [s.date.strftime("%d.%m") for s in data.sessions]
    rows = [header]
    for person in data.participants:
        rows.append([person.name] + ["✓" if s.session_id in person.present else ""
                                     for s in data.sessions])
    chunks = [rows[:1] + rows[1:][i:i + 200] for i in range(0, len(rows) - 1, 200)] or [rows]
    story = []
    for chunk in chunks:
        columns = [chunk[0][0:1] + chunk[0][1 + k:1 + k + 20] for k in range(0, len(header) - 1, 20)]
        for k, _ in enumerate(columns):
            part = [row[0:1] + row[1 + 20 * k:1 + 20 * (k + 1)] for row in chunk]
            table = LongTable(part, repeatRows=1)
            table.setStyle([("FONT", (0, 0), (-1, -1), SYMBOLS, 7)])
            story.append(table)
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build(story)
