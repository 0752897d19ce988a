#!/usr/bin/env bash
# What `npm run bench` compares against: GNU parallel (xargs is always there). Idempotent.
set -euo pipefail
command -v parallel >/dev/null 2>&1 && exit 0
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends parallel
