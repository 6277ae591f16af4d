"""Acts with no doer named that the page's other state did (events/detained.py, turned_down.py,
received_guests.py). First an agentless detention of one state's border or sea people on a page about that state
and one other: the other state holds them (wire25's "the two Namibian police officers held since Saturday were
arrested on the Angolan bank"). Our own sentences."""
from __future__ import annotations

import pytest

from events_kit import coded_pages

ARRESTED = ("Malawi summoned Tanzania's high commissioner on Monday to protest against the incident. The two Malawian "
            "police officers held since Saturday were arrested on the Tanzanian bank of the Songwe river, officials "
            "said. Tanzania said the officers had crossed the border without permission. Malawi demanded their release.")
DETAINED = ("Malawi protested to Tanzania on Monday. Three Malawian fishermen were detained near Kyela on Sunday, the "
            "Malawian foreign ministry said. Tanzania has not commented on the case.")
AT_HOME = ("Malawi protested to Tanzania on Monday. Three Malawian students were arrested in Lilongwe on Sunday, the "
           "police said. Tanzania has not commented on the protest.")
OWN_CAPITAL = ("Malawi protested to Tanzania on Monday. Two Malawian officials were arrested in Lilongwe on Sunday, "
               "the police said. Tanzania has not commented on the protest.")
NAMED_DOER = ("Malawi protested to Tanzania on Monday. Three Malawian fishermen were detained by Zambian police on "
              "Sunday, the ministry said. Tanzania has not commented.")


@pytest.fixture(scope="module")
def found() -> dict[str, set]:
    return coded_pages([ARRESTED, DETAINED, AT_HOME, OWN_CAPITAL, NAMED_DOER])


@pytest.mark.parametrize("text", [ARRESTED, DETAINED])
def test_the_page_s_other_state_holds_the_detained_people(found, text):
    assert ("COERCE", "TZA", "MWI") in found[text], found[text]


def test_the_place_of_the_arrest_is_no_target(found):
    assert not any(t == "COERCE" and tgt == "TZA" for t, _, tgt in found[ARRESTED]), found[ARRESTED]


@pytest.mark.parametrize("text", [AT_HOME, OWN_CAPITAL])
def test_arrests_of_a_state_s_own_people_at_home_are_not_the_other_state_s(found, text):
    assert not any(t == "COERCE" and s == "TZA" for t, s, _ in found[text]), found[text]


def test_a_named_doer_stays(found):
    assert not any(t == "COERCE" and s == "TZA" for t, s, _ in found[NAMED_DOER]), found[NAMED_DOER]


# An agentless refusal of one state's request: the page's other state was asked and refused (events/turned_down.py;
# wire21's "Baghdad's request that the dredger be returned together with the crew was turned down").
TURNED_DOWN = ("Malawi protested to Tanzania on Monday over the seizure of a ferry. Malawi's request that the ferry be "
               "returned with its crew was turned down, a Malawian official said. Tanzania said the ferry had entered "
               "its waters.")
BY_A_BODY = ("Malawi protested to Tanzania on Monday over the seizure of a ferry. Tanzania said the ferry had entered "
             "its waters. Malawi's request for a special session was turned down by the regional council on Friday.")
NOT_A_STATE_S = ("Malawi protested to Tanzania on Monday over the seizure of a ferry. Tanzania said the ferry had "
                 "entered its waters. The ferry company's request for compensation was turned down on Friday.")


@pytest.fixture(scope="module")
def refusals() -> dict[str, set]:
    return coded_pages([TURNED_DOWN, BY_A_BODY, NOT_A_STATE_S])


def test_the_page_s_other_state_turned_the_request_down(refusals):
    assert ("REJECT", "TZA", "MWI") in refusals[TURNED_DOWN], refusals[TURNED_DOWN]


@pytest.mark.parametrize("text", [BY_A_BODY, NOT_A_STATE_S])
def test_a_named_refuser_or_a_request_of_no_state_is_not_the_other_state_s(refusals, text):
    assert ("REJECT", "TZA", "MWI") not in refusals[text], refusals[text]


# An agentless reception of one state's envoy: the page's other state received him (events/received_guests.py;
# wire23's "the Latvian ambassador in Minsk had been received at the Foreign Ministry").
RECEIVED = ("Latvia protested to Belarus on Monday over the arrest of two border guards. The Latvian ambassador in "
            "Minsk had been received at the Foreign Ministry on Tuesday, an official said. Belarus said the guards "
            "had crossed the border.")
RECEIVED_BY = ("Latvia protested to Belarus on Monday over the arrest of two border guards. Belarus said the guards "
               "had crossed the border. The Latvian ambassador was received by the Pope on Tuesday.")


@pytest.fixture(scope="module")
def receptions() -> dict[str, set]:
    return coded_pages([RECEIVED, RECEIVED_BY])


def test_the_page_s_other_state_received_the_envoy(receptions):
    assert ("CONSULT", "BLR", "LVA") in receptions[RECEIVED], receptions[RECEIVED]


def test_a_named_host_stays(receptions):
    assert ("CONSULT", "BLR", "LVA") not in receptions[RECEIVED_BY], receptions[RECEIVED_BY]


# A passive without its 'were' the parser reads as the clause's verb, with the real verb its conjunct or the
# participle its clausal subject (events/voice.py reduced_passive; wire34, a blind page: "Two Georgian policemen
# detained near the village had illegally crossed the border", "four Nigerian customs officers arrested near the
# town at the weekend had entered the country armed"): the held people's state is no detainer.
PERFECT_CONJUNCT = ("Azerbaijan protested to Iran on Monday. Two Azerbaijani border guards detained near the river had "
                    "wrongly crossed the frontier and were handed to the provincial police, Iran's border service said "
                    "on Tuesday. Azerbaijan demanded their release.")
CLAUSAL_SUBJECT = ("Kenya summoned Uganda's envoy on Friday. Uganda's interior minister said that three Kenyan police "
                   "officers arrested near the lake on Sunday had been carrying rifles without any permit. Kenya "
                   "demanded their release.")
QUESTIONED = ("Honduras protested to Guatemala on Monday. The three Honduran soldiers detained near the river were "
              "questioned for hours, officials said. Honduras demanded their release.")
ACTIVE_PAST = ("Azerbaijan protested to Iran on Monday. Azerbaijani border guards detained two Iranian smugglers near "
               "the river and had handed them to the police, the service said. Iran demanded their release.")


@pytest.fixture(scope="module")
def reduced() -> dict[str, set]:
    return coded_pages([PERFECT_CONJUNCT, CLAUSAL_SUBJECT, QUESTIONED, ACTIVE_PAST])


@pytest.mark.parametrize("text,holder,held", [(PERFECT_CONJUNCT, "IRN", "AZE"), (CLAUSAL_SUBJECT, "UGA", "KEN")])
def test_a_participle_s_subject_was_held_by_the_other_state(reduced, text, holder, held):
    assert ("COERCE", holder, held) in reduced[text], reduced[text]
    assert not any(t == "COERCE" and s == held for t, s, _ in reduced[text]), reduced[text]


def test_an_active_detention_keeps_its_doer(reduced):
    assert ("COERCE", "AZE", "IRN") in reduced[ACTIVE_PAST], reduced[ACTIVE_PAST]


def test_the_held_people_s_state_is_not_their_detainer(reduced):
    assert not any(t == "COERCE" and s == "HND" for t, s, _ in reduced[QUESTIONED]), reduced[QUESTIONED]
