"""Personal data over time: how long each kind is kept (``retention``), erasure that keeps the
statistics (``erasure``), everything stored about one person (``access_request``), and the
backup copies that hold it all (``backups``).

Imports ``team`` and the shared pieces only.
"""
