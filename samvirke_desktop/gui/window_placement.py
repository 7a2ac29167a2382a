"""Putting a window of its own on the screen: sized to fit, and brought forward when already open."""
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def bring_forward(window: QWidget) -> None:
    window.show()
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    if QGuiApplication.platformName() != "offscreen":  # no stacking of windows there
        window.raise_()
        window.activateWindow()


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    screen = window.screen().availableGeometry() if window.screen() else None
    if screen is not None:
        width, height = min(width, screen.width()), min(height, screen.height())
    window.resize(max(width, window.minimumWidth()), max(height, window.minimumHeight()))
