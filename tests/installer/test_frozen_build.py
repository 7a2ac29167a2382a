"""The installed program works: build the Linux bundle with PyInstaller and run its self-test.

Slow (about a minute on two cores), so left out of the usual run; run it with
    scripts/test -m slow tests/installer
scripts/test runs it after the whole suite when the CI time budget still has room for it.
"""
import os
import re
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


def test_linux_bundle_builds_and_passes_its_self_test(tmp_path):
    pytest.importorskip("PyInstaller", reason="PyInstaller kommer med ekstrapakken build: "
                                              "pip install -e .[build]")
    if not sys.platform.startswith("linux"):
        pytest.skip("the Linux bundle is built on Linux")
    dist, work = tmp_path / "dist", tmp_path / "work"

    began = time.monotonic()
    build = subprocess.run(
        ["bash", str(ROOT / "installer" / "build-linux.sh"), "--python", sys.executable,
         "--dist", str(dist), "--work", str(work), "--no-self-test", "--no-tarball"],
        check=False, capture_output=True, text=True, timeout=1200)
    built = time.monotonic() - began
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    bundle = dist / "Samvirke"
    program = bundle / "samvirke"
    assert program.is_file() and os.access(program, os.X_OK)
    assert (bundle / "samvirke.desktop").is_file() and (bundle / "install.sh").is_file()

    # As on a user's PC: another folder, no screen, no platform chosen, own home folders, and
    # nothing of the source tree or the build's Python on the paths.
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "PYTHONPATH",
                        "VIRTUAL_ENV", "SAMVIRKE_DATABASE")}
    env.update(HOME=str(tmp_path / "home"), XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"), XDG_STATE_HOME=str(tmp_path / "state"),
               XDG_CACHE_HOME=str(tmp_path / "cache"), TMPDIR=str(tmp_path))
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()

    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    shown = subprocess.run([str(program), "--version"], cwd=elsewhere, env=env, check=False,
                           capture_output=True, text=True, timeout=120)
    assert shown.stdout.strip() == f"Samvirke {version}", shown.stderr

    began = time.monotonic()
    checked = subprocess.run([str(program), "--self-test"], cwd=elsewhere, env=env, check=False,
                             capture_output=True, text=True, timeout=600)
    tested = time.monotonic() - began
    assert checked.returncode == 0, checked.stderr
    line = checked.stdout.strip()
    assert "\n" not in line
    assert line.startswith(f"Selvtesten gikk bra: Samvirke {version}, skjema ")
    assert re.search(r"\d+ PDF-rapporter lest tilbake", line)
    assert "sider i programvinduet bygd uten skjerm" in line
    # Nothing written into the user's folders by the self-test.
    assert not (tmp_path / "config" / "Samvirke").exists()
    assert not (tmp_path / "data" / "Samvirke").exists()
    print(f"\nBygget på {built:.0f} s, selvtesten i den bygde pakken tok {tested:.1f} s: {line}")
