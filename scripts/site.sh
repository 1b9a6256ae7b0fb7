#!/usr/bin/env bash
# Build the fact-sheet site and PDF from seeds/ (installing what is needed first).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
exec .venv/bin/factsheet build --corpus seeds --pdf "$@"
