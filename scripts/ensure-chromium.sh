#!/usr/bin/env bash
# Debian's Chromium is the browser the extension is tested and demoed in (Google-branded Chrome ignores
# --load-extension, and nothing here may download a browser of its own). Install it when it is missing.
set -euo pipefail
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium_path" ]; then exit 0; fi
echo "Chromium is missing at $chromium_path; installing Debian's chromium package..." >&2
if [ "$(id -u)" -eq 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
elif command -v sudo >/dev/null 2>&1; then
  sudo apt-get update -qq
  sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
else
  echo "Install it yourself: apt-get install chromium (or set CHROMIUM_PATH)." >&2
  exit 1
fi
"$chromium_path" --version >&2
