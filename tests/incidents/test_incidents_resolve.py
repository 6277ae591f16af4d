"""Resolving an incident's fields when its reports tie, some of them with a part unknown."""
from __future__ import annotations

from dataclasses import replace

from detente.incidents.resolve import most_common, resolve
from tests.incidents.reports_kit import report


def _placed(doc: str, town: str, country: str | None, mode: str | None = None):
    return replace(report(doc=doc), location_text=town, location_country=country, mode=mode)


def test_a_tie_between_a_place_with_and_without_its_country_keeps_the_country():
    incident = resolve([_placed("d1", "Lakeside", None), _placed("d2", "Lakeside", "KEN")])
    assert (incident.location_text, incident.location_country) == ("Lakeside", "KEN")


def test_a_tie_in_either_order_resolves_the_same():
    a, b = _placed("d1", "Lakeside", "KEN"), _placed("d2", "Lakeside", None)
    assert resolve([a, b]).location_country == resolve([b, a]).location_country == "KEN"


def test_the_most_common_value_wins_over_the_tie_rule_and_none_sorts_last():
    assert most_common(["x", None, None]) is None
    assert most_common([None, "x"]) == "x"
    assert most_common([("a", None), ("a", "b"), ("a", None)]) == ("a", None)
    assert most_common([]) is None
