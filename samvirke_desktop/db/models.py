"""The tables of a Samvirke database.

Every editable table derives from ``Editable``: it carries a ``version`` for
optimistic locking (a colleague's save is never silently overwritten) and
created/updated timestamps with the name of who saved last.

Stored values are short English codes (``female``, ``homework_help``); the words
shown to users live in ``domain.vocabulary``.

A change here needs a numbered migration in ``db/migrations``; a test compares
the migrated schema with these models.
"""
import datetime

from peewee import (
    BigIntegerField,
    BlobField,
    BooleanField,
    CharField,
    DatabaseProxy,
    DateField,
    DateTimeField,
    DecimalField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
    TimeField,
)

from samvirke_desktop.db.folding import search_text

DB = DatabaseProxy()


def _now():
    return datetime.datetime.now().replace(microsecond=0)


def Money(**kwargs):
    """Kroner and øre, stored exactly (never float)."""
    return DecimalField(max_digits=14, decimal_places=2, auto_round=True, **kwargs)


def Hours(**kwargs):
    return DecimalField(max_digits=7, decimal_places=2, auto_round=True, **kwargs)


class BaseModel(Model):
    class Meta:
        database = DB
        legacy_table_names = False


class Editable(BaseModel):
    version = IntegerField(default=1)
    created_at = DateTimeField(default=_now)
    updated_at = DateTimeField(default=_now)
    updated_by = CharField(max_length=100, default="")


class Searchable(Editable):
    """Keeps ``search_text`` (folded name, phone, e-mail) up to date on every save."""

    def refresh_search_text(self) -> None:
        self.search_text = search_text(self.first_name, self.last_name, self.phone, self.email)

    def save(self, *args, **kwargs):
        self.refresh_search_text()
        return super().save(*args, **kwargs)


# --- codes ------------------------------------------------------------------

GENDERS = ("female", "male", "other", "unspecified")
ATTENDANCE_ROLES = ("child", "parent", "adult")
ACTIVITY_KINDS = (
    "homework_help", "neighbourhood_school", "patrol", "dugnad",
    "hub", "meeting", "holiday_activity", "other",
)
APPLICATION_STATUSES = (
    "draft", "sent", "granted", "partly_granted", "rejected", "reported", "closed",
)
USER_ROLES = ("admin", "coordinator", "activity_leader", "grant_writer")
PARTNER_KINDS = (
    "nav", "housing", "police", "school", "library", "shop", "church",
    "health", "voluntary_org", "municipal_service", "other",
)


# --- settings and users -----------------------------------------------------

class Setting(BaseModel):
    """Team-wide settings kept in the shared database (values are JSON)."""
    key = CharField(max_length=100, primary_key=True)
    value = TextField(default="null")
    updated_at = DateTimeField(default=_now)
    updated_by = CharField(max_length=100, default="")


class AppUser(Editable):
    username = CharField(max_length=100, unique=True)
    full_name = CharField(max_length=200, default="")
    password_hash = CharField(max_length=300, default="")
    role = CharField(max_length=30, default="coordinator")
    active = BooleanField(default=True)
    last_login_at = DateTimeField(null=True)
    failed_logins = IntegerField(default=0)
    last_failed_login_at = DateTimeField(null=True)


# --- places and people ------------------------------------------------------

class Site(Editable):
    """A block, court or address the team works in."""
    name = CharField(max_length=200, unique=True)
    address = CharField(max_length=200, default="")
    postal_code = CharField(max_length=10, default="")
    city = CharField(max_length=100, default="")
    homes = IntegerField(null=True)
    notes = TextField(default="")
    archived = BooleanField(default=False)


class Household(Editable):
    name = CharField(max_length=200)
    site = ForeignKeyField(Site, null=True, backref="households", on_delete="SET NULL")
    address = CharField(max_length=200, default="")
    notes = TextField(default="")
    archived = BooleanField(default=False)


class Resident(Searchable):
    first_name = CharField(max_length=100)
    last_name = CharField(max_length=100, default="")
    birth_date = DateField(null=True)
    birth_year = IntegerField(null=True, index=True)
    gender = CharField(max_length=20, default="unspecified")
    site = ForeignKeyField(Site, null=True, backref="residents", on_delete="SET NULL")
    household = ForeignKeyField(Household, null=True, backref="members", on_delete="SET NULL")
    phone = CharField(max_length=40, default="")
    email = CharField(max_length=200, default="")
    language = CharField(max_length=100, default="")
    interpreter_needed = BooleanField(default=False)
    notes = TextField(default="")
    # The basis the team keeps this person's data on (e.g. "offentlig oppgave").
    storage_basis = CharField(max_length=200, default="")
    # Quick-created at check-in with only first name, birth year and gender.
    needs_completion = BooleanField(default=False)
    archived = BooleanField(default=False, index=True)
    anonymised_at = DateTimeField(null=True)
    # Case- and accent-folded name, phone and e-mail for search as you type.
    search_text = CharField(max_length=500, default="", index=True)


class Guardian(Editable):
    """A child's guardian: another resident, or a contact with a phone number."""
    child = ForeignKeyField(Resident, backref="guardians", on_delete="CASCADE")
    guardian = ForeignKeyField(Resident, null=True, backref="wards", on_delete="CASCADE")
    name = CharField(max_length=200, default="")
    phone = CharField(max_length=40, default="")
    email = CharField(max_length=200, default="")
    relation = CharField(max_length=50, default="")


class Consent(Editable):
    resident = ForeignKeyField(Resident, backref="consents", on_delete="CASCADE")
    kind = CharField(max_length=50)  # photo, sms, ...
    given_by = CharField(max_length=200, default="")
    given_by_guardian = BooleanField(default=False)
    given_date = DateField(null=True)
    withdrawn_date = DateField(null=True)
    notes = TextField(default="")


class Volunteer(Searchable):
    first_name = CharField(max_length=100)
    last_name = CharField(max_length=100, default="")
    resident = ForeignKeyField(Resident, null=True, backref="volunteer_roles", on_delete="SET NULL")
    phone = CharField(max_length=40, default="")
    email = CharField(max_length=200, default="")
    birth_year = IntegerField(null=True)
    # ISO weekdays the volunteer can usually come, e.g. "2,4" for Tuesday and Thursday.
    availability = CharField(max_length=20, default="")
    start_date = DateField(null=True)
    end_date = DateField(null=True)
    police_certificate_required = BooleanField(default=True)
    police_certificate_requested = DateField(null=True)
    police_certificate_issued = DateField(null=True)
    police_certificate_shown = DateField(null=True)
    police_certificate_checked_by = CharField(max_length=200, default="")
    police_certificate_body = CharField(max_length=200, default="")
    police_certificate_renewal_years = IntegerField(default=3)
    confidentiality_signed = DateField(null=True)
    notes = TextField(default="")
    archived = BooleanField(default=False, index=True)
    anonymised_at = DateTimeField(null=True)
    search_text = CharField(max_length=500, default="", index=True)


class Skill(BaseModel):
    name = CharField(max_length=100, unique=True)


class Language(BaseModel):
    name = CharField(max_length=100, unique=True)


class VolunteerSkill(BaseModel):
    volunteer = ForeignKeyField(Volunteer, backref="skill_links", on_delete="CASCADE")
    skill = ForeignKeyField(Skill, backref="volunteer_links", on_delete="CASCADE")

    class Meta:
        indexes = ((("volunteer", "skill"), True),)


class VolunteerLanguage(BaseModel):
    volunteer = ForeignKeyField(Volunteer, backref="language_links", on_delete="CASCADE")
    language = ForeignKeyField(Language, backref="volunteer_links", on_delete="CASCADE")

    class Meta:
        indexes = ((("volunteer", "language"), True),)


class Partner(Editable):
    name = CharField(max_length=200)
    kind = CharField(max_length=40, default="other")
    phone = CharField(max_length=40, default="")
    email = CharField(max_length=200, default="")
    address = CharField(max_length=200, default="")
    website = CharField(max_length=200, default="")
    notes = TextField(default="")
    archived = BooleanField(default=False)
    search_text = CharField(max_length=500, default="", index=True)

    def save(self, *args, **kwargs):
        self.search_text = search_text(self.name, self.phone, self.email)
        return super().save(*args, **kwargs)


class PartnerContact(Editable):
    partner = ForeignKeyField(Partner, backref="contacts", on_delete="CASCADE")
    name = CharField(max_length=200)
    role = CharField(max_length=100, default="")
    phone = CharField(max_length=40, default="")
    email = CharField(max_length=200, default="")
    notes = TextField(default="")


class PartnerSite(BaseModel):
    partner = ForeignKeyField(Partner, backref="site_links", on_delete="CASCADE")
    site = ForeignKeyField(Site, backref="partner_links", on_delete="CASCADE")

    class Meta:
        indexes = ((("partner", "site"), True),)


class PartnerMeetingNote(Editable):
    partner = ForeignKeyField(Partner, backref="meeting_notes", on_delete="CASCADE")
    date = DateField()
    text = TextField(default="")


# --- funders and applications -----------------------------------------------

class Funder(Editable):
    name = CharField(max_length=200, unique=True)
    short_name = CharField(max_length=50, default="")
    website = CharField(max_length=200, default="")
    # Value per volunteer hour the funder accepts as in-kind work; None = hours only.
    volunteer_hour_rate = Money(null=True)
    audit_notes = TextField(default="")
    notes = TextField(default="")
    archived = BooleanField(default=False)


class FunderScheme(Editable):
    funder = ForeignKeyField(Funder, backref="schemes", on_delete="CASCADE")
    name = CharField(max_length=200)
    code = CharField(max_length=20, default="")
    # The scheme's reporting rules: an auditor's statement for grants above the threshold
    # (or always), and the budget variance per line that must be explained (None: 10 %).
    auditor_threshold = Money(null=True)
    auditor_always = BooleanField(default=False)
    variance_threshold_percent = DecimalField(max_digits=5, decimal_places=1, auto_round=True,
                                              null=True)


class AgeBand(Editable):
    """An age band a funder reports in; bands tied to a scheme override the funder's own."""
    funder = ForeignKeyField(Funder, backref="age_bands", on_delete="CASCADE")
    scheme = ForeignKeyField(FunderScheme, null=True, backref="age_bands", on_delete="CASCADE")
    label = CharField(max_length=50)
    age_from = IntegerField(null=True)  # None: no lower bound
    age_to = IntegerField(null=True)    # inclusive; None: no upper bound
    sort_order = IntegerField(default=0)


class Application(Editable):
    funder = ForeignKeyField(Funder, backref="applications", on_delete="RESTRICT")
    scheme = ForeignKeyField(FunderScheme, null=True, backref="applications", on_delete="SET NULL")
    sub_category = CharField(max_length=200, default="")
    title = CharField(max_length=300)
    reference = CharField(max_length=100, default="")
    period_start = DateField()
    period_end = DateField()
    status = CharField(max_length=30, default="draft", index=True)
    amount_applied = Money(default=0)
    amount_granted = Money(null=True)
    deadline_application = DateField(null=True)
    deadline_progress_report = DateField(null=True)
    deadline_final_report = DateField(null=True)
    deadline_accounts = DateField(null=True)
    # Overrides the funder's rate for this application when set.
    volunteer_hour_rate = Money(null=True)
    summary = TextField(default="")
    method = TextField(default="")
    results = TextField(default="")
    deviations = TextField(default="")
    challenges = TextField(default="")
    continuation = TextField(default="")
    notes = TextField(default="")
    archived = BooleanField(default=False)
    # The grant letter (tilsagnsbrev) and what the final report needs beyond the figures.
    grant_letter_date = DateField(null=True)
    grant_letter_reference = CharField(max_length=100, default="")
    success_factors = TextField(default="")
    signer_name = CharField(max_length=200, default="")
    signer_role = CharField(max_length=200, default="")
    signed_place = CharField(max_length=100, default="")
    signed_on = DateField(null=True)


class ApplicationStatusChange(BaseModel):
    application = ForeignKeyField(Application, backref="status_changes", on_delete="CASCADE")
    status = CharField(max_length=30)
    changed_on = DateField()
    changed_at = DateTimeField(default=_now)
    changed_by = CharField(max_length=100, default="")
    note = TextField(default="")


class Goal(Editable):
    application = ForeignKeyField(Application, backref="goals", on_delete="CASCADE")
    description = TextField()
    target = CharField(max_length=300, default="")
    achievement = TextField(default="")
    rating = CharField(max_length=20, default="")  # reached, partly, not_reached, ""
    evidence = TextField(default="")   # how the result is documented (lists, tests, surveys)
    sort_order = IntegerField(default=0)


class BudgetLine(Editable):
    application = ForeignKeyField(Application, backref="budget_lines", on_delete="CASCADE")
    name = CharField(max_length=200)
    amount = Money(default=0)
    sort_order = IntegerField(default=0)
    variance_explanation = TextField(default="")   # why spending is off the budget


class Expense(Editable):
    budget_line = ForeignKeyField(BudgetLine, backref="expenses", on_delete="CASCADE")
    date = DateField()
    description = CharField(max_length=300, default="")
    amount = Money(default=0)
    attachment_path = CharField(max_length=500, default="")


class GrantCondition(Editable):
    """A condition in the grant letter (tilsagnsbrev), and whether it was met."""
    application = ForeignKeyField(Application, backref="conditions", on_delete="CASCADE")
    text = TextField()
    status = CharField(max_length=20, default="")  # met, partly, not_met, "" (not assessed)
    comment = TextField(default="")
    sort_order = IntegerField(default=0)


class InKindContribution(Editable):
    """A contribution in kind (egeninnsats) that is not volunteer hours: premises lent, staff
    hours; worth ``amount``, or ``hours`` × ``rate`` when the hours are given."""
    application = ForeignKeyField(Application, backref="in_kind", on_delete="CASCADE")
    kind = CharField(max_length=20, default="other")  # premises, staff_hours, other
    description = CharField(max_length=300, default="")
    hours = Hours(null=True)
    rate = Money(null=True)
    amount = Money(null=True)
    sort_order = IntegerField(default=0)


class ApplicationAttachment(Editable):
    application = ForeignKeyField(Application, backref="attachments", on_delete="CASCADE")
    path = CharField(max_length=500)
    description = CharField(max_length=300, default="")


# --- activities, sessions, attendance ---------------------------------------

class Activity(Editable):
    name = CharField(max_length=200)
    kind = CharField(max_length=40, default="other")
    site = ForeignKeyField(Site, null=True, backref="activities", on_delete="SET NULL")
    place = CharField(max_length=200, default="")
    responsible = CharField(max_length=200, default="")
    target_group = CharField(max_length=200, default="")
    # Activities with children flag volunteers without a valid police certificate.
    with_children = BooleanField(default=True)
    # Drop-in activities where people are counted, not registered by name.
    head_count_only = BooleanField(default=False)
    description = TextField(default="")
    archived = BooleanField(default=False)
    # Shown on the residents' activity poster; internal meetings are not (the form and the
    # migration turn it off for the kind "meeting").
    on_poster = BooleanField(default=True)


class ActivityTranslation(Editable):
    """An activity's name, place and description in one of the poster's languages; an empty
    field falls back to the bokmål text."""
    activity = ForeignKeyField(Activity, backref="translations", on_delete="CASCADE")
    language = CharField(max_length=10)   # "ar", "so", "ti", … (vocabulary.POSTER_LANGUAGES)
    name = CharField(max_length=200, default="")
    place = CharField(max_length=200, default="")
    description = TextField(default="")

    class Meta:
        indexes = ((("activity", "language"), True),)


class ActivityLeader(BaseModel):
    """Users with the activity-leader role who run this activity."""
    activity = ForeignKeyField(Activity, backref="leaders", on_delete="CASCADE")
    user = ForeignKeyField(AppUser, backref="led_activities", on_delete="CASCADE")

    class Meta:
        indexes = ((("activity", "user"), True),)


class ActivityApplication(BaseModel):
    activity = ForeignKeyField(Activity, backref="application_links", on_delete="CASCADE")
    application = ForeignKeyField(Application, backref="activity_links", on_delete="CASCADE")

    class Meta:
        indexes = ((("activity", "application"), True),)


class PartnerActivity(BaseModel):
    partner = ForeignKeyField(Partner, backref="activity_links", on_delete="CASCADE")
    activity = ForeignKeyField(Activity, backref="partner_links", on_delete="CASCADE")

    class Meta:
        indexes = ((("partner", "activity"), True),)


class Schedule(Editable):
    """A recurring pattern that generates sessions."""
    activity = ForeignKeyField(Activity, backref="schedules", on_delete="CASCADE")
    weekdays = CharField(max_length=20)  # ISO weekdays, "2,4" = Tuesday and Thursday
    start_time = TimeField()
    end_time = TimeField()
    first_date = DateField()
    last_date = DateField()
    every_n_weeks = IntegerField(default=1)
    place = CharField(max_length=200, default="")
    skip_public_holidays = BooleanField(default=True)
    skip_school_holidays = BooleanField(default=True)


class SchoolHoliday(Editable):
    """A school holiday in the team's municipality; sessions are not generated in it."""
    name = CharField(max_length=100)
    municipality = CharField(max_length=100, default="")
    first_date = DateField()
    last_date = DateField()


class Enrolment(Editable):
    activity = ForeignKeyField(Activity, backref="enrolments", on_delete="CASCADE")
    resident = ForeignKeyField(Resident, backref="enrolments", on_delete="CASCADE")
    role = CharField(max_length=20, default="child")
    start_date = DateField(null=True)
    end_date = DateField(null=True)

    class Meta:
        indexes = ((("activity", "resident"), True),)


class ActivityVolunteer(BaseModel):
    """A volunteer who regularly helps with an activity."""
    activity = ForeignKeyField(Activity, backref="volunteer_links", on_delete="CASCADE")
    volunteer = ForeignKeyField(Volunteer, backref="activity_links", on_delete="CASCADE")
    added_at = DateTimeField(default=_now)
    added_by = CharField(max_length=100, default="")

    class Meta:
        indexes = ((("activity", "volunteer"), True),)


class Session(Editable):
    activity = ForeignKeyField(Activity, backref="sessions", on_delete="CASCADE")
    schedule = ForeignKeyField(Schedule, null=True, backref="sessions", on_delete="SET NULL")
    date = DateField()
    start_time = TimeField(null=True)
    end_time = TimeField(null=True)
    place = CharField(max_length=200, default="")
    topic = CharField(max_length=300, default="")
    cancelled = BooleanField(default=False)
    cancel_reason = CharField(max_length=300, default="")
    notes = TextField(default="")
    nobody_came = BooleanField(default=False)   # marked at check-in: held, with nobody there

    class Meta:
        indexes = ((("activity", "date"), False), (("date",), False))


class Attendance(Editable):
    """A registered resident at a session; ``present`` False records a known absence."""
    session = ForeignKeyField(Session, backref="attendance", on_delete="CASCADE")
    resident = ForeignKeyField(Resident, backref="attendance", on_delete="CASCADE")
    role = CharField(max_length=20, default="child")
    present = BooleanField(default=True)
    walk_in = BooleanField(default=False)

    class Meta:
        indexes = ((("session", "resident"), True), (("resident", "session"), False))


class VolunteerPresence(Editable):
    session = ForeignKeyField(Session, backref="volunteer_presence", on_delete="CASCADE")
    volunteer = ForeignKeyField(Volunteer, backref="presence", on_delete="CASCADE")
    hours = Hours(default=0)
    # Set when a volunteer without a valid police certificate was put on a children's activity.
    certificate_warning = BooleanField(default=False)

    class Meta:
        indexes = ((("session", "volunteer"), True), (("volunteer", "session"), False))


class HeadCount(Editable):
    """People present but not registered by name, by age band and gender where known."""
    session = ForeignKeyField(Session, backref="head_counts", on_delete="CASCADE")
    age_from = IntegerField(null=True)
    age_to = IntegerField(null=True)
    gender = CharField(max_length=20, null=True)
    count = IntegerField(default=0)


# --- photos -----------------------------------------------------------------

class ActivityPhoto(Editable):
    """A photo from an activity, for the grant report; who is shown is in ActivityPhotoPerson.

    The picture is kept here (scaled down, the camera's metadata left out), not as a file
    beside the database: it is then in every backup, on every PC of a shared folder and on a
    PostgreSQL server alike, and it goes when its row goes.
    """
    activity = ForeignKeyField(Activity, backref="photos", on_delete="CASCADE")
    caption = CharField(max_length=300, default="")
    taken_on = DateField()
    image = BlobField()
    image_format = CharField(max_length=10, default="jpeg")   # jpeg or png
    width = IntegerField(default=0)
    height = IntegerField(default=0)
    nobody_recognisable = BooleanField(default=False)   # «ingen gjenkjennelige personer»
    # People shown who were anonymised since: no longer named, but still in the picture.
    unnamed_people = IntegerField(default=0)


class ActivityPhotoPerson(BaseModel):
    """A resident shown on a photo."""
    photo = ForeignKeyField(ActivityPhoto, backref="people", on_delete="CASCADE")
    resident = ForeignKeyField(Resident, backref="photos", on_delete="CASCADE")

    class Meta:
        indexes = ((("photo", "resident"), True),)


class ApplicationPhoto(BaseModel):
    """A photo chosen for the grant report of an application (at most a few, in order)."""
    application = ForeignKeyField(Application, backref="photo_choices", on_delete="CASCADE")
    photo = ForeignKeyField(ActivityPhoto, backref="application_choices", on_delete="CASCADE")
    position = IntegerField(default=0)

    class Meta:
        indexes = ((("application", "photo"), True),)


# --- change log -------------------------------------------------------------

class ChangeLog(BaseModel):
    """Who changed what and when; written in the same transaction as the change."""
    at = DateTimeField(default=_now, index=True)
    user = ForeignKeyField(AppUser, null=True, backref="changes", on_delete="SET NULL")
    username = CharField(max_length=100, default="")
    action = CharField(max_length=20)  # create, update, archive, delete, export, anonymise, login
    table_name = CharField(max_length=60)
    record_id = IntegerField(null=True)
    # The resident the change concerns, kept as a plain number so erasure can find it.
    resident_id = IntegerField(null=True, index=True)
    summary = CharField(max_length=300, default="")
    changes = TextField(default="")  # JSON: {field: [old, new]}

    class Meta:
        indexes = ((("table_name", "record_id"), False),)


class ChangeCounter(BaseModel):
    """One row counting committed changes, kept up to date by triggers on a PostgreSQL server.

    An open window compares ``value`` to notice a colleague's save (``db.change_watch``); on
    SQLite ``PRAGMA data_version`` does the same and this row stays at 0. A new table needs
    the counting trigger in its migration (see migration 0002).
    """
    value = BigIntegerField(default=0)
    last_pid = IntegerField(null=True)  # the server process of the last writer


ALL_MODELS = [
    Setting, AppUser, Site, Household, Resident, Guardian, Consent,
    Volunteer, Skill, Language, VolunteerSkill, VolunteerLanguage,
    Partner, PartnerContact, PartnerSite, PartnerMeetingNote,
    Funder, FunderScheme, AgeBand, Application, ApplicationStatusChange,
    Goal, BudgetLine, Expense, GrantCondition, InKindContribution, ApplicationAttachment,
    Activity, ActivityTranslation, ActivityLeader, ActivityApplication, PartnerActivity, Schedule,
    SchoolHoliday, Enrolment, ActivityVolunteer, Session, Attendance,
    VolunteerPresence, HeadCount, ActivityPhoto, ActivityPhotoPerson, ApplicationPhoto,
    ChangeLog, ChangeCounter,
]
