"""Spreadsheets in and out: reading .xlsx and .csv (``reading``), cell values as teams type them
(``cell_values``), the column mapping (``mapping``), importing people and attendance, and
writing the registers and any table to .xlsx or .csv.

Sits above the areas it fills: imports ``people``, ``activities``, ``team`` and the shared pieces.
"""
