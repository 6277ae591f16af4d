"""Build src/detente/web/static/world-110m.json, the country outlines of the page's map and of
`detente plot map`, from Natural Earth's 1:110m countries (public domain) as packaged in TopoJSON
by the npm package world-atlas 2.0.2 (file countries-110m.json).

    cd /tmp && npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python scripts/build_world_map.py /tmp/package/countries-110m.json

Output: one entry per country with its ISO 3166 alpha-3 code (from the numeric code, via
pycountry; null for areas without one, e.g. N. Cyprus), its name, and its rings as flat
[lon, lat, lon, lat, ...] lists rounded to 0.1 degree (plenty at 1:110m, and a sixth of the size).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pycountry

OUT = Path(__file__).resolve().parents[1] / "src/detente/web/static/world-110m.json"
# Areas Natural Earth draws without an ISO numeric code, under the user-assigned codes news coders use.
NO_NUMERIC = {"Kosovo": "XKX"}


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """TopoJSON's quantised, delta-encoded arcs → absolute lon/lat points."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring(indices: list[int], arcs: list) -> list[float]:
    """One closed ring from arc indices (a negative index ~i is arc i reversed)."""
    points: list[tuple[float, float]] = []
    for index in indices:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc[1:] if points else arc)  # consecutive arcs share their end point
    flat: list[float] = []
    shift = 0.0
    for i, (lon, lat) in enumerate(points):
        # A ring that crosses the antimeridian jumps from +180 to -180: keep it continuous (the
        # part beyond 180 falls outside the map) instead of drawing a line across the world.
        if i and abs(lon + shift - flat[-2]) > 180:
            shift += 360 if lon + shift < flat[-2] else -360
        pair = [round(lon + shift, 1), round(lat, 1)]
        if flat[-2:] != pair:
            flat += pair
    return flat


def alpha3(geometry: dict) -> str | None:
    name = geometry.get("properties", {}).get("name", "")
    if "id" not in geometry:
        return NO_NUMERIC.get(name)
    found = pycountry.countries.get(numeric=geometry["id"])
    return found.alpha_3 if found else None


def main(path: str) -> None:
    topology = json.loads(Path(path).read_text(encoding="utf-8"))
    arcs = decode_arcs(topology)
    countries = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        rings = [r for polygon in polygons for r in (ring(i, arcs) for i in polygon) if len(r) >= 6]
        countries.append({"id": alpha3(geometry), "name": geometry["properties"]["name"], "rings": rings})
    OUT.write_text(json.dumps({
        "source": "Natural Earth 1:110m admin-0 countries (public domain, naturalearthdata.com), "
                  "via the TopoJSON of npm world-atlas 2.0.2; built by scripts/build_world_map.py",
        "coordinates": "longitude, latitude in degrees, rounded to 0.1; a ring crossing the antimeridian "
                       "continues past +-180 rather than jumping back",
        "countries": countries}, separators=(",", ":")), encoding="utf-8")
    print(f"{OUT}: {len(countries)} countries, {OUT.stat().st_size:,} bytes")


if __name__ == "__main__":
    main(sys.argv[1])
