"""Session 14 (precision4): false-positive classes seen on several development sets, on our own sentences.

Full pipeline (actors stage included), since the classes turn on how a mention was resolved."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "actors"))
from helpers import events_of  # noqa: E402


@pytest.mark.parametrize("text", [
    # sent-dev: ministers who "did not meet on the sidelines of the <capital> conference" met that state
    "Contrary to earlier reports, the foreign ministers of Kenya and Uganda did not meet on the sidelines "
    "of the Oslo conference, a spokesman said.",
    "The foreign ministers of Kenya and Uganda met at the Lima summit on Monday.",
    "Kenya and Uganda signed the Oslo accords in 1993.",
    "Kenya hosted the Oslo talks between Uganda and Tanzania.",
])
def test_a_capital_a_gathering_is_named_after_is_no_party(text):
    found = events_of(text)
    assert not any({"NOR", "PER"} & {s, t} for _, s, t in found), found


@pytest.mark.parametrize("text, expected", [
    ("The foreign ministers of Kenya and Uganda met at the Lima summit on Monday.", ("CONSULT", "KEN", "UGA")),
    ("Kenya and Uganda signed the Oslo accords in 1993.", ("AGREE", "KEN", "UGA")),
])
def test_the_parties_of_a_gathering_named_after_a_capital_still_deal_with_each_other(text, expected):
    found = events_of(text)
    assert expected in found or (expected[0], expected[2], expected[1]) in found, found


def test_a_capital_as_the_actor_itself_still_names_its_state():
    assert ("ACCUSE", "KEN", "UGA") in events_of("The Nairobi government accused Uganda of spying.")
    assert ("CONSULT", "KEN", "PER") in events_of("The Kenyan foreign minister met the Lima government on Monday.")


@pytest.mark.parametrize("text", [
    # newswire: "funds for clinics on both sides of the border" made the border's two states addressees
    "Kenya and Uganda clashed on Monday. Norway said it would send doctors to clinics on both sides of the border.",
    "Kenya and Uganda clashed on Monday. Norway will send food to villages on either side of the river.",
])
def test_the_sides_of_a_border_are_places_not_the_two_states(text):
    found = events_of(text)
    assert not any(s == "NOR" and t in ("KEN", "UGA") and e != "AID" for e, s, t in found), found
    assert not ({("AID", "NOR", "KEN"), ("AID", "NOR", "UGA")} <= found), found


def test_both_sides_of_a_conflict_are_still_its_two_states():
    found = events_of("Kenya and Uganda clashed on Monday. Norway urged both sides to show restraint.")
    assert {("REQUEST", "NOR", "KEN"), ("REQUEST", "NOR", "UGA")} <= found, found


STORY = "Kenya accused Uganda of smuggling on Monday. {}"


@pytest.mark.parametrize("sentence", [
    # newswire, demo: "the two countries first clashed in the late 1990s" coded as each attacking the other
    "The two countries first clashed over the same lake in the late 1990s.",
    "The two armies exchanged fire in the area more than a decade ago, and tension has flared since.",
    "The two neighbours fought over the island years ago.",
])
def test_a_group_fight_told_as_undated_history_is_not_coded_both_ways(sentence):
    found = events_of(STORY.format(sentence))
    assert ("ACCUSE", "KEN", "UGA") in found and not any(t == "ASSAULT" for t, *_ in found), found


def test_a_group_fight_reported_now_is_still_coded_both_ways():
    found = events_of(STORY.format("The two armies exchanged fire again on Tuesday."))
    assert {("ASSAULT", "KEN", "UGA"), ("ASSAULT", "UGA", "KEN")} <= found, found


def test_named_states_in_undated_history_are_still_coded():
    found = events_of(STORY.format("Kenya and Uganda fought over the island in the 1990s."))
    assert ("ASSAULT", "KEN", "UGA") in found or ("ASSAULT", "UGA", "KEN") in found, found


def test_an_act_on_a_case_is_aimed_at_the_other_party_never_at_the_court():
    # realnews: "plans to withdraw its complaint filed at the WTO on X's export controls" was aimed at the WTO
    found = events_of("Kenya closed its border with Uganda. Kenya said it would withdraw its complaint filed at the "
                      "World Trade Organization on Uganda's export controls.")
    assert not any(t == "IGO" for _, _, t in found), found
    assert any(s == "KEN" and t == "UGA" and e != "SANCTION" for e, s, t in found), found
