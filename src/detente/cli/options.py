"""Options that mean the same thing in several commands, declared once so that their names, short flags,
help and checks are the same everywhere (`--db`, the event filters, `--limit`, `--format`, `--output`).

A command's own default stays in its signature (`events` lists 200 rows, `export` writes all). Each has a metavar
saying what it takes (a flag none: typer would show `<bool>`, as if it took a value).
"""
from __future__ import annotations

import functools
import inspect
import re
from collections.abc import Callable
from typing import Annotated

import typer

from detente.store.queries import EventFilter

DB_HELP = "DuckDB file made by `detente ingest`, or a Parquet dataset folder (ends in /)."

Db = Annotated[str, typer.Option("--db", metavar="FILE|FOLDER/", help=DB_HELP)]
Country = Annotated[str | None, typer.Option(
    "--country", metavar="CODE", help="Either side is this country (ISO alpha-3, e.g. PAK; or NATO, UNO, EUR, IGO); an incident "
                                   "matches when any of its reports does, as on the web page.")]
Dyad = Annotated[str | None, typer.Option(
    "--dyad", metavar="AAA-BBB", help="Both sides, either direction, e.g. PAK-USA; an incident matches when any of its "
                                      "reports names the pair (shown as 'ARG (+PER)'), as on the web page.")]
EventType = Annotated[str | None, typer.Option("--type", metavar="TYPE", help="PLOVER event type, e.g. AGREE.")]
Since = Annotated[str | None, typer.Option(
    "--since", metavar="DATE", help="Dated on or after YYYY[-MM[-DD]] (undated rows are left out, and counted "
                                    "on stderr).")]
Until = Annotated[str | None, typer.Option("--until", metavar="DATE", help="Dated on or before YYYY[-MM[-DD]].")]
Status = Annotated[str | None, typer.Option("--status", metavar="STATUS", help="asserted, pending or negated.")]
def probability(value: str | float) -> float:
    """--min-confidence as typed: "0,9" is told to be written 0.9 (the typed-float check printed pydantic's
    "unable to parse string as a number", leaving a reader with a decimal comma guessing; newcomer's review).
    The range 0–1 is checked with the other filters (EventFilter)."""
    if isinstance(value, float):
        return value
    text = str(value).strip()
    if re.fullmatch(r"[0-9]*,[0-9]+", text):
        raise typer.BadParameter(f"{text!r}: write {float(text.replace(',', '.'))} (a decimal point, not a comma)")
    try:
        return float(text)
    except ValueError:
        raise typer.BadParameter(f"{text!r} is not a number: give a probability from 0 to 1, e.g. 0.9") from None


MinConfidence = Annotated[float | None, typer.Option(
    "--min-confidence", metavar="P", parser=probability, help="At least this likely right (0–1, e.g. 0.9).")]
IncludeUndated = Annotated[bool, typer.Option(
    "--include-undated", metavar="", help="With --since/--until: keep the rows that have no date.")]
MAX_ROWS = 10**12  # DuckDB's LIMIT is an int64; more rows than this is a typing slip


def rows(value: int) -> int:
    """--limit's check, done here rather than by typer's min/max, which would print "[0<=x<=1000000000000]" in
    every --help."""
    if not 0 <= value <= MAX_ROWS:
        raise typer.BadParameter(f"{value} is not a number of rows: give 0 (all) or more")
    return value


Limit = Annotated[int, typer.Option("--limit", metavar="N", callback=rows, help="At most this many rows (0: all).")]
EventId = Annotated[str, typer.Argument(metavar="EVENT_ID", help="An event id from `detente events` (or a unique "
                                                                  "prefix of it, 4 characters or more).")]
Output = Annotated[str, typer.Option("--output", "-o", metavar="FILE", help="File to write; - for standard output.")]


def lowered(value: str | list[str] | None) -> str | list[str] | None:
    """A word from a fixed list, in any case: `--status PENDING` and `--type agree` were taken while `-f CSV`,
    `-f GDELT` and `--stage SIGNED` were refused (session 14 newcomer)."""
    if isinstance(value, list):
        return [v.strip().lower() for v in value]
    return value.strip().lower() if isinstance(value, str) else value


def fmt(choices: str) -> object:
    """The --format / -f option listing this command's `choices` (any case: lowered)."""
    return typer.Option("--format", "-f", metavar="FORMAT", callback=lowered, help=choices)


# The event filters in the order every command lists them, with the default each starts from.
_FILTERS = (("country", Country, None), ("dyad", Dyad, None), ("type", EventType, None), ("since", Since, None),
            ("until", Until, None), ("status", Status, None), ("min_confidence", MinConfidence, None),
            ("include_undated", IncludeUndated, False))


def with_event_filter(command: Callable) -> Callable:
    """Give `command` the event filter options (--country … --include-undated) in place of its `filt`
    parameter, and call it with `filt=` the EventFilter they describe (checked first: a malformed value is
    a usage error before anything is read). Typer reads the new signature, so --help lists the same options
    in the same place as if each command declared them."""
    signature = inspect.signature(command, eval_str=True)
    params = []
    for param in signature.parameters.values():
        if param.name != "filt":
            params.append(param)
            continue
        params += [inspect.Parameter(name, inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=kind, default=default)
                   for name, kind, default in _FILTERS]

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        values = {name: kwargs.pop(name, default) for name, _kind, default in _FILTERS}
        return command(*args, filt=event_filter(**values), **kwargs)

    wrapper.__signature__ = signature.replace(parameters=params)
    wrapper.__annotations__ = {p.name: p.annotation for p in params}
    del wrapper.__wrapped__  # typer must read the new signature, not the command's own
    return wrapper


def given(filt: EventFilter, limit: int, default_limit: int) -> list[str]:
    """The filter options (and --limit) a user gave, by their names on the command line."""
    names = [f"--{name.replace('_', '-')}" for name, _kind, default in _FILTERS
             if getattr(filt, _FIELDS.get(name, name)) != default]
    return names + (["--limit"] if limit != default_limit else [])


_FIELDS = {"type": "event_type"}  # option name → EventFilter field, where they differ


def event_filter(country: str | None = None, dyad: str | None = None, type: str | None = None,
                 since: str | None = None, until: str | None = None, status: str | None = None,
                 min_confidence: float | None = None, include_undated: bool = False) -> EventFilter:
    """The filter the options above describe; a malformed value is a usage error before anything is read."""
    filt = EventFilter(country=country, dyad=dyad, event_type=type, since=since, until=until, status=status,
                       min_confidence=min_confidence, include_undated=include_undated)
    filt.check()
    return filt
