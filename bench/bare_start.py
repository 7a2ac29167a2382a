"""The floor of Samvirke's start-up: PySide6, qtawesome and peewee imported, and a QMainWindow
with the same sidebar icons shown; nothing else. Run as its own process by bench/start_up.py:

    python bench/bare_start.py '{"icons": [...], "color": "#…", "active": "#…"}'

It reports the first showing of its window exactly as samvirke_desktop/gui/startup_probe.py
does (time.monotonic() written to SAMVIRKE_STARTUP_PROBE once the window has painted) and
quits. It must not import anything of Samvirke.
"""
import json
import os
import sys
import time

import peewee  # noqa: F401 - part of the floor: Samvirke cannot start without it
import qtawesome
from PySide6.QtCore import QEvent, QObject, QSize, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)


class FirstExpose(QObject):
    def __init__(self, target: str):
        super().__init__()
        self.target = target
        self.done = False

    def eventFilter(self, watched, event):
        if not self.done and event.type() == QEvent.Type.Expose and watched.isExposed():
            self.done = True
            QTimer.singleShot(0, self.report)
        return False

    def report(self) -> None:
        moment = time.monotonic()
        with open(self.target, "w", encoding="utf-8") as out:
            out.write(f"{moment:.6f}\n")
        QApplication.quit()


def main() -> int:
    spec = json.loads(sys.argv[1])
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    central = QWidget(window)
    layout = QHBoxLayout(central)
    layout.setContentsMargins(0, 0, 0, 0)
    sidebar = QListWidget(central)
    sidebar.setIconSize(QSize(20, 20))
    sidebar.setFixedWidth(230)
    for name in spec["icons"]:
        icon = qtawesome.icon(name, color=spec["color"], color_active=spec["active"],
                              color_selected=spec["active"])
        item = QListWidgetItem(icon, name.split(".", 1)[-1])
        item.setSizeHint(QSize(0, 40))
        sidebar.addItem(item)
    layout.addWidget(sidebar)
    layout.addWidget(QStackedWidget(central), 1)
    window.setCentralWidget(central)
    window.setMinimumSize(760, 520)
    window.resize(1280, 800)
    probe = FirstExpose(os.environ["SAMVIRKE_STARTUP_PROBE"])
    window.winId()
    window.windowHandle().installEventFilter(probe)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
