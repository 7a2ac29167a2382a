"""The benchmark runner still runs as the program grows: a small database, one repetition.

No timings are judged here (the machine running the tests is shared and busy); the runner
must print its whole table, write the results file, and say with its exit code whether
every target was met (0), some were missed (1), or it could not measure at all (2).
"""
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
METRICS = [
    "kaldstart til hovedvinduet vises",
    "kaldstart til Oversikt er fylt ut",
    "søk mens du skriver",
    "innsjekking: trykk til lagret rad",
    "åpne innsjekking, 60 påmeldte",
    "tilskuddsstatistikk, én søknad og ett år",
    "tilskuddsrapport PDF",
    "oppmøterapport PDF",
    "minne: største RSS",
    "holdte samlinger:",
]


def _run(*args, timeout=120):
    return subprocess.run([sys.executable, *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=timeout, check=False)


@pytest.fixture(scope="module")
def small_database(tmp_path_factory):
    path = tmp_path_factory.mktemp("bench") / "small.db"
    done = _run("bench/generate.py", "--size", "small", "--out", str(path))
    assert done.returncode == 0, done.stderr
    return path


def test_the_runner_prints_every_metric_on_the_small_database(small_database, tmp_path):
    results = tmp_path / "RESULTS.md"
    done = _run("bench/run.py", "--size", "small", "--database", str(small_database),
                "--repeat", "1", "--results", str(results))
    told = f"{done.stdout}\n{done.stderr}"
    assert done.returncode in (0, 1), told
    lines = [line for line in done.stdout.splitlines() if line.startswith("| ")]
    assert lines and lines[0] == "| måling | Samvirke | grunnlinje | forhold | mål | ok |", told
    rows = lines[1:]
    assert len(rows) == len(METRICS), told
    for row, metric in zip(rows, METRICS):
        cells = [cell.strip() for cell in row.strip("|").split("|")]
        assert cells[0].startswith(metric), row
        assert cells[1] not in ("", "–") and cells[5] in ("ja", "NEI", "–"), row
    # The exit code follows the last column (rows only for information have no verdict).
    assert done.returncode == (0 if all(not r.rstrip(" |").endswith("NEI") for r in rows)
                               else 1)
    written = results.read_text(encoding="utf-8")
    assert "kjerner" in written and "small.db" in written
    assert all(row in written for row in rows)


def test_a_missing_database_stops_the_runner_with_exit_code_2(tmp_path):
    done = _run("bench/run.py", "--database", str(tmp_path / "finnes-ikke.db"), "--repeat", "1")
    assert done.returncode == 2
    assert "Finner ikke databasen" in done.stderr
    assert not (tmp_path / "finnes-ikke.db").exists()
