"""Make the program icon's PNG sizes and the multi-size Windows .ico from resources/icons/samvirke.svg.

    .venv/bin/python installer/make_icons.py

The SVG is the one source; the files made here are committed, so building the program never
needs this script. Run it again after changing the SVG (a test checks that every size is there).
Qt renders the SVG (no display needed); Pillow, which ReportLab already brings, writes the .ico.
"""
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SOURCE = ICONS / "samvirke.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_path(size: int) -> Path:
    return ICONS / f"samvirke-{size}.png"


ICO_PATH = ICONS / "samvirke.ico"


def render(size: int):
    """The SVG drawn into a transparent ``size``×``size`` QImage."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:
        render.app = QGuiApplication(sys.argv[:1])  # Qt draws only with an application
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE} kan ikke leses som SVG.")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def render_pngs() -> list[Path]:
    written = []
    for size in PNG_SIZES:
        if not render(size).save(str(png_path(size)), "PNG"):
            raise SystemExit(f"Kunne ikke skrive {png_path(size)}.")
        written.append(png_path(size))
    return written


def write_ico() -> Path:
    from PIL import Image

    # Each size rendered from the SVG at that size, not scaled down from the largest.
    images = [Image.open(png_path(size)).convert("RGBA") for size in ICO_SIZES]
    largest = images[-1]
    largest.save(ICO_PATH, format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                 append_images=images[:-1])
    return ICO_PATH


def main() -> int:
    for path in render_pngs() + [write_ico()]:
        print(f"Skrev {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
