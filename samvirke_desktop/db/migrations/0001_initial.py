"""The first Samvirke schema: every table."""
# Generated from the models with playhouse.migrations.template; timestamp defaults are set
# by the program when it saves, not by the database, so they are not part of the schema.
from peewee import *


def up(migrator, db):
    class Site(Model):
        version = IntegerField(default=1)
        created_at = DateTimeField()
        updated_at = DateTimeField()
        updated_by = CharField(max_length=100, default='')
        name = CharField(unique=True, max_length=200)
        address = CharField(max_length=200, default='')
        postal_code = CharField(max_length=10, default='')
        city = CharField(max_length=100, default='')
        homes = IntegerField(null=True)
        notes = TextField(default='')
        archived = BooleanField(default=False)
        class Meta:
            database = db
            table_name = 'site'
    db.create_tables([Site])

    class Activity(Model):
        version = IntegerField(default=1)
        created_at = DateTimeField()
        updated_at = DateTimeField()
        updated_by = CharField(max_length=100, default='')
        name = CharField(max_length=200)
        kind = CharField(max_length=40, default='other')
        site = ForeignKeyField(Site, null=True, on_delete='SET NULL')
        place = CharField(max_length=200, default='')
        responsible = CharField(max_length=200, default='')
        target_group = CharField(max_length=200, default='')
        with_children = BooleanField(default=True)
        head_count_only = BooleanField(default=False)
        description = TextField(default='')
        archived = BooleanField(default=False)
        class Meta:
            database = db
            table_name = 'activity'
    db.create_tables([Activity])

    class Funder(Model):
        version = IntegerField(default=1)
        created_at = DateTimeField()
        updated_at = DateTimeField()
        updated_by = CharField(max_length=100, default='')
        name = CharField(unique=True, max_length=200)
        short_name = CharField(max_length=50, default='')
        website = CharField(max_length=200, default='')
        volunteer_hour_rate = DecimalField(null=True, max_digits=14, decimal_places=2)
        audit_notes = TextField(default='')
        notes = TextField(default='')
        archived = BooleanField(default=False)
        class Meta:
            database = db
            table_name = 'funder'
    db.create_tables([Funder])

    class FunderScheme(Model):
        version = IntegerField(default=1)
        created_at = DateTimeField()
        updated_at = DateTimeField()
        updated_by = CharField(max_length=100, default='')
        funder = ForeignKeyField(Funder, on_delete='CASCADE')
        name = CharField(max_length=200)
        code = CharField(max_length=20, default='')
        class Meta:
            database = db
            table_name = 'funder_scheme'
    db.create_tables([FunderScheme])

    class Application(Model):
        version = IntegerField(default=1)
        created_at = DateTimeField()
        updated_at = DateTimeField()
        updated_by = CharField(max_length=100, default='')
        funder = ForeignKeyField(Funder, on_delete='RESTRICT')
        scheme = ForeignKeyField(FunderScheme, null=True, on_delete='SET NULL')
        sub_category = CharField(max_length=200, default='')
        title = CharField(max_length=300)
        reference = CharField(max_length=100, default='')
        period_start = DateField()
        period_end = DateField()
        status = CharField(index=True, max_length=30, default='draft')
        amount_applied = DecimalField(max_digits=14, decimal_places=2, default=0)
        amount_granted = DecimalField(null=True, max_digits=14, decimal_places=2)
        deadline_application = DateField(null=True)
        deadline_progress_report = DateField(null=True)
        deadline_final_report = DateField(null=True)
        deadline_accounts = DateField(null=True)
        volunteer_hour_rate = DecimalField(null=True, max_digits=14, decimal_places=2)
        summary = TextField(default='')
        method = TextField(default='')
        results = TextField(default='')
        deviations = TextField(default='')
        challenges = TextField(default='')
        continuation = TextField(default='')
        notes = TextField(default='')
        archived = BooleanField(default=False)
        class Meta:
            database = db
            table_name = 'application'
    db.create_tables([Application])

    class ActivityApplication(Model):
        activity = ForeignKeyField(Activity, on_delete='CASCADE')
        application = ForeignKeyField(Application, on_delete='CASCADE')
        class Meta:
            database = db
            table_name = 'activity_application'
            indexes = ((('activity', 'application'), True),)
    db.create_tables([ActivityApplication])

    class AppUser(Model):
        version = IntegerField(default=1)
        created_at = DateTimeField()
        updated_at = DateTimeField()
        updated_by = CharField(max_length=100, default='')
        username = CharField(unique=True, max_length=100)
        full_name = CharField(max_length=200, default='')
        password_hash = CharField(max_length=300, default='')
        role = CharField(max_length=30, default='coordinator')
        active = BooleanField(default=True)
        last_login_at = DateTimeField(null=True)
        failed_logins = IntegerField(default=0)
        last_failed_login_at = DateTimeField(null=True)
        class Meta:
            database = db
            table_name = 'app_user'
    db.create_tables([AppUser])

    class ActivityLeader(Model):
        activity = ForeignKeyField(Activity, on_delete='CASCADE')
        user = ForeignKeyField(AppUser, on_delete='CASCADE')
        class Meta:
            database = db
            table_name = 'activity_leader'
            indexes = ((('activity', 'user'), True),)
    db.create_tables([ActivityLeader])

    class Household(Model):
        version = IntegerField(default=1)
        created_at = DateTimeField()
        updated_at = DateTimeField()
        updated_by = CharField(max_length=100, default='')
        name = CharField(max_length=200)
        site = ForeignKeyField(Site, null=True, on_delete='SET NULL')
        address = CharField(max_length=200, default='')
        notes = TextField(default='')
        archived = BooleanField(default=False)
        class Meta:
            database = db
            table_name = 'household'
    db.create_tables([Household])

    class Resident(Model):
        version = IntegerField(default=1)
        created_at = DateTimeField()
        updated_at = DateTimeField()
        updated_by = CharField(max_length=100, default='')
        first_name = CharField(max_length=100)
        last_name = CharField(max_length=100, default='')
        birth_date = DateField(null=True)
        birth_year = IntegerField(index=True, null=True)
        gender = CharField(max_length=20, default='unspecified')
        site = ForeignKeyField(Site, null=True, on_delete='SET NULL')
        household = ForeignKeyField(Household, null=True, on_delete='SET NULL')
        phone = CharField(max_length=40, default='')
        email = CharField(max_length=200, default='')
        language = CharField(max_length=100, default='')
        interpreter_needed = BooleanField(default=False)
        notes = TextField(default='')
        storage_basis = CharField(max_length=200, default='')
        needs_completion = BooleanField(default=False)
        archived = BooleanField(index=True, default=False)
        anonymised_at = DateTimeField(null=True)
        search_text = CharField(index=True, max_length=500, default='')
        class Meta:
            database = db
            table_name = 'resident'
    db.create_tables([Resident])

    class Volunteer(Model):
        version = IntegerField(default=1)
        created_at = DateTimeField()
        updated_at = DateTimeField()
        updated_by = CharField(max_length=100, default='')
        first_name = CharField(max_length=100)
        last_name = CharField(max_length=100, default='')
        resident = ForeignKeyField(Resident, null=True, on_delete='SET NULL')
        phone = CharField(max_length=40, default='')
        email = CharField(max_length=200, default='')
        birth_year = IntegerField(null=True)
        availability = CharField(max_length=20, default='')
        start_date = DateField(null=True)
        end_date = DateField(null=True)
        police_certificate_required = BooleanField(default=True)
        police_certificate_requested = DateField(null=True)
        police_certificate_issued = DateField(null=True)
        police_certificate_shown = DateField(null=True)
        police_certificate_checked_by = CharField(max_length=200, default='')
        police_certificate_body = CharField(max_length=200, default='')
        police_certificate_renewal_years = IntegerField(default=3)
        confidentiality_signed = DateField(null=True)
        notes = TextField(default='')
        archived = BooleanField(index=True, default=False)
        anonymised_at = DateTimeField(null=True)
        search_text = CharField(index=True, max_length=500, default='')
        class Meta:
            database = db
            table_name = 'volunteer'
    db.create_tables([Volunteer])

    class ActivityVolunteer(Model):
        activity = ForeignKeyField(Activity, on_delete='CASCADE')
        volunteer = ForeignKeyField(Volunteer, on_delete='CASCADE')
        added_at = DateTimeField()
        added_by = CharField(max_length=100, default='')
        class Meta:
            database = db
            table_name = 'activity_volunteer'
            indexes = ((('activity', 'volunteer'), True),)
    db.create_tables([ActivityVolunteer])

    class AgeBand(Model):
        version = IntegerField(default=1)
        created_at = DateTimeField()
        updated_at = DateTimeField()
        updated_by = CharField(max_length=100, default='')
        funder = ForeignKeyField(Funder, on_delete='CASCADE')
        scheme = ForeignKeyField(FunderScheme, null=True, on_delete='CASCADE')
        label = CharField(max_length=50)
        age_from = IntegerField(null=True)
        age_to = IntegerField(null=True)
        sort_order = IntegerField(default=0)
        class Meta:
            database = db
            table_name = 'age_band'
    db.create_tables([AgeBand])

    class ApplicationAttachment(Model):
        version = IntegerField(default=1)
        created_at = DateTimeField()
        updated_at = DateTimeField()
        updated_by = CharField(max_length=100, default='')
        application = ForeignKeyField(Application, on_delete='CASCADE')
        path = CharField(max_length=500)
        description = CharField(max_length=300, default='')
        class Meta:
            database = db
            table_name = 'application_attachment'
    db.create_tables([ApplicationAttachment])

    class ApplicationStatusChange(Model):
        application = ForeignKeyField(Application, on_delete='CASCADE')
        status = CharField(max_length=30)
        changed_on = DateField()
        changed_at = DateTimeField()
        changed_by = CharField(max_length=100, default='')
        note = TextField(default='')
        class Meta:
            database = db
            table_name = 'application_status_change'
    db.create_tables([ApplicationStatusChange])

    class Schedule(Model):
        version = IntegerField(default=1)
        created_at = DateTimeField()
        updated_at = DateTimeField()
        updated_by = CharField(max_length=100, default='')
        activity = ForeignKeyField(Activity, on_delete='CASCADE')
        weekdays = CharField(max_length=20)
        start_time = TimeField()
        end_time = TimeField()
        first_date = DateField()
        last_date = DateField()
        every_n_weeks = IntegerField(default=1)
        place = CharField(max_length=200, default='')
        skip_public_holidays = BooleanField(default=True)
        skip_school_holidays = BooleanField(default=True)
        class Meta:
            database = db
            table_name = 'schedule'
    db.create_tables([Schedule])

    class Session(Model):
        version = IntegerField(default=1)
        created_at = DateTimeField()
        updated_at = DateTimeField()
        updated_by = CharField(max_length=100, default='')
        activity = ForeignKeyField(Activity, on_delete='CASCADE')
        schedule = ForeignKeyField(Schedule, null=True, on_delete='SET NULL')
        date = DateField()
        start_time = TimeField(null=True)
        end_time = TimeField(null=True)
        place = CharField(max_length=200, default='')
        topic = CharField(max_length=300, default='')
        cancelled = BooleanField(default=False)
        cancel_reason = CharField(max_length=300, default='')
        notes = TextField(default='')
        class Meta:
            database = db
            table_name = 'session'
            indexes = ((('activity', 'date'), False), (('date',), False))
    db.create_tables([Session])

    class Attendance(Model):
        version = IntegerField(default=1)
        created_at = DateTimeField()
        updated_at = DateTimeField()
        updated_by = CharField(max_length=100, default='')
        session = ForeignKeyField(Session, on_delete='CASCADE')
        resident = ForeignKeyField(Resident, on_delete='CASCADE')
        role = CharField(max_length=20, default='child')
        present = BooleanField(default=True)
        walk_in = BooleanField(default=False)
        class Meta:
            database = db
            table_name = 'attendance'
            indexes = ((('session', 'resident'), True), (('resident', 'session'), False))
    db.create_tables([Attendance])

    class BudgetLine(Model):
        version = IntegerField(default=1)
        created_at = DateTimeField()
        updated_at = DateTimeField()
        updated_by = CharField(max_length=100, default='')
        application = ForeignKeyField(Application, on_delete='CASCADE')
        name = CharField(max_length=200)
        amount = DecimalField(max_digits=14, decimal_places=2, default=0)
        sort_order = IntegerField(default=0)
        class Meta:
            database = db
            table_name = 'budget_line'
    db.create_tables([BudgetLine])

    class ChangeLog(Model):
        at = DateTimeField(index=True)
        user = ForeignKeyField(AppUser, null=True, on_delete='SET NULL')
        username = CharField(max_length=100, default='')
        action = CharField(max_length=20)
        table_name = CharField(max_length=60)
        record_id = IntegerField(null=True)
        resident_id = IntegerField(index=True, null=True)
        summary = CharField(max_length=300, default='')
        changes = TextField(default='')
        class Meta:
            database = db
            table_name = 'change_log'
            indexes = ((('table_name', 'record_id'), False),)
    db.create_tables([ChangeLog])

    class Consent(Model):
        version = IntegerField(default=1)
        created_at = DateTimeField()
        updated_at = DateTimeField()
        updated_by = CharField(max_length=100, default='')
        resident = ForeignKeyField(Resident, on_delete='CASCADE')
        kind = CharField(max_length=50)
        given_by = CharField(max_length=200, default='')
        given_by_guardian = BooleanField(default=False)
        given_date = DateField(null=True)
        withdrawn_date = DateField(null=True)
        notes = TextField(default='')
        class Meta:
            database = db
            table_name = 'consent'
    db.create_tables([Consent])

    class Enrolment(Model):
        version = IntegerField(default=1)
        created_at = DateTimeField()
        updated_at = DateTimeField()
        updated_by = CharField(max_length=100, default='')
        activity = ForeignKeyField(Activity, on_delete='CASCADE')
        resident = ForeignKeyField(Resident, on_delete='CASCADE')
        role = CharField(max_length=20, default='child')
        start_date = DateField(null=True)
        end_date = DateField(null=True)
        class Meta:
            database = db
            table_name = 'enrolment'
            indexes = ((('activity', 'resident'), True),)
    db.create_tables([Enrolment])

    class Expense(Model):
        version = IntegerField(default=1)
        created_at = DateTimeField()
        updated_at = DateTimeField()
        updated_by = CharField(max_length=100, default='')
        budget_line = ForeignKeyField(BudgetLine, on_delete='CASCADE')
        date = DateField()
        description = CharField(max_length=300, default='')
        amount = DecimalField(max_digits=14, decimal_places=2, default=0)
        attachment_path = CharField(max_length=500, default='')
        class Meta:
            database = db
            table_name = 'expense'
    db.create_tables([Expense])

    class Goal(Model):
        version = IntegerField(default=1)
        created_at = DateTimeField()
        updated_at = DateTimeField()
        updated_by = CharField(max_length=100, default='')
        application = ForeignKeyField(Application, on_delete='CASCADE')
        description = TextField()
        target = CharField(max_length=300, default='')
        achievement = TextField(default='')
        rating = CharField(max_length=20, default='')
        sort_order = IntegerField(default=0)
        class Meta:
            database = db
            table_name = 'goal'
    db.create_tables([Goal])

    class Guardian(Model):
        version = IntegerField(default=1)
        created_at = DateTimeField()
        updated_at = DateTimeField()
        updated_by = CharField(max_length=100, default='')
        child = ForeignKeyField(Resident, on_delete='CASCADE')
        guardian = ForeignKeyField(Resident, null=True, on_delete='CASCADE')
        name = CharField(max_length=200, default='')
        phone = CharField(max_length=40, default='')
        email = CharField(max_length=200, default='')
        relation = CharField(max_length=50, default='')
        class Meta:
            database = db
            table_name = 'guardian'
    db.create_tables([Guardian])

    class HeadCount(Model):
        version = IntegerField(default=1)
        created_at = DateTimeField()
        updated_at = DateTimeField()
        updated_by = CharField(max_length=100, default='')
        session = ForeignKeyField(Session, on_delete='CASCADE')
        age_from = IntegerField(null=True)
        age_to = IntegerField(null=True)
        gender = CharField(null=True, max_length=20)
        count = IntegerField(default=0)
        class Meta:
            database = db
            table_name = 'head_count'
    db.create_tables([HeadCount])

    class Language(Model):
        name = CharField(unique=True, max_length=100)
        class Meta:
            database = db
            table_name = 'language'
    db.create_tables([Language])

    class Partner(Model):
        version = IntegerField(default=1)
        created_at = DateTimeField()
        updated_at = DateTimeField()
        updated_by = CharField(max_length=100, default='')
        name = CharField(max_length=200)
        kind = CharField(max_length=40, default='other')
        phone = CharField(max_length=40, default='')
        email = CharField(max_length=200, default='')
        address = CharField(max_length=200, default='')
        website = CharField(max_length=200, default='')
        notes = TextField(default='')
        archived = BooleanField(default=False)
        search_text = CharField(index=True, max_length=500, default='')
        class Meta:
            database = db
            table_name = 'partner'
    db.create_tables([Partner])

    class PartnerActivity(Model):
        partner = ForeignKeyField(Partner, on_delete='CASCADE')
        activity = ForeignKeyField(Activity, on_delete='CASCADE')
        class Meta:
            database = db
            table_name = 'partner_activity'
            indexes = ((('partner', 'activity'), True),)
    db.create_tables([PartnerActivity])

    class PartnerContact(Model):
        version = IntegerField(default=1)
        created_at = DateTimeField()
        updated_at = DateTimeField()
        updated_by = CharField(max_length=100, default='')
        partner = ForeignKeyField(Partner, on_delete='CASCADE')
        name = CharField(max_length=200)
        role = CharField(max_length=100, default='')
        phone = CharField(max_length=40, default='')
        email = CharField(max_length=200, default='')
        notes = TextField(default='')
        class Meta:
            database = db
            table_name = 'partner_contact'
    db.create_tables([PartnerContact])

    class PartnerMeetingNote(Model):
        version = IntegerField(default=1)
        created_at = DateTimeField()
        updated_at = DateTimeField()
        updated_by = CharField(max_length=100, default='')
        partner = ForeignKeyField(Partner, on_delete='CASCADE')
        date = DateField()
        text = TextField(default='')
        class Meta:
            database = db
            table_name = 'partner_meeting_note'
    db.create_tables([PartnerMeetingNote])

    class PartnerSite(Model):
        partner = ForeignKeyField(Partner, on_delete='CASCADE')
        site = ForeignKeyField(Site, on_delete='CASCADE')
        class Meta:
            database = db
            table_name = 'partner_site'
            indexes = ((('partner', 'site'), True),)
    db.create_tables([PartnerSite])

    class SchoolHoliday(Model):
        version = IntegerField(default=1)
        created_at = DateTimeField()
        updated_at = DateTimeField()
        updated_by = CharField(max_length=100, default='')
        name = CharField(max_length=100)
        municipality = CharField(max_length=100, default='')
        first_date = DateField()
        last_date = DateField()
        class Meta:
            database = db
            table_name = 'school_holiday'
    db.create_tables([SchoolHoliday])

    class Setting(Model):
        key = CharField(primary_key=True, max_length=100)
        value = TextField(default='null')
        updated_at = DateTimeField()
        updated_by = CharField(max_length=100, default='')
        class Meta:
            database = db
            table_name = 'setting'
    db.create_tables([Setting])

    class Skill(Model):
        name = CharField(unique=True, max_length=100)
        class Meta:
            database = db
            table_name = 'skill'
    db.create_tables([Skill])

    class VolunteerLanguage(Model):
        volunteer = ForeignKeyField(Volunteer, on_delete='CASCADE')
        language = ForeignKeyField(Language, on_delete='CASCADE')
        class Meta:
            database = db
            table_name = 'volunteer_language'
            indexes = ((('volunteer', 'language'), True),)
    db.create_tables([VolunteerLanguage])

    class VolunteerPresence(Model):
        version = IntegerField(default=1)
        created_at = DateTimeField()
        updated_at = DateTimeField()
        updated_by = CharField(max_length=100, default='')
        session = ForeignKeyField(Session, on_delete='CASCADE')
        volunteer = ForeignKeyField(Volunteer, on_delete='CASCADE')
        hours = DecimalField(max_digits=7, decimal_places=2, default=0)
        certificate_warning = BooleanField(default=False)
        class Meta:
            database = db
            table_name = 'volunteer_presence'
            indexes = ((('session', 'volunteer'), True), (('volunteer', 'session'), False))
    db.create_tables([VolunteerPresence])

    class VolunteerSkill(Model):
        volunteer = ForeignKeyField(Volunteer, on_delete='CASCADE')
        skill = ForeignKeyField(Skill, on_delete='CASCADE')
        class Meta:
            database = db
            table_name = 'volunteer_skill'
            indexes = ((('volunteer', 'skill'), True),)
    db.create_tables([VolunteerSkill])


def down(migrator, db):
    migrator.migrate(migrator.drop_table('volunteer_skill'))
    migrator.migrate(migrator.drop_table('volunteer_presence'))
    migrator.migrate(migrator.drop_table('volunteer_language'))
    migrator.migrate(migrator.drop_table('skill'))
    migrator.migrate(migrator.drop_table('setting'))
    migrator.migrate(migrator.drop_table('school_holiday'))
    migrator.migrate(migrator.drop_table('partner_site'))
    migrator.migrate(migrator.drop_table('partner_meeting_note'))
    migrator.migrate(migrator.drop_table('partner_contact'))
    migrator.migrate(migrator.drop_table('partner_activity'))
    migrator.migrate(migrator.drop_table('partner'))
    migrator.migrate(migrator.drop_table('language'))
    migrator.migrate(migrator.drop_table('head_count'))
    migrator.migrate(migrator.drop_table('guardian'))
    migrator.migrate(migrator.drop_table('goal'))
    migrator.migrate(migrator.drop_table('expense'))
    migrator.migrate(migrator.drop_table('enrolment'))
    migrator.migrate(migrator.drop_table('consent'))
    migrator.migrate(migrator.drop_table('change_log'))
    migrator.migrate(migrator.drop_table('budget_line'))
    migrator.migrate(migrator.drop_table('attendance'))
    migrator.migrate(migrator.drop_table('session'))
    migrator.migrate(migrator.drop_table('schedule'))
    migrator.migrate(migrator.drop_table('application_status_change'))
    migrator.migrate(migrator.drop_table('application_attachment'))
    migrator.migrate(migrator.drop_table('age_band'))
    migrator.migrate(migrator.drop_table('activity_volunteer'))
    migrator.migrate(migrator.drop_table('volunteer'))
    migrator.migrate(migrator.drop_table('resident'))
    migrator.migrate(migrator.drop_table('household'))
    migrator.migrate(migrator.drop_table('activity_leader'))
    migrator.migrate(migrator.drop_table('app_user'))
    migrator.migrate(migrator.drop_table('activity_application'))
    migrator.migrate(migrator.drop_table('application'))
    migrator.migrate(migrator.drop_table('funder_scheme'))
    migrator.migrate(migrator.drop_table('funder'))
    migrator.migrate(migrator.drop_table('activity'))
    migrator.migrate(migrator.drop_table('site'))
