"""What the team does, as plain functions: no Qt and no SQL strings here.

One package per area, each saying in its own docstring what it holds and what it may import:

- ``team``: users, roles, the acting person, settings, sites, the change log (the base)
- ``people``: residents, households, guardians, volunteers, police certificates
- ``activities``: activities, schedules, sessions, attendance, check-in, sign-in sheets
- ``partners``: services and organisations the team works with
- ``grants``: funders, applications, budgets, deadlines, grant statistics
- ``privacy``: retention, erasure, access requests, backups
- ``spreadsheets``: reading, mapping, import and export of .xlsx and .csv
- ``demo``: the demo database

The small shared pieces sit here at the top and import no area: ``formatting``,
``validation``, ``vocabulary``, ``amounts``, ``free_text``, ``person_names`` and
``report_periods``. ``overview`` (what Oversikt shows) reads from several areas and is
imported by none.
"""
