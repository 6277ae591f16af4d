"""The frame of the maps (web.extent): what they draw, padded, in the page's proportions; the world when
what they draw is spread across it (a map of two neighbours was two dots on the whole world)."""
from __future__ import annotations

import pytest

from detente.web.extent import ASPECT, MIN_WIDTH, WORLD, extent, world


def _inside(box, lon, lat) -> bool:
    return box[0] <= lon <= box[2] and box[1] <= lat <= box[3]


def test_two_neighbours_are_framed_with_room_around_them():
    box = extent(["ARM", "AZE"], [])
    assert _inside(box, 44.5, 40.2) and _inside(box, 49.9, 40.4)  # Yerevan and Baku
    assert MIN_WIDTH <= box[2] - box[0] < 90  # their neighbours in view, not the world
    assert box[2] - box[0] == pytest.approx((box[3] - box[1]) * ASPECT, abs=0.2)


def test_a_place_outside_the_shaded_countries_is_framed_too():
    box = extent(["KEN"], [{"lon": 55.3, "lat": 25.3}])  # a Kenyan incident and a meeting in Dubai
    assert _inside(box, 36.8, -1.3) and _inside(box, 55.3, 25.3)


def test_a_country_is_framed_by_its_main_outline_not_its_far_islands():
    box = extent(["USA"], [])
    assert _inside(box, -77.0, 38.9) and not _inside(box, -150.0, 61.2)  # Washington, not Anchorage


@pytest.mark.parametrize("countries, points", [([], []), (["USA", "CHN"], []), (["ARG"], [{"lon": 139.7, "lat": 35.7}])])
def test_nothing_drawn_or_a_spread_across_the_world_keeps_the_world(countries, points):
    assert extent(countries, points) == list(WORLD)


def test_a_frame_near_the_edge_of_the_world_stays_inside_it():
    box = extent(["NZL"], [])
    assert WORLD[0] <= box[0] and box[2] <= WORLD[2] and WORLD[1] <= box[1] and box[3] <= WORLD[3]
    assert _inside(box, 174.8, -41.3)  # Wellington


def test_the_outlines_are_natural_earth_s_countries():
    assert "Natural Earth" in world()["source"] and len(world()["countries"]) > 170
