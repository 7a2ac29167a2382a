"""Funding: funders with their schemes, age bands and hour rates, applications from draft to
final report with budgets, status history and deadlines, and the grant statistics that the
screen, the PDF report and ``samvirke stats grant`` all share.

Imports ``team`` and the shared pieces only; the figures read the activity tables through
``db/`` so that no screen or report computes them a second way.
"""
