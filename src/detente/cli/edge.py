"""Where detente's errors become messages and exit codes (every command is wrapped in `edge`).

Exit codes: 0 everything done (inputs set aside as not_article / not_english are listed but are not
failures); 1 done, but some inputs could not be read or coded (partial); 2 usage error (bad option,
unknown id); 3 could not run (database busy or unreadable, model missing).
"""
from __future__ import annotations

import functools
from collections.abc import Callable

import typer
from rich.console import Console

from detente.errors import ConfigError, DetenteError, NotFound, StoreError

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, EXIT_FATAL = 0, 1, 2, 3

err = Console(stderr=True, highlight=False)

def edge(fn: Callable) -> Callable:
    """Turn detente's errors into one-line messages and exit codes; no traceback reaches the user."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except (ConfigError, NotFound) as exc:
            err.print(f"[red]error:[/red] {exc}")
            raise typer.Exit(EXIT_USAGE)
        except (StoreError, DetenteError) as exc:
            err.print(f"[red]error:[/red] {exc}")
            raise typer.Exit(EXIT_FATAL)
        except KeyboardInterrupt:
            err.print("interrupted: every committed batch is kept; run the same command again to finish")
            raise typer.Exit(130)

    return wrapper
