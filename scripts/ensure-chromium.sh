#!/usr/bin/env bash
# Finds (or, on Debian/Ubuntu as root, installs) a Chromium for the real-browser tests.
# Prints the absolute path of the browser as the LAST line of stdout; everything else goes to stderr.
# Order: $CHROMIUM_PATH, /usr/bin/chromium, other usual names on PATH, then apt-get install.
# Also makes sure a CJK font (fonts-noto-cjk) is there on Debian so Chinese text renders in
# screenshots; failing to install that font is only a warning.
set -euo pipefail

log() { printf '[ensure-chromium] %s\n' "$*" >&2; }

is_debian() { [ -r /etc/debian_version ] && command -v apt-get >/dev/null 2>&1; }
is_root() { [ "$(id -u)" = "0" ]; }

APT_UPDATED=0
apt_install() {
  # apt_install pkg... ; returns apt-get's status. Never reads stdin.
  if [ "$APT_UPDATED" = "0" ]; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq </dev/null >&2 || return 1
    APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" </dev/null >&2
}

ensure_cjk_font() {
  if command -v fc-list >/dev/null 2>&1 && fc-list :lang=zh 2>/dev/null | grep -q .; then
    return 0
  fi
  if is_debian && is_root; then
    log "no CJK font found; installing fonts-noto-cjk (for Chinese text in screenshots)"
    apt_install fonts-noto-cjk || log "WARNING: could not install fonts-noto-cjk; Chinese text in screenshots may show as boxes"
  else
    log "WARNING: no CJK font found; install fonts-noto-cjk (Debian/Ubuntu) for Chinese text in screenshots"
  fi
  return 0
}

found=""
if [ -n "${CHROMIUM_PATH:-}" ]; then
  if [ -x "$CHROMIUM_PATH" ]; then
    found="$CHROMIUM_PATH"
  else
    log "CHROMIUM_PATH is set to '$CHROMIUM_PATH' but that is not an executable file"
    exit 1
  fi
elif [ -x /usr/bin/chromium ]; then
  found=/usr/bin/chromium
else
  for name in chromium chromium-browser google-chrome-stable google-chrome; do
    if p="$(command -v "$name" 2>/dev/null)" && [ -n "$p" ]; then found="$p"; break; fi
  done
fi

if [ -z "$found" ]; then
  if is_debian && is_root; then
    log "no Chromium found; installing Debian's chromium (+ fonts-noto-cjk)"
    if ! apt_install chromium; then
      log "apt-get install chromium failed"
      exit 1
    fi
    apt_install fonts-noto-cjk || log "WARNING: could not install fonts-noto-cjk"
    if [ -x /usr/bin/chromium ]; then found=/usr/bin/chromium; fi
  fi
fi

if [ -z "$found" ]; then
  cat >&2 <<'MSG'
[ensure-chromium] No Chromium found for the end-to-end tests.
  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk
                  (on Ubuntu the package may be chromium-browser)
  Fedora:         sudo dnf install chromium google-noto-sans-cjk-fonts
  macOS:          install Google Chrome or Chromium, then
                  export CHROMIUM_PATH="/Applications/Chromium.app/Contents/MacOS/Chromium"
  Anywhere:       set CHROMIUM_PATH to the absolute path of a Chromium/Chrome executable.
  (Playwright's own browser download is not used by this project.)
MSG
  exit 1
fi

ensure_cjk_font
log "using $found ($("$found" --version 2>/dev/null | head -n1 || echo 'version unknown'))"
printf '%s\n' "$found"
