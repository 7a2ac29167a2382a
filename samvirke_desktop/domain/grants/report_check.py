"""The check before a grant report goes out (Rapporter, and ``samvirke report grant --check``).

Beyond the warnings of the activities it covers (sessions not registered, participants without
age or gender, volunteers with children without a valid police certificate), a grant report is
checked for spending far off the budget without an explanation (the scheme's limit, 10 % unless
set; see ``compliance``), and for the application's own texts saying something
else than the figures ("150 barn" in a goal's result while the figures say 57).
"""
import datetime
import re

from samvirke_desktop.db.models import ActivityApplication, Goal
from samvirke_desktop.domain.activities.report_warnings import (
    APPLICATION,
    BUDGET,
    COMPLIANCE,
    TEXT,
    ReportWarning,
    activity_warnings,
)
from samvirke_desktop.domain.formatting import money, number
from samvirke_desktop.domain.grants.application_record import read_application
from samvirke_desktop.domain.grants.compliance import Compliance, grant_compliance, short_text
from samvirke_desktop.domain.grants.statistics import GrantStatistics, grant_statistics
from samvirke_desktop.translation import QT_TRANSLATE_NOOP, translate

# "150 barn", "20 frivillige", "1 200 deltakere": a number right before what it counts.
COUNTED = re.compile(r"(?<![\d,.])(\d{1,3}(?:[ \u00a0\u202f]\d{3})*|\d+)\s+(barn|deltakere|"
                     r"frivillige|samlinger)\b", re.IGNORECASE)
TEXT_FIELDS = {"summary": QT_TRANSLATE_NOOP("Report", "Sammendrag"),
               "results": QT_TRANSLATE_NOOP("Report", "Resultater"),
               "deviations": QT_TRANSLATE_NOOP("Report", "Avvik")}


def check_grant_report(application_id: int, first: datetime.date | None = None,
                       last: datetime.date | None = None, *,
                       today: datetime.date | None = None) -> list[ReportWarning]:
    stats = grant_statistics(application_id, first, last, today=today)
    linked = [a for (a,) in ActivityApplication.select(ActivityApplication.activity)
              .where(ActivityApplication.application == application_id).tuples()]
    warnings = activity_warnings(linked, stats.period_from, stats.period_to, today=today)
    compliance = grant_compliance(stats, report_day=today or datetime.date.today())
    warnings += _budget(stats, compliance)
    warnings += _unfinished(stats, compliance)
    warnings += _texts(application_id, stats)
    return warnings


def _unfinished(stats: GrantStatistics, compliance: Compliance) -> list[ReportWarning]:
    """What the compliance part still lacks besides explanations of the budget: a condition of
    the grant letter not assessed, and nobody to sign the report."""
    fix = translate("Report", "Åpne søknaden og fyll ut fanen Tilsagn og rapport.")
    out = [ReportWarning(
        COMPLIANCE, translate("Report", "Vilkåret «{condition}» i tilsagnsbrevet er ikke "
                              "vurdert.").format(condition=short_text(condition.text)),
        fix, APPLICATION, stats.application_id)
        for condition in compliance.conditions if not condition.status]
    if compliance.has_grant_letter and not compliance.signature.name:
        out.append(ReportWarning(
            COMPLIANCE, translate("Report", "Rapporten har ingen som skriver under den."), fix,
            APPLICATION, stats.application_id))
    return out


def _budget(stats: GrantStatistics, compliance: Compliance) -> list[ReportWarning]:
    """Over budget by more than the scheme's limit; at the end of the grant period, under it
    too; in either case only while the line has no explanation of the variance."""
    out = []
    for line in compliance.budget_lines:
        if not line.missing_explanation:
            continue
        if line.variance_percent is None:   # spent on a line with no budget
            out.append(ReportWarning(
                BUDGET,
                translate("Report", "Budsjettposten «{line}» har ikke noe budsjett, men {spent} "
                          "er ført på den.").format(line=line.name, spent=money(line.spent)),
                translate("Report", "Sjekk utgiftene på søknadens budsjett, eller forklar "
                          "avviket i rapporten."), APPLICATION, stats.application_id))
            continue
        percent = line.variance_percent
        out.append(ReportWarning(
            BUDGET,
            translate("Report", "Budsjettposten «{line}»: brukt {spent} av {budget} "
                      "({percent} % {side} budsjett).").format(
                line=line.name, spent=money(line.spent), budget=money(line.budgeted),
                percent=number(abs(percent), 1),
                side=translate("Report", "over") if percent > 0
                else translate("Report", "under")),
            translate("Report", "Sjekk utgiftene på søknadens budsjett, eller forklar "
                      "avviket i rapporten."), APPLICATION, stats.application_id))
    return out


def _figure(stats: GrantStatistics, word: str) -> int:
    word = word.casefold()
    if word == "barn":
        return stats.participants.children.total
    if word == "deltakere":
        return stats.participants.total
    if word == "frivillige":
        return stats.volunteers.unique
    return stats.sessions.held


def _texts(application_id: int, stats: GrantStatistics) -> list[ReportWarning]:
    values, _version = read_application(application_id)
    texts = [(translate("Report", label), values.get(key) or "")
             for key, label in TEXT_FIELDS.items()]
    goals = (Goal.select(Goal.description, Goal.achievement)
             .where(Goal.application == application_id).order_by(Goal.sort_order, Goal.id))
    texts += [(translate("Report", "Resultat for målet «{goal}»").format(goal=description),
               achievement or "") for description, achievement in goals.tuples()]
    out = []
    for where, text in texts:
        for match in COUNTED.finditer(text):
            written = int(re.sub(r"\D", "", match.group(1)))
            word = match.group(2)
            actual = _figure(stats, word)
            if written != actual:
                out.append(ReportWarning(
                    TEXT,
                    translate("Report", "{where} sier «{said}», men tallene for perioden viser "
                              "{actual} {word}.").format(where=where, said=match.group(0),
                                                          actual=number(actual),
                                                          word=word.casefold()),
                    translate("Report", "Rett teksten på søknaden, eller sjekk oppmøtet."),
                    APPLICATION, application_id))
    return out
