"""The team and its working rules: user accounts and roles, the acting person, the permission
checks, team-wide settings, the sites (Områder) it works in, and the change log that every edit
writes through ``record_changes``.

This is the base of the domain: it imports only ``db/``, ``errors`` and the shared pieces at
the top of ``domain/`` (``formatting``, ``validation``, ``vocabulary`` …), never another area.
"""
