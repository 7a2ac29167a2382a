"""The README's screenshots: the main pages on a fresh demo database, 1280×800.

``scripts/screenshots OUT_DIR`` runs this with Qt's offscreen platform, so it needs no
display; the window, style and fonts are the program's own.
"""
import sys
import tempfile
from pathlib import Path

PAGES = ("overview", "residents", "activities", "volunteers", "applications", "reports")


def main(argv: list[str]) -> int:
    out = Path(argv[0] if argv else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from samvirke_desktop.db.connection import open_database
    from samvirke_desktop.domain.demo_data import write_demo_database
    from samvirke_desktop.gui.app import create_application
    from samvirke_desktop.gui.main_window import MainWindow

    with tempfile.TemporaryDirectory() as folder:
        # Settings of the user's own program are left alone.
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
        path = Path(folder) / "demo.db"
        write_demo_database(path)
        app = create_application([sys.argv[0]])
        window = MainWindow(open_database(path))
        window.resize(1280, 800)
        window.show()
        for key in PAGES:
            window.show_page(key)
            for _ in range(3):
                app.processEvents()
            target = out / f"{key}.png"
            window.grab().save(str(target))
            print(target)
        window.close()
        QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
