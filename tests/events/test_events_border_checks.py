"""Checks on another state's traffic at a shared border made harsher are SANCTION (triggers.tsv, session 29, recall24):
every lorry or vehicle searched or inspected, customs or tighter checks and controls, checks tightened (wire45 w45_01–03,
wire28 w28_05: the page golds code them SANCTION alt COERCE; none was coded). Health checks, controls on smuggling asked
for, and a search of one car are not the class."""
from __future__ import annotations

import pytest

from events_kit import code, summary


def types(sentence: str) -> set[str]:
    return {t for t, _, _ in summary(code(sentence))}


@pytest.mark.parametrize("sentence", [
    "Chilean customs officers began searching every lorry arriving from Bolivia at the Colchane crossing.",
    "Romanian border police started inspecting every truck and passenger coming from Moldova on Monday.",
    "Finland decided to reintroduce customs checks on its border with Sweden.",
    "Estonia announced tighter controls at its border with Latvia on Friday.",
    "Slovenia tightened checks on its border with Croatia.",
])
def test_harsher_checks_on_another_states_traffic_are_a_sanction(sentence):
    assert "SANCTION" in types(sentence)


def test_the_checks_are_the_policing_states():
    # the target is left to the page's other state (the page golds' KAZ→KGZ, DNK→DEU)
    assert ("SANCTION", "FIN") in {(t, s) for t, s, _ in summary(code("Finland decided to reintroduce customs checks "
                                                                      "on its border with Sweden."))}


@pytest.mark.parametrize("sentence", [
    "Benin reopened its land border with Niger after health checks.",
    "Ghana was urged by Togo to tighten controls on cocoa smuggling across their shared border.",
    "Police searched the car of a Polish consul in Minsk.",
    "Norwegian rescuers searched for a missing Russian trawler.",
    "Export controls on Chilean copper were discussed in Lima.",
])
def test_other_checks_and_searches_are_no_sanction(sentence):
    assert "SANCTION" not in types(sentence)
