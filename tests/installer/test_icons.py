"""The program's icon: one SVG, PNG sizes and a multi-size .ico made from it, used everywhere."""
import re
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QSize

from samvirke_desktop import paths

ROOT = Path(__file__).resolve().parents[2]
ICONS = paths.resource("icons")
SIZES = (16, 24, 32, 48, 64, 128, 256)


@pytest.mark.parametrize("size", SIZES)
def test_png_sizes_exist_and_are_square(size):
    with Image.open(ICONS / f"samvirke-{size}.png") as image:
        assert image.size == (size, size)
        assert image.mode == "RGBA"
        # Transparent corners (the rounded square), opaque middle: really drawn, not blank.
        rgba = image.convert("RGBA")
        assert rgba.getpixel((0, 0))[3] == 0
        assert rgba.getpixel((size // 2, size // 2))[3] == 255


def test_ico_holds_every_size():
    with Image.open(ICONS / "samvirke.ico") as ico:
        assert sorted(ico.ico.sizes()) == [(s, s) for s in SIZES]


@pytest.mark.parametrize("size", (16, 48, 256))
def test_pngs_match_the_svg(qapp, size):
    """After a change to samvirke.svg, installer/make_icons.py must be run again."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_icons", ROOT / "installer" / "make_icons.py")
    make_icons = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_icons)
    assert tuple(make_icons.PNG_SIZES) == SIZES
    fresh = make_icons.render(size)
    with Image.open(ICONS / f"samvirke-{size}.png") as stored:
        stored = stored.convert("RGBA")
        difference = 0
        for y in range(size):
            for x in range(size):
                colour = fresh.pixelColor(x, y)
                fresh_rgba = (colour.red(), colour.green(), colour.blue(), colour.alpha())
                difference += sum(abs(a - b) for a, b in zip(fresh_rgba, stored.getpixel((x, y))))
    # Antialiasing may differ by a step between Qt versions; a changed drawing differs a lot.
    assert difference / (size * size * 4) < 2


def test_window_icon_has_every_size(qapp):
    from samvirke_desktop.gui.icons import app_icon

    icon = app_icon()
    assert {s.width() for s in icon.availableSizes()} >= set(SIZES)
    assert not icon.pixmap(QSize(48, 48)).isNull()


def test_desktop_file_and_installers_use_the_icon():
    desktop = (ROOT / "installer" / "linux" / "samvirke.desktop").read_text(encoding="utf-8")
    assert re.search(r"^Icon=samvirke$", desktop, re.MULTILINE)
    install = (ROOT / "installer" / "linux" / "install.sh").read_text(encoding="utf-8")
    sizes = re.search(r"^sizes=\(([\d ]+)\)$", install, re.MULTILINE).group(1).split()
    assert tuple(int(s) for s in sizes) == SIZES
    iss = (ROOT / "installer" / "windows" / "samvirke.iss").read_text(encoding="utf-8-sig")
    icon = re.search(r"^SetupIconFile=(.+)$", iss, re.MULTILINE).group(1).strip()
    assert (ROOT / "installer" / "windows" / icon.replace("\\", "/")).resolve() == ICONS / "samvirke.ico"
