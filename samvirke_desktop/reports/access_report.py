"""Innsyn: everything Samvirke stores about one person, as a PDF the person can read.

The content is ``access_request.access_export`` (the same data as the machine-readable JSON), with
field names in Norwegian, codes as words and dates the Norwegian way. Making the report
logs the export in the change log (``access_export`` does that).
"""
import datetime
import os
from decimal import Decimal
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from samvirke_desktop.domain.formatting import date_long, date_no, number
from samvirke_desktop.domain.people.volunteer_hours import format_hours
from samvirke_desktop.domain.person_names import full_name
from samvirke_desktop.domain.privacy.access_request import AccessExport, access_export
from samvirke_desktop.domain.team.change_log import (
    ACTION_LABELS,
    EMPTY,
    field_label,
    table_label,
    value_text,
)
from samvirke_desktop.domain.vocabulary import WEEKDAY_LABELS
from samvirke_desktop.reports.document import PORTRAIT, ReportSpec, build_report
from samvirke_desktop.reports.flowables import (
    data_table,
    gap,
    head_cells,
    heading,
    key_figures,
    para,
    room_for,
    text,
    title_block,
)
from samvirke_desktop.reports.styles import paragraph_styles

TITLE = "Innsyn"
# Labels the change log's vocabulary lacks, for the record's own bookkeeping fields.
EXTRA_LABELS = {"id": "Nummer i Samvirke", "version": "Antall lagringer",
                "created_at": "Registrert", "updated_at": "Sist endret",
                "updated_by": "Sist endret av"}
# Shown last in each field list: the record's bookkeeping rather than facts about the person.
BOOKKEEPING = ("id", "version", "created_at", "updated_at", "updated_by")
# Links the export shows elsewhere (the household has its own section).
LINKS_SHOWN_ELSEWHERE = {"resident": ("household",), "volunteer": ("resident",)}


def write_access_report(path: str | os.PathLike, resident_id: int, *,
                        printed_on: datetime.date | None = None) -> Path:
    """Write the access report (innsyn) for one resident to ``path``; the export is logged."""
    export = access_export(resident_id)
    name = _person_name(export.resident)
    spec = ReportSpec(title=TITLE, subject=f"Opplysninger om {name}", orientation=PORTRAIT,
                      printed_on=printed_on, keywords=["innsyn", "personopplysninger"])
    return build_report(path, spec, lambda doc: access_story(doc, export))


def make_access_report(resident_id: int, path: str | os.PathLike) -> Path:
    """For the «Innsyn» button: the PDF for ``resident_id`` written to ``path``.

    A ``.json`` path gets the machine-readable export instead. Either way the export is
    logged. Raises PermissionDenied for a role that may not export personal data and
    RecordGone when the resident no longer exists.
    """
    path = Path(path)
    if path.suffix.lower() == ".json":
        return save_access_json(path, resident_id)
    return write_access_report(path, resident_id)


def save_access_json(path: str | os.PathLike, resident_id: int) -> Path:
    """The same export as machine-readable JSON (UTF-8), logged like the PDF."""
    from samvirke_desktop.errors import SamvirkeError

    path = Path(path)
    if not path.parent.is_dir():
        raise SamvirkeError(f"Mappen «{path.parent}» finnes ikke. Velg en annen mappe for filen.")
    content = access_export(resident_id).to_json()
    try:
        path.write_text(content + "\n", encoding="utf-8")
    except PermissionError as exc:
        raise SamvirkeError(f"Samvirke fikk ikke skrevet «{path}». Er filen åpen i et annet "
                            "program? Lukk den, eller velg et annet filnavn.",
                            details=str(exc)) from exc
    return path


# --- values in words -----------------------------------------------------------------

def _person_name(fields: dict) -> str:
    return full_name(fields.get("first_name") or "", fields.get("last_name") or "") or "Ukjent"


def _label(table: str, name: str) -> str:
    return EXTRA_LABELS.get(name) or field_label(table, name)


def _value(table: str, name: str, value, names: dict | None = None) -> str:
    """A stored value as the team would write it; linked records by their name."""
    if names and name in names and value is not None:
        return names[name].get(value, f"nr. {value}")
    if name == "availability" and value:
        # Stored as ISO weekdays, «2,4» = tirsdag og torsdag.
        days = [WEEKDAY_LABELS.get(int(d)) for d in str(value).split(",") if d.strip().isdigit()]
        return ", ".join(d for d in days if d) or str(value)
    if isinstance(value, datetime.datetime):
        return f"{date_no(value.date())} kl. {value:%H:%M}"
    if isinstance(value, datetime.date):
        return date_no(value)
    if isinstance(value, Decimal):
        return number(value, 2)
    return value_text(table, name, value)


def _site_names(export: AccessExport) -> dict[int, str]:
    """The names of the sites the export refers to by number."""
    from samvirke_desktop.db.models import Site

    ids = {v for v in (export.resident.get("site"),
                       (export.household or {}).get("site")) if v is not None}
    if not ids:
        return {}
    return dict(Site.select(Site.id, Site.name).where(Site.id.in_(sorted(ids))).tuples())


def _field_rows(table: str, fields: dict, names: dict | None = None,
                skip: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    facts = [k for k in fields if k not in BOOKKEEPING and k not in skip]
    kept = [k for k in BOOKKEEPING if k in fields]
    return [(_label(table, k), _value(table, k, fields[k], names)) for k in facts + kept]


# --- the story ------------------------------------------------------------------------

def access_story(doc, export: AccessExport) -> list:
    width, _ = doc.frame_size(PORTRAIT)
    name = _person_name(export.resident)
    team = doc.team.display_name or "teamet"
    printed = doc.printed_on
    story = title_block(f"{TITLE}: opplysninger om {name}",
                        f"Alt Samvirke lagrer om personen, per {date_long(printed)}")
    story.append(para(
        f"Dette er en utskrift av alle opplysningene {team} har lagret om {name} i Samvirke, "
        "etter personvernforordningen artikkel 15 (retten til innsyn). Samme opplysninger kan "
        "også gis som en maskinlesbar fil (JSON). Ta kontakt med teamet hvis noe er feil eller "
        "ikke lenger skal lagres: du kan be om retting og sletting.", "lead"))
    story += [gap(2), key_figures(_overview(export), width)]

    story += [heading("Hvorfor opplysningene lagres"), para("Formål", "h2"),
              para(export.purposes or EMPTY), para("Rettsgrunnlag", "h2"),
              para(export.legal_basis or EMPTY)]
    site_names = _site_names(export)
    names = {"site": site_names}
    story += [room_for(60 * mm), heading("Personopplysninger")]
    story.append(_pairs_table(_field_rows("resident", export.resident, names,
                                          skip=LINKS_SHOWN_ELSEWHERE["resident"]), width))
    story += [room_for(40 * mm), heading("Husstand")]
    if export.household:
        story.append(_pairs_table(_field_rows("household", export.household, names), width))
    else:
        story.append(para("Personen er ikke registrert i en husstand."))
    story += _guardians(export, width)
    story += _consents(export, width)
    story += _enrolments(export, width)
    story += _attendance(export, width)
    story += _volunteer(export, width)
    story += _photos(export, width)
    story += _change_log(export, width)
    return story


def _overview(export: AccessExport) -> list[tuple[str, str]]:
    present = [a for a in export.attendance if a.get("til_stede")]
    days = [a["dato"] for a in present]
    return [
        ("Foresatte registrert", number(len(export.guardians))),
        ("Foresatt for", number(len(export.wards))),
        ("Samtykker", number(len(export.consents))),
        ("Påmeldinger til aktiviteter", number(len(export.enrolments))),
        ("Oppmøter registrert", number(len(present))),
        ("Første oppmøte", date_no(min(days)) if days else EMPTY),
        ("Siste oppmøte", date_no(max(days)) if days else EMPTY),
        ("Registrert som frivillig", "Ja" if export.volunteer else "Nei"),
        ("Endringer i endringsloggen", number(len(export.change_log))),
    ]


def _pairs_table(rows: list[tuple[str, str]], width: float):
    styles = paragraph_styles()
    body = [[Paragraph(text(label), styles.cell), Paragraph(text(value), styles.cell)]
            for label, value in rows]
    header = head_cells(["Opplysning", "Lagret verdi"])
    return data_table(header, body, [width * 0.34, width * 0.66],
                      extra_style=[("VALIGN", (0, 0), (-1, -1), "TOP")])


def _rows_table(header: list[str], rows: list[list[str]], widths: list[float],
                right: tuple[int, ...] = ()):
    styles = paragraph_styles()
    body = [[Paragraph(text(cell), styles.cell_right if i in right else styles.cell)
             for i, cell in enumerate(row)] for row in rows]
    return data_table(head_cells(header, right=right), body, widths,
                      extra_style=[("VALIGN", (0, 0), (-1, -1), "TOP")])


def _guardians(export: AccessExport, width: float) -> list:
    story = [room_for(40 * mm), heading("Foresatte")]
    if export.guardians:
        widths = [width * 0.32, width * 0.18, width * 0.2, width * 0.3]
        rows = [[g.get("foresatt_navn") or g.get("name") or EMPTY,
                 g.get("relation") or EMPTY, g.get("phone") or EMPTY, g.get("email") or EMPTY]
                for g in export.guardians]
        story.append(_rows_table(["Foresatt", "Relasjon", "Telefon", "E-post"], rows, widths))
    else:
        story.append(para("Ingen foresatte er registrert for personen."))
    if export.wards:
        story += [para("Foresatt for", "h2")]
        widths = [width * 0.5, width * 0.5]
        rows = [[w.get("barn_navn") or EMPTY, w.get("relation") or EMPTY] for w in export.wards]
        story.append(_rows_table(["Barn", "Relasjon"], rows, widths))
    return story


def _consents(export: AccessExport, width: float) -> list:
    story = [room_for(40 * mm), heading("Samtykker")]
    if not export.consents:
        return story + [para("Ingen samtykker er registrert.")]
    widths = [width * 0.2, width * 0.26, width * 0.15, width * 0.15, width * 0.24]
    rows = []
    for c in export.consents:
        given_by = c.get("given_by") or EMPTY
        if c.get("given_by_guardian"):
            given_by += " (foresatt)"
        rows.append([_value("consent", "kind", c.get("kind")), given_by,
                     _value("consent", "given_date", c.get("given_date")),
                     _value("consent", "withdrawn_date", c.get("withdrawn_date")),
                     c.get("notes") or EMPTY])
    return story + [_rows_table(["Samtykke til", "Gitt av", "Gitt", "Trukket tilbake",
                                 "Merknad"], rows, widths)]


def _enrolments(export: AccessExport, width: float) -> list:
    story = [room_for(40 * mm), heading("Påmeldinger til aktiviteter")]
    if not export.enrolments:
        return story + [para("Personen er ikke påmeldt noen aktivitet.")]
    widths = [width * 0.4, width * 0.2, width * 0.2, width * 0.2]
    rows = [[e.get("aktivitet") or EMPTY, _value("enrolment", "role", e.get("role")),
             _value("enrolment", "start_date", e.get("start_date")),
             _value("enrolment", "end_date", e.get("end_date"))] for e in export.enrolments]
    return story + [_rows_table(["Aktivitet", "Som", "Fra", "Til"], rows, widths)]


def _attendance(export: AccessExport, width: float) -> list:
    story = [room_for(40 * mm), heading("Oppmøte")]
    if not export.attendance:
        return story + [para("Ingen oppmøter er registrert.")]
    widths = [width * 0.16, width * 0.38, width * 0.16, width * 0.12, width * 0.18]
    rows = [[date_no(a["dato"]), a.get("aktivitet") or EMPTY,
             _value("attendance", "role", a.get("rolle")),
             "Ja" if a.get("til_stede") else "Nei (fravær)",
             "Ja" if a.get("uten_påmelding") else "Nei"] for a in export.attendance]
    story.append(para(f"Hver samling personen er registrert på, {number(len(rows))} i alt, "
                      "eldste først.", "small"))
    return story + [_rows_table(["Dato", "Aktivitet", "Som", "Til stede", "Uten påmelding"],
                                rows, widths)]


def _volunteer(export: AccessExport, width: float) -> list:
    if not export.volunteer:
        return []
    story = [room_for(60 * mm), heading("Som frivillig")]
    for volunteer in export.volunteer:
        story.append(_pairs_table(_field_rows("volunteer", volunteer,
                                              skip=LINKS_SHOWN_ELSEWHERE["volunteer"]), width))
        story.append(gap(2))
    if export.volunteer_presence:
        story.append(para("Frivillige timer", "h2"))
        widths = [width * 0.2, width * 0.6, width * 0.2]
        rows = [[date_no(p["dato"]), p.get("aktivitet") or EMPTY, format_hours(p["timer"])]
                for p in export.volunteer_presence]
        story.append(_rows_table(["Dato", "Aktivitet", "Timer"], rows, widths, right=(2,)))
    return story


def _photos(export: AccessExport, width: float) -> list:
    if not export.photos:
        return []
    story = [room_for(40 * mm), heading("Bilder personen er med på"),
             para("Bildene selv er ikke med i utskriften, fordi andre kan være med på dem. "
                  "Teamet kan vise dem.", "small")]
    widths = [width * 0.16, width * 0.34, width * 0.5]
    rows = [[date_no(p["dato"]), p.get("aktivitet") or EMPTY, p.get("bildetekst") or EMPTY]
            for p in export.photos]
    return story + [_rows_table(["Dato", "Aktivitet", "Bildetekst"], rows, widths)]


def _change_text(table: str, changes) -> str:
    if not isinstance(changes, dict) or not changes:
        return EMPTY
    lines = []
    for name, value in changes.items():
        old, new = value if isinstance(value, list) and len(value) == 2 else (None, value)
        old_text, new_text = value_text(table, name, old), value_text(table, name, new)
        label = field_label(table, name)
        lines.append(f"{label}: {new_text}" if old_text == EMPTY
                     else f"{label}: {old_text} → {new_text}")
    return "\n".join(lines)


def _change_log(export: AccessExport, width: float) -> list:
    story = [room_for(40 * mm), heading("Endringslogg")]
    if not export.change_log:
        return story + [para("Endringsloggen har ingen oppføringer om personen.")]
    story.append(para("Hvem som har registrert eller endret opplysninger om personen, og når. "
                      "Denne utskriften blir også ført i loggen.", "small"))
    styles = paragraph_styles()
    widths = [width * 0.17, width * 0.15, width * 0.2, width * 0.48]
    body = []
    for c in export.change_log:
        moment = c["tidspunkt"]
        when = (f"{date_no(moment.date())} kl. {moment:%H:%M}"
                if isinstance(moment, datetime.datetime) else str(moment))
        what = f"{ACTION_LABELS.get(c['handling'], c['handling'])}: {table_label(c['tabell'])}"
        changes = _change_text(c["tabell"], c.get("endringer"))
        body.append([Paragraph(text(when), styles.cell),
                     Paragraph(text(c.get("bruker") or EMPTY), styles.cell),
                     Paragraph(text(what), styles.cell),
                     Paragraph(text(changes).replace("\n", "<br/>"), styles.cell)])
    return story + [data_table(head_cells(["Tidspunkt", "Bruker", "Hva", "Endringer"]), body,
                               widths, extra_style=[("VALIGN", (0, 0), (-1, -1), "TOP")])]

