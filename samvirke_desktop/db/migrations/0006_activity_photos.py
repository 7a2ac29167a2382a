"""Photos from an activity, who is shown on each, and the photos chosen for a grant report.

The picture itself is kept in the database (scaled down, without the camera's metadata), so it
is in every backup, reaches every PC on the shared folder and a PostgreSQL server alike, and
goes with its row when the photo is removed. Only tables of schema 1 are referred to, so this
runs the same whatever else is added around it.
"""
from peewee import *

NEW_TABLES = ("activity_photo", "activity_photo_person", "application_photo")

# The change-counting trigger every table has on a PostgreSQL server (migration 0002).
TRIGGER = ('CREATE CONSTRAINT TRIGGER samvirke_count_change AFTER INSERT OR UPDATE OR DELETE '
           'ON "{table}" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW '
           'EXECUTE FUNCTION samvirke_count_change()')


def up(migrator, db):
    class Activity(Model):
        class Meta:
            database = db
            table_name = 'activity'

    class Resident(Model):
        class Meta:
            database = db
            table_name = 'resident'

    class Application(Model):
        class Meta:
            database = db
            table_name = 'application'

    class ActivityPhoto(Model):
        version = IntegerField(default=1)
        created_at = DateTimeField()
        updated_at = DateTimeField()
        updated_by = CharField(max_length=100, default='')
        activity = ForeignKeyField(Activity, on_delete='CASCADE')
        caption = CharField(max_length=300, default='')
        taken_on = DateField()
        image = BlobField()
        image_format = CharField(max_length=10, default='jpeg')
        width = IntegerField(default=0)
        height = IntegerField(default=0)
        nobody_recognisable = BooleanField(default=False)
        unnamed_people = IntegerField(default=0)
        class Meta:
            database = db
            table_name = 'activity_photo'
    db.create_tables([ActivityPhoto])

    class ActivityPhotoPerson(Model):
        photo = ForeignKeyField(ActivityPhoto, on_delete='CASCADE')
        resident = ForeignKeyField(Resident, on_delete='CASCADE')
        class Meta:
            database = db
            table_name = 'activity_photo_person'
            indexes = ((('photo', 'resident'), True),)
    db.create_tables([ActivityPhotoPerson])

    class ApplicationPhoto(Model):
        application = ForeignKeyField(Application, on_delete='CASCADE')
        photo = ForeignKeyField(ActivityPhoto, on_delete='CASCADE')
        position = IntegerField(default=0)
        class Meta:
            database = db
            table_name = 'application_photo'
            indexes = ((('application', 'photo'), True),)
    db.create_tables([ApplicationPhoto])

    if isinstance(db, PostgresqlDatabase):
        for table in NEW_TABLES:
            db.execute_sql(TRIGGER.format(table=table))


def down(migrator, db):
    for table in reversed(NEW_TABLES):
        migrator.migrate(migrator.drop_table(table))
