#!/usr/bin/env bash
# Run every test: unit, golden files, CLI, site in headless Chromium, PDF.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh || exit 1
.venv/bin/python -m pytest -q "$@"
status=$?
if [ "$status" = 5 ]; then echo "no tests were collected: that is a failure here" >&2; exit 1; fi
exit "$status"
