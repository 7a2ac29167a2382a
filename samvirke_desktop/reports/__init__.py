"""PDF reports (ReportLab Platypus). Only this package imports ReportLab.

Each report module has a ``write_*`` function that reads its data through ``domain``
and writes one PDF; the GUI imports these modules only when a report is asked for.
"""
