"""The cost of encryption at rest: the same metrics on an encrypted copy of the benchmark
database, next to the plain values, against the goal of at most 1.3 × on every metric.

The encrypted copy is made as a team would make it: the benchmark database is copied, given
an administrator (``users.create_first_admin``) when it has no accounts, and encrypted in
place (``encryption.encrypt_in_place``) with that administrator's password. Every metric then
opens it with the key: in this process through ``connection.open_database(path, key=…)`` and
keyed sqlcipher3 connections for the floors; the cold start through the program's own log-in
dialog, which gui/startup_probe.py fills in from the file SAMVIRKE_STARTUP_PROBE_LOGIN names.

A database with accounts starts on the log-in dialog, plain or encrypted, so the plain values
of the two cold-start rows and of the memory are measured on the plain copy with the same
administrator, logged in the same way (logging in is Argon2id, 64 MiB): the ratio is then what
encryption costs, not what logging in costs. The other rows compare with the plain table of
the same run.
"""
import secrets
import shutil
import sqlite3
from pathlib import Path

from results import BenchError, Result, fmt

TARGET_RATIO = 1.3
USERNAME = "benchmark"
FULL_NAME = "Benchmark Administrator"
AGREEMENT_PREFIX = "holdte samlinger"


def raw_connect(path, key: bytes | None = None, **kwargs):
    """A DB-API connection of the floors' own: Python's sqlite3 on a plain file, exactly as
    before; a keyed sqlcipher3 one when ``key`` is given (one process must not open an
    encrypted file through both libraries)."""
    if key is None:
        return sqlite3.connect(path, **kwargs)
    from samvirke_desktop.db import cipher

    return cipher.connect(path, key, **kwargs)


def write_login(path: Path, username: str, password: str) -> Path:
    path.write_text(f"{username}\n{password}\n", encoding="utf-8")
    path.chmod(0o600)
    return path


def read_login(path: Path) -> tuple[str, str]:
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return lines[0], lines[1]


def with_administrator(source: Path, target: Path, login_file: Path) -> tuple[str, str]:
    """Copy ``source`` to ``target`` and give the copy an administrator when it has no
    accounts; the user name and password are written to ``login_file``."""
    from samvirke_desktop.db import connection
    from samvirke_desktop.domain.team import users

    shutil.copyfile(source, target)
    password = "Bm-" + secrets.token_urlsafe(18)
    connection.open_database(target, create=False)
    try:
        if users.has_users():
            raise BenchError(f"{source} har brukere allerede; benchmarken kjenner ingen av "
                               "passordene. Bruk en benchmarkdatabase uten brukere.")
        users.create_first_admin(USERNAME, password, FULL_NAME)
    finally:
        connection.close_database()
    write_login(login_file, USERNAME, password)
    return USERNAME, password


def encrypted_copy(plain_with_admin: Path, target: Path, login_file: Path) -> bytes:
    """``plain_with_admin`` copied to ``target`` and encrypted in place with the password in
    ``login_file``; returns the key. The key file lies beside ``target``."""
    from samvirke_desktop.db import encryption

    shutil.copyfile(plain_with_admin, target)
    username, password = read_login(login_file)
    done = encryption.encrypt_in_place(target, username=username, password=password,
                                       backup_folders=[])
    return done.key


def comparison_table(plain: list[Result], encrypted: list[Result],
                     plain_logged_in: list[Result]) -> tuple[str, bool]:
    """Per metric: plain, encrypted, encrypted / plain (each over its own floor from the same
    run), against ≤ 1.3. True when every timed metric meets it (the agreement check is
    compared on its verdict)."""
    logged_in = {r.metric: r for r in plain_logged_in}
    lines = ["| måling | vanlig | kryptert | kryptert / vanlig | mål | ok |",
             "|---|---:|---:|---:|---|---|"]
    all_ok = True
    for p, e in zip(plain, encrypted, strict=True):
        metric = p.metric
        if metric in logged_in:
            p = logged_in[metric]
            metric = f"{metric} (begge med innlogging)"
        if metric.startswith(AGREEMENT_PREFIX):
            # Not a timing: the held-sessions check must give the same verdict.
            ok = e.ok
            all_ok &= ok
            lines.append(f"| {e.metric} | {'ja' if p.ok else 'NEI'} | {'ja' if e.ok else 'NEI'}"
                         f" | – | 0 avvik, som vanlig | {'ja' if ok else 'NEI'} |")
            continue
        # Each against its own floor, measured beside it in the same run: on a shared machine
        # the plain and the encrypted run can meet different loads, and a machine that slowed
        # between them is not the cost of encryption. Without floors, the values themselves.
        if p.baseline and e.baseline and p.value:
            ratio = (e.value / e.baseline) / (p.value / p.baseline)
        else:
            ratio = e.value / p.value if p.value else float("inf")
        ok = ratio <= TARGET_RATIO
        all_ok &= ok
        lines.append(f"| {metric} | {fmt(p.value, p.unit)} | {fmt(e.value, e.unit)} | "
                     f"{ratio:.2f} | ≤ {TARGET_RATIO:.1f} × vanlig | {'ja' if ok else 'NEI'} |")
    return "\n".join(lines), all_ok
