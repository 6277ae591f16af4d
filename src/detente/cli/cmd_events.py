"""`detente events [--country] [--dyad] [--type] [--since] … [--format]`: coded events as a table, CSV or JSON."""
from __future__ import annotations

import sys
from typing import Annotated

import typer

from detente import store
from detente.cli import options
from detente.cli.edge import edge
from detente.cli.output import (TABLE_FORMATS, actor_label, check_format, show_list, listed, note_empty,
                                note_undated, piped, table_console, write_records)
from detente.store.empty_result import why_empty
from detente.store.queries import EventFilter, select_events, undated_events

FORMATS = TABLE_FORMATS  # the formats of `detente sql`

out = table_console()


def register(app: typer.Typer) -> None:
    app.command("events")(events)


@edge
@options.with_event_filter
def events(
    db: options.Db = store.DEFAULT_DB,
    filt: EventFilter = EventFilter(),  # the options of options.with_event_filter
    limit: options.Limit = 200,
    format: Annotated[str, options.fmt("table, csv, tsv, json or jsonl (all but table: the fields of "
                                       "`detente export events`).")] = "table",
) -> None:
    """List coded events, newest first (200 unless --limit says otherwise)."""
    check_format(format, FORMATS)
    if format != "table":
        _records(db, filt, limit, format)
    else:
        _table(db, filt, limit)
    note_undated(undated_events(db, filt))


def _table(db: str, filt: EventFilter, limit: int) -> None:
    rows = select_events(db, filt, limit=limit or None)
    cells = [(e.event_id, e.date.value or "?", e.event_type, e.status, actor_label(e.source.country, e.source.sector),
              actor_label(e.target.country, e.target.sector) if e.target else "-", _snippet(e.evidence.sentence))
             for e, _story in rows]
    columns = [(c, c == "evidence") for c in ("event", "date", "type", "status", "source", "target", "evidence")]
    show_list(out, columns, cells, optional=("evidence", "status"))
    out.print(listed(len(rows), "event", limit))
    if not rows:
        note_empty(why_empty(db, filt))


def _records(db: str, filt: EventFilter, limit: int, fmt: str) -> None:
    """The events in the default export's fields, to standard output (csv: flattened columns)."""
    from detente.export import event_records
    from detente.export.writers import write_flat_events

    records = event_records(db, filt, limit or None, newest_first=True)  # the same rows as the table
    with piped():
        if fmt in ("csv", "tsv"):
            write_flat_events(records, sys.stdout, fmt)
        else:
            write_records(records, fmt)


def _snippet(text: str, width: int = 90) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
