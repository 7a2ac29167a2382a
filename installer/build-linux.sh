#!/usr/bin/env bash
# Build Samvirke for Linux: the one-folder bundle (PyInstaller), its self-test, and a tarball
# with the .desktop file and an install script for the user's own account (no root needed).
#
#   installer/build-linux.sh [--dist DIR] [--work DIR] [--no-self-test] [--no-tarball] [--python PY]
#
# --python: build with that interpreter (it must have the project installed with its `build`
# extra) instead of preparing .venv; the slow test uses it to build with the test's own Python.
# Result: DIR/Samvirke/ (run DIR/Samvirke/samvirke) and DIR/samvirke-VERSION-linux-ARCH.tar.gz.
# The defaults are dist/ and build/pyinstaller/ in the project (both ignored by git).
set -euo pipefail
dist=dist
work=build/pyinstaller
self_test=1
tarball=1
python=
while [ $# -gt 0 ]; do
  case "$1" in
    --dist) dist=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --no-self-test) self_test=0; shift ;;
    --no-tarball) tarball=0; shift ;;
    --python) python=$2; shift 2 ;;
    *) echo "Ukjent valg: $1 (se øverst i $0)" >&2; exit 2 ;;
  esac
done
dist=$(realpath -m "$dist")
work=$(realpath -m "$work")
case "$python" in */*) python=$(realpath -ms "$python") ;; esac  # -s: a venv python is a symlink

if [ -z "$python" ]; then
  # The project's own environment with PyInstaller (the `build` extra) and the PostgreSQL
  # driver, so the bundle can open a team's server database too.
  source "$(dirname "$0")/../scripts/setup-env" build,postgres
  python=.venv/bin/python
else
  cd "$(dirname "$0")/.."
fi
version=$("$python" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')

started=$SECONDS
echo "Bygger Samvirke $version for Linux i $dist/Samvirke …"
"$python" -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$dist" --workpath "$work" installer/samvirke.spec
bundle="$dist/Samvirke"
# The menu entry and its installer travel inside the bundle.
cp installer/linux/samvirke.desktop installer/linux/install.sh "$bundle/"
chmod +x "$bundle/install.sh"
echo "Bygget på $((SECONDS - started)) s: $bundle"

if [ "$self_test" = 1 ]; then
  # Offscreen: the self-test needs no screen, so this works on a build server too.
  QT_QPA_PLATFORM=offscreen "$bundle/samvirke" --self-test
fi

if [ "$tarball" = 1 ]; then
  archive="$dist/samvirke-$version-linux-$(uname -m).tar.gz"
  tar -C "$dist" -czf "$archive" Samvirke
  echo "Pakket: $archive (pakk ut og kjør Samvirke/install.sh)"
fi
