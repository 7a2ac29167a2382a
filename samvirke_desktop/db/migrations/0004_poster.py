"""The residents' activity poster: whether an activity is on it, and its name, place and
description in the languages the team prints the poster in.

Internal meetings (kind "meeting": the nærnettverk, the ressursgruppe) were printed on the
poster until now; they are taken off it, as a new meeting is by default. The team can put one
back with the tick box in the activity form.
"""
from peewee import *

# The same counting trigger migration 0002 gives every table on a PostgreSQL server.
TRIGGER = ('CREATE CONSTRAINT TRIGGER samvirke_count_change AFTER INSERT OR UPDATE OR DELETE '
           'ON "activity_translation" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW '
           'EXECUTE FUNCTION samvirke_count_change()')


def up(migrator, db):
    migrator.migrate(migrator.add_column('activity', 'on_poster', BooleanField(default=True)))
    db.execute_sql("UPDATE activity SET on_poster = %s WHERE kind = 'meeting'"
                   % ("false" if isinstance(db, PostgresqlDatabase) else "0"))

    class Activity(Model):
        class Meta:
            database = db
            table_name = 'activity'

    class ActivityTranslation(Model):
        version = IntegerField(default=1)
        created_at = DateTimeField()
        updated_at = DateTimeField()
        updated_by = CharField(max_length=100, default='')
        activity = ForeignKeyField(Activity, on_delete='CASCADE')
        language = CharField(max_length=10)
        name = CharField(max_length=200, default='')
        place = CharField(max_length=200, default='')
        description = TextField(default='')
        class Meta:
            database = db
            table_name = 'activity_translation'
            indexes = ((('activity', 'language'), True),)
    db.create_tables([ActivityTranslation])

    if isinstance(db, PostgresqlDatabase):
        db.execute_sql(TRIGGER)


def down(migrator, db):
    migrator.migrate(migrator.drop_table('activity_translation'),
                     migrator.drop_column('activity', 'on_poster'))
