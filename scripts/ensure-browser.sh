#!/bin/sh
# Installs what printing needs from Debian, only when something is missing: Chromium (driven by
# puppeteer-core, which downloads no browser of its own), Liberation Sans (the national printouts'
# font, embedded in every PDF) and poppler-utils (pdftotext/pdffonts/pdftoppm, used by the tests).
# Idempotent and silent when everything is present; safe to call before every test run.
set -eu

missing=""
have_chromium() { [ -x /usr/lib/chromium/chromium ] || [ -x /usr/bin/chromium ] || { [ -n "${INTYG_CHROMIUM:-}" ] && [ -x "$INTYG_CHROMIUM" ]; }; }
have_chromium || missing="$missing chromium"
[ -f /usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf ] || missing="$missing fonts-liberation"
command -v pdftotext >/dev/null 2>&1 && command -v pdffonts >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1 || missing="$missing poppler-utils"

[ -z "$missing" ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  as_root=""
elif command -v sudo >/dev/null 2>&1; then
  as_root="sudo"
else
  echo "ensure-browser: saknar$missing och kan inte installera utan root (apt-get install$missing)." >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-browser: saknar$missing; installera dem med systemets pakethanterare (Debian: apt-get install$missing)." >&2
  exit 1
fi

echo "ensure-browser: installerar$missing från Debian …" >&2
export DEBIAN_FRONTEND=noninteractive
# Quiet on success; on failure the captured log is printed so CI shows why.
log=$(mktemp /tmp/ensure-browser.XXXXXX)
trap 'rm -f "$log"' EXIT
# shellcheck disable=SC2086 # $missing is a list of package names
if ! { $as_root apt-get update -qq && $as_root apt-get install -y -qq --no-install-recommends $missing; } >"$log" 2>&1; then
  cat "$log" >&2
  echo "ensure-browser: installationen misslyckades." >&2
  exit 1
fi
