"""The edit forms of the registers: residents and households, volunteers, partners, sites."""
