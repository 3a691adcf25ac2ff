#!/usr/bin/env bash
# Build the one-folder bundle (build.spec → dist/kehoach/) and check that it runs on a machine
# with nothing installed (packaging/check_bundle.py says how). .ci/run calls this after the tests.
set -euo pipefail
cd "$(dirname "$0")/.."

export DEBIAN_FRONTEND=noninteractive
if command -v apt-get >/dev/null 2>&1; then
  need=""
  # pdffonts and pdfsig (the PDFs), strace (which files the bundle opens), readelf (what it
  # links), openssl (a throw-away signing certificate)
  for pkg in poppler-utils strace binutils openssl; do
    dpkg -s "$pkg" >/dev/null 2>&1 || need="$need $pkg"
  done
  if [ -n "$need" ]; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq $need >/dev/null
  fi
fi

# The project with PyInstaller (the `bundle` extra of pyproject.toml).
python3 -m pip install --quiet --disable-pip-version-check -e '.[bundle]'

start=$(date +%s)
python3 -m PyInstaller --noconfirm --log-level ERROR build.spec
built=$(( $(date +%s) - start ))
echo "built dist/kehoach/ in ${built} s"

python3 packaging/check_bundle.py dist/kehoach --build-seconds "$built" "$@"
