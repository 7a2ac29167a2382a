"""A change counter, so an open window on a PostgreSQL server notices a colleague's save.

SQLite needs no counter (``PRAGMA data_version`` tells the same), but the table exists there
too so both kinds of database have the same schema.

On PostgreSQL every table gets a deferred constraint trigger that adds one to the counter when
a transaction that changed anything commits: once per transaction (a transaction-local setting
remembers it counted), and only at commit, so the counter row is locked for a moment at the end
instead of for a whole transaction. A migration that adds a table must add the same trigger.
"""
from peewee import *

# Every table of schema 2 except the counter itself and the migration history.
TABLES = (
    "activity", "activity_application", "activity_leader", "activity_volunteer", "age_band",
    "app_user", "application", "application_attachment", "application_status_change",
    "attendance", "budget_line", "change_log", "consent", "enrolment", "expense", "funder",
    "funder_scheme", "goal", "guardian", "head_count", "household", "language", "partner",
    "partner_activity", "partner_contact", "partner_meeting_note", "partner_site", "resident",
    "schedule", "school_holiday", "session", "setting", "site", "skill", "volunteer",
    "volunteer_language", "volunteer_presence", "volunteer_skill",
)

COUNT_FUNCTION = """
CREATE OR REPLACE FUNCTION samvirke_count_change() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
    IF current_setting('samvirke.change_counted', true) IS DISTINCT FROM 'yes' THEN
        PERFORM set_config('samvirke.change_counted', 'yes', true);
        UPDATE change_counter SET value = value + 1, last_pid = pg_backend_pid() WHERE id = 1;
    END IF;
    RETURN NULL;
END
$body$
"""

TRIGGER = ('CREATE CONSTRAINT TRIGGER samvirke_count_change AFTER INSERT OR UPDATE OR DELETE '
           'ON "{table}" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW '
           'EXECUTE FUNCTION samvirke_count_change()')


def up(migrator, db):
    class ChangeCounter(Model):
        value = BigIntegerField(default=0)
        last_pid = IntegerField(null=True)
        class Meta:
            database = db
            table_name = 'change_counter'
    db.create_tables([ChangeCounter])
    ChangeCounter.insert(id=1, value=0).execute()

    if isinstance(db, PostgresqlDatabase):
        db.execute_sql(COUNT_FUNCTION)
        for table in TABLES:
            db.execute_sql(TRIGGER.format(table=table))


def down(migrator, db):
    if isinstance(db, PostgresqlDatabase):
        for table in TABLES:
            db.execute_sql(f'DROP TRIGGER IF EXISTS samvirke_count_change ON "{table}"')
        db.execute_sql("DROP FUNCTION IF EXISTS samvirke_count_change()")
    migrator.migrate(migrator.drop_table('change_counter'))
