"""Session 13 (precision3): false positives of real-style pages as classes, on our own sentences."""
import pytest

from events_kit import code, summary


def pairs(text: str) -> set[tuple]:
    return {(t, s, g) for t, s, g, *_ in summary(code(text))}


@pytest.mark.parametrize("text, maker", [
    # a giving verb joined bare to a passive shares it: the envoy received the demand (wire10)
    ("The Kenyan ambassador was summoned by Uganda and handed a demand for compensation.", "UGA"),
    ("The Kenyan envoy was called in by Uganda and given a demand for an apology.", "UGA"),
    ("The Kenyan envoy was told of the anger of the hosts and handed a demand for compensation.", None),
])
def test_a_summoned_envoy_handed_a_demand_did_not_make_it(text, maker):
    requests = {s for t, s, _ in pairs(text) if t == "REQUEST"}
    assert "KEN" not in requests, requests
    if maker:
        assert maker in requests, requests


@pytest.mark.parametrize("text, expected", [
    ("The Kenyan minister was elected in March and signed an accord with Uganda.", ("AGREE", "KEN", "UGA")),
    ("The Kenyan envoy was recalled last week and will demand compensation from Uganda.", ("REQUEST", "KEN", "UGA")),
])
def test_a_passive_subjects_own_later_act_keeps_its_doer(text, expected):
    assert expected in pairs(text)



# a two-state page whose other state, for a third party, is Kenya (named most)
STORY = ("Kenya closed its border with Uganda on Monday. Kenya said the crossing would stay shut. "
         "Kenyan officials blamed smugglers. {} Kenya later accused Uganda of smuggling.")


@pytest.mark.parametrize("sentence", [
    # a body's own members meet: not a meeting with the story's other state (realnews)
    "NATO defence chiefs are to meet immediately.",
    "After an emergency session in Brussels, NATO discussed ways of reducing the risk.",
])
def test_a_bodys_own_meeting_takes_no_counterpart(sentence):
    found = pairs(STORY.format(sentence))
    assert not any(t == "CONSULT" and s == "NATO" and g is not None for t, s, g in found), found


@pytest.mark.parametrize("sentence, etype", [
    # a relative clause naming a thing by what was done to it is background (wire10, wire8, wire4)
    ("The ministry will bring home the battalion Uganda sent to the frontier.", "MOBILIZE"),
    ("Uganda will not pay the fine a Ugandan court demanded.", "REQUEST"),
])
def test_a_thing_named_by_a_past_act_takes_no_counterpart(sentence, etype):
    found = pairs(STORY.format(sentence))
    assert not any(t == etype and s == "UGA" and g is not None for t, s, g in found), found


def test_a_labelling_relative_clause_still_takes_the_counterpart():
    # "a position Uganda called illegal": the clause labels the thing, an accusation of the story's other state
    found = pairs(STORY.format("Kenya said the lorries would stay impounded, a position Uganda called illegal."))
    assert ("ACCUSE", "UGA", "KEN") in found, found


@pytest.mark.parametrize("text", [
    # what a penalty is for was done by the penalised, not by the state that penalises (wire8)
    "A Kenyan court imposed a fine on a Ugandan institute for violating the rules of the Kenyan fishing zone.",
    "Kenya fined the Ugandan ship for violating its waters.",
])
def test_the_reason_for_a_penalty_is_not_the_penalisers_act(text):
    assert not any(s == "KEN" and t in ("REJECT", "MOBILIZE") for t, s, _ in pairs(text)), pairs(text)


def test_a_thanked_party_still_did_what_it_is_thanked_for():
    assert ("SUPPORT", "KEN", "UGA") in pairs("Kenya thanked Uganda for sending aid.")


def test_encouraging_two_states_to_talk_is_a_call_not_their_talks():
    # realnews: "encouraged both countries to discuss" was coded as their consultation
    found = pairs("The Kenyan president encouraged Uganda and Tanzania to discuss the incident.")
    assert not any(t == "CONSULT" for t, *_ in found), found
    assert ("REQUEST", "KEN", "UGA") in found, found
