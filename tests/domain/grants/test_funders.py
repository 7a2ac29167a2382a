"""Age-band presets, band validation, which bands an application uses, and hour rates."""
import datetime
import json
from decimal import Decimal

import pytest

from samvirke_desktop.db.models import AgeBand, Application, ChangeLog, Funder, FunderScheme
from samvirke_desktop.domain.grants import age_bands
from samvirke_desktop.domain.grants.age_bands import Band
from samvirke_desktop.errors import ValidationError


@pytest.fixture
def funder(database):
    return Funder.create(name="Gjensidigestiftelsen")


def _app(funder, scheme=None, **extra):
    return Application.create(funder=funder, scheme=scheme, title="Søknad",
                              period_start=datetime.date(2026, 1, 1),
                              period_end=datetime.date(2026, 12, 31), **extra)


def _rows(funder_id, scheme_id=None):
    scope = AgeBand.scheme.is_null() if scheme_id is None else AgeBand.scheme == scheme_id
    return [(b.label, b.age_from, b.age_to) for b in
            AgeBand.select().where((AgeBand.funder == funder_id) & scope).order_by(AgeBand.sort_order)]


@pytest.mark.parametrize("key", sorted(age_bands.PRESETS))
def test_every_preset_is_valid_and_leaves_no_age_out(key):
    bands = age_bands.PRESETS[key].bands
    age_bands.validate_bands(bands)
    for age in range(120):
        assert sum(b.contains(age) for b in bands) == 1, (key, age)


def test_gjensidigestiftelsen_under_12_includes_twelve():
    bands = age_bands.PRESETS["gjensidigestiftelsen"].bands
    assert [(b.label, b.age_from, b.age_to) for b in bands] == [
        ("Under 12", 0, 12), ("13–19", 13, 19), ("20–25", 20, 25), ("26–64", 26, 64), ("65+", 65, None)]


def test_bufdir_presets():
    assert [b.label for b in age_bands.PRESETS["bufdir"].bands] == [
        "0–5", "6–12", "13–15", "16–19", "20–24", "25 og eldre"]
    open_place = age_bands.PRESETS["bufdir_10_24"].bands
    assert [(b.age_from, b.age_to) for b in open_place][:2] == [(0, 9), (10, 12)]


def test_apply_preset_replaces_the_funders_bands_and_logs_it(funder):
    age_bands.apply_preset(funder.id, "bufdir")
    age_bands.apply_preset(funder.id, "gjensidigestiftelsen")
    assert _rows(funder.id) == [("Under 12", 0, 12), ("13–19", 13, 19), ("20–25", 20, 25),
                                ("26–64", 26, 64), ("65+", 65, None)]
    actions = [c.action for c in ChangeLog.select().where(ChangeLog.table_name == "age_band")]
    assert actions.count("create") == 11 and actions.count("delete") == 6


def test_scheme_bands_leave_the_funders_own_alone(funder):
    scheme = FunderScheme.create(funder=funder, name="Åpne møteplasser")
    age_bands.apply_preset(funder.id, "bufdir")
    age_bands.apply_preset(funder.id, "bufdir_10_24", scheme_id=scheme.id)
    assert len(_rows(funder.id)) == 6
    assert _rows(funder.id, scheme.id)[1] == ("10–12", 10, 12)


def test_unknown_preset_is_refused(funder):
    with pytest.raises(ValidationError) as err:
        age_bands.apply_preset(funder.id, "nav")
    assert "Ukjent forhåndsvalg" in err.value.message


def test_overlapping_bands_are_refused_and_nothing_changes(funder):
    age_bands.apply_preset(funder.id, "bufdir")
    with pytest.raises(ValidationError) as err:
        age_bands.set_bands(funder.id, [Band("6–12", 6, 12), Band("10–15", 10, 15)])
    assert err.value.field_errors["age_bands"].startswith(
        "Aldersgruppene «6–12» og «10–15» overlapper (alder 10–12 er med i begge)")
    assert len(_rows(funder.id)) == 6


def test_open_ended_bands_overlap_too():
    with pytest.raises(ValidationError) as err:
        age_bands.validate_bands([Band("Voksne", 18, None), Band("Eldre", 67, None)])
    assert "alder 67 og eldre er med i begge" in err.value.message


def test_reversed_negative_and_unnamed_bands_are_refused():
    with pytest.raises(ValidationError) as err:
        age_bands.validate_bands([Band("Feil", 12, 6), Band("", 20, 24), Band("Minus", -1, 3)])
    text = err.value.message
    assert "fra-alderen (12) høyere enn til-alderen (6)" in text
    assert "mangler navn" in text
    assert "negativ alder" in text


def test_touching_bands_are_fine():
    age_bands.validate_bands([Band("0–12", None, 12), Band("13–19", 13, 19), Band("20+", 20, None)])


def test_bands_for_prefers_scheme_then_funder_then_default(funder):
    scheme = FunderScheme.create(funder=funder, name="Ordning")
    other = FunderScheme.create(funder=funder, name="Annen ordning")
    app = _app(funder, scheme)
    assert age_bands.bands_for(app) == age_bands.DEFAULT_BANDS
    assert age_bands.band_set_for(app).source == "default"
    age_bands.apply_preset(funder.id, "gjensidigestiftelsen")
    age_bands.apply_preset(funder.id, "bufdir", scheme_id=other.id)
    assert age_bands.band_set_for(app).source == "funder"
    assert age_bands.bands_for(app)[0] == Band("Under 12", 0, 12)
    age_bands.apply_preset(funder.id, "bufdir_10_24", scheme_id=scheme.id)
    assert age_bands.band_set_for(app.id).source == "scheme"
    assert age_bands.bands_for(app.id)[1] == Band("10–12", 10, 12)
    assert age_bands.bands_for(_app(funder))[0] == Band("Under 12", 0, 12)


def test_band_covers_a_whole_range():
    band = Band("13–19", 13, 19)
    assert band.covers(13, 19) and band.covers(14, 15)
    assert not band.covers(10, 14) and not band.covers(13, None)
    assert Band("65+", 65, None).covers(67, None)
    assert Band("Under 12", 0, 12).covers(None, 5)


def test_volunteer_hour_rate_application_then_funder_then_none(funder):
    app = _app(funder)
    assert age_bands.volunteer_hour_rate(app) is None
    Funder.update(volunteer_hour_rate=Decimal("450.5")).execute()
    assert age_bands.volunteer_hour_rate(app.id) == Decimal("450.50")
    Application.update(volunteer_hour_rate=Decimal(300)).execute()
    assert age_bands.volunteer_hour_rate(app.id) == Decimal("300.00")


def test_change_log_of_bands_is_json(funder):
    age_bands.apply_preset(funder.id, "bufdir")
    entry = ChangeLog.select().where(ChangeLog.action == "create").first()
    assert json.loads(entry.changes)["label"] == [None, "0–5"]
