"""Widgets of the main window: one screen per module, plus shared delegates."""
