#!/bin/sh
# Installs the Debian packages Qt needs (headless by default, `--gui` adds the X11 ones) plus CJK fonts.
# As root it installs what is missing; otherwise it prints the apt-get line and fails. Elsewhere: no-op.
set -eu
PKGS="libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfontconfig1 libfreetype6 libdbus-1-3 libx11-6 fonts-noto-cjk fonts-wqy-microhei"
if [ "${1:-}" = "--gui" ]; then
  PKGS="$PKGS libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 libxkbcommon-x11-0"
fi
command -v dpkg-query >/dev/null 2>&1 || exit 0
missing=""
for p in $PKGS; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = "0" ]; then
  echo "Installing Debian packages Qt needs:$missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # shellcheck disable=SC2086
  apt-get install -y -qq --no-install-recommends $missing >/dev/null
else
  echo "DueWise needs these Debian packages:$missing" >&2
  echo "Install them with:  sudo apt-get install -y --no-install-recommends$missing" >&2
  exit 1
fi
