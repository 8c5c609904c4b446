#!/usr/bin/env bash
# Makes sure a Chromium the browser tests can drive is installed: Debian's `chromium` package at
# /usr/bin/chromium (playwright-core launches it by path; no browser download). Installs it with
# apt-get when missing (root only). Idempotent: safe to run before every browser test run.
set -euo pipefail

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"

log() { printf '\033[36m[browser]\033[0m %s\n' "$*"; }

# Waits for another apt/dpkg run (other scripts install packages too) instead of failing on its lock.
apt_get() { DEBIAN_FRONTEND=noninteractive NEEDRESTART_SUSPEND=1 apt-get -o DPkg::Lock::Timeout=600 "$@"; }

if [[ ! -x "$CHROMIUM" ]]; then
  if [[ $(id -u) -ne 0 ]]; then
    echo "Chromium is missing at $CHROMIUM and installing it needs root: apt-get install chromium" >&2
    exit 1
  fi
  log "installing chromium with apt-get"
  apt_get update -qq >/dev/null
  # Fonts with CJK glyphs, so screenshots of the zh-CN pages show text, not boxes.
  apt_get install -y -qq --no-install-recommends chromium fonts-noto-cjk >/dev/null
fi

# A CJK font for readable screenshots; added on machines where chromium came without it.
if command -v fc-list >/dev/null && ! fc-list :lang=zh | grep -q . && [[ $(id -u) -eq 0 ]]; then
  log "installing a CJK font"
  apt_get update -qq >/dev/null
  apt_get install -y -qq --no-install-recommends fonts-noto-cjk >/dev/null
fi

log "$("$CHROMIUM" --version 2>/dev/null || echo "chromium at $CHROMIUM") ok"
