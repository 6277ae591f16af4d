"""The `detente` command: one module per subcommand, each calling one library function.
Exit codes and error messages: detente.cli.edge.
"""
from __future__ import annotations

import sys
from typing import Annotated

import rich.console
import typer
import typer.core
import typer.rich_utils

from detente.cli import (cmd_agreements, cmd_events, cmd_explain, cmd_export, cmd_incidents, cmd_ingest, cmd_plot,
                         cmd_show, cmd_sql, cmd_web, edge)

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="detente: news articles in, evidence-linked PLOVER event data out.")

# Usage errors in the same one-line form as every other error (typer calls this at error time).
typer.rich_utils.rich_format_error = edge.usage_error
# A reader that stops early (`detente events | head`) ends the command with code 0 whichever writer met it.
rich.console.Console.on_broken_pipe = edge.rich_broken_pipe
# A flag takes no value: typer's help would show `<bool>` beside it (and beside --help), as if it took one; and an
# argument's metavar and help say what it takes better than `<list[str]>`.
_option_type = typer.core.TyperOption.display_type_rich
typer.core.TyperOption.display_type_rich = lambda self, ctx: None if self.is_flag else _option_type(self, ctx)
typer.core.TyperArgument.display_type_rich = lambda self, ctx: None

for _module in (cmd_ingest, cmd_events, cmd_incidents, cmd_agreements, cmd_show, cmd_explain, cmd_export, cmd_sql,
                cmd_web, cmd_plot):
    _module.register(app)


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version

        try:
            typer.echo(f"detente {version('detente')}")
        except PackageNotFoundError:  # run from a source tree that was never installed
            typer.echo("detente (not installed: version unknown)")
        raise typer.Exit(0)


@app.callback()
def _options(show_version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                                         help="Print detente's version and exit.")] = False) -> None:
    """detente: news articles in, evidence-linked PLOVER event data out."""


def main() -> None:  # pragma: no cover - console entry point
    sys.exit(app())
