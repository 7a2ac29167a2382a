"""The demo database: a year and a half of work by a bo- og nærmiljøteam in Bydel Sagene.

``samvirke_desktop.domain.demo.database.write_demo_database`` is the entry point; the
modules here each build one part of the story in memory (``rows.DemoRows``), which is
then written with a few bulk inserts.
"""
