"""Innsyn: everything Samvirke stores about one person, as a PDF the person can read.

The content is ``access_request.access_export`` (the same data as the machine-readable JSON), with
field names in words, codes as words and dates the Norwegian way. Before the data comes what
the person has a right to know (GDPR art. 15): purposes and legal basis, how long each kind of
record is kept and the day it comes up for erasure, where the data came from, who receives
what, the rights and how to use them, the right to complain to Datatilsynet, and the
controller's and data protection officer's contact. The words are made here for the PDF and
the JSON alike, in the program's language (bokmål or English).

Making the report logs the export in the change log (``access_export`` does that); it is
refused (PrivacySettingsMissing) until the legal basis and both contacts are filled in.
"""
import datetime
import json
import os
from decimal import Decimal
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, TableStyle

from samvirke_desktop.domain.formatting import date_long, date_no, number, weekday_name
from samvirke_desktop.domain.people.volunteer_hours import format_hours
from samvirke_desktop.domain.person_names import full_name
from samvirke_desktop.domain.privacy.access_request import (
    ACTIVE,
    ANONYMISED,
    DATE,
    DUE,
    AccessExport,
    RetentionFact,
    SourceFact,
    access_export,
)
from samvirke_desktop.domain.privacy.controller import Contact
from samvirke_desktop.domain.team.change_log import (
    ACTION_LABELS,
    EMPTY,
    field_label,
    table_label,
    value_text,
)
from samvirke_desktop.domain.team.team_settings import TeamIdentity, team_identity
from samvirke_desktop.reports.document import PORTRAIT, ReportSpec, build_report
from samvirke_desktop.reports.flowables import (
    data_table,
    gap,
    head_cells,
    heading,
    key_figures,
    para,
    room_for,
    table,
    text,
    title_block,
)
from samvirke_desktop.reports.styles import GRID, paragraph_styles
from samvirke_desktop.translation import QT_TRANSLATE_NOOP, current_language, translate

# Where a complaint goes (GDPR art. 77): the same for every team.
DATATILSYNET = "Datatilsynet"
DATATILSYNET_ADDRESS = "Postboks 458 Sentrum, 0105 Oslo"
DATATILSYNET_WEB = "www.datatilsynet.no"

# Labels the change log's vocabulary lacks, for the record's own bookkeeping fields.
EXTRA_LABELS = {"id": QT_TRANSLATE_NOOP("Report", "Nummer i Samvirke"),
                "version": QT_TRANSLATE_NOOP("Report", "Antall lagringer"),
                "created_at": QT_TRANSLATE_NOOP("Report", "Registrert"),
                "updated_at": QT_TRANSLATE_NOOP("Report", "Sist endret"),
                "updated_by": QT_TRANSLATE_NOOP("Report", "Sist endret av")}
# Shown last in each field list: the record's bookkeeping rather than facts about the person.
BOOKKEEPING = ("id", "version", "created_at", "updated_at", "updated_by")
# Links the export shows elsewhere (the household has its own section).
LINKS_SHOWN_ELSEWHERE = {"resident": ("household",), "volunteer": ("resident",)}


def _word(value: str) -> str:
    """A label from the shared vocabulary (change log, codes) in the report's language, where
    a translation of it exists."""
    return translate("Report", value) if isinstance(value, str) and value else value


def _stored(table_name: str, name: str, value) -> str:
    """A stored value in words; only a code's label is translated, never the team's own text."""
    words = value_text(table_name, name, value)
    return words if isinstance(value, str) and words == value else _word(words)


def write_access_report(path: str | os.PathLike, resident_id: int, *,
                        printed_on: datetime.date | None = None) -> Path:
    """Write the access report (innsyn) for one resident to ``path``; the export is logged."""
    printed_on = printed_on or datetime.date.today()
    export = access_export(resident_id, today=printed_on)
    name = _person_name(export.resident)
    spec = ReportSpec(title=translate("Report", "Innsyn"),
                      subject=translate("Report", "Opplysninger om {name}").format(name=name),
                      orientation=PORTRAIT, printed_on=printed_on,
                      keywords=[translate("Report", "innsyn"),
                                translate("Report", "personopplysninger")])
    return build_report(path, spec, lambda doc: access_story(doc, export))


def make_access_report(resident_id: int, path: str | os.PathLike) -> Path:
    """For the «Innsyn» button: the PDF for ``resident_id`` written to ``path``.

    A ``.json`` path gets the machine-readable export instead. Either way the export is
    logged. Raises PermissionDenied for a role that may not export personal data,
    PrivacySettingsMissing until Innstillinger → Personvern is filled in, and RecordGone when
    the resident no longer exists; nothing is written then.
    """
    path = Path(path)
    if path.suffix.lower() == ".json":
        return save_access_json(path, resident_id)
    return write_access_report(path, resident_id)


def save_access_json(path: str | os.PathLike, resident_id: int, *,
                     made_on: datetime.date | None = None) -> Path:
    """The same export as machine-readable JSON (UTF-8), logged like the PDF."""
    from samvirke_desktop.errors import SamvirkeError

    path = Path(path)
    if not path.parent.is_dir():
        raise SamvirkeError(f"Mappen «{path.parent}» finnes ikke. Velg en annen mappe for filen.")
    document = access_document(access_export(resident_id, today=made_on), team_identity())
    content = json.dumps(document, ensure_ascii=False, indent=2, default=str)
    try:
        path.write_text(content + "\n", encoding="utf-8")
    except PermissionError as exc:
        raise SamvirkeError(f"Samvirke fikk ikke skrevet «{path}». Er filen åpen i et annet "
                            "program? Lukk den, eller velg et annet filnavn.",
                            details=str(exc)) from exc
    return path


def access_document(export: AccessExport, team: TeamIdentity) -> dict:
    """The export for the JSON file: the facts, with each section about the processing also
    in words (in the report's language), as the PDF prints them."""
    data = export.as_dict()
    data["språk"] = current_language()
    data["lagringstid"] = [
        {**fact.as_dict(), "opplysninger": what, "regel": rule, "slettes_tekst": when}
        for fact, (what, rule, when) in zip(export.retention, retention_rows(export))]
    data["kilder"] = [{**source.as_dict(), "overskrift": label, "tekst": words}
                      for source, (label, words) in zip(export.sources, source_lines(export))]
    data["mottakere"] = [{"mottaker": who, "får": what} for who, what in recipients(export)]
    data["rettigheter"] = [{"rett": name, "artikkel": article, "tekst": words}
                           for name, article, words in rights()]
    data["slik_bruker_du_rettighetene"] = how_to_use_rights(export, team)
    data["klage"] = {"til": DATATILSYNET, "adresse": DATATILSYNET_ADDRESS,
                     "nettsted": DATATILSYNET_WEB, "tekst": complaint_text()}
    return data


# --- the processing in words (PDF and JSON) --------------------------------------------

def _listed(names) -> str:
    names = [n for n in names if n]
    if len(names) <= 1:
        return "".join(names)
    return translate("Report", "{first} og {last}").format(first=", ".join(names[:-1]),
                                                           last=names[-1])


def _retention_what(fact: RetentionFact) -> str:
    return {
        "resident": translate("Report", "Personopplysninger, husstand, foresatte, samtykker og "
                                        "påmeldinger"),
        "attendance": translate("Report", "Oppmøte"),
        "change_log": translate("Report", "Endringsloggen om personen"),
        "volunteer": translate("Report", "Opplysninger som frivillig"),
        "certificate": translate("Report", "Politiattest (datoer og hvem som så den)"),
        "backup": translate("Report", "Sikkerhetskopier av databasen"),
    }[fact.kind]


def _retention_rule(fact: RetentionFact) -> str:
    months = number(fact.months) if fact.months is not None else ""
    if fact.kind == "resident":
        return translate("Report", "Slettes eller anonymiseres {months} måneder etter siste "
                                   "oppmøte eller endring").format(months=months)
    if fact.kind == "attendance":
        return translate("Report", "Beholdes uten navn i statistikken; navnet fjernes sammen "
                                   "med personopplysningene")
    if fact.kind == "change_log":
        return translate("Report", "Det som står om personen, slettes sammen med "
                                   "personopplysningene")
    if fact.kind == "backup":
        return translate("Report", "Slettes når de er {months} måneder gamle, så det som er "
                                   "slettet, ikke blir liggende i gamle kopier").format(
                                       months=months)
    if fact.months is None:   # police-certificate dates cleared on leaving
        return translate("Report", "Slettes når personen slutter som frivillig")
    return translate("Report", "Slettes {months} måneder etter at personen sluttet som "
                               "frivillig").format(months=months)


def _retention_when(fact: RetentionFact) -> str:
    day = date_long(fact.due)
    if fact.kind in ("attendance", "change_log") and fact.state != ANONYMISED:
        return translate("Report", "Samme dag som personopplysningene")
    if fact.state == DATE:
        return day
    if fact.state == DUE:
        return translate("Report", "Fra {date}: står på teamets liste over det som skal "
                                   "slettes, og slettes ved neste gjennomgang").format(date=day)
    if fact.state == ANONYMISED:
        return translate("Report", "Anonymisert {date}").format(date=day)
    if fact.state == ACTIVE and fact.kind in ("volunteer", "certificate"):
        return translate("Report", "Ingen dato ennå: personen er fortsatt frivillig (har "
                                   "ingen sluttdato)")
    if fact.state == ACTIVE:
        return translate("Report", "Ingen dato ennå: påmeldt {activities}. Uten flere oppmøter "
                                   "blir det {date}").format(
                                       activities=_listed(fact.ongoing), date=day)
    return translate("Report", "Senest {months} måneder etter datoene over").format(
        months=number(fact.months))


def retention_rows(export: AccessExport) -> list[tuple[str, str, str]]:
    """(what, how long, when for this person) for each kind of record."""
    return [(_retention_what(f), _retention_rule(f), _retention_when(f))
            for f in export.retention]


def deletion_summary(export: AccessExport) -> str:
    """The day the person's own record comes up for erasure, in a few words."""
    person = export.retention[0]
    if person.state == ACTIVE:   # each attendance moves it on
        return translate("Report", "ikke før {date}").format(date=date_no(person.due))
    if person.state == ANONYMISED:
        return translate("Report", "Anonymisert {date}").format(date=date_no(person.due))
    return date_no(person.due)


def _source_label(source: SourceFact) -> str:
    if source.kind in ("guardians",):
        return translate("Report", "Foresatte")
    if source.kind == "guardian_of":
        return translate("Report", "Som foresatt")
    if source.record == "attendance":
        return translate("Report", "Oppmøte")
    if source.record == "volunteer":
        return translate("Report", "Som frivillig")
    return translate("Report", "Personopplysningene")


def _source_text(source: SourceFact) -> str:
    day = date_long(source.on) if source.on else ""
    if source.kind == "imported":
        words = translate("Report", "Importert fra regnearket «{file}» {date}").format(
            file=source.file, date=day)
    elif source.kind == "registered":
        words = (translate("Report", "Registrert av teamet i Samvirke {date}").format(date=day)
                 if day else translate("Report", "Registrert av teamet i Samvirke"))
    elif source.kind == "guardians":
        return translate("Report", "{names} er registrert som foresatte og kan ha gitt "
                                   "opplysninger om barnet").format(names=_listed(source.names))
    elif source.kind == "guardian_of":
        return translate("Report", "Registrert som foresatt for {names}").format(
            names=_listed(source.names))
    elif source.kind == "attendance":
        return translate("Report", "Registrert av teamet eller aktivitetslederen på hver "
                                   "samling")
    else:
        words = translate("Report", "I «{activity}» helt eller delvis importert fra regnearket "
                                    "«{file}» {date}").format(
                                        activity=_listed(source.names), file=source.file,
                                        date=day)
    if source.by:
        words += f" ({source.by})"
    return words


def source_lines(export: AccessExport) -> list[tuple[str, str]]:
    return [(_source_label(s), _source_text(s)) for s in export.sources]


def recipients(export: AccessExport) -> list[tuple[str, str]]:
    """Who receives what: funders figures without names, nobody else any names."""
    figures = translate("Report", "bare tall uten navn: hvor mange som deltok etter alder og "
                                  "kjønn, oppmøter og frivillige timer. De får aldri navn eller "
                                  "andre opplysninger om personen.")
    if export.funders:
        funders = translate("Report", "{funders}, som gir tilskudd til aktivitetene personen "
                                      "er med på, får {figures}").format(
                                          funders=_listed(export.funders), figures=figures)
    else:
        funders = translate("Report", "Tilskuddsgivere får {figures}").format(figures=figures)
    rows = [(translate("Report", "Tilskuddsgivere"), funders)]
    if export.photos:
        rows.append((translate("Report", "Bilder"), translate(
            "Report", "Et bilde personen er med på, kan stå i en rapport til en "
                      "tilskuddsgiver bare når samtykke til foto er gitt (for barn under 15 år "
                      "av foresatte) og ikke er trukket tilbake.")))
    rows += [
        (translate("Report", "I teamet"), translate(
            "Report", "Bare teamets egne medarbeidere, og bare det rollen deres trenger: "
                      "aktivitetsledere ser deltakerne på sine egne aktiviteter, "
                      "søknadsskrivere ser bare tall.")),
        (translate("Report", "Ingen andre"), translate(
            "Report", "Ingen andre får navn eller andre opplysninger om personen fra Samvirke, "
                      "med mindre en lov krever det.")),
    ]
    return rows


def rights() -> list[tuple[str, str, str]]:
    """(right, GDPR article, what it means)."""
    return [
        (translate("Report", "Innsyn"), "15", translate(
            "Report", "Du kan få vite hva som er lagret, og få en kopi. Denne utskriften er "
                      "en slik kopi.")),
        (translate("Report", "Retting"), "16", translate(
            "Report", "Er noe feil eller ufullstendig, kan du be om at det rettes.")),
        (translate("Report", "Sletting"), "17", translate(
            "Report", "Du kan be om at opplysninger slettes, for eksempel når de ikke lenger "
                      "trengs, eller når de bare er lagret med samtykke og samtykket trekkes "
                      "tilbake.")),
        (translate("Report", "Begrensning"), "18", translate(
            "Report", "Mens det blir avklart om opplysningene er riktige, eller om en protest "
                      "skal tas til følge, kan du be om at de bare lagres og ikke brukes.")),
        (translate("Report", "Protest"), "21", translate(
            "Report", "Du kan protestere mot at opplysningene brukes, på grunn av din "
                      "særlige situasjon. Da slutter teamet å bruke dem, med mindre bydelen har "
                      "tungtveiende grunner til å fortsette.")),
        (translate("Report", "Trekke tilbake samtykke"), "7", translate(
            "Report", "Et samtykke, for eksempel til foto, kan trekkes tilbake når som helst. "
                      "Det som ble gjort før, blir ikke ulovlig av det.")),
    ]


def _with_reach(name: str, contact: str) -> str:
    return f"{name} ({contact})" if contact else name


def how_to_use_rights(export: AccessExport, team: TeamIdentity) -> str:
    controller, dpo = export.controller, export.data_protection_officer
    team_name = team.display_name or translate("Report", "teamet")
    return translate(
        "Report", "Ta kontakt med {team} eller med behandlingsansvarlig, {controller}, muntlig "
                  "eller skriftlig. Du får svar uten ugrunnet opphold og senest innen én "
                  "måned, og det koster ingenting. Spørsmål om hvordan opplysningene "
                  "behandles, kan du også stille personvernombudet, {dpo}.").format(
        team=_with_reach(team_name, team.contact),
        controller=_with_reach(controller.name, controller.reach),
        dpo=_with_reach(dpo.name, dpo.reach))


def complaint_text() -> str:
    return translate(
        "Report", "Mener du at opplysningene behandles i strid med personvernreglene, kan du "
                  "klage til Datatilsynet: {name}, {address}, {web}. Du kan gjerne ta det opp "
                  "med teamet eller personvernombudet først.").format(
        name=DATATILSYNET, address=DATATILSYNET_ADDRESS, web=DATATILSYNET_WEB)


def _contact_block(contact: Contact) -> str:
    return "\n".join(part for part in (contact.name, contact.address, contact.reach) if part)


# --- values in words -----------------------------------------------------------------

def _person_name(fields: dict) -> str:
    return (full_name(fields.get("first_name") or "", fields.get("last_name") or "")
            or translate("Report", "Ukjent"))


def _label(table: str, name: str) -> str:
    if name in EXTRA_LABELS:
        return translate("Report", EXTRA_LABELS[name])
    return _word(field_label(table, name))


def _yes_no(value) -> str:
    return translate("Report", "Ja") if value else translate("Report", "Nei")


def _value(table: str, name: str, value, names: dict | None = None) -> str:
    """A stored value as the team would write it; linked records by their name."""
    if names and name in names and value is not None:
        return names[name].get(value, f"nr. {value}")
    if name == "availability" and value:
        # Stored as ISO weekdays, «2,4» = tirsdag og torsdag.
        days = [weekday_name(int(d)) for d in str(value).split(",")
                if d.strip().isdigit() and 1 <= int(d) <= 7]
        return ", ".join(days) or str(value)
    if isinstance(value, bool):
        return _yes_no(value)
    if isinstance(value, datetime.datetime):
        return translate("Report", "{date} kl. {time}").format(date=date_no(value.date()),
                                                               time=f"{value:%H:%M}")
    if isinstance(value, datetime.date):
        return date_no(value)
    if isinstance(value, Decimal):
        return number(value, 2)
    return _stored(table, name, value)


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
    team = doc.team.display_name or translate("Report", "teamet")
    printed = doc.printed_on
    story = title_block(
        translate("Report", "Innsyn: opplysninger om {name}").format(name=name),
        translate("Report", "Alt Samvirke lagrer om personen, per {date}").format(
            date=date_long(printed)))
    story.append(para(translate(
        "Report", "Dette er en utskrift av alle opplysningene {team} har lagret om {name} i "
                  "Samvirke, etter personvernforordningen artikkel 15 (retten til innsyn). "
                  "Samme opplysninger kan også gis som en maskinlesbar fil (JSON). Først står "
                  "hvorfor opplysningene lagres, hvor lenge, hvor de kommer fra, hvem som får "
                  "dem og hvilke rettigheter du har; deretter alle opplysningene.").format(
        team=team, name=name), "lead"))
    story += [gap(2), key_figures(_overview(export), width)]
    story += _processing(export, doc.team, width)
    site_names = _site_names(export)
    names = {"site": site_names}
    story += [room_for(60 * mm), heading(translate("Report", "Personopplysninger"))]
    story.append(_pairs_table(_field_rows("resident", export.resident, names,
                                          skip=LINKS_SHOWN_ELSEWHERE["resident"]), width))
    story += [room_for(40 * mm), heading(translate("Report", "Husstand"))]
    if export.household:
        story.append(_pairs_table(_field_rows("household", export.household, names), width))
    else:
        story.append(para(translate("Report", "Personen er ikke registrert i en husstand.")))
    story += _guardians(export, width)
    story += _consents(export, width)
    story += _enrolments(export, width)
    story += _attendance(export, width)
    story += _volunteer(export, width)
    story += _photos(export, width)
    story += _change_log(export, width)
    return story


def _processing(export: AccessExport, team: TeamIdentity, width: float) -> list:
    """What the person has a right to know beside the data."""
    story = [heading(translate("Report", "Hvorfor opplysningene lagres")),
             para(translate("Report", "Formål"), "h2"), para(export.purposes or EMPTY),
             para(translate("Report", "Rettsgrunnlag"), "h2"), para(export.legal_basis or EMPTY)]

    story += [room_for(50 * mm), heading(translate("Report", "Hvor lenge opplysningene lagres")),
              para(translate("Report", "Hver slags opplysning har sin regel for når den slettes. "
                                       "Datoene er regnet ut fra reglene og opplysningene per "
                                       "{date}; et nytt oppmøte eller en endring flytter "
                                       "dem.").format(date=date_long(export.made_on)))]
    story.append(_rows_table([translate("Report", "Opplysninger"),
                              translate("Report", "Lagringstid"),
                              translate("Report", "Slettes")],
                             [list(row) for row in retention_rows(export)],
                             [width * 0.3, width * 0.4, width * 0.3]))

    story += [room_for(40 * mm), heading(translate("Report", "Hvor opplysningene kommer fra")),
              para(translate("Report", "Opplysningene kommer fra personen selv eller de "
                                       "foresatte, og fra teamets eget arbeid (oppmøte på "
                                       "samlingene). Slik kom de inn i Samvirke:"))]
    story.append(_label_table(source_lines(export), width))

    story += [room_for(40 * mm), heading(translate("Report", "Hvem som får opplysningene"))]
    story.append(_label_table(recipients(export), width))

    story += [room_for(60 * mm), heading(translate("Report", "Dine rettigheter"))]
    story.append(_rows_table(
        [translate("Report", "Rettighet"), translate("Report", "Hva det betyr")],
        [[translate("Report", "{right} (artikkel {article})").format(right=right,
                                                                      article=article), words]
         for right, article, words in rights()],
        [width * 0.28, width * 0.72]))
    story += [para(translate("Report", "Slik bruker du rettighetene"), "h2"),
              para(how_to_use_rights(export, team)),
              para(translate("Report", "Klage til Datatilsynet"), "h2"),
              para(complaint_text())]

    story += [room_for(40 * mm),
              heading(translate("Report", "Behandlingsansvarlig og personvernombud"))]
    contacts = [(translate("Report", "Behandlingsansvarlig"), _contact_block(export.controller)),
                (translate("Report", "Personvernombud"),
                 _contact_block(export.data_protection_officer))]
    if team.display_name or team.contact:
        contacts.append((translate("Report", "Teamet"), "\n".join(
            p for p in (team.display_name, team.contact) if p)))
    story.append(_label_table(contacts, width))
    return story


def _overview(export: AccessExport) -> list[tuple[str, str]]:
    present = [a for a in export.attendance if a.get("til_stede")]
    days = [a["dato"] for a in present]
    return [
        (translate("Report", "Foresatte registrert"), number(len(export.guardians))),
        (translate("Report", "Foresatt for"), number(len(export.wards))),
        (translate("Report", "Samtykker"), number(len(export.consents))),
        (translate("Report", "Påmeldinger til aktiviteter"), number(len(export.enrolments))),
        (translate("Report", "Oppmøter registrert"), number(len(present))),
        (translate("Report", "Første oppmøte"), date_no(min(days)) if days else EMPTY),
        (translate("Report", "Siste oppmøte"), date_no(max(days)) if days else EMPTY),
        (translate("Report", "Registrert som frivillig"), _yes_no(export.volunteer)),
        (translate("Report", "Endringer i endringsloggen"), number(len(export.change_log))),
        (translate("Report", "Slettes etter reglene"), deletion_summary(export)),
    ]


def _cell(value: str, style) -> Paragraph:
    return Paragraph(text(value).replace("\n", "<br/>"), style)


def _pairs_table(rows: list[tuple[str, str]], width: float):
    styles = paragraph_styles()
    body = [[_cell(label, styles.cell), _cell(value, styles.cell)] for label, value in rows]
    header = head_cells([translate("Report", "Opplysning"), translate("Report", "Lagret verdi")])
    return data_table(header, body, [width * 0.34, width * 0.66],
                      extra_style=[("VALIGN", (0, 0), (-1, -1), "TOP")])


def _label_table(rows: list[tuple[str, str]], width: float):
    """Label and text, without a header row: for the sections about the processing."""
    styles = paragraph_styles()
    body = [[_cell(label, styles.cell_bold), _cell(value, styles.cell)] for label, value in rows]
    result = table(body, colWidths=[width * 0.28, width * 0.72], hAlign="LEFT")
    result.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, GRID),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
    ]))
    return result


def _rows_table(header: list[str], rows: list[list[str]], widths: list[float],
                right: tuple[int, ...] = ()):
    styles = paragraph_styles()
    body = [[_cell(cell, styles.cell_right if i in right else styles.cell)
             for i, cell in enumerate(row)] for row in rows]
    return data_table(head_cells(header, right=right), body, widths,
                      extra_style=[("VALIGN", (0, 0), (-1, -1), "TOP")])


def _guardians(export: AccessExport, width: float) -> list:
    story = [room_for(40 * mm), heading(translate("Report", "Foresatte"))]
    if export.guardians:
        widths = [width * 0.32, width * 0.18, width * 0.2, width * 0.3]
        rows = [[g.get("foresatt_navn") or g.get("name") or EMPTY,
                 g.get("relation") or EMPTY, g.get("phone") or EMPTY, g.get("email") or EMPTY]
                for g in export.guardians]
        story.append(_rows_table([translate("Report", "Foresatt"),
                                  translate("Report", "Relasjon"),
                                  translate("Report", "Telefon"),
                                  translate("Report", "E-post")], rows, widths))
    else:
        story.append(para(translate("Report", "Ingen foresatte er registrert for personen.")))
    if export.wards:
        story += [para(translate("Report", "Foresatt for"), "h2")]
        widths = [width * 0.5, width * 0.5]
        rows = [[w.get("barn_navn") or EMPTY, w.get("relation") or EMPTY] for w in export.wards]
        story.append(_rows_table([translate("Report", "Barn"), translate("Report", "Relasjon")],
                                 rows, widths))
    return story


def _consents(export: AccessExport, width: float) -> list:
    story = [room_for(40 * mm), heading(translate("Report", "Samtykker"))]
    if not export.consents:
        return story + [para(translate("Report", "Ingen samtykker er registrert."))]
    widths = [width * 0.2, width * 0.26, width * 0.15, width * 0.15, width * 0.24]
    rows = []
    for c in export.consents:
        given_by = c.get("given_by") or EMPTY
        if c.get("given_by_guardian"):
            given_by += " " + translate("Report", "(foresatt)")
        rows.append([_value("consent", "kind", c.get("kind")), given_by,
                     _value("consent", "given_date", c.get("given_date")),
                     _value("consent", "withdrawn_date", c.get("withdrawn_date")),
                     c.get("notes") or EMPTY])
    return story + [_rows_table([translate("Report", "Samtykke til"),
                                 translate("Report", "Gitt av"), translate("Report", "Gitt"),
                                 translate("Report", "Trukket tilbake"),
                                 translate("Report", "Merknad")], rows, widths)]


def _enrolments(export: AccessExport, width: float) -> list:
    story = [room_for(40 * mm), heading(translate("Report", "Påmeldinger til aktiviteter"))]
    if not export.enrolments:
        return story + [para(translate("Report", "Personen er ikke påmeldt noen aktivitet."))]
    widths = [width * 0.4, width * 0.2, width * 0.2, width * 0.2]
    rows = [[e.get("aktivitet") or EMPTY, _value("enrolment", "role", e.get("role")),
             _value("enrolment", "start_date", e.get("start_date")),
             _value("enrolment", "end_date", e.get("end_date"))] for e in export.enrolments]
    return story + [_rows_table([translate("Report", "Aktivitet"), translate("Report", "Som"),
                                 translate("Report", "Fra"), translate("Report", "Til")],
                                rows, widths)]


def _attendance(export: AccessExport, width: float) -> list:
    story = [room_for(40 * mm), heading(translate("Report", "Oppmøte"))]
    if not export.attendance:
        return story + [para(translate("Report", "Ingen oppmøter er registrert."))]
    widths = [width * 0.16, width * 0.38, width * 0.16, width * 0.12, width * 0.18]
    rows = [[date_no(a["dato"]), a.get("aktivitet") or EMPTY,
             _value("attendance", "role", a.get("rolle")),
             _yes_no(True) if a.get("til_stede") else translate("Report", "Nei (fravær)"),
             _yes_no(a.get("uten_påmelding"))] for a in export.attendance]
    story.append(para(translate("Report", "Hver samling personen er registrert på, {count} i "
                                          "alt, eldste først.").format(count=number(len(rows))),
                      "small"))
    return story + [_rows_table([translate("Report", "Dato"), translate("Report", "Aktivitet"),
                                 translate("Report", "Som"), translate("Report", "Til stede"),
                                 translate("Report", "Uten påmelding")], rows, widths)]


def _volunteer(export: AccessExport, width: float) -> list:
    if not export.volunteer:
        return []
    story = [room_for(60 * mm), heading(translate("Report", "Som frivillig"))]
    for volunteer in export.volunteer:
        story.append(_pairs_table(_field_rows("volunteer", volunteer,
                                              skip=LINKS_SHOWN_ELSEWHERE["volunteer"]), width))
        story.append(gap(2))
    if export.volunteer_presence:
        story.append(para(translate("Report", "Frivillige timer"), "h2"))
        widths = [width * 0.2, width * 0.6, width * 0.2]
        rows = [[date_no(p["dato"]), p.get("aktivitet") or EMPTY, format_hours(p["timer"])]
                for p in export.volunteer_presence]
        story.append(_rows_table([translate("Report", "Dato"), translate("Report", "Aktivitet"),
                                  translate("Report", "Timer")], rows, widths, right=(2,)))
    return story


def _photos(export: AccessExport, width: float) -> list:
    if not export.photos:
        return []
    story = [room_for(40 * mm), heading(translate("Report", "Bilder personen er med på")),
             para(translate("Report", "Bildene selv er ikke med i utskriften, fordi andre kan "
                                      "være med på dem. Teamet kan vise dem."), "small")]
    widths = [width * 0.16, width * 0.34, width * 0.5]
    rows = [[date_no(p["dato"]), p.get("aktivitet") or EMPTY, p.get("bildetekst") or EMPTY]
            for p in export.photos]
    return story + [_rows_table([translate("Report", "Dato"), translate("Report", "Aktivitet"),
                                 translate("Report", "Bildetekst")], rows, widths)]


def _change_text(table: str, changes) -> str:
    if not isinstance(changes, dict) or not changes:
        return EMPTY
    lines = []
    for name, value in changes.items():
        old, new = value if isinstance(value, list) and len(value) == 2 else (None, value)
        old_text, new_text = _stored(table, name, old), _stored(table, name, new)
        label = _word(field_label(table, name))
        lines.append(f"{label}: {new_text}" if old_text == EMPTY
                     else f"{label}: {old_text} → {new_text}")
    return "\n".join(lines)


def _change_log(export: AccessExport, width: float) -> list:
    story = [room_for(40 * mm), heading(translate("Report", "Endringslogg"))]
    if not export.change_log:
        return story + [para(translate("Report", "Endringsloggen har ingen oppføringer om "
                                                 "personen."))]
    story.append(para(translate("Report", "Hvem som har registrert eller endret opplysninger "
                                          "om personen, og når. Denne utskriften blir også "
                                          "ført i loggen."), "small"))
    styles = paragraph_styles()
    widths = [width * 0.17, width * 0.15, width * 0.2, width * 0.48]
    body = []
    for c in export.change_log:
        moment = c["tidspunkt"]
        when = (_value("change_log", "at", moment) if isinstance(moment, datetime.datetime)
                else str(moment))
        what = (f"{_word(ACTION_LABELS.get(c['handling'], c['handling']))}: "
                f"{_word(table_label(c['tabell']))}")
        changes = _change_text(c["tabell"], c.get("endringer"))
        body.append([_cell(when, styles.cell), _cell(c.get("bruker") or EMPTY, styles.cell),
                     _cell(what, styles.cell), _cell(changes, styles.cell)])
    return story + [data_table(head_cells([translate("Report", "Tidspunkt"),
                                           translate("Report", "Bruker"),
                                           translate("Report", "Hva"),
                                           translate("Report", "Endringer")]), body,
                               widths, extra_style=[("VALIGN", (0, 0), (-1, -1), "TOP")])]
