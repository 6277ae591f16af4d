#!/usr/bin/env bash
# Install (if needed) and run the whole test suite, including the benchmark quality gate.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/python -m pytest "$@"
