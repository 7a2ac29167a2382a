"""Samarbeidspartnere: the services and organisations the team works with, their contact
people, sites and meeting notes (``partner_list`` and ``partner_record``).

Imports ``team`` and the shared pieces only.
"""
