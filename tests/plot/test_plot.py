"""`detente plot`: the dyad series, timeline and map as SVG and PNG, with the events filters."""
from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET

import pytest
import typer
from typer.testing import CliRunner

pytest.importorskip("matplotlib", reason="matplotlib is not installed (requirements.lock)")

from detente.cli import cmd_plot  # noqa: E402
from detente.errors import ConfigError, NotFound  # noqa: E402
from detente.plot import plot  # noqa: E402
from detente.plot.figures import world  # noqa: E402
from detente.store.queries import EventFilter  # noqa: E402

from tests.web.web_corpus import build_store  # noqa: E402

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("plot") / "plot.duckdb")
    build_store(path)
    return path


def svg_text(path) -> str:
    root = ET.parse(path).getroot()  # well-formed XML, or this raises
    return " ".join(t.strip() for t in root.itertext() if t.strip())


def test_the_dyad_figure_has_both_directions_and_its_legend(db, tmp_path):
    paths = plot(db, "dyad", EventFilter(dyad="KEN-TZA"), str(tmp_path / "pair"))
    assert paths == [str(tmp_path / "pair.svg"), str(tmp_path / "pair.png")]
    text = svg_text(paths[0])
    assert "KEN → TZA" in text and "TZA → KEN" in text and "Goldstein sum" in text and "2024-03" in text
    assert open(paths[1], "rb").read(8) == PNG_MAGIC


def test_the_timeline_follows_the_filters(db, tmp_path):
    (svg,) = plot(db, "timeline", EventFilter(country="UGA"), str(tmp_path / "t"), ("svg",))
    text = svg_text(svg)
    assert "2024-06" in text and "2024-03" not in text
    (everything,) = plot(db, "timeline", EventFilter(), str(tmp_path / "all"), ("svg",))
    assert "2024-03" in svg_text(everything) and "2 dated only to a year" in svg_text(everything)


def test_the_map_shades_located_countries_and_names_its_boundaries(db, tmp_path):
    (svg,) = plot(db, "map", EventFilter(), str(tmp_path / "m"), ("svg",), unit="events")
    text = svg_text(svg)
    assert "3 located; 4 with no known place" in text and "Natural Earth" in text
    fills = set(re.findall(r"fill: ?(#[0-9a-f]{6})", open(svg, encoding="utf-8").read()))
    assert "#eef1f4" in fills and len(fills) >= 3  # unlocated grey plus two shades (TZA 2, KEN 1)
    assert len(world()["countries"]) > 170


def test_a_map_of_events_with_no_known_place_shades_who_took_part_and_says_so(db, tmp_path):
    """The ETH-SOM talks name no place: the figure was refused as empty (session 9 newcomer pass)."""
    (svg,) = plot(db, "map", EventFilter(country="SOM"), str(tmp_path / "m"), ("svg",), unit="events")
    text = svg_text(svg)
    assert "no place is known for any of the 2 matching events" in text
    assert "events the country takes part in" in text and "located" not in text


def test_the_map_counts_what_the_page_s_map_counts(tmp_path):
    """The figure drew event rows beside a page counting incidents for the same filters (newcomer session 12)."""
    from detente.web import series
    from tests.web.web_corpus import build_store_with_incidents
    db = str(tmp_path / "incidents.duckdb")
    build_store_with_incidents(db)
    page, rows = series.located(db, EventFilter()), series.located(db, EventFilter(), "events")
    assert page["unit"] == "incidents" and page["unlocated"] + sum(c["events"] for c in page["countries"]) < \
        rows["unlocated"] + sum(c["events"] for c in rows["countries"])  # the two counts differ on this store
    (svg,) = plot(db, "map", EventFilter(), str(tmp_path / "m"), ("svg",))
    located = sum(c["events"] for c in page["countries"])
    left = f"; {page['unlocated']} with no known place" if page["unlocated"] else ")"  # no "0 with no known place"
    assert f"Where incidents happened ({located} located{left}" in svg_text(svg)
    assert "incidents located in the country" in svg_text(svg)


def test_a_single_month_is_one_narrow_bar_and_the_title_says_why(db, tmp_path):
    """One bar as wide as the figure looked like a drawing fault (session 9 newcomer pass)."""
    (svg,) = plot(db, "timeline", EventFilter(country="UGA"), str(tmp_path / "t"), ("svg",))
    assert "every one dated to a month falls in 2024-06" in svg_text(svg)
    (pair,) = plot(db, "dyad", EventFilter(dyad="UGA-KEN"), str(tmp_path / "p"), ("svg",))
    assert "falls in 2024-06" in svg_text(pair)
    (many,) = plot(db, "timeline", EventFilter(), str(tmp_path / "all"), ("svg",))
    assert "falls in" not in svg_text(many)


def test_svg_output_is_byte_stable(db, tmp_path):
    first = open(plot(db, "map", EventFilter(), str(tmp_path / "a"), ("svg",))[0], "rb").read()
    second = open(plot(db, "map", EventFilter(), str(tmp_path / "b"), ("svg",))[0], "rb").read()
    assert first == second


@pytest.mark.parametrize("figure, filt, error, message", [
    ("dyad", EventFilter(), ConfigError, "needs --dyad"),
    ("dyad", EventFilter(dyad="FRA-DEU"), NotFound, "nothing to plot"),
    ("timeline", EventFilter(country="FRA"), NotFound, "nothing to plot"),
    ("map", EventFilter(country="FRA"), NotFound, "nothing to map"),
    ("pie", EventFilter(), ConfigError, "use one of dyad, timeline, map"),
])
def test_what_cannot_be_drawn_says_why(db, tmp_path, figure, filt, error, message):
    with pytest.raises(error, match=message):
        plot(db, figure, filt, str(tmp_path / "x"))


def plot_cli() -> typer.Typer:
    app = typer.Typer()
    cmd_plot.register(app)
    app.command("noop", hidden=True)(lambda: None)  # a second command keeps `plot` a subcommand
    return app


def test_the_command_writes_both_formats_by_default(db, tmp_path):
    result = CliRunner().invoke(plot_cli(), ["plot", "dyad", "--db", db, "--dyad", "UGA-KEN",
                                             "--output", str(tmp_path / "fig")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "fig.svg").stat().st_size > 1000 and (tmp_path / "fig.png").stat().st_size > 1000


@pytest.mark.parametrize("args, message", [
    (["map", "--format", "pdf"], "format 'pdf'"), (["map", "--since", "March"], "YYYY"),
    (["map", "--output", "/no/such/folder/x"], "does not exist"), (["dyad"], "needs --dyad"),
])
def test_the_command_refuses_bad_options_with_exit_2(db, args, message):
    result = CliRunner().invoke(plot_cli(), ["plot", *args, "--db", db])
    assert result.exit_code == 2 and message in " ".join(result.output.split())


@pytest.mark.parametrize("output", [" ", "a\x00b", "x" * 5000])
def test_an_output_that_cannot_be_written_is_a_usage_error_not_a_crash(db, tmp_path, output):
    result = CliRunner().invoke(plot_cli(), ["plot", "map", "--db", db, "--output", output])
    assert result.exit_code == 2 and "--output" in result.output and "Traceback" not in result.output


def test_both_panels_of_the_dyad_figure_reach_the_tallest_stack_of_either_direction(db):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from detente.plot.figures import dyad_figure
    from detente.web import series

    data = series.pair_series(db, EventFilter(dyad="KEN-TZA"), None)
    tallest = max(sum(m[q] for q in quads) for d in data["directions"].values() for m in d["months"]
                  for quads in (("verbal_cooperation", "material_cooperation"), ("verbal_conflict", "material_conflict")))
    fig = dyad_figure(plt, db, EventFilter(dyad="KEN-TZA"), None)
    counts = [ax for ax in fig.axes if ax.get_ylabel().startswith(data["unit"])]
    assert len(counts) == 2 and all(ax.get_ylim()[1] >= tallest and ax.get_ylim()[0] <= -tallest for ax in counts)
    plt.close(fig)


def test_the_timeline_ticks_whole_counts_and_the_map_frames_what_it_draws(db):
    """"17.5 incidents" on a timeline axis, and a pair of neighbours drawn as two dots on the whole world
    (newcomer session 16): counts tick whole numbers, and the map frames the countries it shades."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from detente.plot.figures import map_figure, timeline_figure

    fig = timeline_figure(plt, db, EventFilter(), "events")
    assert all(float(t).is_integer() for t in fig.axes[0].get_yticks())
    plt.close(fig)
    fig = map_figure(plt, db, EventFilter(country="KEN"), "events")
    west, east = fig.axes[0].get_xlim()
    assert west < 34 and 41 < east and east - west < 90  # Kenya and its neighbours
    plt.close(fig)


def test_an_output_that_cannot_be_written_is_code_3_like_export(db, tmp_path, monkeypatch):
    # session 18 newcomer: a read-only folder was code 2 (a usage error) here and 3 in `export`; the README's table
    # says "output not writable" is 3. Root writes into a read-only folder, so the refusal is the file system's.
    import matplotlib.figure

    def refused(self, path, **_kwargs):
        raise PermissionError(13, "Permission denied", path)

    monkeypatch.setattr(matplotlib.figure.Figure, "savefig", refused)
    output = str(tmp_path / "figure")
    result = CliRunner().invoke(plot_cli(), ["plot", "timeline", "--db", db, "--output", output, "--format", "svg"])
    message = " ".join(result.output.split())
    assert result.exit_code == 3 and f"cannot use {output}.svg: Permission denied" in message


def _page_shade(n: int, top: int) -> tuple[int, ...]:
    """web/static/charts.js shade(), written out: log1p(n) / log1p(max) from light to dark blue."""
    t = math.log1p(n) / math.log1p(max(1, top))
    return tuple(round(a + (b - a) * t) for a, b in zip((198, 219, 239), (8, 69, 148)))


def _fill_of(svg_path: str, country: str) -> tuple[int, ...]:
    """The face colour the figure gives a country, read from the same scale the figure uses."""
    from matplotlib import colors

    from detente.plot.figures import map_scale
    from detente.web import series

    counts = {c["country"]: c["events"] for c in series.located(svg_path, EventFilter(), "events")["countries"]}
    norm, cmap = map_scale(colors, max(counts.values()))
    return tuple(round(255 * v) for v in cmap(norm(counts[country]))[:3])


def test_the_map_shades_as_the_page_does_the_busiest_country_darkest(db, tmp_path):
    """With one count on the map the figure drew the country palest, the page darkest (newcomer7)."""
    (svg,) = plot(db, "map", EventFilter(), str(tmp_path / "m"), ("svg",), unit="events")
    fills = set(re.findall(r"fill: ?(#[0-9a-f]{6})", open(svg, encoding="utf-8").read()))
    assert "#084594" in fills  # the page's dark blue, rgb(8, 69, 148), for the busiest country (TZA, 2)
    for country, n in (("TZA", 2), ("KEN", 1)):
        assert all(abs(a - b) <= 2 for a, b in zip(_fill_of(db, country), _page_shade(n, 2)))


def test_a_map_of_one_count_is_the_darkest_shade(tmp_path):
    from matplotlib import colors

    from detente.plot.figures import map_scale

    norm, cmap = map_scale(colors, 1)
    assert tuple(round(255 * v) for v in cmap(norm(1))[:3]) == _page_shade(1, 1) == (8, 69, 148)


def test_the_goldstein_line_leaves_a_gap_in_months_with_no_events(tmp_path):
    """It was drawn at 0 in February and March, reading as neutral relations in months nothing was reported
    (session 24 newcomer lead)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from detente.plot.figures import dyad_figure

    from tests.web.web_corpus import build_gapped_store
    db = build_gapped_store(str(tmp_path / "gap.duckdb"))
    fig = dyad_figure(plt, db, EventFilter(dyad="KEN-TZA"), "events")
    lines = [line for ax in fig.axes for line in ax.get_lines() if line.get_label().startswith("Goldstein sum")]
    kenya = list(lines[0].get_ydata())
    assert len(kenya) == 4 and kenya[0] > 0 and kenya[3] > 0
    assert math.isnan(kenya[1]) and math.isnan(kenya[2])  # a gap, not a neutral 0
    assert all(math.isnan(v) for v in lines[1].get_ydata())  # TZA → KEN: nothing in any month
    plt.close(fig)


@pytest.mark.parametrize("figure", ["timeline", "map"])
def test_a_long_title_wraps_inside_its_plot(db, monkeypatch, figure):
    """On realnews the timeline's title ("Incidents per month by PLOVER quad class (14 dated only to a year or not
    at all; 1 dated far before or after the rest ...") ran a third past the plot, and the saved figure, cut to
    its text, left the bars in two thirds of a wider picture (newcomer18, session 29); the map's "Who took
    part: ..." title did the same."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from detente.plot import figures

    timeline, located = figures.queries.timeline, figures.series.located

    def busy_timeline(*args):
        return {**timeline(*args), "off_axis": 12}

    def unplaced(*args):
        return {**located(*args), "basis": "parties", "unlocated": 137}

    monkeypatch.setattr(figures.queries, "timeline", busy_timeline)
    monkeypatch.setattr(figures.series, "located", unplaced)
    fig = getattr(figures, f"{figure}_figure")(plt, db, EventFilter(), "events")
    fig.canvas.draw()
    ax = fig.axes[0]
    title = ax._left_title
    assert "\n" in title.get_text()
    assert title.get_window_extent().x1 <= ax.get_window_extent().x1 + 1
    plt.close(fig)
