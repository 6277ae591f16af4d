"""Session 14 trigger classes (triggers5): a trigger word read as another type's word, or a requirement too strict
for a class of phrasing. Each class is tested with our own sentences, and with a near miss that must keep its
old reading."""
from __future__ import annotations

import pytest

from events_kit import code, summary


def types(sentence: str) -> set[str]:
    return {t for t, _, _ in summary(code(sentence))}


@pytest.mark.parametrize("sentence,expected", [
    # a population forced out of its homes is a mass expulsion (plover_gsr / cameo_examples: read SANCTION)
    ("The Kenyan army forced out more than 1,000 Ugandan refugees from their homes.", ("ASSAULT", "KEN", "UGA")),
    ("Kenyan troops expelled the Ugandan villagers of the border district.", ("ASSAULT", "KEN")),
    # a thing that helps, offered, is aid pending (wire4: a hospital ship offered after a cyclone, read AGREE)
    ("Norway offered Chile a navy hospital ship.", ("AID", "NOR", "CHL")),
    ("Norway offered Chile two transport aircraft and 5 million dollars.", ("AID", "NOR", "CHL")),
    # a ship escorted through a passage is given safe passage (wire10: escort not a trigger)
    ("The Norwegian Coast Guard escorted the Chilean vessel the whole way through the passage.",
     ("COOPERATE", "NOR", "CHL")),
    # sitting down with the other side is meeting it (sent-dev: two presidents "sat down for three hours")
    ("The Kenyan president sat down with his Ugandan counterpart for three hours on Monday.", ("CONSULT", "KEN", "UGA")),
    ("Kenya's Ruto and his Ugandan counterpart Museveni sat down for three hours outside Nairobi.", ("CONSULT",)),
])
def test_trigger_forms_code(sentence, expected):
    found = summary(code(sentence))
    assert any((t, s, g)[:len(expected)] == expected for t, s, g in found), found


@pytest.mark.parametrize("sentence,kept", [
    ("Kenya forced the UN refugee agency out of the country.", "SANCTION"),  # an agency forced out
    ("Kenya expelled two Ugandan diplomats.", "SANCTION"),  # diplomats expelled
    ("Kenya expelled a Ugandan journalist.", "COERCE"),  # an individual expelled
    ("Norway offered Chile a deal on fishing quotas.", "AGREE"),  # an offer of terms, not of help
])
def test_near_misses_keep_their_reading(sentence, kept):
    assert kept in types(sentence)


@pytest.mark.parametrize("sentence,absent", [
    ("Norwegian warships escorted the Chilean trawler out of Norwegian waters.", "COOPERATE"),  # no 'through'
    ("Kenyan protesters sat down on the road to Uganda.", "CONSULT"),  # no one met
    ("The Kenyan minister sat down with reporters in Kampala.", "CONSULT"),  # the press is no counterpart
])
def test_near_misses_stay_uncoded(sentence, absent):
    assert absent not in types(sentence)


def test_an_offer_to_send_ships_is_no_threat():
    # wire4: "an offer from China to send a navy hospital ship"; a vow to send warships stays a threat
    assert "THREATEN" not in types("Norway offered to send a ship to Chile.")
    assert "THREATEN" in types("Norway vowed to send warships to Chile.")


def test_a_demonstration_and_its_demand_are_one_protest():
    # plover_gsr / cameo_examples: "demonstrated in Kirkuk calling for independence" is a protest, not a request too
    assert types("Thousands of Kenyan workers demonstrated in Nairobi on Sunday calling for independence "
                 "from Uganda.") == {"PROTEST"}
    # a state's diplomatic protest keeps the demand it makes
    assert "REQUEST" in types("Kenya protested to Uganda, demanding the release of its fishermen.")


def test_an_undertaking_is_a_promise_of_its_act():
    # wire9: "Bolivia undertook to reinforce patrols on its side" was a MOBILIZE; wire10: "Spain undertakes to release
    # 300 hm3 into the Tagus" had no trigger. The promised act is coded as itself, pending, when it is one.
    assert types("Kenya undertook to reinforce patrols on its side of the Ugandan border.") == {"AGREE"}
    released = [e for e in code("Kenya undertook to release the Ugandan fishermen.") if e.event_type == "RETREAT"]
    assert released and released[0].status == "pending"
    # a mission undertaken is carried out, not promised (plover_gsr: "undertook mediation mission between X and Y")
    assert "AGREE" not in types("The Norwegian envoy undertook a mediation mission between Kenya and Uganda.")
