"""`detente agreements [ID] [--country] [--stage]`: named agreements and the dated steps of their lives.

Without an id: one row per agreement (name, parties, current stage, first and last dated report). With
an id (or a unique prefix): its lifecycle, one line per step with the event that tells it.
"""
from __future__ import annotations

import dataclasses
from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from detente import store
from detente.cli import options
from detente.cli.edge import edge
from detente.cli.output import (TABLE_FORMATS, check_format, show_list, listed, piped, refuse_with_id, table_console,
                                write_records, write_rows)
from detente.records import Agreement
from detente.store.rows import AGREEMENT_COLUMNS, agreement_row

FORMATS = TABLE_FORMATS  # the formats of `detente sql`

out = table_console()


def register(app: typer.Typer) -> None:
    app.command("agreements")(agreements)


@edge
def agreements(
    agreement_id: Annotated[str | None, typer.Argument(metavar="AGREEMENT_ID", help="Show this agreement's lifecycle (id or unique prefix).")] = None,
    db: options.Db = store.DEFAULT_DB,
    country: Annotated[str | None, typer.Option(metavar="CODE", help="One of its parties (ISO alpha-3, NATO, UNO, "
                                                                     "EUR, IGO).")] = None,
    stage: Annotated[str | None, typer.Option(metavar="STAGE", callback=options.lowered,
                                                help="Current stage: proposed, negotiating, agreed, signed, approved, "
                                                     "in_force, renegotiating, renewed, violated, suspended, exited, expired.")] = None,
    limit: options.Limit = 200,
    format: Annotated[str, options.fmt("table, csv, tsv, json or jsonl (csv/tsv: the columns of `detente export "
                                       "agreements` and the table's reports; json/jsonl: every field, with the "
                                       "steps).")] = "table",
) -> None:
    """List named agreements with their parties and current stage; or show one agreement's lifecycle."""
    check_format(format, FORMATS)
    if agreement_id:
        given = [name for name, value in (("--country", country), ("--stage", stage)) if value is not None]
        refuse_with_id("agreement", given + (["--limit"] if limit != 200 else []))
    found = ([store.get_agreement(db, agreement_id)] if agreement_id
             else store.agreements(db, country, stage, limit=limit or None))
    if format != "table":
        with piped():
            if format in ("csv", "tsv"):
                # the table's "reports" column too: the CSV lacked a number the table shows (newcomer review, session 12)
                write_rows(AGREEMENT_COLUMNS + ("reports",), [agreement_row(a) + (len(a.stages),) for a in found],
                           format, FORMATS)
            else:
                write_records((dataclasses.asdict(a) for a in found), format)
        return
    if agreement_id:
        return _lifecycle(found[0], store.lifecycle_steps(db, found[0].agreement_id))
    cells = [(a.agreement_id, a.name, ", ".join(a.parties) or "-", a.stage, a.first_date or "?", a.last_date or "?",
              str(len(a.stages))) for a in found]
    columns = [(c, c in ("name", "parties")) for c in ("agreement", "name", "parties", "stage", "first", "last", "reports")]
    show_list(out, columns, cells, optional=("reports", "first"))
    out.print(listed(len(found), "agreement", limit))


IDS_WIDTH = 10 + 11 + 17 + 32 + 16  # date, stage, event, report (cut at 32) columns and the borders


def _lifecycle(a: Agreement, steps: list[dict]) -> None:
    """The steps with the sentence that dates each (session 7: a table of ids alone sent the reader to
    `detente show` once per step to learn why the deal was 'signed' and then 'negotiating'); a sentence
    coded as several events is one line (store.lifecycle_steps)."""
    parties = ", ".join(a.parties) or "parties unknown"
    out.print(Text.assemble((a.name, "bold"), f"  ({parties})  now: ", (a.stage, "bold"),
                            f"  also written {', '.join(a.aliases)}" if a.aliases else ""))
    table = Table(show_lines=False)
    room = min(out.width - IDS_WIDTH, 90)  # what the date, stage and ids leave of the line
    wide = room >= 30  # below that the evidence is left to `show`
    widths = {"evidence": room, "report": 32}  # a long file name or URL host is cut, not the evidence
    for col in ("date", "stage", "event", "report") + (("evidence",) if wide else ()):
        table.add_column(col, no_wrap=True, overflow="ellipsis", max_width=widths.get(col))
    for s in steps:
        table.add_row(s["date"] or "?", s["stage"], s["event_id"], s["report"] or s["doc_id"],
                      *([s["sentence"] or ""] if wide else []))
    out.print(table)
    out.print("a step's evidence in its context: `detente show EVENT_ID`")
