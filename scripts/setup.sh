#!/usr/bin/env bash
# Create or refresh .venv from the pinned, hash-checked lock file, then install detente itself.
# Idempotent: does nothing when .venv already matches requirements.lock.
set -euo pipefail
cd "$(dirname "$0")/.."
py=$(command -v python3.11 || command -v python3)
"$py" -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else 1)' \
  || { echo "detente needs Python 3.11 (found $("$py" --version))" >&2; exit 2; }
stamp=".venv/.detente-lock-$(sha256sum requirements.lock pyproject.toml | sha256sum | cut -c1-16)"
if [ ! -f "$stamp" ]; then
  [ -x .venv/bin/python ] || "$py" -m venv .venv
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements.lock
  .venv/bin/python -m pip check
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
  rm -f .venv/.detente-lock-*
  touch "$stamp"
fi
