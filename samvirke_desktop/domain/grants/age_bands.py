"""Funders' age bands and volunteer hour rates.

Every funder counts participants in its own age bands. A band is inclusive at both
ends (``age_to`` 12 means "up to and including 12 years old"); an open lower or upper
end is ``None``. Bands tied to a scheme (``FunderScheme``) replace the funder's own
bands for applications under that scheme; when neither exists, ``DEFAULT_BANDS`` apply.

Presets for the funders the teams meet most often:

* ``bufdir``: Bufdir's grants for children and young people 0–24, in school stages
  (0–5 pre-school, 6–12 primary, 13–15 lower secondary, 16–19 upper secondary, 20–24
  young adults), plus "25 og eldre" so parents and other adults are counted too.
* ``bufdir_10_24``: the same for open meeting places (åpne møteplasser), whose target
  group is 10–24: "10–12" instead of 6–12, with younger siblings in "Under 10" so
  nobody falls outside the table.
* ``gjensidigestiftelsen``: Gjensidigestiftelsen's "Under 12", "13–19", "20–25",
  "26–64", "65+". The foundation writes "<12" and then "13–19", which would leave
  twelve-year-olds out; "Under 12" is therefore read as 0–12 (the label is kept as the
  foundation writes it, so it matches their form).
"""
import itertools
from dataclasses import dataclass
from decimal import Decimal

from samvirke_desktop.db.models import AgeBand, Application, Funder, FunderScheme
from samvirke_desktop.db.transactions import write
from samvirke_desktop.domain.team import permissions, record_changes
from samvirke_desktop.errors import RecordGone, ValidationError
from samvirke_desktop.translation import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Band:
    """An age band: ``age_from``..``age_to`` inclusive; ``None`` is an open end."""
    label: str
    age_from: int | None
    age_to: int | None

    def contains(self, age: int) -> bool:
        return ((self.age_from is None or age >= self.age_from)
                and (self.age_to is None or age <= self.age_to))

    def covers(self, age_from: int | None, age_to: int | None) -> bool:
        """Whether the whole range ``age_from``..``age_to`` lies inside this band."""
        low = 0 if age_from is None else age_from
        if self.age_from is not None and low < self.age_from:
            return False
        if self.age_to is None:
            return True
        return age_to is not None and age_to <= self.age_to


@dataclass(frozen=True)
class Preset:
    key: str
    name: str
    bands: tuple[Band, ...]


PRESETS: dict[str, Preset] = {p.key: p for p in (
    Preset("bufdir", "Bufdir (0–24 år)", (
        Band("0–5", 0, 5), Band("6–12", 6, 12), Band("13–15", 13, 15),
        Band("16–19", 16, 19), Band("20–24", 20, 24), Band("25 og eldre", 25, None),
    )),
    Preset("bufdir_10_24", "Bufdir, åpne møteplasser (10–24 år)", (
        Band("Under 10", 0, 9), Band("10–12", 10, 12), Band("13–15", 13, 15),
        Band("16–19", 16, 19), Band("20–24", 20, 24), Band("25 og eldre", 25, None),
    )),
    Preset("gjensidigestiftelsen", "Gjensidigestiftelsen", (
        Band("Under 12", 0, 12), Band("13–19", 13, 19), Band("20–25", 20, 25),
        Band("26–64", 26, 64), Band("65+", 65, None),
    )),
)}

# Used when neither the scheme nor the funder has bands: school stages for children,
# working age and retirement age (67) for adults.
DEFAULT_BANDS: tuple[Band, ...] = (
    Band("0–5", 0, 5), Band("6–12", 6, 12), Band("13–17", 13, 17), Band("18–29", 18, 29),
    Band("30–66", 30, 66), Band(QT_TRANSLATE_NOOP("Report", "67 og eldre"), 67, None),
)


def band_range_text(age_from: int | None, age_to: int | None) -> str:
    """"6–12", "25 og eldre", "12 og yngre", "Alle aldre"."""
    if age_from is None and age_to is None:
        return "Alle aldre"
    if age_to is None:
        return f"{age_from} og eldre"
    if age_from is None:
        return f"{age_to} og yngre"
    if age_from == age_to:
        return str(age_from)
    return f"{age_from}–{age_to}"


def validate_bands(bands) -> None:
    """Raise ``ValidationError`` unless every age falls in at most one band."""
    problems = []
    for band in bands:
        name = band.label.strip() or band_range_text(band.age_from, band.age_to)
        if not band.label.strip():
            problems.append(f"Aldersgruppen {name} mangler navn. Skriv et navn, for eksempel «6–12».")
        if (band.age_from is not None and band.age_from < 0) or (band.age_to is not None and band.age_to < 0):
            problems.append(f"Aldersgruppen «{name}» har en negativ alder. Bruk 0 eller mer.")
        if band.age_from is not None and band.age_to is not None and band.age_from > band.age_to:
            problems.append(f"I aldersgruppen «{name}» er fra-alderen ({band.age_from}) høyere enn "
                            f"til-alderen ({band.age_to}). Bytt om tallene.")
    if not problems:
        ordered = sorted(bands, key=lambda b: -1 if b.age_from is None else b.age_from)
        for first, second in itertools.pairwise(ordered):
            first_end = float("inf") if first.age_to is None else first.age_to
            second_start = 0 if second.age_from is None else second.age_from
            if second_start <= first_end:
                shared_to = first_end if second.age_to is None else min(first_end, second.age_to)
                shared = band_range_text(second_start,
                                         None if shared_to == float("inf") else int(shared_to))
                problems.append(f"Aldersgruppene «{first.label}» og «{second.label}» overlapper "
                                f"(alder {shared} er med i begge). Juster grensene så hver alder "
                                "hører til bare én gruppe.")
    if problems:
        raise ValidationError({"age_bands": "\n".join(problems)})


@write
def set_bands(funder_id: int, bands, *, scheme_id: int | None = None) -> list[AgeBand]:
    """Replace the funder's bands (or the scheme's, when ``scheme_id`` is given) in one transaction."""
    permissions.require(permissions.EDIT_APPLICATIONS)
    bands = [Band(b.label.strip(), b.age_from, b.age_to) for b in bands]
    validate_bands(bands)
    if Funder.get_or_none(Funder.id == funder_id) is None:
        raise RecordGone("Tilskuddsgiveren finnes ikke lenger. Lukk skjemaet og velg en annen.")
    if scheme_id is not None and FunderScheme.get_or_none(
            (FunderScheme.id == scheme_id) & (FunderScheme.funder == funder_id)) is None:
        raise RecordGone("Ordningen finnes ikke lenger hos denne tilskuddsgiveren. "
                         "Lukk skjemaet og velg en annen ordning.")
    scope = (AgeBand.scheme.is_null() if scheme_id is None else AgeBand.scheme == scheme_id)
    for old in AgeBand.select(AgeBand.id).where((AgeBand.funder == funder_id) & scope):
        record_changes.delete(AgeBand, old.id)
    return [record_changes.create(AgeBand, funder=funder_id, scheme=scheme_id, label=band.label,
                           age_from=band.age_from, age_to=band.age_to, sort_order=index)
            for index, band in enumerate(bands)]


def apply_preset(funder_id: int, preset_key: str, *, scheme_id: int | None = None) -> list[AgeBand]:
    """Give the funder (or one of its schemes) the bands of a preset, replacing the old ones."""
    preset = PRESETS.get(preset_key)
    if preset is None:
        raise ValidationError({"preset": f"Ukjent forhåndsvalg «{preset_key}». Velg et av: "
                                         + ", ".join(p.name for p in PRESETS.values()) + "."})
    return set_bands(funder_id, preset.bands, scheme_id=scheme_id)


@dataclass(frozen=True)
class BandSet:
    bands: tuple[Band, ...]
    source: str        # "scheme", "funder" or "default"
    description: str   # Norwegian: where the bands come from


def _application(application) -> Application:
    if isinstance(application, Application):
        return application
    found = Application.get_or_none(Application.id == application)
    if found is None:
        raise RecordGone("Søknaden finnes ikke lenger. Den kan være slettet av en kollega.")
    return found


def band_set_for(application) -> BandSet:
    """The bands an application reports in, and where they come from (one query)."""
    app = _application(application)
    rows = list(AgeBand.select(AgeBand.label, AgeBand.age_from, AgeBand.age_to, AgeBand.scheme)
                .where((AgeBand.funder == app.funder_id)
                       & (AgeBand.scheme.is_null() | (AgeBand.scheme == app.scheme_id)))
                .order_by(AgeBand.sort_order, AgeBand.age_from, AgeBand.id))
    scheme_rows = [r for r in rows if app.scheme_id is not None and r.scheme_id == app.scheme_id]
    if scheme_rows:
        return BandSet(tuple(Band(r.label, r.age_from, r.age_to) for r in scheme_rows), "scheme",
                       QT_TRANSLATE_NOOP("Report", "Aldersgrupper fra ordningen"))
    funder_rows = [r for r in rows if r.scheme_id is None]
    if funder_rows:
        return BandSet(tuple(Band(r.label, r.age_from, r.age_to) for r in funder_rows), "funder",
                       QT_TRANSLATE_NOOP("Report", "Aldersgrupper fra tilskuddsgiveren"))
    return BandSet(DEFAULT_BANDS, "default",
                   QT_TRANSLATE_NOOP("Report",
                                     "Standard aldersgrupper (tilskuddsgiveren har ikke egne)"))


def bands_for(application) -> tuple[Band, ...]:
    """The scheme's bands when it has its own, else the funder's, else ``DEFAULT_BANDS``."""
    return band_set_for(application).bands


def volunteer_hour_rate(application) -> Decimal | None:
    """Kroner per volunteer hour for in-kind value: the application's, else the funder's.

    ``None`` means the funder wants hours only.
    """
    app = _application(application)
    if app.volunteer_hour_rate is not None:
        return Decimal(app.volunteer_hour_rate).quantize(Decimal("0.01"))
    rate = Funder.select(Funder.volunteer_hour_rate).where(Funder.id == app.funder_id).scalar()
    return None if rate is None else Decimal(str(rate)).quantize(Decimal("0.01"))
