"""The README's screenshots: the main pages on a fresh demo database, 1280×800.

``scripts/screenshots OUT_DIR [--language en] [--scale 200] [--dark] [--size 1280x800]``
runs this with Qt's offscreen platform, so it needs no display; the window, style, fonts,
translations and text size are the program's own, chosen as a user would in Innstillinger.
"""
import argparse
import sys
import tempfile
from pathlib import Path

PAGES = ("overview", "residents", "activities", "volunteers", "applications", "reports",
         "settings")


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="scripts/screenshots",
                                     description="Skjermbilder av hovedsidene på demodata.")
    parser.add_argument("out", nargs="?", default="docs/screenshots", type=Path,
                        help="mappen bildene lagres i")
    parser.add_argument("--language", choices=("nb", "en"), default="nb", help="språk")
    parser.add_argument("--scale", type=int, default=100,
                        help="tekststørrelse i prosent (100–200)")
    parser.add_argument("--dark", action="store_true", help="mørke farger")
    parser.add_argument("--size", default="1280x800", help="vindusstørrelse, f.eks. 1280x800")
    parser.add_argument("--pages", default=",".join(PAGES),
                        help="sidene, skilt med komma: " + ",".join(PAGES))
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    args = parse_arguments(argv)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    width, height = (int(v) for v in args.size.lower().split("x"))
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from samvirke_desktop.db.connection import open_database
    from samvirke_desktop.domain.demo.database import write_demo_database

    with tempfile.TemporaryDirectory() as folder:
        # Settings of the user's own program are left alone.
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        from samvirke_desktop.gui import language

        path = Path(folder) / "demo.db"
        write_demo_database(path)
        app = QApplication.instance() or QApplication([sys.argv[0]])
        app.setOrganizationName("Samvirke")
        app.setApplicationName("Samvirke")
        language.set_chosen_language(args.language)
        language.set_text_scale(args.scale)
        language.set_colour_scheme("dark" if args.dark else "light")
        from samvirke_desktop.gui.app import create_application
        from samvirke_desktop.gui.main_window import MainWindow

        app = create_application([sys.argv[0]])
        window = MainWindow(open_database(path))
        window.resize(width, height)
        window.show()
        for key in [p.strip() for p in args.pages.split(",") if p.strip()]:
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
