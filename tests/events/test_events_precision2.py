"""Session 12 (precision2): false positives of real-style pages as classes, on our own sentences."""
import pytest

from events_kit import code, summary


def pairs(text: str) -> set[tuple]:
    return {(t, s, g) for t, s, g, *_ in summary(code(text))}


@pytest.mark.parametrize("text, absent, present", [
    # a city after 'in' is where the act happened, not a party read off a misparsed particle (wire10, wire8)
    ("The protocol was signed in Oslo on 15 July by the foreign ministers of Chile and Peru.",
     "NOR", ("AGREE", "CHL", "PER")),
    ("Chile signed in Oslo an accord with Peru.", "NOR", ("AGREE", "CHL", "PER")),
    ("The Chilean and Peruvian ministers will meet in Oslo next Tuesday.", "NOR", ("CONSULT", "CHL", "PER")),
    ("The Kenyan Senate voted to approve the protocol signed in Oslo at the end of June.", "NOR", None),
    ("The NATO council will meet in Oslo on Friday.", "NOR", None),
])
def test_a_place_after_in_is_no_party(text, absent, present):
    found = pairs(text)
    assert not any(absent in (s, g) for _, s, g in found), found
    if present:
        assert any(t == present[0] and {s, g} == set(present[1:]) for t, s, g in found), found


def test_called_in_still_takes_its_object():
    found = pairs("The Kenyan foreign ministry called in the Ugandan ambassador on Monday.")
    assert any(s == "KEN" and g == "UGA" for _, s, g in found), found


@pytest.mark.parametrize("text", [
    # 'concede' as a verb of saying reports a fact, it yields nothing (wire10)
    "The old accord, Kenyan officials concede, was written for years of normal rainfall.",
    "Kenyan officials concede that the old accord with Uganda was written for normal years.",
])
def test_conceding_a_point_is_no_concession(text):
    assert not any(t == "CONCEDE" for t, *_ in pairs(text))


def test_conceding_a_thing_still_yields():
    assert ("CONCEDE", "KEN", "UGA") in pairs("Kenya conceded the disputed island to Uganda after the ruling.")


@pytest.mark.parametrize("text", [
    # a hostile act's name given to the other side's act condemns it; the labeller did not abduct (wire9)
    "Kenya called the rescue an abduction by Uganda.",
    "Kenya described the rescue as a kidnapping by Uganda.",
])
def test_a_hostile_label_is_an_accusation_not_the_act(text):
    found = pairs(text)
    assert ("ACCUSE", "KEN", "UGA") in found, found
    assert not any(t in ("ASSAULT", "COERCE") for t, *_ in found), found


def test_a_pronoun_object_stands_for_the_coordinated_verbs_object():
    # "delivered it", 'it' a protest note: a protest handed over, not aid (wire4)
    found = pairs("The Kenyan foreign minister signed a protest note and delivered it to the Ugandan embassy.")
    assert ("ACCUSE", "KEN", "UGA") in found and not any(t == "AID" for t, *_ in found), found
    found = pairs("Kenya loaded two planes with food and delivered them to Uganda.")
    assert ("AID", "KEN", "UGA") in found, found


def test_wanting_is_a_request_only_of_another_doer():
    # "wants X to withdraw" asks X; "wanted to close the border" is the wanter's own plan (realnews)
    assert ("REQUEST", "KEN", "UGA") in pairs("Kenya wants Uganda to withdraw its troops.")
    assert not any(t == "REQUEST" for t, *_ in pairs("Kenya wanted to close the border with Uganda."))


@pytest.mark.parametrize("text, expected", [
    ("Kenya slammed Uganda over the arrests.", {("ACCUSE", "KEN", "UGA")}),
    # the idiom: a door slammed shut is no criticism (realnews), one slammed on talks refuses them
    ("Kenya had wanted to slam Uganda's door shut.", set()),
    ("Kenya slammed the door on talks with Uganda.", {("REJECT", "KEN", "UGA")}),
])
def test_slam(text, expected):
    assert pairs(text) == expected
