"""A capital that opens the dateline and acts in the headline is the state a page speaks as
(actors/home_voice.dateline_capital_state; wire19: a San José paper's "Foreign Minister X called in the
Nicaraguan ambassador" was given Nicaragua, the state the page names most). A dateline alone says nothing.
Our own text."""
from __future__ import annotations

from helpers import events_of_parts

BODY = ("Nicaraguan soldiers crossed the river near the Nicaraguan town of San Carlos on Monday, Nicaraguan "
        "radio said. Nicaragua said the patrol had been lost. Foreign Minister Tomás Quirós Arce summoned the "
        "Nicaraguan ambassador and handed him a protest note. The foreign minister warned that the frontier "
        "would be closed if Nicaragua did not answer.")


def _events(title: str, dateline: str) -> set[tuple]:
    return events_of_parts([(title, "title"), (dateline, "dateline"), (BODY, "body")], "1961-03-16")


def test_a_capitals_paper_gives_its_unnamed_minister_its_state():
    found = _events("Nicaraguan patrol crosses river; San José protests", "San José, 16 March 1961")
    assert any(source == "CRI" and target == "NIC" for _, source, target in found)
    assert not any(source == "NIC" and target == "CRI" and kind in ("ACCUSE", "THREATEN") for kind, source, target in found)


def test_a_dateline_without_the_capital_in_the_headline_says_nothing():
    found = _events("Nicaraguan patrol crosses river", "San José, 16 March 1961")
    assert not any(source == "CRI" and kind in ("ACCUSE", "THREATEN") for kind, source, _ in found)
