#!/usr/bin/env bash
# The whole test suite on a fresh machine: system libraries Qt and the PDF checks need,
# the project with its test extras, then pytest. README.md and .ci/run both use this.
set -euo pipefail
cd "$(dirname "$0")/.."

export DEBIAN_FRONTEND=noninteractive
if command -v apt-get >/dev/null 2>&1; then
  need=""
  for pkg in poppler-utils softhsm2 xvfb libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 \
             libxkbcommon-x11-0 libxcb-cursor0 libglib2.0-0 libxcb-icccm4 libxcb-keysyms1 \
             libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xinerama0 \
             libreoffice-writer-nogui libreoffice-calc-nogui; do
    dpkg -s "$pkg" >/dev/null 2>&1 || need="$need $pkg"
  done
  if [ -n "$need" ]; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq $need >/dev/null
  fi
fi

python3 -m pip install --quiet --disable-pip-version-check -e '.[test]'
exec python3 -m pytest "$@"
