#!/usr/bin/env bash
# Install (if needed), ingest the shipped demo corpus into demo.duckdb, and print the coded events.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh || exit $?
rm -f demo.duckdb
.venv/bin/detente ingest demo/texts demo/wire.jsonl --db demo.duckdb
status=$?
# Exit code 1 only says some inputs were rejected: the demo corpus holds two bad JSONL lines on purpose.
[ "$status" -le 1 ] || exit "$status"
[ "$status" -eq 0 ] || echo "(the demo corpus holds two broken JSONL lines on purpose: they are the inputs set aside above)"
.venv/bin/detente events --db demo.duckdb --limit 0
