"""Session 23 (precision13): false positives of the fresh page sets. Border officers "disarmed" by the other
side's soldiers were coded as a RETREAT (a side laying down its own arms) of the disarming state (wire21,
wire25, wire28). Disarming another side's officers or guards is force used on them (COERCE); a passive
"had been disarmed" tells of others taking the arms; a side disarming itself or its own militias stays a
RETREAT. The sentences are this file's own; the rule has its near misses."""
from __future__ import annotations

import pytest

from events_kit import code, summary


def types(text: str) -> set[str]:
    return {t for t, _, _ in summary(code(text))}


def test_officers_disarmed_by_the_other_side_are_coerced_not_a_retreat():
    rows = summary(code("Ghanaian soldiers crossed the river at dawn, disarmed the Togolese officers and drove "
                        "them to Aflao."))
    assert ("COERCE", "GHA", "TGO") in rows, rows
    assert not any(t == "RETREAT" for t, _, _ in rows), rows


def test_a_passive_disarming_is_no_retreat_of_the_disarmed():
    text = ("Kwesi said the two Togolese had crossed the river in a boat and had been disarmed and detained in "
            "accordance with the law.")
    assert "RETREAT" not in types(text), types(text)


@pytest.mark.parametrize("text", [
    "Togo disarmed its militias along the border with Ghana on Monday.",
    "The rebels in Togo began to disarm on Monday under the accord signed with Ghana.",
])
def test_a_side_laying_down_its_own_arms_is_still_a_retreat(text):
    assert "RETREAT" in types(text), types(text)


# A sum of money announced under 'will'/'would' is the grant, pending (wire21: "The Commission said it would
# contribute EUR 2.4 million ...", gold AID pending, coded as a promise AGREE); with no sum, or on a condition,
# it stays a promise, as the PLOVER and CAMEO sentence sets code "would provide assistance".
@pytest.mark.parametrize("text", [
    "The European Commission will contribute 2.4 million euros towards a radio system for Ghana.",
    "Ghana said it would provide two million dollars to Togo for flood relief.",
])
def test_a_sum_announced_for_the_future_is_the_aid_pending(text):
    rows = code(text)
    assert any(e.event_type == "AID" and e.status == "pending" for e in rows), summary(rows)
    assert not any(e.event_type == "AGREE" for e in rows), summary(rows)


@pytest.mark.parametrize("text", [
    "Ghana said it would provide assistance to Togo.",
    "Ghana will give 5 million dollars to Togo if the floods continue.",
])
def test_help_with_no_sum_or_on_a_condition_stays_a_promise(text):
    assert "AGREE" in types(text), types(text)


# Two governments that "clashed over" migrants or asylum argued (wire28: coded ASSAULT both ways); troops that
# clashed stay an armed clash.
def test_states_clashing_over_migrants_is_no_attack():
    text = "The decision comes weeks after Ghana and Togo clashed over West African migrants crossing from Aflao."
    assert "ASSAULT" not in types(text), types(text)


def test_troops_clashing_is_still_an_attack():
    assert "ASSAULT" in types("Ghanaian troops clashed with Togolese soldiers over a disputed hill on Monday.")
