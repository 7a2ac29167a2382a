"""The change log holds no secrets: entries written before the log masked them on creation
(creating a user logged the new account's password hash) get the value replaced by "***",
as changing a password has always been logged. Nothing but those values changes."""
import json

from peewee import *

SECRET_FIELDS = ("password_hash", "recovery_code", "wrapped_key", "database_key")
MASK = "***"


def _masked(changes: dict) -> dict:
    def hide(value):
        return None if value is None else MASK

    for name in SECRET_FIELDS:
        if name in changes:
            value = changes[name]
            changes[name] = [hide(v) for v in value] if isinstance(value, list) else hide(value)
    return changes


def up(migrator, db):
    like = " OR ".join("changes LIKE %s" % db.param for _ in SECRET_FIELDS)
    rows = db.execute_sql(f"SELECT id, changes FROM change_log WHERE {like}",
                          [f'%"{name}"%' for name in SECRET_FIELDS]).fetchall()
    for row_id, text in rows:
        try:
            changes = json.loads(text or "{}")
        except ValueError:
            continue
        if not isinstance(changes, dict):
            continue
        cleaned = json.dumps(_masked(changes), ensure_ascii=False)
        if cleaned != text:
            db.execute_sql(f"UPDATE change_log SET changes = {db.param} WHERE id = {db.param}",
                           [cleaned, row_id])


def down(migrator, db):
    pass  # the hashes are gone for good, which is the point
