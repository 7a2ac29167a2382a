"""What a funder checks beyond the figures: the grant letter's conditions, contributions in kind,
the scheme's auditor and variance rules, evidence per goal, an explanation per budget line,
success factors and the signature of the report.

Only tables of schema 1 are referred to, so this runs the same whatever else is added around it.
"""
from peewee import *

NEW_TABLES = ("grant_condition", "in_kind_contribution")

# The change-counting trigger every table has on a PostgreSQL server (migration 0002).
TRIGGER = ('CREATE CONSTRAINT TRIGGER samvirke_count_change AFTER INSERT OR UPDATE OR DELETE '
           'ON "{table}" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW '
           'EXECUTE FUNCTION samvirke_count_change()')

COLUMNS = (
    ("funder_scheme", "auditor_threshold",
     lambda: DecimalField(max_digits=14, decimal_places=2, auto_round=True, null=True)),
    ("funder_scheme", "auditor_always", lambda: BooleanField(default=False)),
    ("funder_scheme", "variance_threshold_percent",
     lambda: DecimalField(max_digits=5, decimal_places=1, auto_round=True, null=True)),
    ("application", "grant_letter_date", lambda: DateField(null=True)),
    ("application", "grant_letter_reference", lambda: CharField(max_length=100, default='')),
    ("application", "success_factors", lambda: TextField(default='')),
    ("application", "signer_name", lambda: CharField(max_length=200, default='')),
    ("application", "signer_role", lambda: CharField(max_length=200, default='')),
    ("application", "signed_place", lambda: CharField(max_length=100, default='')),
    ("application", "signed_on", lambda: DateField(null=True)),
    ("goal", "evidence", lambda: TextField(default='')),
    ("budget_line", "variance_explanation", lambda: TextField(default='')),
)


def up(migrator, db):
    migrator.migrate(*(migrator.add_column(table, name, make())
                       for table, name, make in COLUMNS))

    class Application(Model):
        class Meta:
            database = db
            table_name = 'application'

    class GrantCondition(Model):
        version = IntegerField(default=1)
        created_at = DateTimeField()
        updated_at = DateTimeField()
        updated_by = CharField(max_length=100, default='')
        application = ForeignKeyField(Application, on_delete='CASCADE')
        text = TextField()
        status = CharField(max_length=20, default='')
        comment = TextField(default='')
        sort_order = IntegerField(default=0)
        class Meta:
            database = db
            table_name = 'grant_condition'

    class InKindContribution(Model):
        version = IntegerField(default=1)
        created_at = DateTimeField()
        updated_at = DateTimeField()
        updated_by = CharField(max_length=100, default='')
        application = ForeignKeyField(Application, on_delete='CASCADE')
        kind = CharField(max_length=20, default='other')
        description = CharField(max_length=300, default='')
        hours = DecimalField(max_digits=7, decimal_places=2, auto_round=True, null=True)
        rate = DecimalField(max_digits=14, decimal_places=2, auto_round=True, null=True)
        amount = DecimalField(max_digits=14, decimal_places=2, auto_round=True, null=True)
        sort_order = IntegerField(default=0)
        class Meta:
            database = db
            table_name = 'in_kind_contribution'

    db.create_tables([GrantCondition, InKindContribution])
    if isinstance(db, PostgresqlDatabase):
        for table in NEW_TABLES:
            db.execute_sql(TRIGGER.format(table=table))


def down(migrator, db):
    for table in reversed(NEW_TABLES):
        migrator.migrate(migrator.drop_table(table))
    migrator.migrate(*(migrator.drop_column(table, name) for table, name, _make in COLUMNS))
