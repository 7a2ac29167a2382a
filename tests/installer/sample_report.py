"""A stand-in for a report module the self-test has not been told about by name."""
from samvirke_desktop.reports.document import ReportSpec, build_report
from samvirke_desktop.reports.flowables import para, title_block


def write_sample_report(path, application_id, first, last, *, printed_on=None):
    from samvirke_desktop.db.models import Application

    application = Application.get_by_id(application_id)
    spec = ReportSpec(title="Prøverapport", subject=application.title, printed_on=printed_on)
    return build_report(path, spec, lambda doc: title_block("Prøverapport", application.title)
                        + [para(f"Tilskuddsgiver: {application.funder.name}, {first}–{last}")])

