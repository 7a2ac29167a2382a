"""Timeattest: a volunteer's hours and role per activity for a period, confirmed and signed by
the team.

A reader (an employer, a school, NAV) must see who confirms the hours and how to reach them:
the team's name (a statement is never made without it: ``TeamNameMissing``), the signer's
name and role, the team's organisation number and contact.
"""
import datetime
import os
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, TableStyle

from samvirke_desktop.domain.formatting import date_long, date_no, number
from samvirke_desktop.domain.people.volunteer_hours import (
    HoursStatement,
    format_hours,
    volunteer_hours_statement,
)
from samvirke_desktop.domain.report_periods import period_text
from samvirke_desktop.domain.team import actor
from samvirke_desktop.domain.team.team_settings import TeamIdentity, team_identity
from samvirke_desktop.errors import TeamNameMissing
from samvirke_desktop.reports.document import PORTRAIT, ReportSpec, build_report
from samvirke_desktop.reports.flowables import (
    data_table,
    gap,
    head_cells,
    heading,
    notice,
    para,
    text,
    title_block,
)
from samvirke_desktop.reports.flowables import table as plain_table
from samvirke_desktop.reports.styles import INK, paragraph_styles
from samvirke_desktop.translation import translate


def _title() -> str:
    return translate("Report", "Timeattest")


def default_signer_name() -> str:
    """Who signs unless told otherwise: the person logged in (nobody on the command line)."""
    return actor.current().full_name.strip()


def team_name_missing_message() -> str:
    return translate("Report", "Teamets navn er ikke satt, og timeattesten må si hvem som "
                               "bekrefter timene. Skriv navnet under Innstillinger → Team "
                               "(for eksempel «Bo- og nærmiljøteamet Sagene») og lag "
                               "timeattesten på nytt.")


def write_hours_statement(path: str | os.PathLike, volunteer_id: int, first: datetime.date,
                          last: datetime.date, *, printed_on: datetime.date | None = None,
                          signer_name: str | None = None, signer_role: str = "",
                          role: str = "") -> Path:
    """Write the hours statement (Timeattest) for one volunteer and period to ``path``.

    ``signer_name`` defaults to the logged-in user's name (empty: a line to write it on);
    ``role``, when given, is the volunteer's role at every activity instead of the one the
    activities give. Refuses (TeamNameMissing) when the team has no name."""
    if not team_identity().name:
        raise TeamNameMissing(team_name_missing_message())
    data = volunteer_hours_statement(volunteer_id, first, last)
    signer = _Signer(default_signer_name() if signer_name is None else signer_name.strip(),
                     (signer_role or "").strip())
    title = _title()
    spec = ReportSpec(title=title, subject=f"{data.name}, {period_text(first, last)}",
                      orientation=PORTRAIT, printed_on=printed_on,
                      keywords=[title.lower(), translate("Report", "frivillig")])
    return build_report(path, spec,
                        lambda doc: hours_story(doc, data, signer, (role or "").strip()))


@dataclass(frozen=True)
class _Signer:
    name: str
    role: str


def _and_list(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return translate("Report", "{first} og {last}").format(first=", ".join(items[:-1]),
                                                             last=items[-1])


def confirmation_text(data: HoursStatement, team: TeamIdentity, role: str = "") -> str:
    """The sentence the team signs under (plain text)."""
    roles = [role] if role else data.role_nouns
    volunteer = translate("Report", "frivillig")
    as_what = " ".join([volunteer] + [_and_list([r for r in roles if r != volunteer])]).strip()
    activities = len(data.activities)
    sessions = (translate("Report", "samling") if data.total_sessions == 1
                else translate("Report", "samlinger"))
    kinds = (translate("Report", "aktivitet") if activities == 1
             else translate("Report", "aktiviteter"))
    return translate("Report", "{team} bekrefter at {name} har bidratt som {role} i perioden "
                               "{first} til {last}, med til sammen {hours} timer fordelt på "
                               "{sessions} {sessions_word} i {activities} {activities_word}."
                     ).format(team=team.display_name, name=data.name, role=as_what,
                              first=date_long(data.first), last=date_long(data.last),
                              hours=format_hours(data.total_hours),
                              sessions=number(data.total_sessions), sessions_word=sessions,
                              activities=activities, activities_word=kinds)


def hours_story(doc, data: HoursStatement, signer: _Signer | None = None, role: str = "") -> list:
    signer = signer or _Signer(default_signer_name(), "")
    width, _ = doc.frame_size(PORTRAIT)
    period = period_text(data.first, data.last)
    story = title_block(translate("Report", "Timeattest for {name}").format(name=data.name),
                        translate("Report", "Frivillig innsats i perioden {period}")
                        .format(period=period))
    if not data.activities:
        story.append(notice(translate("Report", "Ingen registrerte timer for {name} i perioden "
                                                "{period}.").format(name=data.name,
                                                                    period=period)))
        return story
    story += [heading(translate("Report", "Timer per aktivitet")),
              _hours_table(data, width, role), gap(8)]
    story.append(para(confirmation_text(data, doc.team, role), "lead"))
    story.append(gap(2))
    story.append(para(translate("Report", "Timene er registrert av teamet ved hver samling. "
                                          "Avlyste samlinger er ikke regnet med."), "small"))
    story.append(gap(14))
    story.append(_signature_block(doc.team, signer, doc.printed_on, width))
    return story


def _hours_table(data: HoursStatement, width: float, role: str = ""):
    styles = paragraph_styles()
    widths = [None, 50 * mm, 40 * mm, 20 * mm, 16 * mm]
    widths[0] = width - sum(w for w in widths if w)
    header = head_cells([translate("Report", "Aktivitet"), translate("Report", "Rolle"),
                         translate("Report", "Første–siste samling"),
                         translate("Report", "Samlinger"), translate("Report", "Timer")],
                        right=(3, 4))
    rows = [[Paragraph(text(line.activity_name), styles.cell),
             Paragraph(text(role or line.role), styles.cell),
             _dates(line.first_date, line.last_date),
             number(line.sessions), format_hours(line.hours)]
            for line in data.activities]
    rows.append([translate("Report", "Sum"), "", "", number(data.total_sessions),
                 format_hours(data.total_hours)])
    return data_table(header, rows, widths, align_right=(3, 4), total_rows=1)


def _dates(first: datetime.date, last: datetime.date) -> str:
    return date_no(first) if first == last else f"{date_no(first)}\u2013{date_no(last)}"


def _signature_block(team: TeamIdentity, signer: _Signer, printed_on: datetime.date,
                     width: float) -> KeepTogether:
    """Who signs (name and role printed, or lines to write them on), the date and a line for
    the signature; below, the team with its organisation number and contact."""
    styles = paragraph_styles()
    gap_width = 8 * mm
    column = (width - 2 * gap_width) / 3
    who = ", ".join(part for part in (signer.name, signer.role) if part)
    if signer.name:
        label = (translate("Report", "Navn og rolle") if signer.role
                 else translate("Report", "Navn"))
    else:
        label = translate("Report", "Navn (blokkbokstaver)")
    labels = [label, translate("Report", "Dato"), translate("Report", "Signatur")]
    table = plain_table([[Paragraph(text(who), styles.body), "",
                          Paragraph(text(date_no(printed_on)), styles.body), "", ""],
                         [Paragraph(text(labels[0]), styles.small), "",
                          Paragraph(text(labels[1]), styles.small), "",
                          Paragraph(text(labels[2]), styles.small)]],
                        colWidths=[column * 1.3, gap_width, column * 0.5, gap_width,
                                   column * 1.2],
                        rowHeights=[14 * mm, None], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("LINEBELOW", (0, 0), (0, 0), 0.7, INK),
        ("LINEBELOW", (2, 0), (2, 0), 0.7, INK),
        ("LINEBELOW", (4, 0), (4, 0), 0.7, INK),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 2),
        ("TOPPADDING", (0, 1), (-1, 1), 2),
    ]))
    block = [para(translate("Report", "For teamet:"), "body"), table, gap(4),
             para(team.display_name, "body")]
    if team.organisation_number:
        block.append(para(translate("Report", "Organisasjonsnummer {number}").format(
            number=team.organisation_number), "small"))
    contact = []
    if team.phone:
        contact.append(translate("Report", "Telefon {phone}").format(phone=team.phone))
    if team.email:
        contact.append(translate("Report", "E-post {email}").format(email=team.email))
    if contact:
        block.append(para(" · ".join(contact), "small"))
    return KeepTogether(block)
