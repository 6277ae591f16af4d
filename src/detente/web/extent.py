"""The part of the world a map frames: the countries it shades and the places it dots, padded.

A map of one pair of neighbours drawn on the whole world showed two dots lost in the Caucasus and
two shaded countries a few pixels wide (newcomer session 16, a folder of Armenia-Azerbaijan news):
the page's map and `detente plot map` now frame what they draw, with room for the neighbours, and
keep the whole world when what they draw is spread across it.

Boxes are (west, south, east, north) in degrees, on the plain longitude/latitude plane both maps
draw (the page: x = longitude + 180, y = 90 - latitude).
"""
from __future__ import annotations

import json
from functools import cache
from importlib import resources

WORLD = (-180.0, -60.0, 180.0, 90.0)  # what both maps showed before: Antarctica left out
ASPECT = 360 / 150  # width / height of the page's map, so a framed map fills the same box
MIN_WIDTH = 40.0  # degrees of longitude: a small country keeps its neighbours in view
PAD = 0.25  # of the drawn span, on each side
MOST = 0.6  # a frame wider than this share of the world is the world


@cache
def world() -> dict:
    """The country outlines both maps draw (Natural Earth 1:110m; see its `source`)."""
    text = resources.files("detente.web").joinpath("static", "world-110m.json").read_text(encoding="utf-8")
    return json.loads(text)


@cache
def _main_boxes() -> dict[str, tuple[float, float, float, float]]:
    """Each country's box around its largest outline: Alaska and Hawaii would stretch a map of the United
    States' neighbours to the Pacific, and an island far out would do the same for France."""
    boxes = {}
    for country in world()["countries"]:
        rings = [_box(ring[0::2], ring[1::2]) for ring in country["rings"]]
        if country.get("id") and rings:
            boxes[country["id"]] = max(rings, key=lambda b: (b[2] - b[0]) * (b[3] - b[1]))
    return boxes


def _box(lons, lats) -> tuple[float, float, float, float]:
    return min(lons), min(lats), max(lons), max(lats)


def extent(countries: list[str], points: list[dict]) -> list[float]:
    """The frame for a map shading `countries` (codes) and dotting `points` ({"lon", "lat"}): their boxes
    joined, padded, widened to the page's proportions, inside WORLD; WORLD when nothing is drawn."""
    known = _main_boxes()
    boxes = [known[c] for c in countries if c in known] + [(p["lon"], p["lat"], p["lon"], p["lat"]) for p in points]
    if not boxes:
        return list(WORLD)
    west, south = min(b[0] for b in boxes), min(b[1] for b in boxes)
    east, north = max(b[2] for b in boxes), max(b[3] for b in boxes)
    width = max(east - west, MIN_WIDTH / (1 + 2 * PAD)) * (1 + 2 * PAD)
    width = max(width, (north - south) * (1 + 2 * PAD) * ASPECT)
    if width >= MOST * (WORLD[2] - WORLD[0]):
        return list(WORLD)
    height = min(width / ASPECT, WORLD[3] - WORLD[1])
    x = _inside((west + east) / 2 - width / 2, width, WORLD[0], WORLD[2])
    y = _inside((south + north) / 2 - height / 2, height, WORLD[1], WORLD[3])
    return [round(x, 1), round(y, 1), round(x + width, 1), round(y + height, 1)]


def _inside(start: float, span: float, low: float, high: float) -> float:
    """Slide a span starting at `start` so that it lies within [low, high]."""
    return max(low, min(start, high - span))
