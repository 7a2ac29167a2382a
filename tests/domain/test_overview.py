"""What Oversikt lists as needing doing: sessions held without attendance, certificates."""
import datetime

import pytest

from samvirke_desktop.db.models import ActivityLeader, ActivityVolunteer, AppUser
from samvirke_desktop.domain import overview
from samvirke_desktop.domain.activities import attendance, scheduling
from samvirke_desktop.domain.people.police_certificate import CertificateStatus
from samvirke_desktop.domain.team import actor, record_changes
from samvirke_desktop.errors import PermissionDenied
from tests.domain import rule_records as make

D = datetime.date
TODAY = D(2026, 11, 20)


@pytest.fixture
def sessions(database):
    homework = make.activity("Leksehjelp")
    patrol = make.activity("Patrulje", kind="patrol", with_children=False)
    old = make.activity("Nedlagt")
    record_changes.update(type(old), old.id, 1, archived=True)
    made = {
        "nothing": make.session(homework.id, D(2026, 11, 19)),
        "ticked": make.session(homework.id, D(2026, 11, 17)),
        "absent_only": make.session(homework.id, D(2026, 11, 12)),
        "counted": make.session(patrol.id, D(2026, 11, 13)),
        "volunteer": make.session(patrol.id, D(2026, 11, 6)),
        "patrol_nothing": make.session(patrol.id, D(2026, 10, 30)),
        "cancelled": make.session(homework.id, D(2026, 11, 10)),
        "today": make.session(homework.id, TODAY),
        "too_old": make.session(homework.id, D(2026, 10, 8)),
        "archived": make.session(old.id, D(2026, 11, 18)),
    }
    kid = make.resident("Amina", birth_year=2016)
    attendance.set_present(made["ticked"].id, kid.id, True)
    attendance.set_present(made["absent_only"].id, kid.id, False)
    attendance.set_head_count(made["counted"].id, None, None, None, 5)
    attendance.set_volunteer_hours(made["volunteer"].id, make.volunteer().id, 2)
    scheduling.cancel_session(made["cancelled"].id, 1, "Stengt")
    return homework, patrol, made


def test_sessions_held_without_anything_registered(sessions):
    _, _, made = sessions
    found = overview.sessions_without_attendance(TODAY)
    assert [s.id for s in found] == [made["nothing"].id, made["patrol_nothing"].id]
    assert (found[0].activity, found[0].date) == ("Leksehjelp", D(2026, 11, 19))
    # Six weeks back by default; a longer look finds the older one too.
    assert made["too_old"].id in [s.id for s in
                                  overview.sessions_without_attendance(TODAY, days=60)]


def test_an_activity_leader_sees_only_own_sessions_without_attendance(sessions):
    _, patrol, made = sessions
    user = AppUser.create(username="leder", role="activity_leader")
    ActivityLeader.create(activity=patrol.id, user=user)
    actor.set_current(actor.Actor("leder", role="activity_leader", user_id=user.id))
    assert [s.id for s in overview.sessions_without_attendance(TODAY)] == \
        [made["patrol_nothing"].id]
    with pytest.raises(PermissionDenied):
        overview.certificate_watch(TODAY)


def test_certificates_expired_expiring_and_missing_on_children_activities(database):
    children = make.activity("Leksehjelp", with_children=True)
    adults = make.activity("Nærmiljøskolen", with_children=False)
    expired = make.volunteer("Utgått", police_certificate_shown=D(2023, 8, 1))
    soon = make.volunteer("Snart", police_certificate_shown=D(2023, 12, 20))
    fine = make.volunteer("Gyldig", police_certificate_shown=D(2025, 3, 1))
    missing_children = make.volunteer("Mangler", police_certificate_requested=D(2026, 11, 1))
    missing_adults = make.volunteer("Voksen")
    not_needed = make.volunteer("Fritatt", police_certificate_required=False)
    ended = make.volunteer("Sluttet", police_certificate_shown=D(2023, 1, 1),
                           end_date=D(2026, 6, 1))
    for volunteer in (missing_children, fine, not_needed):
        ActivityVolunteer.create(activity=children, volunteer=volunteer)
    ActivityVolunteer.create(activity=adults, volunteer=missing_adults)
    watch = overview.certificate_watch(TODAY)
    assert [(a.first_name, a.check.status) for a in watch] == [
        ("Utgått", CertificateStatus.EXPIRED), ("Snart", CertificateStatus.EXPIRING),
        ("Mangler", CertificateStatus.MISSING)]
    assert watch[2].check.describe() == "Mangler (bestilt 01.11.2026)"
    assert {expired.id, soon.id, missing_children.id} == {a.volunteer_id for a in watch}
    assert ended.id not in {a.volunteer_id for a in watch}
