"""The `detente` command: one module per subcommand, each calling one library function.
Exit codes and error messages: detente.cli.edge.
"""
from __future__ import annotations

import sys

import typer

from detente.cli import cmd_events, cmd_explain, cmd_export, cmd_ingest, cmd_plot, cmd_show, cmd_web

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="detente: news articles in, evidence-linked PLOVER event data out.")

for _module in (cmd_ingest, cmd_events, cmd_show, cmd_explain, cmd_export, cmd_web, cmd_plot):
    _module.register(app)


def main() -> None:  # pragma: no cover - console entry point
    sys.exit(app())
