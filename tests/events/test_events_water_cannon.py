"""Water cannon turned on another state's ship told with a verb that names no act: "sprayed X with water cannon",
"blasted X with water cannon", "turned water cannon on X" (wire28 class: no trigger, nothing coded; the news gold
codes the act as ASSAULT or COERCE, as "used water cannon on"). Our own sentences."""
from __future__ import annotations

import pytest

from events_kit import code, summary


@pytest.mark.parametrize("text", [
    "On Monday a Kenyan coast guard cutter sprayed a Ugandan police boat with water cannon.",
    "A Kenyan patrol ship blasted the Ugandan fishing boats with water cannon near the island.",
    "A Kenyan patrol ship doused the Ugandan fishing boats with water cannon near the island.",
    "Kenyan police turned water cannon on a Ugandan fisheries patrol boat near the island.",
])
def test_water_cannon_on_a_ship_is_coercion(text):
    assert ("COERCE", "KEN", "UGA") in summary(code(text))


@pytest.mark.parametrize("text", [
    "Kenyan farmers sprayed their maize fields with pesticide near the Ugandan border.",
    "The Kenyan foreign minister blasted Uganda for the seizure of the boats.",
])
def test_no_coercion_without_the_cannon(text):
    assert not any(t == "COERCE" for t, _, _ in summary(code(text)))
