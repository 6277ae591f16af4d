"""Where detente's errors become messages and exit codes (every command is wrapped in `edge`).

Exit codes: 0 everything done (inputs set aside as not_article / not_english are listed but are not
failures); 1 done, but some inputs could not be read or coded (partial); 2 usage error (bad option,
unknown id); 3 could not run (database busy or unreadable, model missing, output not writable).
Shared checks of option values live in detente.cli.checks.
"""
from __future__ import annotations

import contextlib
import errno
import functools
import os
import sys
from collections.abc import Callable

import typer
from rich.console import Console

from detente.errors import ConfigError, DetenteError, NotFound

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, EXIT_FATAL = 0, 1, 2, 3
EXIT_CODES = (EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, EXIT_FATAL)
# Set to 1 to see the traceback of an unexpected error (for detente's developers).
DEBUG_ENV = "DETENTE_DEBUG"

# soft_wrap: a message is one line however narrow the terminal; rich would break it at 80 columns.
err = Console(stderr=True, highlight=False, soft_wrap=True)


def fail(message: str, code: int) -> typer.Exit:
    err.print(f"[red]error:[/red] {message}", markup=True)
    return typer.Exit(code)


def edge(fn: Callable) -> Callable:
    """Turn detente's errors into one-line messages and exit codes; no traceback reaches the user."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except (typer.Exit, typer.Abort, typer.exceptions.TyperException):
            raise  # typer's own exits and usage errors already carry their code and message
        except (ConfigError, NotFound) as exc:
            raise fail(_plain(exc), EXIT_USAGE) from None
        except DetenteError as exc:
            raise fail(_plain(exc), EXIT_FATAL) from None
        except KeyboardInterrupt:
            err.print("interrupted: every committed batch is kept; run the same command again to finish")
            raise typer.Exit(130) from None
        except OSError as exc:  # output file, disk full, permissions: the machine, not the input
            if exc.errno == errno.EPIPE:  # `detente events | head`: the reader has gone, as for any Unix filter
                raise _reader_gone() from None
            where = f" {exc.filename}" if exc.filename else ""
            raise fail(f"cannot use{where}: {exc.strerror or exc}; check the path and its permissions",
                       EXIT_FATAL) from None
        except Exception as exc:
            if os.environ.get(DEBUG_ENV) == "1":
                raise
            raise fail(f"internal error ({type(exc).__name__}: {_plain(exc)}); this is a bug in detente: please "
                       f"report it with the command you ran (set {DEBUG_ENV}=1 to see the traceback)",
                       EXIT_FATAL) from None

    return wrapper


def _reader_gone() -> typer.Exit:
    """Code 0 and nothing more written: letting click handle the broken pipe exited 1, which this module's
    table says means "some inputs could not be read" (newcomer session 8: `detente events | head`)."""
    with contextlib.suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # nothing left to flush at exit
    return typer.Exit(EXIT_OK)


def rich_broken_pipe(console: Console) -> None:
    """Installed over rich's Console.on_broken_pipe, which exits 1 on its own: the broken pipe reaches `edge`
    like any other, which ends with code 0 (a table printed by rich into `| head`)."""
    raise BrokenPipeError(errno.EPIPE, os.strerror(errno.EPIPE))


def usage_error(exc) -> None:
    """typer's own usage errors (unknown option, value out of range, missing argument) as one line in
    detente's form, in place of typer's boxed panel; installed over typer.rich_utils.rich_format_error."""
    if type(exc).__name__ == "NoArgsIsHelpError":  # `detente` alone: the help was already printed
        return
    ctx = getattr(exc, "ctx", None)
    hint = f"; see `{ctx.command_path} --help`" if ctx is not None else ""
    err.print(f"[red]error:[/red] {_plain(exc.format_message().rstrip('.'))}{_plain(hint)}")


def _plain(exc: BaseException | str) -> str:
    """The message on one line, with rich markup escaped (paths and values may hold brackets)."""
    from rich.markup import escape

    return escape(" ".join(str(exc).split()))
