"""Starting work on a database: the first-run welcome, a new team database, creating the
administrator, logging in, and telling plainly when the last database is gone."""
