"""Funders and grant applications: forms, the figures tab and the deadline reminders."""
