"""Exports of the published plan for partner agencies (XLSX, CSV, iCalendar, JSON, PAXLST)."""
