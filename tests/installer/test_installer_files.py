"""The installer files agree with each other and with the program: names, paths, rules."""
import ast
import os
import re
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"
SPEC = INSTALLER / "samvirke.spec"
ISS = INSTALLER / "windows" / "samvirke.iss"
DESKTOP = INSTALLER / "linux" / "samvirke.desktop"


def spec_functions(root: Path) -> dict:
    """The spec's helper functions, run as if the spec sat in ``root``/installer."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    wanted = [node for node in tree.body
              if isinstance(node, ast.FunctionDef)
              or (isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") in
                  ("SKIP_SUFFIXES", "MIGRATIONS"))]
    namespace = {"ROOT": root, "Path": Path, "ast": ast}
    exec(compile(ast.Module(wanted, []), str(SPEC), "exec"), namespace)  # noqa: S102 - our own spec
    return namespace


def spec_paths() -> list[Path]:
    """Every ``ROOT / "a" / "b"`` the spec names."""
    found = []

    def parts(node):
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div):
            left = parts(node.left)
            if left is not None and isinstance(node.right, ast.Constant):
                return [*left, node.right.value]
            return None
        if isinstance(node, ast.Name) and node.id == "ROOT":
            return []
        return None

    for node in ast.walk(ast.parse(SPEC.read_text(encoding="utf-8"))):
        if isinstance(node, ast.BinOp):
            names = parts(node)
            if names:
                found.append(ROOT.joinpath(*names))
    return found


def test_every_path_the_spec_names_exists():
    paths = spec_paths()
    names = {p.relative_to(ROOT).as_posix() for p in paths}
    assert {"pyproject.toml", "resources", "installer/samvirke_entry.py",
            "resources/icons/samvirke.ico", "samvirke_desktop/db/migrations"} <= names
    assert [p for p in paths if not p.exists()] == []


def test_spec_ships_every_resource_including_translations_added_later(tmp_path):
    shutil.copytree(ROOT / "resources", tmp_path / "resources")
    translations = tmp_path / "resources" / "translations"
    translations.mkdir(exist_ok=True)
    (translations / "samvirke_xx.ts").write_text("<TS/>")
    (translations / "samvirke_xx.qm").write_bytes(b"\x3c\xb8")
    shipped = {Path(src).relative_to(tmp_path).as_posix(): dest
               for src, dest in spec_functions(tmp_path)["resource_files"]()}
    assert shipped["resources/translations/samvirke_xx.qm"] == "resources/translations"
    assert "resources/translations/samvirke_xx.ts" not in shipped  # the source is not needed
    for needed in ("fonts/NotoSans-Regular.ttf", "fonts/DejaVuSans.ttf", "icons/samvirke-256.png",
                   "icons/samvirke.svg", "guide/brukerveiledning.html"):
        assert f"resources/{needed}" in shipped


def test_spec_ships_the_migrations_and_what_they_import():
    functions = spec_functions(ROOT)
    shipped = functions["migration_files"]()
    migrations = sorted((ROOT / "samvirke_desktop" / "db" / "migrations").glob("*.py"))
    assert [Path(src) for src, _ in shipped] == migrations
    assert {dest for _, dest in shipped} == {"samvirke_desktop/db/migrations"}
    assert "peewee" in functions["migration_imports"]()


def test_spec_reads_the_version_from_pyproject_and_copies_the_metadata():
    text = SPEC.read_text(encoding="utf-8")
    assert 'copy_metadata("samvirke")' in text
    assert '["project"]["version"]' in text


def test_windows_names_agree():
    spec = SPEC.read_text(encoding="utf-8")
    app = re.search(r'^APP = "(\w+)"$', spec, re.MULTILINE).group(1)
    assert "executable(APP, console=False)" in spec
    assert 'executable("samvirke-cli", console=True)' in spec
    iss = ISS.read_text(encoding="utf-8-sig")
    assert re.search(r'^#define AppExe "(.+)"$', iss, re.MULTILINE).group(1) == f"{app}.exe"
    ps1 = (INSTALLER / "build-windows.ps1").read_text(encoding="utf-8-sig")
    assert "samvirke-cli.exe" in ps1 and "--self-test" in ps1
    assert "installer\\windows\\samvirke.iss" in ps1 and "installer\\samvirke.spec" in ps1


def test_inno_setup_installs_per_user_and_keeps_the_data():
    raw = ISS.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: every Inno Setup 6 reads æøå right
    iss = raw.decode("utf-8-sig")
    settings = dict(re.findall(r"^(\w+)=(.*)$", iss, re.MULTILINE))
    assert settings["PrivilegesRequired"] == "lowest"
    assert settings["DefaultDirName"].startswith("{autopf}")
    assert settings["AppVersion"] == "{#AppVersion}"  # given by the build script, from pyproject
    assert settings["UninstallDisplayIcon"] == "{app}\\{#AppExe}"
    assert re.search(r"^Name: \"\{autoprograms\}\\\{#AppName\}\"; Filename: \"\{app\}\\\{#AppExe\}\"",
                     iss, re.MULTILINE)
    sections = re.findall(r"^\[(\w+)\]", iss, re.MULTILINE)
    assert "UninstallDelete" not in sections
    assert "{localappdata}\\Samvirke" in iss  # told where the data stays
    assert re.search(r'^Source: "\{#SourceDir\}\\\*"', iss, re.MULTILINE)


def test_desktop_file_matches_the_program():
    entries = dict(re.findall(r"^([\w\[\]]+)=(.*)$", DESKTOP.read_text(encoding="utf-8"), re.MULTILINE))
    assert entries["Type"] == "Application"
    assert entries["Exec"] == "samvirke"
    assert entries["Terminal"] == "false"
    app_source = (ROOT / "samvirke_desktop" / "gui" / "app.py").read_text(encoding="utf-8")
    assert f'setDesktopFileName("{DESKTOP.stem}")' in app_source  # the window finds its entry
    assert entries["StartupWMClass"] == "samvirke"
    if shutil.which("desktop-file-validate"):  # Debian's desktop-file-utils, where installed
        done = subprocess.run(["desktop-file-validate", str(DESKTOP)], check=False,
                              capture_output=True, text=True)
        assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


@pytest.mark.parametrize("script", ["build-linux.sh", "linux/install.sh", "make_icons.py"])
def test_scripts_can_run(script):
    path = INSTALLER / script
    assert path.is_file()
    if path.suffix == ".sh":
        assert path.stat().st_mode & stat.S_IXUSR
        subprocess.run(["bash", "-n", str(path)], check=True)


def fake_bundle(folder: Path) -> Path:
    """A Samvirke folder as build-linux.sh leaves it, with a stand-in program."""
    bundle = folder / "Samvirke"
    icons = bundle / "_internal" / "resources" / "icons"
    shutil.copytree(ROOT / "resources" / "icons", icons)
    program = bundle / "samvirke"
    program.write_text("#!/bin/sh\necho Samvirke\n")
    program.chmod(0o755)
    shutil.copy(DESKTOP, bundle)
    shutil.copy(INSTALLER / "linux" / "install.sh", bundle)
    return bundle


def test_linux_install_and_uninstall_for_one_user(tmp_path):
    bundle = fake_bundle(tmp_path / "pakket-ut")
    home = tmp_path / "home"
    data = home / ".local" / "share"
    own_database = data / "Samvirke" / "samvirke.db"
    own_database.parent.mkdir(parents=True)
    own_database.write_bytes(b"teamets data")
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(data)}

    subprocess.run(["bash", str(bundle / "install.sh")], env=env, check=True,
                   capture_output=True)
    program = home / ".local" / "lib" / "samvirke" / "samvirke"
    assert program.is_file()
    assert (home / ".local" / "bin" / "samvirke").resolve() == program
    entry = (data / "applications" / "samvirke.desktop").read_text(encoding="utf-8")
    assert f'Exec="{program}"' in entry and "Icon=samvirke" in entry
    for size in (16, 48, 256):
        assert (data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "samvirke.png").is_file()

    done = subprocess.run(["bash", str(program.parent / "install.sh"), "--uninstall"], env=env,
                          check=True, capture_output=True, text=True)
    assert "ikke rørt" in done.stdout
    assert not program.exists() and not (data / "applications" / "samvirke.desktop").exists()
    assert own_database.read_bytes() == b"teamets data"
