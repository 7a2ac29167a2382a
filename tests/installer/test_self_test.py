"""`samvirke --self-test`: every step really runs, a broken installation is named, no screen needed."""
import os
import shutil
import subprocess
import sys

import pytest

from samvirke_desktop import __version__, paths
from samvirke_desktop.cli import self_test
from samvirke_desktop.db import schema
from samvirke_desktop.gui.pages import PAGES


def test_self_test_passes_and_says_so_in_one_line(qapp, tmp_path):
    result = self_test.run_self_test(tmp_path)

    assert result.version == __version__
    assert result.schema == schema.LATEST_VERSION
    assert result.upgraded_from == 1  # the oldest schema, copied first, then upgraded
    assert result.residents > 100 and result.sessions > 100
    titles = [r.title for r in result.reports]
    assert titles == ["oppmøterapport", "oppmøteliste", "timeattest", "aktivitetskalender",
                      "rapport til tilskuddsgiver", "innsynsrapport"]
    assert all(r.path.is_file() and r.pages >= 1 for r in result.reports)
    assert result.window_pages == len(PAGES)

    line = result.summary()
    assert "\n" not in line
    assert line.startswith(f"Selvtesten gikk bra: Samvirke {__version__}, skjema "
                           f"{schema.LATEST_VERSION}")
    assert "PDF-rapporter lest tilbake" in line
    # The copy taken before the upgrade is really there.
    assert list(schema.backup_folder_for(tmp_path / "eldre.db").glob("*.db"))


def test_a_missing_font_is_named(qapp, tmp_path, monkeypatch):
    broken = tmp_path / "resources"
    shutil.copytree(paths.resources_dir(), broken)
    (broken / "fonts" / "NotoSans-Bold.ttf").unlink()
    monkeypatch.setattr(paths, "resources_dir", lambda: broken)

    with pytest.raises(self_test.SelfTestFailure) as info:
        self_test.run_self_test(tmp_path / "test")
    assert info.value.step == "programfilene"
    assert "NotoSans-Bold.ttf" in info.value.reason


def test_unknown_version_is_a_failure(tmp_path, monkeypatch):
    """An installed program that lost its package metadata would stamp databases 0.0.0."""
    monkeypatch.setattr(self_test, "__version__", self_test.UNKNOWN_VERSION)
    with pytest.raises(self_test.SelfTestFailure) as info:
        self_test.run_self_test(tmp_path, window=False)
    assert "versjonsnummer" in info.value.reason


def test_missing_migrations_are_a_failure(tmp_path, monkeypatch):
    monkeypatch.setattr(schema, "MIGRATIONS_DIR", tmp_path / "ingen-migreringer")
    with pytest.raises(self_test.SelfTestFailure) as info:
        self_test.run_self_test(tmp_path, window=False)
    assert "migreringer" in info.value.reason


def test_a_grant_report_naming_a_participant_fails(tmp_path, monkeypatch):
    """The grant report must carry figures only; the self-test reads it for names."""
    from samvirke_desktop.db.models import Resident
    from samvirke_desktop.reports import grant_report
    from samvirke_desktop.reports.flowables import para

    honest = grant_report.grant_story

    def leaky(doc, data):
        names = ", ".join(f"{r.first_name} {r.last_name}" for r in Resident.select())
        return [*honest(doc, data), para(names)]

    monkeypatch.setattr(grant_report, "grant_story", leaky)
    with pytest.raises(self_test.SelfTestFailure) as info:
        self_test.run_self_test(tmp_path, window=False)
    assert info.value.step == "PDF-rapporter"
    assert "nevner deltakeren" in info.value.reason


def test_a_pdf_without_the_expected_words_fails(tmp_path, monkeypatch):
    import dataclasses

    from samvirke_desktop.reports import activity_calendar

    # The poster takes its title from the bokmål words (the other languages have their own).
    words = activity_calendar.POSTER_WORDS
    monkeypatch.setitem(words, "nb", dataclasses.replace(words["nb"], title="Plakat"))
    with pytest.raises(self_test.SelfTestFailure) as info:
        self_test.run_self_test(tmp_path, window=False)
    assert info.value.step == "PDF-rapporter"
    assert "Aktivitetskalender" in info.value.reason and "mangler teksten" in info.value.reason


def _without_screen(tmp_path) -> dict:
    """No display, no platform chosen, and the user's folders moved to ``tmp_path``."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "SAMVIRKE_DATABASE")}
    env.update(HOME=str(tmp_path / "home"), XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"), XDG_STATE_HOME=str(tmp_path / "state"),
               XDG_CACHE_HOME=str(tmp_path / "cache"), TMPDIR=str(tmp_path))
    return env


def test_command_passes_without_a_screen_and_leaves_the_user_alone(tmp_path):
    done = subprocess.run([sys.executable, "-m", "samvirke_desktop.cli", "--self-test"],
                          check=False, cwd=tmp_path, env=_without_screen(tmp_path), capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 1 and lines[0].startswith("Selvtesten gikk bra: Samvirke")
    # Settings, the default database and the temporary folder: nothing left behind.
    assert not (tmp_path / "config" / "Samvirke").exists()
    assert not (tmp_path / "data" / "Samvirke").exists()
    assert not list(tmp_path.glob("samvirke-selvtest-*"))


def test_command_fails_with_the_reason_and_exit_code_1(tmp_path):
    script = ("import sys, pathlib\n"
              "from samvirke_desktop import paths, cli\n"
              f"paths.resources_dir = lambda: pathlib.Path({str(tmp_path / 'tomt')!r})\n"
              "sys.exit(cli.main(['--self-test']))\n")
    done = subprocess.run([sys.executable, "-c", script], check=False, cwd=tmp_path,
                          env=_without_screen(tmp_path), capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 1
    assert done.stdout == ""
    first = done.stderr.splitlines()[0]
    assert first.startswith("Selvtesten feilet under «programfilene»: Disse filene mangler")
    assert "NotoSans-Regular.ttf" in first
    assert "Traceback" not in done.stderr  # a foreseen problem needs no traceback
