"""Every ui/*.ui has a generated samvirke_desktop/gui/forms/ui_<name>.py that matches it.

pyside6-uic writes its version in a comment header, so comment lines are not compared; nor
are modification times, which a fresh clone sets arbitrarily.
"""
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "samvirke_desktop" / "gui" / "forms"
FORMS = sorted(UI_DIR.glob("*.ui"))


def _uic() -> str:
    beside_python = Path(sys.executable).with_name("pyside6-uic")
    found = str(beside_python) if beside_python.exists() else shutil.which("pyside6-uic")
    if not found:
        pytest.fail("pyside6-uic not found; install PySide6 into the environment")
    return found


def _code_lines(text: str) -> list[str]:
    return [line.rstrip() for line in text.splitlines()
            if line.strip() and not line.lstrip().startswith("#")]


def test_there_are_forms():
    assert {f.stem for f in FORMS} >= {"crash_dialog", "about_dialog", "welcome_panel",
                                       "list_page"}


@pytest.mark.parametrize("form", FORMS, ids=[f.stem for f in FORMS])
def test_generated_form_matches_ui_file(form, tmp_path):
    committed = FORMS_DIR / f"ui_{form.stem}.py"
    assert committed.exists(), f"{committed.name} is missing: run scripts/build-forms"
    # Same file name as in ui/, since uic writes it into the header.
    copy = tmp_path / form.name
    shutil.copyfile(form, copy)
    fresh = tmp_path / committed.name
    subprocess.run([_uic(), str(copy), "-o", str(fresh)], check=True, cwd=tmp_path)
    assert _code_lines(committed.read_text(encoding="utf-8")) == \
        _code_lines(fresh.read_text(encoding="utf-8")), \
        f"{committed.name} is out of date with {form.name}: run scripts/build-forms"


def test_no_generated_form_without_ui_file():
    orphans = [p.name for p in FORMS_DIR.glob("ui_*.py")
               if not (UI_DIR / f"{p.stem[len('ui_'):]}.ui").exists()]
    assert orphans == []
