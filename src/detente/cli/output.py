"""Rows to standard output as a table, CSV, TSV, JSON or JSON Lines (shared by `sql` and `events`)."""
from __future__ import annotations

import csv
import datetime as dt
import json
import sys
import textwrap
from collections.abc import Iterable, Sequence
from typing import Any

from rich import box
from rich.cells import cell_len
from rich.console import Console
from rich.table import Table
from rich.text import Text

from detente.errors import ConfigError
from detente.records import BODY_CODES

TABLE_FORMATS = ("table", "csv", "tsv", "json", "jsonl")
err = Console(stderr=True, highlight=False, markup=False, soft_wrap=True)


def check_format(fmt: str, allowed: Sequence[str]) -> None:
    if fmt not in allowed:
        raise ConfigError(f"--format {fmt!r}: choose one of {', '.join(allowed)}")


def refuse_with_id(what: str, given: Sequence[str]) -> None:
    """`detente incidents ID --country X`: filters and --limit choose rows of the list, and one id is not
    a list; saying so beats showing the one row as if the filter had matched it."""
    if given:
        raise ConfigError(f"{', '.join(given)} select{'s' if len(given) == 1 else ''} rows of the {what} list, "
                          f"not one {what}: leave {'it' if len(given) == 1 else 'them'} out with an {what} id, "
                          f"or drop the id to list the {what}s that match")


def actor_label(country: str | None, sector: str | None) -> str:
    """"PAK GOV", "NATO", "- CVL" (no country), "-" (nothing): the sector only when it adds to the code. A
    body's code is an IGO already: "IGO IGO", "NATO IGO" said it twice (session 9 newcomer pass)."""
    if sector and (sector == country or (sector == "IGO" and country in BODY_CODES)):
        sector = None
    return f"{country or '-'} {sector or ''}".strip()


def warn(message: str) -> None:
    err.print(message)


def plural(n: int, word: str, many: str | None = None) -> str:
    """"1 event", "2 events", "0 events" ("1 story", plural(2, "story", "stories"))."""
    return f"{n} {word if n == 1 else many or word + 's'}"


def listed(n: int, word: str, limit: int) -> str:
    """The line under a list: "3 events", or "200 events (limit reached; use --limit 0 for all)"."""
    return plural(n, word) + (" (limit reached; use --limit 0 for all)" if limit and n == limit else "")


def table_console() -> Console:
    """Where list commands print tables: piped output is not cut to 80 columns (people pipe tables into files
    and pagers), and stored text is printed as written (no markup, no highlighting)."""
    return Console(highlight=False, markup=False, width=None if sys.stdout.isatty() else 200)


def note_undated(n: int, what: str = "event") -> None:
    """One line on stderr when a date filter left out rows that have no date (they are not in the output)."""
    if n:
        warn(f"note: {plural(n, 'undated ' + what)} left out by --since/--until; add --include-undated to keep "
             f"{'it' if n == 1 else 'them'}")


def note_unsure(unit: str, statuses: dict[str, int]) -> None:
    """One line on stderr when a figure draws denied or pending rows as if they happened (web.statuses)."""
    if statuses:
        from detente.web.statuses import unsure_sentence
        warn(f"note: the figure {unsure_sentence(unit, statuses)}; add --status asserted to draw only acts "
             f"reported as done")


def note_empty(reason: str | None) -> None:
    """One line on stderr under an empty list saying why it is empty (store/empty_result.py)."""
    if reason:
        warn(f"note: {reason}")


def _plain(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray)):
        return value.hex()
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)


def write_rows(columns: Sequence[str], rows: Iterable[Sequence[Any]], fmt: str, allowed: Sequence[str]) -> None:
    """Print rows in `fmt`; csv/tsv have a header, json is one array, jsonl one object per line."""
    check_format(fmt, allowed)
    out = sys.stdout
    if fmt in ("csv", "tsv"):
        writer = csv.writer(out, delimiter="\t" if fmt == "tsv" else ",", lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([_plain(v) for v in row] for row in rows)
    elif fmt == "json":
        json.dump([dict(zip(columns, map(_plain, row))) for row in rows], out, ensure_ascii=False, indent=1)
        out.write("\n")
    elif fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(dict(zip(columns, map(_plain, row))), ensure_ascii=False) + "\n")
    else:
        sql_table(columns, rows)


def write_records(records: Iterable[dict], fmt: str) -> int:
    """Nested records (the export contract) as json or jsonl; returns how many."""
    n = 0
    if fmt == "json":
        items = list(records)
        json.dump(items, sys.stdout, ensure_ascii=False, indent=1, default=_plain)
        sys.stdout.write("\n")
        return len(items)
    for n, record in enumerate(records, 1):
        sys.stdout.write(json.dumps(record, ensure_ascii=False, default=_plain) + "\n")
    return n


NULL = "-"  # a missing value in a table, as `events` and `agreements` show one (`sql` showed it blank, like "")


SQL_TEXT = 24  # a `sql` column with values wider than this is text, which may shrink; the others keep their width


def sql_table(columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """`detente sql` as a table, its cells wrapped at 60; when that does not fit the terminal, the list
    commands' fitted table, or blocks (at 80 columns six columns of `events` cut the ids to "e21b7f740…", no
    use to `show`, and wrapped a sentence into a 14-line cell: newcomer15, session 26)."""
    console = table_console()
    cells = [tuple(NULL if v is None else str(_plain(v)) for v in row) for row in rows]
    natural = _natural([(c, False) for c in columns], cells)
    if sum(min(w, 60) for w in natural.values()) + 3 * len(columns) + 1 > console.width:
        return show_list(console, [(c, natural[c] > SQL_TEXT) for c in columns], cells, blocks_if_cut=True)
    table = Table(show_lines=False)
    for column in columns:
        table.add_column(column, overflow="ellipsis", max_width=60)
    for row in cells:
        table.add_row(*row)
    console.print(table)


class piped:
    """`with piped():` around writing to standard output: a reader that stops early (`| head`) ends the
    command quietly with code 0, as for any Unix filter, instead of a broken-pipe traceback."""

    def __enter__(self) -> "piped":
        return self

    def __exit__(self, kind, exc, tb) -> bool:
        if kind is not None and issubclass(kind, BrokenPipeError):
            import os

            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # nothing left to flush at exit
            return True
        return False


FLEX_MIN = 16  # a text column narrower than this says nothing: it is left out instead


def fitted_table(console: Console, columns: list[tuple[str, bool]], rows: list[tuple[str, ...]],
                 optional: tuple[str, ...] = ()) -> tuple[Table, list[str]]:
    """A table of `rows` that fits the console, and the headers it left out. Rich shrinks a no-wrap column to
    nothing when a table is wider than the terminal: at 80 columns `detente events` showed ids cut to
    "ead039…" (no use to `show`) and date, type, status, source and target zero wide (newcomer session 25).
    Codes, ids and numbers keep their width; a text column (`columns`' True) shrinks to FLEX_MIN, then the
    `optional` headers are left out in order, on a borderless table, until the rest fits."""
    natural = _natural(columns, rows)
    flexible = {h for h, f in columns if f}
    if _needed(natural, list(natural), flexible, heavy=True, squeeze=False) <= console.width:
        kept, heavy = list(natural), True
    else:
        kept, heavy = list(natural), False
        for header in optional:
            if _needed(natural, kept, flexible, heavy=False, squeeze=True) <= console.width:
                break
            kept.remove(header)
    shrinking = [h for h in kept if h in flexible]
    room = _shares(natural, shrinking, console.width - (3 if heavy else 2) * len(shrinking) - 1
                   - _needed(natural, [h for h in kept if h not in flexible], set(), heavy, squeeze=False))
    table = Table(show_lines=False) if heavy else \
        Table(show_lines=False, box=box.SIMPLE_HEAD, show_edge=False, padding=(0, 1, 0, 0), pad_edge=False)
    for h in kept:
        table.add_column(h, no_wrap=True, overflow="ellipsis",
                         min_width=None if h in flexible else natural[h],
                         max_width=max(room.get(h, 0), 6) if h in flexible else None)
    index = [h for h, _f in columns]
    for r in rows:
        table.add_row(*(r[index.index(h)] for h in kept))
    return table, [h for h in index if h not in kept]


def _natural(columns: list[tuple[str, bool]], rows: list[tuple[str, ...]]) -> dict[str, int]:
    return {h: max([cell_len(h)] + [cell_len(r[i]) for r in rows]) for i, (h, _f) in enumerate(columns)}


def _shares(natural: dict[str, int], shrinking: list[str], room: int) -> dict[str, int]:
    """The text columns' widths in `room`: a column needing less than an even share keeps its width and leaves
    the rest to the others (an even split cut "--disputed"'s values beside a 7-wide target, newcomer15 s26)."""
    widths: dict[str, int] = {}
    for n, h in enumerate(sorted(shrinking, key=lambda h: natural[h])):
        widths[h] = min(natural[h], room // (len(shrinking) - n))
        room -= widths[h]
    return widths


def _needed(natural: dict[str, int], kept: list[str], flexible: set[str], heavy: bool, squeeze: bool) -> int:
    cells = sum(min(natural[h], FLEX_MIN) if squeeze and h in flexible else natural[h] for h in kept)
    return cells + (3 * len(kept) + 1 if heavy else 2 * max(len(kept) - 1, 0))  # borders and padding


def note_left_out(left_out: list[str], console: Console) -> None:
    """One line on stderr naming the columns a narrow terminal left out, and how to see them."""
    if left_out:
        warn(f"left out at {console.width} columns: {', '.join(left_out)} (a wider window, or -f csv, shows them)")


BLOCKS_BELOW = 70  # under this many columns a list is printed one record per block, as `git log` prints


def show_list(console: Console, columns: list[tuple[str, bool]], rows: list[tuple[str, ...]],
              optional: tuple[str, ...] = (), blocks_if_cut: bool = False, whole: tuple[str, ...] = ()) -> None:
    """A list command's rows on the console: a fitted table, or below BLOCKS_BELOW columns one block per
    record with every field on its own line. Under 70 columns even the fitted table leaves out all it may
    and still cuts the ids and pairs a reader needs (newcomer15, session 26: `incidents` at 60 columns).
    `blocks_if_cut`: blocks too whenever the table would leave a column out (or cut one of the `whole`
    columns), for a list whose point is a long text column (`incidents --disputed`: what the sources say, cut
    to "date…" at 80 columns)."""
    if console.width >= BLOCKS_BELOW:
        table, left_out = fitted_table(console, columns, rows, optional)
        kept = [h for h, _f in columns if h not in left_out]
        natural = _natural(columns, rows)
        squeezed = _needed(natural, kept, {h for h, f in columns if f}, heavy=False, squeeze=True)
        # a `whole` column the table would cut: "… vs 2023-03-10 (1 outl…" beside a long target, on a 200-column
        # pipe, with every column kept (newcomer16, session 27, realnews `incidents --disputed`)
        cut = any(c.header in whole and (c.max_width or natural[c.header]) < natural[c.header] for c in table.columns)
        if not (blocks_if_cut and (left_out or squeezed > console.width or cut)):
            console.print(table)
            note_left_out(left_out, console)
            return
    headers = [h for h, _f in columns]
    indent = 2 + max(map(cell_len, headers[1:]), default=0) + 2
    for r in rows:
        console.print(Text.assemble((f"{headers[0]} ", "dim"), (r[0], "bold")), soft_wrap=True)
        for h, value in zip(headers[1:], r[1:]):
            lines = textwrap.wrap(value, max(console.width - indent, 20), break_on_hyphens=False) or [value]
            console.print(f"  {h:<{indent - 4}}  {lines[0]}", soft_wrap=True)
            for more in lines[1:]:  # a value that wraps keeps its indent
                console.print(" " * indent + more, soft_wrap=True)
        console.print()
