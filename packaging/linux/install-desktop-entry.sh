#!/bin/sh
# Adds DueWise to the desktop's application menu for this user: the .desktop file (pointing at the
# duewise program in this folder) and the icon, under ~/.local/share. Run it from the unpacked
# DueWise folder; run it again after moving the folder. Nothing is written outside your home folder.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
mkdir -p "$data/applications"
sed "s|^Exec=duewise|Exec=\"$here/duewise\"|" "$here/share/duewise.desktop" > "$data/applications/duewise.desktop"
for size in 48 128 256 512; do
  mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
  cp "$here/share/icons/duewise-$size.png" "$data/icons/hicolor/${size}x${size}/apps/duewise.png"
done
mkdir -p "$data/icons/hicolor/scalable/apps"
cp "$here/share/icons/duewise.svg" "$data/icons/hicolor/scalable/apps/duewise.svg"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$data/applications" || true
echo "DueWise is in your applications menu ($data/applications/duewise.desktop)."
