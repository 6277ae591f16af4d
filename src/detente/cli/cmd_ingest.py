"""`detente ingest PATH... [--db FILE]`: read, code and store articles."""
from __future__ import annotations

import os
import time
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from detente import store
from detente.cli.checks import choice, db_folder
from detente.cli.edge import EXIT_OK, EXIT_PARTIAL, edge, err
from detente.cli.output import plural
from detente.errors import ConfigError
from detente.store.db import check_not_parquet_file
from detente.ingest.options import SUPPORTED_SUFFIXES
from detente.runners.summary import RunSummary

out = Console(highlight=False, markup=False, soft_wrap=True)  # the summary's lines stay whole for copy and paste
ENGINES = ("local", "spark")


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest)


@edge
def ingest(
    paths: Annotated[list[str], typer.Argument(metavar="PATH", help="Files or folders (recursive); '-' reads standard input.")],
    db: Annotated[str, typer.Option(metavar="FILE|FOLDER/", help="DuckDB file to write (created if missing, added to if not); with "
                                         "--engine spark a folder (ends in /) gets a Parquet dataset written by "
                                         "the executors.")] = store.DEFAULT_DB,
    workers: Annotated[int, typer.Option(metavar="N", min=0, max=64, help="Worker processes (default: all cores, up to 8).")] = 0,
    batch_size: Annotated[int, typer.Option(metavar="N", min=1, help="Documents per committed transaction.")] = 256,
    prefilter: Annotated[bool, typer.Option(help="Parse only sentences that can hold an event.")] = True,
    ner: Annotated[bool, typer.Option("--ner", help="Named entities from the model's statistical recogniser. Without it they come from the gazetteers and rules, which costs less CPU and scores as well or better on held-out text (docs/scaling.md).")] = False,
    fast: Annotated[bool, typer.Option("--fast", hidden=True, help="Accepted and ignored: entities from rules are the default now.")] = False,
    max_mb: Annotated[float, typer.Option(metavar="MB", min=0.001, max=1_000_000, help="Reject single files larger than this (MB).")] = 10.0,
    max_text_chars: Annotated[int, typer.Option(metavar="N", min=1, help="Reject a document whose cleaned text is longer than this many characters (a news article is under 50,000) instead of coding it.")] = 100_000,
    text_field: Annotated[str, typer.Option(metavar="FIELDS", help="JSONL field(s) holding the article text, comma-separated, tried in order.")] = "text",
    title_field: Annotated[str, typer.Option(metavar="FIELDS", help="JSONL field(s) for the title.")] = "title",
    url_field: Annotated[str, typer.Option(metavar="FIELDS", help="JSONL field(s) for the URL.")] = "url",
    date_field: Annotated[str, typer.Option(metavar="FIELDS", help="JSONL field(s) for the publication date.")] = "date",
    outlet_field: Annotated[str, typer.Option(metavar="FIELDS", help="JSONL field(s) for the outlet name.")] = "outlet",
    engine: Annotated[str, typer.Option(metavar="ENGINE", help="local, or spark (see README).")] = "local",
    master: Annotated[str, typer.Option(metavar="URL", help="Spark master URL (with --engine spark).")] = "local[*]",
) -> None:
    """Ingest articles (.txt, .html, .jsonl[.gz], .warc[.gz]) and code their events into the database."""
    del fast  # the rules' flag before they became the default (session 9): kept so old scripts still run
    choice(engine, ENGINES, "--engine")
    if engine == "local":
        db_folder(db)
        check_not_parquet_file(db)  # a wrong --db is said before the inputs are looked at
    from detente.ingest import IngestOptions
    from detente.runners.local import RunOptions

    fields = {name: tuple(f.strip() for f in value.split(",") if f.strip()) for name, value in (
        ("text_field", text_field), ("title_field", title_field), ("url_field", url_field),
        ("date_field", date_field), ("outlet_field", outlet_field))}
    options = RunOptions(db=db, batch_size=batch_size, prefilter=prefilter, ner=ner, max_text_chars=max_text_chars,
                         ingest=IngestOptions(max_bytes=int(max_mb * 1024 * 1024), **fields),
                         **({"workers": workers} if workers > 0 else {}))
    total = _count_inputs(paths, options.ingest)
    if engine == "spark":
        from detente.runners.spark import run_ingest_spark

        summary = run_ingest_spark(paths, options, master=master,
                                   say=lambda line: err.print(f"ingest: {line}", markup=False, soft_wrap=True))
    else:
        summary = _run_with_progress(paths, options, total, db)
    _print_summary(summary, db)
    raise typer.Exit(EXIT_PARTIAL if summary.failed else EXIT_OK)


def _count_inputs(paths: list[str], ingest_options) -> int:
    """The number of inputs; none at all (an empty folder) is refused before a database is made, because a
    run that reads nothing and says "0 new documents" with exit 0 left a newcomer guessing (session 7)."""
    from detente import pipeline

    _refuse_all_missing(paths)
    total = sum(1 for _ in pipeline.inputs(paths, ingest_options))
    if not total:
        raise ConfigError(f"nothing to ingest: {', '.join(paths)} {'holds' if len(paths) == 1 else 'hold'} no files; "
                          f"detente reads {', '.join(SUPPORTED_SUFFIXES)} files, in folders searched recursively, or '-' for standard input")
    return total


def _refuse_all_missing(paths: list[str]) -> None:
    """No path that exists is a mistyped path, not a partial failure: exit 2 before a database is made (a
    newcomer's `ingest nothere.txt` exited 1 and left an empty database, session 14). When some paths exist the
    run goes on and the missing ones are rejects, like any unreadable input."""
    missing = [p for p in paths if p != "-" and not os.path.exists(p)]
    if missing and len(missing) == len(paths):
        raise ConfigError(f"no such file or folder: {', '.join(missing)}; check the path "
                          f"(a folder is searched recursively, '-' reads standard input)")


def _run_with_progress(paths: list[str], options, total: int, db: str) -> RunSummary:
    from detente.runners.local import run_ingest

    if not err.is_terminal:  # no bar to draw (a log file, a pipe, CI): say what runs and how far it is
        return run_ingest(paths, options, progress=LogProgress(total, db))
    columns = (TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TextColumn("inputs"),
               TextColumn("{task.fields[docs]} new documents"), TimeElapsedColumn())
    with Progress(*columns, console=err, transient=True) as progress:
        task = progress.add_task("ingest", total=total, docs=0)
        counted = {"documents": 0}

        def advance(what: str, n: int) -> None:
            if what == "inputs":
                progress.advance(task, n)
            else:
                counted["documents"] += n
                progress.update(task, docs=counted["documents"])

        return run_ingest(paths, options, progress=advance)


class LogProgress:
    """Progress as plain lines on standard error when it is not a terminal: one when the run starts, then one
    at most every `every` seconds, so a log shows the run is alive and how far it has come."""

    def __init__(self, total: int, db: str, every: float = 10.0) -> None:
        self.total, self.done, self.documents, self.every = total, 0, 0, every
        self.start = self.last = time.monotonic()
        err.print(f"ingest: {plural(total, 'input')} → {db}; a line every {every:.0f} s "
                  f"(on a terminal, a progress bar)", markup=False)  # a path may hold brackets: '[/]' (fuzz)

    def __call__(self, what: str, n: int) -> None:
        if what == "inputs":
            self.done += n
        else:
            self.documents += n
        now = time.monotonic()
        # A batch reports its documents, then its inputs: a line between the two read "0 of 5 inputs done,
        # 5 documents stored" (newcomer session 8), so a line waits for the batch's inputs.
        if what == "inputs" and now - self.last >= self.every:
            self.last = now
            err.print(f"ingest: {self.done} of {plural(self.total, 'input')} done, "
                      f"{plural(self.documents, 'new document')} stored, {now - self.start:.0f} s")


def _print_summary(s: RunSummary, db: str) -> None:
    out.print(Text.assemble((plural(s.documents, 'new document'), "bold"), ", ", (plural(s.events, 'event'), "bold"),
                            f" → {db} in {s.seconds:.1f}s{rate_note(s)}"))
    # An input is a file (or '-'); one JSONL or WARC input holds many documents, each of which may be set aside.
    out.print(f"{plural(s.inputs, 'input')} ({s.inputs_skipped} done in an earlier run), "
              f"{plural(s.duplicates, 'duplicate document')} skipped, {_sentences(s)}")
    if s.rejected:
        out.print(_rejects_table(s))
        out.print(f"every one is a row of the rejects table, with its path and line: detente export rejects --db {db} "
                  f"--format csv  (or detente sql \"SELECT * FROM rejects\" --db {db})")


def rate_note(s: RunSummary) -> str:
    """The documents per second, of the time after Spark's start when there was one: the whole run's rate, JVM
    start included, read as detente's speed ("0.1 documents/s" on 8 pages; newcomer17, session 28)."""
    coding = s.seconds - s.startup_seconds
    if not s.documents or coding <= 0:
        return f" ({s.startup_seconds:.0f} s of it starting Spark)" if s.startup_seconds else ""
    rate = f"{s.documents / coding:.1f} documents/s"
    if not s.startup_seconds:  # one page: "(0.1 documents/s)", most of it the model's loading (newcomer18, s29)
        return f" ({rate}, the model's loading included)"
    return (f" ({s.startup_seconds:.0f} s of it starting Spark; {rate} in the {coding:.0f} s after, the model's "
            f"loading in each worker included)")


def _sentences(s: RunSummary) -> str:
    """The sentence count, or why there is none: "0 of 0 sentences parsed (the others cannot hold an event)"
    was printed when nothing new was coded, which said nothing true (session 7 review)."""
    if s.sentences:
        return f"{s.parsed} of {plural(s.sentences, 'sentence')} parsed (the others cannot hold an event)"
    if s.documents:
        return "no sentence in the new documents (their text is empty once boilerplate is removed)"
    if s.inputs and s.inputs_skipped == s.inputs:
        return "nothing new to code: every input was read by an earlier run into this --db"
    if s.duplicates and not s.rejected:
        return "nothing new to code: every document was already stored"
    return "nothing was coded: " + ("no input held an article (see below)" if s.rejected else "no input held an article")


MAX_REJECT_ROWS = 12  # the terminal's listing; the rejects table holds every one


def _rejects_table(s: RunSummary) -> Table:
    """One row per reason and file with its count and first example: a folder's gold.jsonl of 56 lines
    without a text field is one row, not 56 (session 7 review)."""
    table = Table(title=_set_aside(s), title_justify="left")
    table.add_column("reason")
    widest = max((len(path) for _, path in s.reject_files), default=4)
    table.add_column("file", overflow="fold", min_width=min(widest, 40))  # whole: "gold.js…" cannot be found
    table.add_column("count", justify="right")
    table.add_column("first example")
    ranked = sorted(s.reject_files.items(), key=lambda kv: (-s.rejects[kv[0][0]], kv[0][0], -kv[1], kv[0][1]))
    for (reason, path), n in ranked[:MAX_REJECT_ROWS]:
        table.add_row(reason, path, str(n), s.reject_file_examples.get((reason, path), ""))
    if len(ranked) > MAX_REJECT_ROWS:
        rest = ranked[MAX_REJECT_ROWS:]
        table.add_row("…", plural(len(rest), "more file"), str(sum(n for _, n in rest)), "in the rejects table")
    return table


def _set_aside(s: RunSummary) -> str:
    """"3 set aside (files, JSONL lines or WARC records): 2 could not be read or coded, 1 is not an article"."""
    skipped = s.rejected - s.failed - s.noted
    parts = ([f"{s.failed} could not be read or coded"] if s.failed else []) + (
        [f"{skipped} {'is' if skipped == 1 else 'are'} not an English news article (not a failure)"] if skipped else [])
    kept = f"{s.noted} kept without a field of the wrong type (bad_field: not a failure)" if s.noted else ""
    if not s.rejected - s.noted:
        return kept
    return f"{s.rejected - s.noted} set aside (files, JSONL lines or WARC records): {', '.join(parts)}" + (
        f"; {kept}" if kept else "")
