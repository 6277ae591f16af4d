"""`detente plot dyad|timeline|map --db FILE [filters] [--output PREFIX] [--format svg|png]`: figures
for papers, with the same filters as `detente events`."""
from __future__ import annotations

from typing import Annotated

import typer

from detente import store
from detente.cli import options
from detente.cli.cmd_web import check_database
from detente.cli.checks import choice
from detente.cli.edge import edge, err
from detente.cli.output import note_undated, note_unsure
from detente.store.queries import EventFilter, undated_events


def register(app: typer.Typer) -> None:
    app.command("plot")(plot)


@edge
@options.with_event_filter
def plot(
    figure: Annotated[str, typer.Argument(metavar="FIGURE", help="dyad (a pair's monthly series in both directions; needs --dyad), "
                                               "timeline (per month), or map (by country where they happened); "
                                               "each counts incidents, or reports with --unit events.")],
    db: options.Db = store.DEFAULT_DB,
    output: Annotated[str | None, typer.Option("--output", "-o", metavar="PREFIX", help="Path without extension; default detente-FIGURE "
                                                    "in the current folder.")] = None,
    format: Annotated[list[str] | None, options.fmt("svg or png; repeat for both (default: both).")] = None,
    filt: EventFilter = EventFilter(),  # the options of options.with_event_filter
    unit: Annotated[str | None, typer.Option(metavar="UNIT", callback=options.lowered,
                                               help="Count incidents (the default when the database has them) "
                                                    "or events (every report).")] = None,
) -> None:
    """Draw a figure of the coded events as SVG and PNG files."""
    from detente.plot import FIGURES, plot as draw
    from detente.web.units import UNITS

    choice(figure, FIGURES, "FIGURE")  # in the command line's words: the library says "figure", "unit"
    if unit is not None:
        choice(unit, UNITS, "--unit")
    check_database(db)
    name = figure if figure != "dyad" or not filt.dyad else f"dyad-{filt.dyad.strip().upper()}"
    if output and output.lower().endswith((".svg", ".png")):
        output = output[:-4]  # "-o figs/x.png" means figs/x, not figs/x.png.png
    paths = draw(db, figure, filt, output or f"detente-{name}", tuple(format or ("svg", "png")), unit)
    for path in paths:
        err.print(f"wrote {path}", markup=False)
    note_undated(undated_events(db, filt))
    from detente.web.statuses import unsure_drawn
    note_unsure(*unsure_drawn(db, filt, unit, figure))  # the figure's own footnote says it too
