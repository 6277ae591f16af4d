"""Brokers and obtainers are not the doers of the act they helped bring about: "crew freed after Omani mediation"
is no Omani release (events/mediation.py `_broker_as_doer`), "Oman had helped to secure the release of nationals
held in Iran" is no Omani release either (events/obtained_release.py), and the city "a statement from Riyadh"
came from is not the target of the condemnation it carries (events/construction_roles.locative_targets).
wire30's false positives; our own sentences."""
from __future__ import annotations

import pytest

from detente.events.lexicon import cue_words
from events_kit import coded_pages

LEAD = ("Ghana's navy seized a Togolese patrol boat and its five crew off Keta on Sunday. Togo asked Benin to "
        "help. ")
MEDIATED = LEAD + "Ghana freed the five crew members on Friday after Beninese mediation."
MEDIATED_NAMED = LEAD + "The five Togolese crew members were freed on Friday after Beninese mediation."
HEADLINE = "Togolese crew freed after Beninese mediation\n\n" + LEAD + "Ghana released the five Togolese crew members on Friday."
SECURED = LEAD + ("Analysts noted that Benin had helped to secure the release of Nigerian and Ivorian nationals "
                  "held in Ghana in earlier years.")
WON = LEAD + "Benin secured the release of two Nigerian fishermen last year."
ORDERED = LEAD + "Ghana ordered the release of the five Togolese crew members on Friday."
STATEMENT = LEAD + ("The chairman of the African Union Commission condemned the seizure in a statement from Abuja "
                    "and called on Ghana to free the crew.")
BOMBED = "Ghana's air force bombed a depot in Togo on Sunday, Togo said."


@pytest.fixture(scope="module")
def found() -> dict[str, set]:
    return coded_pages([MEDIATED, MEDIATED_NAMED, HEADLINE, SECURED, WON, ORDERED, STATEMENT, BOMBED])


@pytest.mark.parametrize("text", [MEDIATED, MEDIATED_NAMED, HEADLINE])
def test_the_broker_of_a_release_is_no_party_to_it(found, text):
    assert not any(t == "RETREAT" and "BEN" in (s, tgt) for t, s, tgt in found[text])


def test_the_release_itself_is_kept(found):
    assert ("RETREAT", "GHA", "TGO") in found[HEADLINE]
    assert any(t == "RETREAT" and s == "GHA" for t, s, _ in found[MEDIATED])


@pytest.mark.parametrize("text", [SECURED, WON])
def test_who_obtains_a_release_does_not_release(found, text):
    assert not any(t == "RETREAT" and s == "BEN" for t, s, _ in found[text])


def test_an_ordered_release_stays_the_orderers(found):
    assert ("RETREAT", "GHA", "TGO") in found[ORDERED]


def test_obtaining_cues_are_verbs():
    assert {"secure", "win", "obtain", "gain"} <= set(cue_words("obtaining"))


def test_the_city_a_statement_came_from_is_no_target(found):
    assert not any(tgt == "NGA" for _, _, tgt in found[STATEMENT])
    assert ("REQUEST", "IGO", "GHA") in found[STATEMENT]


def test_a_place_an_act_lands_in_is_still_a_target(found):
    assert ("ASSAULT", "GHA", "TGO") in found[BOMBED]


KIN = ("Guinea-Bissau freed two Senegalese soldiers on Monday. Families of the two soldiers welcomed them at "
       "Ziguinchor in the evening with drums. Senegal welcomed the release.")
CONDOLENCES = "Kenya's president sent condolences to the families of the Ugandan soldiers killed in the crash."


def test_relatives_acting_are_no_states_organ():
    found = coded_pages([KIN])[KIN]
    assert not any(t == "SUPPORT" and s == "GNB" for t, s, _ in found)
    assert ("RETREAT", "GNB", "SEN") in found


def test_a_boycotted_summit_is_aimed_at_its_host():
    # a host is no broker of the boycott: the target stays (sent-dev3 and sent-dev5 lost it to the broker rule)
    found = coded_pages(["Chile boycotted the regional summit hosted by Peru, citing the border dispute."])
    assert ("PROTEST", "CHL", "PER") in next(iter(found.values()))
