"""The figures of `detente plot`: a country pair's monthly series in both directions, the timeline
of events per month, and the map of events by the country they happened in. Each is drawn with
matplotlib (Agg, no display) and saved as SVG and/or PNG; SVG output is byte-stable for the same
data (fixed hash salt, no creation date), so figures can be kept under version control."""
from __future__ import annotations

import errno
import math
import textwrap
from pathlib import Path

from detente.errors import ConfigError, NotFound
from detente.store.queries import EventFilter
from detente.web import extent, queries, series
from detente.web.quads import QUAD_CLASSES

FIGURES = ("dyad", "timeline", "map")
FORMATS = ("svg", "png")
COLORS = {"verbal_cooperation": "#9ad0a6", "material_cooperation": "#2f8a57",
          "verbal_conflict": "#f2b173", "material_conflict": "#c2412d"}
COOPERATION, CONFLICT = QUAD_CLASSES[:2], QUAD_CLASSES[2:]


def _pyplot():
    try:
        import matplotlib
    except ImportError as exc:
        raise ConfigError(f"figures need matplotlib: pip install 'detente[plot]' ({exc})") from exc
    matplotlib.use("Agg")
    # a fixed hash salt and text kept as text: the same data gives the same, editable SVG
    matplotlib.rcParams.update({"svg.hashsalt": "detente", "svg.fonttype": "none", "font.size": 9,
                                "axes.spines.top": False, "axes.spines.right": False})
    import matplotlib.pyplot as plt
    return plt


def plot(db: str, figure: str, filt: EventFilter, output: str, formats: tuple[str, ...] = FORMATS,
         unit: str | None = None) -> list[str]:
    """Draw one figure for the filtered events and write it as output.<format>; returns the paths.
    Every figure counts incidents when the database has them, as the web page does, unless unit="events"."""
    if figure not in FIGURES:
        raise ConfigError(f"figure {figure!r}: use one of {', '.join(FIGURES)}")
    if bad := [f for f in formats if f not in FORMATS]:
        raise ConfigError(f"--format {bad[0]!r}: use svg or png")  # the option's name, as every command says it
    _check_output(output)
    plt = _pyplot()
    fig = {"dyad": dyad_figure, "timeline": timeline_figure, "map": map_figure}[figure](plt, db, filt, unit)
    _note_unsure(fig, db, figure, filt, unit)
    paths = []
    try:
        for fmt in formats:
            path = f"{output}.{fmt}"
            try:
                fig.savefig(path, format=fmt, dpi=200, bbox_inches="tight", metadata=_metadata(fmt))
            except OSError as exc:
                if exc.errno == errno.ENAMETOOLONG:  # a mistyped --output: the user's to fix (code 2)
                    raise ConfigError(f"--output {output}: cannot write {path} ({exc.strerror or exc})") from None
                # a read-only folder, a full disk: the machine, code 3 as `export` says it (it was 2; session 18
                # newcomer, a read-only folder)
                raise OSError(exc.errno, exc.strerror or str(exc), path) from None
            paths.append(path)
    finally:
        plt.close(fig)
    return paths


def _note_unsure(fig, db: str, figure: str, filt: EventFilter, unit: str | None) -> None:
    """A footnote under the figure when it draws denied or pending rows as if they happened: the command said it
    on standard error only, and a figure pasted into a paper lost it (session 33 newcomer: ARM -> AZE drew a denied
    shelling as material conflict)."""
    from detente.web.statuses import unsure_drawn, unsure_sentence

    unit_name, statuses = unsure_drawn(db, filt, unit, figure)
    if not statuses:
        return
    fig.canvas.draw()  # the tick labels' place: the note goes below everything drawn
    box = fig.get_tightbbox(fig.canvas.get_renderer())  # inches
    size = 7
    said = f"Note: this figure {unsure_sentence(unit_name, statuses)}."
    text = textwrap.fill(said, int(box.width * 72 / (0.55 * size)))
    fig.text(box.x0 / fig.get_figwidth(), (box.y0 - 0.1) / fig.get_figheight(), text, ha="left", va="top",
             fontsize=size, color="#3a3f44")


def _check_output(output: str) -> None:
    if not output.strip() or "\x00" in output:
        raise ConfigError(f"--output {output!r}: give a file path without its extension, e.g. figs/pair")
    folder = Path(output).parent
    if not folder.is_dir():
        raise ConfigError(f"--output {output}: folder {folder} does not exist; create it first")


def _metadata(fmt: str) -> dict:
    return {"Date": None, "Creator": "detente"} if fmt == "svg" else {"Software": "detente"}


def _month_ticks(ax, months: list[str]) -> None:
    every = max(1, math.ceil(len(months) / 12))
    ax.set_xticks(range(0, len(months), every), [months[i] for i in range(0, len(months), every)],
                  rotation=45, ha="right")
    # one month alone would be one bar as wide as the figure: keep it bar-sized (the title says why it is alone)
    ax.set_xlim(-0.6, len(months) - 0.4) if len(months) > 1 else ax.set_xlim(-3, 3)


def _one_month(months: list[str]) -> str:
    """A title's note when every dated row falls in one month: a single bar looked like a drawing fault
    (session 9 newcomer pass), so the figure says it is the data."""
    return f" (every one dated to a month falls in {months[0]})" if len(months) == 1 else ""


def dyad_figure(plt, db: str, filt: EventFilter, unit: str | None):
    """Two panels, one per direction, on one scale of events (cooperation up, conflict down), and
    the month's Goldstein sum as a line on a second scale, shared by both panels too."""
    if not filt.dyad:
        raise ConfigError("the dyad figure needs --dyad, e.g. --dyad PAK-USA")
    data = series.pair_series(db, filt, unit)
    months = data["months"]
    if not months:
        raise NotFound(f"no {data['unit']} of {data['dyad']} dated to a month match these filters; nothing to plot")
    fig, axes = plt.subplots(2, 1, figsize=(9, 5.5), sharex=True, sharey=True)
    directions = list(data["directions"].values())
    reach = max(1.0, *(abs(m["goldstein"]) for d in directions for m in d["months"])) * 1.1
    # one count scale for both panels (they share it): the tallest stack of either direction fits
    height = max(1.0, *(sum(m[q] for q in side) for d in directions for m in d["months"]
                        for side in (COOPERATION, CONFLICT))) * 1.1
    for ax, direction in zip(axes, directions):
        _direction_panel(ax, direction, reach, data["unit"], height)
    _month_ticks(axes[-1], months)
    handles = [h for ax in (axes[0], axes[0].right) for h in ax.get_legend_handles_labels()[0]]
    axes[0].legend(handles=handles, loc="lower left", ncols=5, fontsize=7, frameon=False, bbox_to_anchor=(0, 1.12))
    fig.suptitle(f"{data['dyad'].replace('-', ' and ')}: {data['unit']} per month in each direction"
                 f"{_one_month(months)}", y=1.04)
    return fig


def _direction_panel(ax, direction: dict, reach: float, unit: str, height: float) -> None:
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    rows, x = direction["months"], range(len(direction["months"]))
    up = [0] * len(rows)
    for quad in COOPERATION:
        values = [r[quad] for r in rows]
        ax.bar(x, values, bottom=up, color=COLORS[quad], label=quad.replace("_", " "), width=0.8)
        up = [a + b for a, b in zip(up, values)]
    down = [0] * len(rows)
    for quad in CONFLICT:
        values = [-r[quad] for r in rows]
        ax.bar(x, values, bottom=down, color=COLORS[quad], label=quad.replace("_", " "), width=0.8)
        down = [a + b for a, b in zip(down, values)]
    ax.axhline(0, color="#6b7480", linewidth=0.8)
    ax.set_ylabel(f"{unit}\n↑ cooperation  ↓ conflict", fontsize=8)
    ax.set_title(f"{direction['source']} → {direction['target']}", loc="left", fontsize=9, fontweight="bold")
    ax.set_ylim(-height, height)  # zero in the middle, so the Goldstein axis lines up with it
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))  # counts: no "0.5 incidents"
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: f"{abs(v):g}"))  # conflict counts below zero
    right = ax.twinx()
    ax.right = right
    # a month with no events has no Goldstein sum: NaN breaks the line there. It was drawn at 0, which reads as
    # neutral relations in a month nothing was reported (session 24 newcomer lead; the page's line does the same)
    line = [r["goldstein"] if r["events"] else math.nan for r in rows]
    right.plot(x, line, color="#1e2328", linewidth=1.4, label="Goldstein sum (right axis; gaps: no events)")
    busy = [i for i, r in enumerate(rows) if r["events"]]  # dots only where something happened
    right.plot(busy, [rows[i]["goldstein"] for i in busy], color="#1e2328", marker="o", markersize=3, linestyle="none")
    right.set_ylim(-reach, reach)
    right.set_ylabel("Goldstein sum", fontsize=8)
    right.spines["right"].set_visible(True)


def timeline_figure(plt, db: str, filt: EventFilter, unit: str | None):
    from matplotlib.ticker import MaxNLocator

    data = queries.timeline(db, filt, unit)
    months = [m["month"] for m in data["months"]]
    if not months:
        raise NotFound(f"no {data['unit']} dated to a month match these filters; nothing to plot")
    fig, ax = plt.subplots(figsize=(9, 3.5))
    bottom = [0] * len(months)
    for quad in QUAD_CLASSES:
        values = [sum(n for t, n in m["types"].items() if data["quad_of_type"].get(t) == quad) for m in data["months"]]
        ax.bar(range(len(months)), values, bottom=bottom, color=COLORS[quad], label=quad.replace("_", " "), width=0.8)
        bottom = [a + b for a, b in zip(bottom, values)]
    _month_ticks(ax, months)
    ax.set_ylim(0, max(1, max(bottom)) * 1.25)  # headroom: the legend row sat on the tallest bar
    # counts: "17.5 incidents" ticked an axis of 18 (newcomer session 16), as the pair figure's did before
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_ylabel(data["unit"])
    ax.legend(loc="upper left", ncols=4, fontsize=7, frameon=False)
    unplaced, off = sum(data["undated_or_year_only"].values()), data["off_axis"]
    title = f"{data['unit'].capitalize()} per month by PLOVER quad class{_one_month(months)}"
    left = ([f"{unplaced} dated only to a year or not at all"] if unplaced else []) + \
        ([f"{off} dated far before or after the rest (--since/--until draw them)"] if off else [])  # web.span
    _title(fig, ax, f"{title} ({'; '.join(left)} are not drawn)" if left else title, 9)
    return fig


def world() -> dict:
    """The country outlines the page's map uses (Natural Earth 1:110m; see its `source`)."""
    return extent.world()


# The page's map scale (web/static/charts.js, shade()): log1p(n) / log1p(max) from its light to its dark blue, no
# events grey. The figure used a log scale from 1 instead, so a map where every country had one event drew them
# palest while the page drew them darkest (newcomer7); both now share these colours and this formula.
_MAP_LIGHT, _MAP_DARK, _MAP_EMPTY = (198, 219, 239), (8, 69, 148), "#eef1f4"


def map_scale(colors, top: int):
    """(norm, colormap) of the page's shade(): the largest count is the darkest blue, whatever it is."""
    import numpy as np

    cmap = colors.LinearSegmentedColormap.from_list("detente_map", [tuple(c / 255 for c in _MAP_LIGHT),
                                                                    tuple(c / 255 for c in _MAP_DARK)])
    return colors.FuncNorm((np.log1p, np.expm1), vmin=0, vmax=max(1, top)), cmap


def map_figure(plt, db: str, filt: EventFilter, unit: str | None):
    """Counts what the page's map counts: it drew event rows (21 on realnews) beside a page showing
    incidents (14) for the same filters (newcomer session 12); --unit events draws every report."""
    from matplotlib import colors, ticker
    from matplotlib.patches import Polygon

    data = series.located(db, filt, unit)
    if not data["countries"]:
        raise NotFound(f"no matching {_one(data['unit'])} has a known place or a known country; nothing to map")
    parties = data["basis"] == "parties"  # no place known: shaded by the countries taking part (web.series)
    counts = {c["country"]: c["events"] for c in data["countries"]}
    norm, cmap = map_scale(colors, max(counts.values()))
    fig, ax = plt.subplots(figsize=(9, 4.2))
    for country in world()["countries"]:
        n = counts.get(country["id"], 0)
        face = cmap(norm(n)) if n else _MAP_EMPTY
        for ring in country["rings"]:
            points = list(zip(ring[0::2], ring[1::2]))
            ax.add_patch(Polygon(points, closed=True, facecolor=face, edgecolor="white", linewidth=0.2))
    if data["points"]:
        biggest = max(p["events"] for p in data["points"])
        ax.scatter([p["lon"] for p in data["points"]], [p["lat"] for p in data["points"]],
                   s=[6 + 40 * math.sqrt(p["events"] / biggest) for p in data["points"]], color="#c2412d",
                   alpha=0.75, edgecolors="white", linewidths=0.3, zorder=3, label="towns and regions with coordinates")
        ax.legend(loc="lower left", fontsize=7, frameon=False)
    west, south, east, north = data["extent"]  # what it draws, framed (web.extent), as the page frames it
    ax.set_xlim(west, east)
    ax.set_ylim(south, min(north, 85))
    ax.set_aspect("equal")
    ax.axis("off")
    bar = fig.colorbar(plt.cm.ScalarMappable(norm=norm, cmap=cmap), ax=ax, shrink=0.6, pad=0.01)
    bar.set_label(f"{data['unit']} the country takes part in" if parties else f"{data['unit']} located in the country")
    top = max(counts.values())
    bar.set_ticks(sorted({1, round(math.sqrt(top)), top}))  # whole counts on the log scale
    bar.ax.yaxis.set_major_formatter(ticker.FuncFormatter(lambda v, _pos: f"{v:g}"))
    bar.ax.yaxis.set_minor_formatter(ticker.NullFormatter())
    _title(fig, ax, _map_title(data, counts) + " Boundaries: Natural Earth 1:110m.", 8)
    return fig


def _title(fig, ax, text: str, size: float) -> None:
    """A left title wrapped to its axes' width: on realnews the timeline's notes ("14 dated only to a year or not
    at all; 1 dated far before or after the rest ...") ran a third past the plot, and the saved figure, cut to
    fit its text, drew the bars in the left two thirds of a wider picture (newcomer18, session 29)."""
    width_pt = ax.get_position().width * fig.get_figwidth() * 72
    ax.set_title(textwrap.fill(text, max(40, int(width_pt / (0.6 * size)))), loc="left", fontsize=size)


def _one(unit: str) -> str:
    return unit[:-1]  # "incidents" -> "incident", "events" -> "event"


def _map_title(data: dict, counts: dict[str, int]) -> str:
    unit = data["unit"]
    if data["basis"] == "parties":
        return (f"Who took part: no place is known for any of the {data['unlocated']} matching {unit}, so countries "
                f"are shaded by the {unit} they take part in (as source or target).")
    # "(2 located; 0 with no known place are not drawn)" read as if something were missing (session 33 newcomer)
    left = f"; {data['unlocated']} with no known place are not drawn" if data["unlocated"] else ""
    return f"Where {unit} happened ({sum(counts.values())} located{left})."
