"""The compliance part of the grant report, read back from the PDF of the demo's Bufdir grant:
every part is there, no volunteer is named, and every total in the text equals its table's."""
import datetime
import re
from decimal import Decimal

from samvirke_desktop.db.models import Application, Volunteer
from samvirke_desktop.domain.formatting import money, number
from samvirke_desktop.domain.grants.compliance import grant_compliance
from samvirke_desktop.domain.grants.statistics import grant_statistics
from samvirke_desktop.reports.grant_report import write_grant_report
from tests.reports.pdf_checks import font_problems, read_pdf

PRINTED = datetime.date(2026, 11, 22)
BUFDIR_TITLE = "Leksehjelp og aktivitetsuke for barn i Sagene 2026"
AMOUNT = re.compile(r"\d{1,3}(?: \d{3})*,\d{2} kr")


def plain(value: str) -> str:
    return re.sub(r"\s+", " ", value.replace("\u00a0", " "))


def _report(tmp_path):
    app_id = Application.get(Application.title == BUFDIR_TITLE).id
    path = write_grant_report(tmp_path / "bufdir.pdf", app_id, printed_on=PRINTED)
    stats = grant_statistics(app_id, today=PRINTED)
    return path, read_pdf(path), stats, grant_compliance(stats, report_day=PRINTED)


def test_every_compliance_part_is_in_the_demo_report(demo, tmp_path):
    path, pdf, s, c = _report(tmp_path)
    text = plain(pdf.text)

    def has(expected: str) -> None:
        assert plain(expected) in text, expected

    # The grant letter and each condition with its assessment and comment.
    has("Tilsagnsbrev datert 20. februar 2026 (Tilsagn 2026-BUF-031287).")
    for line in c.conditions:
        has(line.text)
        has(line.comment)
    for status in ("Oppfylt", "Delvis oppfylt", "Ikke oppfylt"):
        has(status)
    # The deadline, on time; the auditor from the scheme's 200 000 kr; the funder's note.
    has("Frist for sluttrapport: 01.03.2027. Rapporten er datert 22.11.2026 og sendes i tide, "
        "99 dager før fristen.")
    has("Revisorattestasjon Ja. Innvilget beløp 420 000,00 kr er over grensen på 200 000,00 kr")
    has("Offentlige søkere: regnskapet kontrolleres av kommunerevisjonen.")
    # Police certificates: exceptions by role and count.
    police = c.police
    assert police.exceptions
    has(f"{police.volunteers_with_exceptions} av {police.volunteers} frivillige som arbeidet med "
        "barn i perioden hadde ikke gyldig politiattest")
    for e in police.exceptions:
        has(f"{e.role} {e.problem} {e.volunteers} {e.presences}")
    # Results per goal with evidence; success factors, challenges and next steps.
    has("Dokumentasjon: Oppmøtelister fra hver kveld, registrert i Samvirke.")
    app = Application.get_by_id(s.application_id)
    for value in (app.success_factors, app.challenges, app.continuation):
        has(value)
    # Budget: variance %, explanations, and the missing one marked.
    has("Lønn studentkoordinator (20 % stilling) 180 000,00 kr 150 000,00 kr –30 000,00 kr "
        "–16,7 %")
    has("Forklaring: Koordinatoren begynte 1. mars")
    has("Skolemateriell og bøker 25 000,00 kr 27 960,00 kr +2 960,00 kr +11,8 % Mangler "
        "forklaring")
    has("Rapporten er ikke komplett ennå: Vilkåret «Mottakeren skal delta på Bufdirs "
        "erfaringssamling for tilskuddsordningen.» er ikke vurdert. Budsjettposten «Skolemateriell og "
        "bøker» avviker med 11,8 % og mangler forklaring.")
    # Contributions in kind, each its own line, volunteer hours at the grant's rate.
    has("Lokaler Rom på Sagene bibliotek to kvelder i uka 48 000,00 kr")
    has("Ansattes timer Bomiljøarbeider: planlegging, foreldremøter og oppfølging 120 "
        "450,00 kr 54 000,00 kr")
    has(f"Frivillige timer {number(s.volunteers.unique)} frivillige")
    has(money(s.volunteers.in_kind_value))
    # Bufdir's 0–24 beside the age bands.
    youth = s.participants.children.youth
    has(" ".join(["0–24 år i alt"] + [number(youth.count(code))
                                     for code, _ in s.participants.children.gender_labels]
                 + [number(youth.total)]))
    has(f"Unike deltakere 0–24 år {number(s.participants.youth_total)}")
    # The signature block with the team's organisation number.
    has("Navn Hanne Lie")
    has("Sted og dato Oslo, 22.11.2026")
    has("Organisasjonsnummer 999 888 771")
    # The sessions as an appendix with ISO week.
    has(f"Alle samlinger i perioden for aktivitetene i søknaden: {len(c.sessions)} i alt")
    first = c.sessions[0]
    has(f"{first.date:%d.%m.%Y} {first.iso_week} {first.activity}")
    assert sum(1 for line in c.sessions if line.state == "held") == s.sessions.held
    assert font_problems(path) == []


def test_no_volunteer_is_named_in_the_funders_copy(demo, tmp_path):
    _path, pdf, _s, _c = _report(tmp_path)
    text = pdf.text
    for first, last in Volunteer.select(Volunteer.first_name, Volunteer.last_name).tuples():
        assert f"{first} {last}" not in text


def _amounts_after(text: str, label: str) -> list[Decimal]:
    start = text.index(plain(label))
    return [Decimal(a.replace(" ", "").replace("kr", "").replace(",", "."))
            for a in AMOUNT.findall(text[start:start + 200])]


def test_every_total_in_the_text_equals_its_table_to_the_ore(demo, tmp_path):
    _path, pdf, s, c = _report(tmp_path)
    text = plain(pdf.text)
    spent = s.budget.spent
    assert spent == Decimal("358290.60")
    # The summary said 358 291 kr while the table said 358 290,60 kr.
    assert "358 291 kr" not in text
    assert _amounts_after(text, "Brukt av budsjettet")[0] == spent
    assert _amounts_after(text, f"Sum {money(s.budget.budgeted)}")[:2] == [s.budget.budgeted,
                                                                          spent]
    value = s.volunteers.in_kind_value
    assert _amounts_after(text, "Verdi av frivillig innsats")[0] == value
    total = c.in_kind_total
    assert _amounts_after(text, "Egeninnsatsen er til sammen verdt")[0] == total
    table_sum = [line.value for line in c.in_kind]
    assert sum(table_sum) == total
    # The in-kind table's own Sum row says the same total.
    assert plain(f"Sum {money(total)}") in text
