"""A session where truly nobody came is marked so at check-in, and then counts as held with
zero; without the mark, a past session with nothing registered is "not registered"."""
from peewee import *


def up(migrator, db):
    migrator.migrate(migrator.add_column('session', 'nobody_came', BooleanField(default=False)))


def down(migrator, db):
    migrator.migrate(migrator.drop_column('session', 'nobody_came'))
