"""`detente plot dyad|timeline|map --db FILE [filters] [--output PREFIX] [--format svg|png]`: figures
for papers, with the same filters as `detente events`."""
from __future__ import annotations

from typing import Annotated

import typer

from detente import store
from detente.cli.cmd_web import check_database
from detente.cli.edge import edge, err
from detente.store.queries import EventFilter


def register(app: typer.Typer) -> None:
    app.command("plot")(plot)


@edge
def plot(
    figure: Annotated[str, typer.Argument(help="dyad (a pair's monthly series in both directions; needs --dyad), "
                                               "timeline (events per month), or map (events by country).")],
    db: Annotated[str, typer.Option(help="DuckDB file to read.")] = store.DEFAULT_DB,
    output: Annotated[str | None, typer.Option("--output", "-o", help="Path without extension; default detente-FIGURE "
                                                    "in the current folder.")] = None,
    format: Annotated[list[str] | None, typer.Option("--format", "-f", help="svg or png; repeat for both "
                                                                      "(default: both).")] = None,
    country: Annotated[str | None, typer.Option(help="Either side is this country (ISO alpha-3).")] = None,
    dyad: Annotated[str | None, typer.Option(help="Both sides, either direction, e.g. PAK-USA.")] = None,
    type: Annotated[str | None, typer.Option("--type", help="PLOVER event type, e.g. AGREE.")] = None,
    since: Annotated[str | None, typer.Option(help="Event date on or after YYYY[-MM[-DD]].")] = None,
    until: Annotated[str | None, typer.Option(help="Event date on or before YYYY[-MM[-DD]].")] = None,
    status: Annotated[str | None, typer.Option(help="asserted, pending or negated.")] = None,
    unit: Annotated[str | None, typer.Option(help="Count incidents (the default when the database has them) "
                                                  "or events (every report).")] = None,
) -> None:
    """Draw a figure of the coded events as SVG and PNG files."""
    from detente.plot import plot as draw

    check_database(db)
    filt = EventFilter(country=country, dyad=dyad, event_type=type, since=since, until=until, status=status)
    filt.where()  # a malformed filter is a usage error before anything is drawn
    name = figure if figure != "dyad" or not dyad else f"dyad-{dyad.upper()}"
    if output and output.lower().endswith((".svg", ".png")):
        output = output[:-4]  # "-o figs/x.png" means figs/x, not figs/x.png.png
    paths = draw(db, figure, filt, output or f"detente-{name}", tuple(format or ("svg", "png")), unit)
    for path in paths:
        err.print(f"wrote {path}")
