"""The Qt program window: main window, pages, dialogs and table models.

Calls domain/ for data and never writes SQL itself.
"""
