"""Session 27, precision20: the settled reading of "no plans for X to meet Y" and of a denial's REJECT.

Guards, not fixes: these pass on merge1 too. They pin the convention the development *page* golds follow (wire39
w39_03 codes "have no plans for direct talks" as a negated, optional CONSULT; sent-fp does the same for "no plans
to visit"), which the sentence golds of sent-dev12 and sent-dev14 now follow too, so that a later pass does not
"fix" the negated meeting away to please the old sentence golds. Sentences are the helper's own.
"""
from __future__ import annotations

import pytest

from events_kit import code


def found(text: str) -> set[tuple]:
    return {(e.event_type, e.source.country, e.target.country if e.target else None, e.status) for e in code(text)}


@pytest.mark.parametrize("text, pair", [
    ("Officials said there were no plans for the Kenyan and Ugandan presidents to meet this month.", {"KEN", "UGA"}),
    ("The Kenyan foreign minister has no plans to visit Uganda before the election, his office said.", {"KEN", "UGA"}),
])
def test_no_plans_for_a_meeting_is_the_meeting_negated(text, pair):
    got = found(text)
    assert any(t == "CONSULT" and {s, g} == pair and st == "negated" for t, s, g, st in got), got
    assert not any(t == "CONSULT" and st != "negated" for t, _, _, st in got), got


@pytest.mark.parametrize("text", [
    "Kenya on Monday denied the Ugandan charge that its police had beaten the traders.",
    "Kenya denied Ugandan reports that its soldiers had crossed the border.",
])
def test_denying_a_charge_or_report_is_a_reject(text):
    # every development page gold codes a denied charge, claim, report or allegation as REJECT (12 rows)
    assert any(t == "REJECT" and s == "KEN" for t, s, _, _ in found(text)), found(text)
