#!/usr/bin/env bash
# Install Samvirke for this user only (no root): the program folder, a command, the menu entry
# and its icon. Run it from the unpacked Samvirke folder:
#
#   ./install.sh              install (or update) into ~/.local
#   ./install.sh --uninstall  remove the program again
#
# The databases, settings, backups and logs are never touched: they live in the user's own
# folders (~/.local/share/Samvirke, ~/.config/Samvirke, ~/.local/state/Samvirke) and stay
# there after an uninstall.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
program="$HOME/.local/lib/samvirke"
bin="$HOME/.local/bin"
applications="$data/applications"
icons="$data/icons/hicolor"
sizes=(16 24 32 48 64 128 256)

refresh_menus() {
  command -v update-desktop-database >/dev/null && update-desktop-database -q "$applications" || true
  command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$icons" 2>/dev/null || true
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$program"
  rm -f "$bin/samvirke" "$applications/samvirke.desktop" "$icons/scalable/apps/samvirke.svg"
  for size in "${sizes[@]}"; do rm -f "$icons/${size}x${size}/apps/samvirke.png"; done
  refresh_menus
  echo "Samvirke er fjernet. Databasene og innstillingene dine er ikke rørt ($data/Samvirke)."
  exit 0
fi

if [ ! -x "$here/samvirke" ]; then
  echo "Finner ikke programmet «samvirke» ved siden av dette skriptet. Kjør install.sh fra den" \
       "utpakkede Samvirke-mappen." >&2
  exit 1
fi
if [ "$here" != "$program" ]; then
  # A fresh copy each time, so files of an older version do not linger.
  rm -rf "$program.ny"
  mkdir -p "$(dirname "$program")"
  cp -a "$here" "$program.ny"
  rm -rf "$program"
  mv "$program.ny" "$program"
fi

mkdir -p "$bin" "$applications" "$icons/scalable/apps"
ln -sf "$program/samvirke" "$bin/samvirke"
resources="$program/_internal/resources/icons"
for size in "${sizes[@]}"; do
  mkdir -p "$icons/${size}x${size}/apps"
  cp "$resources/samvirke-$size.png" "$icons/${size}x${size}/apps/samvirke.png"
done
cp "$resources/samvirke.svg" "$icons/scalable/apps/samvirke.svg"
# The menu entry starts the program by its full path: ~/.local/bin is not always on PATH.
sed "s|^Exec=samvirke|Exec=\"$program/samvirke\"|" "$program/samvirke.desktop" \
  > "$applications/samvirke.desktop"
refresh_menus
echo "Samvirke er installert i $program. Start det fra programmenyen, eller med «samvirke»."
case ":$PATH:" in *":$bin:"*) ;; *) echo "(Legg $bin til i PATH for å bruke kommandoen samvirke.)" ;; esac
