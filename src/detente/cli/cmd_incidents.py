"""`detente incidents [ID] [--country] [--dyad] [--type] [--since] … [--disputed]`: real-world events, each counted once.

Without an id: a table of incidents (the same filters as `detente events`) with how many event rows,
documents and independent outlets report each, and whether they disagree. With an id: that incident,
what its sources disagree on and who says what, and its reports.
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
from detente.cli.output import (TABLE_FORMATS, actor_label, check_format, show_list, listed, note_empty, note_undated, piped, plural, refuse_with_id,
                                table_console, warn, write_records, write_rows)
from detente.records import Contradiction, Incident
from detente.store.empty_result import why_empty
from detente.store.queries import EventFilter, get_incident, report_labels, undated_incidents
from detente.store.rows import INCIDENT_COLUMNS, date_start, incident_row

FORMATS = TABLE_FORMATS  # the formats of `detente sql`
# csv/tsv: the columns of `detente export incidents`, the other pairs its reports name last ("BOL-PER"): the
# table's "BOL → ARG (+PER)" came out as BOL, ARG, so a row listed for `--country PER` named no PER (session 30)
FLAT_COLUMNS = INCIDENT_COLUMNS + ("other_pairs",)

out = table_console()


def register(app: typer.Typer) -> None:
    app.command("incidents")(incidents)


@edge
@options.with_event_filter
def incidents(
    incident_id: Annotated[str | None, typer.Argument(metavar="INCIDENT_ID", help="Show this incident and its reports (id or unique "
                                                           "prefix).")] = None,
    db: options.Db = store.DEFAULT_DB,
    filt: EventFilter = EventFilter(),  # the options of options.with_event_filter
    limit: options.Limit = 200,
    disputed: Annotated[bool, typer.Option("--disputed", help="Only incidents whose sources disagree (on status, "
                                           "date or parties: the 'disputed' column).")] = False,
    format: Annotated[str, options.fmt("table, csv, tsv, json or jsonl (csv/tsv: the columns of `detente export "
                                       "incidents`; json/jsonl: every field, with the contradictions and event "
                                       "ids).")] = "table",
) -> None:
    """List incidents (one row per real-world event), newest first; or show one with its reports."""
    check_format(format, FORMATS)
    if incident_id:
        refuse_with_id("incident", options.given(filt, limit, 200) + ["--disputed"] * disputed)
        if format in ("json", "jsonl"):
            return _one_record(db, incident_id, format)
        return _show(db, incident_id) if format == "table" else _records([get_incident(db, incident_id)], format)
    rows = store.incidents(db, filt, limit=limit or None, disputed=disputed)
    if format != "table":
        _records(rows, format)
    else:
        _table(rows, limit, disputed)
        if not rows:
            note_empty(why_empty(db, filt, "incident", disputed))
    note_undated(undated_incidents(db, filt, disputed), "incident")


def _table(rows: list[Incident], limit: int, disputed: bool = False) -> None:
    said = disagreement if disputed else (lambda i: ", ".join(c.field for c in i.contradictions) or "-")
    cells = [(i.incident_id, i.date or "?", i.event_type, i.status, actor_label(i.source_country, i.source_sector),
              actor_label(i.target_country, i.target_sector) + other_pairs(i), str(i.n_mentions), str(i.n_documents),
              str(i.n_outlets), f"{i.confidence:.2f}", said(i)) for i in rows]
    columns = [(c, c == "target" or (disputed and c == "disputed")) for c in (
        "incident", "date", "type", "status", "source", "target", "reports", "docs", "outlets", "confidence", "disputed")]
    show_list(out, columns, cells, optional=("docs", "confidence", "outlets", "reports"), blocks_if_cut=disputed,
              whole=("disputed",) if disputed else ())
    out.print(listed(len(rows), "incident", limit))
    unresolved = sum(1 for i in rows if not i.source_country and not i.target_country)
    if unresolved:  # store.queries.INCIDENT_ORDER puts them last; say why the tail reads "- → -"
        warn(f"{plural(unresolved, 'incident')} with no country on either side {'is' if unresolved == 1 else 'are'} "
             "listed last")
    if rows:  # the next step (newcomer session 12: the list did not say how to open one); on stderr, as the
        # undated note, so the count stays the last line of what is printed for a reader or a script
        warn("one incident's reports and where its sources disagree: `detente incidents INCIDENT_ID`")


def disagreement(i: Incident) -> str:
    """What the sources of a disputed incident say, each value with its outlets counted: "date: 2023-03-06 (2
    outlets) vs 2023-03-10 (1 outlet)". `--disputed` showed only the field's name ("date"), and at 80 columns
    left out the counts too, so a reader had to open each incident to see what disagrees (newcomer15, s26)."""
    return "; ".join(f"{c.field}: " + " vs ".join(f"{k.value} ({plural(len(k.outlets), 'outlet')})" for k in c.claims)
                     for c in i.contradictions) or "-"


def other_pairs(i: Incident) -> str:
    """' (+PER)' for the other targets of the same source its reports name, ' (+ARG→BOL)' for other pairs:
    `incidents --dyad BOL-PER` lists "BOL → ARG" because a report names BOL-PER (newcomer review, s15)."""
    named = [(p.split("-", 1)) for p in i.other_pairs]
    shown = [target if source == i.source_country else f"{source}→{target}" for source, target in named]
    return f" (+{', '.join(shown)})" if shown else ""


def _records(incidents: list[Incident], fmt: str) -> None:
    with piped():
        if fmt in ("csv", "tsv"):
            write_rows(FLAT_COLUMNS, [incident_row(i) + (" ".join(i.other_pairs) or None,) for i in incidents], fmt,
                       FORMATS)
        else:
            write_records(map(incident_record, incidents), fmt)


def incident_record(i: Incident) -> dict:
    """An incident as a json record with its date_start (the first day of its date's period, as the
    incidents table and events have it) and disputed (whether its sources disagree, as the table has it)."""
    start = date_start(i.date)
    return dataclasses.asdict(i) | {"date_start": start.isoformat() if start else None,
                                    "disputed": bool(i.contradictions)}


def _one_record(db: str, incident_id: str, fmt: str) -> None:
    """One incident as json/jsonl with its reports, as the table view lists them (newcomer session 14: the
    record had the incident's fields only, so a script had to ask again for what a reader saw)."""
    incident = get_incident(db, incident_id)  # raises NotFound for an unknown id
    reports = store.incident_reports(db, incident.incident_id)
    labels = report_labels(db, [e.doc_id for e, _story in reports])
    record = incident_record(incident) | {"reports": [
        {"event_id": e.event_id, "doc_id": e.doc_id, "report": labels.get(e.doc_id) or e.doc_id, "date": e.date.value,
         "event_type": e.event_type, "status": e.status, "source_country": e.source.country,
         "target_country": e.target.country if e.target else None, "evidence": e.evidence.sentence}
        for e, _story in reports]}
    with piped():
        write_records([record], fmt)


def _show(db: str, incident_id: str) -> None:
    _describe(get_incident(db, incident_id))  # raises NotFound for an unknown id
    reports = store.incident_reports(db, incident_id)
    labels = report_labels(db, [e.doc_id for e, _story in reports])
    table = Table(show_lines=False)
    for col in ("event", "report", "date", "type", "status", "source", "target"):
        table.add_column(col, no_wrap=True)
    table.add_column("evidence", overflow="ellipsis", no_wrap=True, max_width=90)
    for e, _story in reports:
        table.add_row(e.event_id, labels.get(e.doc_id) or e.doc_id, e.date.value or "?", e.event_type, e.status,
                      actor_label(e.source.country, e.source.sector),
                      actor_label(e.target.country, e.target.sector) if e.target else "-", e.evidence.sentence)
    out.print(table)
    out.print("a report's evidence in its context: `detente show EVENT_ID`; why it was coded: `detente explain EVENT_ID`")


def _describe(i: Incident) -> None:
    out.print(Text.assemble((i.event_type, "bold"), f" {i.status}  {actor_label(i.source_country, i.source_sector)} → "
                            f"{actor_label(i.target_country, i.target_sector)}{other_pairs(i)}  date {i.date or '?'} ({i.date_precision})"
                            + (f"  at {i.location_text}" if i.location_text else "")))
    first, last = i.first_reported or "?", i.last_reported or "?"
    out.print(f"{plural(i.n_mentions, 'report')} in {plural(i.n_documents, 'document')} from "
              f"{plural(i.n_outlets, 'outlet')}, reported {first if first == last else f'{first} – {last}'}; "
              f"confidence {i.confidence:.2f}")
    for c in i.contradictions:
        out.print(Text.assemble((f"sources disagree on {c.field}:", "yellow"), f" {claims_text(c)}"))


def claims_text(c: Contradiction) -> str:
    """Who says what, each source once: a source whose reports give several values is named apart ("X gives both
    'asserted' and 'pending'"), not under each value as if two sources disagreed (the same file was named on
    both sides of "'asserted' says … ; 'pending' says …": newcomer session 21)."""
    given: dict[str, list[str]] = {}
    for k in c.claims:
        for outlet in k.outlets:
            given.setdefault(outlet, []).append(repr(k.value))
    parts = []
    for k in c.claims:
        sole = [o for o in k.outlets if len(given[o]) == 1]
        parts.append(f"{k.value!r} says {', '.join(sole)}" if sole else f"{k.value!r} only in sources that give another too")
    mixed = {o: v for o, v in given.items() if len(v) > 1}
    for values in dict.fromkeys(tuple(v) for v in mixed.values()):
        names = [o for o, v in mixed.items() if tuple(v) == values]
        both = "both " + " and ".join(values) if len(values) == 2 else ", ".join(values)
        parts.append(f"{', '.join(names)} give{'s' if len(names) == 1 else ''} {both}")
    return "; ".join(parts)
