import datetime

from samvirke_desktop.db.models import Volunteer
from samvirke_desktop.domain.people.police_certificate import (
    CertificateStatus as S,
)
from samvirke_desktop.domain.people.police_certificate import (
    add_years,
    certificate_alerts,
    certificate_status,
    children_warning_text,
    needs_children_warning,
)
from samvirke_desktop.domain.team import record_changes

D = datetime.date
SHOWN = D(2023, 6, 5)           # expires 05.06.2026 with the default 3 years


def fields(**extra):
    return {"police_certificate_required": True, "police_certificate_shown": SHOWN, **extra}


def test_valid_until_61_days_before_expiry():
    check = certificate_status(fields(), D(2026, 4, 5))   # 61 days before 05.06.2026
    assert check.status is S.VALID
    assert check.label == "Gyldig"
    assert check.expires_on == D(2026, 6, 5)
    assert check.days_left == 61
    assert check.describe() == "Gyldig (til 05.06.2026)"


def test_expiring_exactly_60_days_before():
    check = certificate_status(fields(), D(2026, 4, 6))
    assert check.days_left == 60
    assert check.status is S.EXPIRING
    assert check.label == "Utløper snart"
    assert check.ok_for_children


def test_expiring_the_day_before_and_expired_on_the_expiry_day():
    assert certificate_status(fields(), D(2026, 6, 4)).status is S.EXPIRING
    on_the_day = certificate_status(fields(), D(2026, 6, 5))
    assert on_the_day.status is S.EXPIRED
    assert on_the_day.label == "Utløpt"
    assert on_the_day.days_left == 0
    assert on_the_day.describe() == "Utløpt 05.06.2026"
    assert not on_the_day.ok_for_children
    assert certificate_status(fields(), D(2027, 1, 1)).status is S.EXPIRED


def test_issued_date_counts_when_shown_date_is_missing():
    check = certificate_status(fields(police_certificate_shown=None,
                                      police_certificate_issued=D(2024, 1, 10)), D(2026, 1, 1))
    assert check.status is S.VALID
    assert check.expires_on == D(2027, 1, 10)
    assert check.counted_from == D(2024, 1, 10)


def test_shown_date_wins_over_issued_date():
    check = certificate_status(fields(police_certificate_issued=D(2020, 1, 1)), D(2026, 1, 1))
    assert check.expires_on == D(2026, 6, 5)


def test_missing_without_any_date_and_with_a_date_after_the_day_checked():
    check = certificate_status(fields(police_certificate_shown=None,
                                      police_certificate_requested=D(2026, 5, 1)), D(2026, 6, 1))
    assert check.status is S.MISSING
    assert check.label == "Mangler"
    assert check.expires_on is None
    assert check.describe() == "Mangler (bestilt 01.05.2026)"
    assert certificate_status(fields(), D(2023, 6, 4)).status is S.MISSING


def test_not_required_whatever_the_dates():
    check = certificate_status(fields(police_certificate_required=False,
                                      police_certificate_shown=None), D(2026, 6, 1))
    assert check.status is S.NOT_REQUIRED
    assert check.label == "Ikke påkrevd"
    assert check.ok_for_children


def test_renewal_interval_and_leap_day():
    check = certificate_status(fields(police_certificate_renewal_years=1), D(2024, 1, 1))
    assert check.expires_on == D(2024, 6, 5)
    assert certificate_status(fields(police_certificate_renewal_years=None),
                              D(2024, 1, 1)).expires_on == D(2026, 6, 5)
    assert add_years(D(2024, 2, 29), 3) == D(2027, 2, 28)


def test_works_on_a_volunteer_model_too(database):
    volunteer = record_changes.create(Volunteer, first_name="Kari", last_name="Nordmann",
                                      police_certificate_shown=SHOWN)
    assert certificate_status(Volunteer.get_by_id(volunteer.id), D(2026, 5, 1)).status is S.EXPIRING


def test_children_warning_only_for_expired_or_missing_on_children_activities():
    children = {"with_children": True, "name": "Leksehjelp"}
    adults = {"with_children": False, "name": "Nærmiljøskole"}
    on = D(2026, 6, 5)
    expired = fields(first_name="Kari", last_name="Nordmann")
    assert needs_children_warning(expired, children, on)
    assert not needs_children_warning(expired, adults, on)
    assert not needs_children_warning(fields(), children, D(2026, 6, 4))      # expiring: valid
    assert not needs_children_warning(fields(police_certificate_required=False,
                                             police_certificate_shown=None), children, on)
    assert needs_children_warning(fields(police_certificate_shown=None), True, on)
    text = children_warning_text(expired, children, on)
    assert text.startswith("Politiattesten til Kari Nordmann gikk ut 05.06.2026.")
    assert "«Leksehjelp» er en aktivitet med barn" in text
    missing = children_warning_text(fields(police_certificate_shown=None, first_name="Ola"),
                                    children, on)
    assert missing.startswith("Ola har ikke vist politiattest.")
    assert children_warning_text(fields(), children, D(2026, 1, 1)) is None


def test_certificate_alerts_in_one_query(database):
    today = D(2026, 6, 1)

    def volunteer(name, **fields):
        return record_changes.create(Volunteer, first_name=name, last_name="Test", **fields).id

    expired = volunteer("Utløpt", police_certificate_shown=D(2023, 5, 1))
    soon = volunteer("Snart", police_certificate_shown=D(2023, 7, 15))        # 44 days left
    later = volunteer("Senere", police_certificate_shown=D(2023, 9, 15))      # 106 days left
    volunteer("Ny", police_certificate_shown=D(2025, 1, 1))
    issued_only = volunteer("Utstedt", police_certificate_issued=D(2023, 6, 20))
    missing = volunteer("Mangler")
    volunteer("Fritatt", police_certificate_required=False)
    volunteer("Arkivert", police_certificate_shown=D(2020, 1, 1), archived=True)
    volunteer("Sluttet", police_certificate_shown=D(2020, 1, 1), end_date=D(2026, 1, 1))
    volunteer("Ettårig", police_certificate_shown=D(2025, 7, 1),
              police_certificate_renewal_years=1)                              # 30 days left
    one_year = Volunteer.get(Volunteer.first_name == "Ettårig").id

    with database.database.atomic():
        queries = []
        original = database.database.execute_sql

        def counting(sql, params=None, *args, **kwargs):
            queries.append(sql)
            return original(sql, params, *args, **kwargs)

        database.database.execute_sql = counting
        try:
            alerts = certificate_alerts(60, today)
        finally:
            database.database.execute_sql = original
    assert len(queries) == 1
    assert [a.volunteer_id for a in alerts] == [expired, issued_only, one_year, soon]
    assert alerts[0].check.status is S.EXPIRED
    assert alerts[-1].check.status is S.EXPIRING
    assert alerts[-1].name == "Snart Test"

    wider = certificate_alerts(120, today, include_missing=True)
    assert [a.volunteer_id for a in wider] == [expired, issued_only, one_year, soon, later,
                                               missing]
    assert wider[4].check.status is S.VALID
    assert wider[-1].check.status is S.MISSING
