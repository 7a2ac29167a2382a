"""Storage: peewee models, opening the database, migrations, backups. No Qt here."""
