"""`detente export events|documents|stories|sources|rejects|incidents|agreements --format F --output FILE|-`."""
from __future__ import annotations

from collections import Counter
from typing import Annotated

import typer
from rich.console import Console

from detente import store
from detente.cli import options
from detente.cli.edge import edge
from detente.cli.output import note_undated, piped, plural, warn
from detente.errors import ConfigError
from detente.export import export as export_records
from detente.export import export_notes
from detente.store.queries import EventFilter, undated_events

out = Console(highlight=False, markup=False, stderr=True, soft_wrap=True)  # a path is never cut across lines


def register(app: typer.Typer) -> None:
    app.command("export")(export)


@edge
@options.with_event_filter
def export(
    what: Annotated[str, typer.Argument(metavar="TABLE", help="events, documents, stories, sources, rejects, incidents, agreements "
                                             "or agreement_stages")],
    output: options.Output = "-",
    format: Annotated[str | None, options.fmt("jsonl, json (one array), csv, tsv or parquet (default: from the "
                                              "output's extension, else jsonl); events also plover, gdelt or icews.")] = None,
    db: options.Db = store.DEFAULT_DB,
    filt: EventFilter = EventFilter(),  # the options of options.with_event_filter
    limit: options.Limit = 0,
) -> None:
    """Export events (detente's records, or PLOVER / GDELT / ICEWS style), documents or another table.

    The filters (--country … --limit) select events; the other tables are written whole."""
    given = options.given(filt, limit, 0)
    if what != "events" and given:
        raise ConfigError(_whole_table(what, given))
    n, statuses = None, Counter()
    with piped():
        n = export_records(db, what, format, output, filt, limit or None, statuses)
    if n is not None:  # None: the reader of standard output stopped early
        noun = _NOUNS.get(what, ("row of " + what, "rows of " + what))
        out.print(f"wrote {plural(n, *noun)} to {'standard output' if output == '-' else output}")
        if what == "events":
            note_undated(undated_events(db, filt))
            for note in export_notes(format, output, statuses, filt.status is not None):
                warn(note)


def _whole_table(what: str, given: list[str]) -> str:
    """Why `export incidents --since 2024` is refused, naming what was given, and where such a list is made."""
    listed = {"incidents": "detente incidents", "agreements": "detente agreements"}.get(what)
    where = f"; for the {what} that match, use `{listed} … -f csv`" if listed else ""
    return (f"{', '.join(given)} select{'s' if len(given) == 1 else ''} events; `export {what}` writes the whole "
            f"table: drop {'it' if len(given) == 1 else 'them'}{where}")


# How a count of each exported thing reads ("1 story", "3 agreement stages").
_NOUNS = {"events": ("event", "events"), "documents": ("document", "documents"), "stories": ("story", "stories"),
          "sources": ("source", "sources"), "rejects": ("reject", "rejects"), "incidents": ("incident", "incidents"),
          "agreements": ("agreement", "agreements"), "agreement_stages": ("agreement stage", "agreement stages")}
