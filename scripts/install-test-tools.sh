#!/usr/bin/env bash
# What the unit tests need beyond npm: Debian's Chromium, in which test/domain/report/render-charts.test.ts
# draws the reports' Mermaid charts (playwright-core drives it and downloads no browser). Idempotent.
set -euo pipefail
command -v chromium >/dev/null 2>&1 && exit 0
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends chromium
