"""Cold start: from starting the process to the main window on screen, as whole processes.

Samvirke is started the way a user starts it, on the benchmark database named in
SAMVIRKE_DATABASE (a database without user accounts opens straight to the work area, with
no login) and with SAMVIRKE_STARTUP_PROBE set, so gui/startup_probe.py writes the moment the
window has painted, then the moment its first page (Oversikt, which reads its data once the
window is painted) is on screen, and quits. The floor is bench/bare_start.py: PySide6, qtawesome and
peewee and a QMainWindow with the same sidebar icons. Both report ``time.monotonic()``, the
same clock as here, so start-up = reported moment − moment the process was started.

Both run on the offscreen platform, with settings, logs and data folders of their own in the
work folder (the user's settings are never touched) and with bytecode cached there, as in an
installed program. One unmeasured run of each comes first: it fills that cache and lets
Samvirke take the day's automatic backup, which an ordinary start does not. The measured
runs alternate Samvirke and the floor, so a busy machine slows both alike.

On a database with accounts (``login``: a file with user name and password) the window starts
on its log-in dialog; SAMVIRKE_STARTUP_PROBE_LOGIN names that file, and the probe types them
in, so "first page" is then the page after the ordinary log-in (on an encrypted file: the key
unwrapped and the file opened).
"""
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from results import BenchError, Result

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
TARGET_RATIO = 1.3
RUN_TIMEOUT = 120  # seconds; a start that shows nothing (a dialog waiting) fails the run
SAMVIRKE = ("import sys; from samvirke_desktop.cli import main; sys.exit(main([]))",)


class StartFailed(BenchError):
    pass


def isolated_environment(work: Path) -> dict:
    """For a child process: offscreen, no dialogs, settings, logs and data under ``work``,
    bytecode cached under ``work``, and this source tree's Samvirke."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    home = work / "home"
    env.update(
        QT_QPA_PLATFORM="offscreen",
        SAMVIRKE_NO_DIALOGS="1",
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_STATE_HOME=str(home / "state"),
        PYTHONPYCACHEPREFIX=str(work / "pycache"),
        PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")])),
    )
    return env


def time_start(command: list[str], env: dict, probe: Path) -> list[float]:
    """Seconds from starting ``command`` to each moment its probe reports: the window shown
    (and, for Samvirke, its first page on screen)."""
    probe.unlink(missing_ok=True)
    began = time.monotonic()
    done = subprocess.run(command, check=False, env=env, cwd=ROOT, capture_output=True,
                          text=True, timeout=RUN_TIMEOUT)
    if not probe.exists():
        tail = "\n".join((done.stderr or done.stdout).strip().splitlines()[-15:])
        raise StartFailed(f"{' '.join(command[:2])} viste ikke noe vindu (avslutningskode "
                          f"{done.returncode}):\n{tail}")
    return [float(line) - began for line in probe.read_text(encoding="utf-8").split()]


def bare_spec() -> str:
    from samvirke_desktop.gui.icons import ACCENT, MUTED
    from samvirke_desktop.gui.pages import PAGES

    return json.dumps({"icons": [page.icon for page in PAGES], "color": MUTED, "active": ACCENT})


def bench_cold_start(database: Path, work: Path, repeat: int,
                     login: Path | None = None) -> list[Result]:
    """The window shown (the target), and its first page on screen (for information: the
    page reads its data once the window is painted). ``login``: see the module text."""
    probe = work / "start-probe.txt"
    env = isolated_environment(work)
    env.update(SAMVIRKE_DATABASE=str(database), SAMVIRKE_STARTUP_PROBE=str(probe))
    if login is not None:
        env["SAMVIRKE_STARTUP_PROBE_LOGIN"] = str(login)
    ours = [sys.executable, "-c", *SAMVIRKE]
    bare = [sys.executable, str(BENCH / "bare_start.py"), bare_spec()]
    time_start(ours, env, probe)  # unmeasured: bytecode cache, the day's backup
    time_start(bare, env, probe)
    shown, page, floor = [], [], []
    for _ in range(max(repeat, 1)):
        window, first_page = time_start(ours, env, probe)
        shown.append(window)
        page.append(first_page)
        floor.append(time_start(bare, env, probe)[0])
    shown_s, page_s, floor_s = (statistics.median(v) for v in (shown, page, floor))
    return [
        Result("kaldstart til hovedvinduet vises", shown_s, floor_s,
               f"≤ {TARGET_RATIO:.1f} × bare PySide6 + qtawesome + peewee",
               shown_s <= TARGET_RATIO * floor_s),
        Result("kaldstart til Oversikt er fylt ut", page_s, floor_s, "(til orientering)", True,
               informative=True),
    ]
