"""The people the team works with: residents and their households and guardians, volunteers
with their police certificate checks and hours, and the duplicate check before a new record.

Each kind has ``*_list`` (what its list page shows, with filters) and ``*_record`` (reading,
checking and saving one record). Imports ``team`` and the shared pieces only.
"""
