"""Every text colour of gui/style.py reads on its background: WCAG 2.1 AA, 4.5:1, light and dark."""
import re

import pytest

from samvirke_desktop.gui import style


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(foreground: str, background: str) -> float:
    lighter, darker = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_contrast_formula_matches_wcag_examples():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # just fails AA


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_text_colour_pair_reaches_aa(scheme):
    palette = style.LIGHT if scheme == "light" else style.DARK
    too_weak = [(fg, bg, round(contrast(palette[fg], palette[bg]), 2))
                for fg, bg in style.CONTRAST_PAIRS if contrast(palette[fg], palette[bg]) < 4.5]
    assert too_weak == []


def test_both_schemes_name_the_same_colours():
    assert set(style.LIGHT) == set(style.DARK)


@pytest.mark.parametrize("dark", [False, True])
def test_style_sheet_uses_only_named_colours(dark):
    """A colour written straight into the style sheet would escape the contrast check."""
    palette = style.DARK if dark else style.LIGHT
    sheet = style.style_sheet(palette, 9.0)
    used = set(re.findall(r"#[0-9a-fA-F]{6}\b", sheet))
    assert used <= set(palette.values())


def test_style_sheet_colour_pairs_are_checked():
    """Each rule that sets both a text colour and a background uses a checked pair."""
    checked = set(style.CONTRAST_PAIRS)
    coded = {name: f"#{index:06x}" for index, name in enumerate(style.LIGHT, start=1)}
    names = {value: name for name, value in coded.items()}
    sheet = style.style_sheet(coded, 9.0)
    for rule in re.findall(r"\{([^}]*)\}", sheet):
        fg = re.search(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{6})", rule)
        bg = re.search(r"background:\s*(#[0-9a-fA-F]{6})", rule)
        if fg and bg:
            assert (names[fg.group(1)], names[bg.group(1)]) in checked, rule


def test_font_sizes_follow_the_text_size():
    small, large = style.style_sheet(style.LIGHT, 9.0), style.style_sheet(style.LIGHT, 18.0)
    assert "px;" not in re.sub(r"(border|padding|margin|radius)[^;]*;", "", small)
    assert "font-size: 15.0pt" in small and "font-size: 30.1pt" in large
