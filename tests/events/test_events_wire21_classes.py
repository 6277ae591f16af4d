"""Classes the blind development pages of session 20 (eval/wire21) showed, told with our own sentences: a
state's walking away from a deal on a condition is a conditional threat; a release or hand-over a state says
will come is that act, pending, not a promise; an ambassador received and a call "by telephone" are meetings;
soldiers of a coast guard handed back are released."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "actors"))
from helpers import events_of, make_article  # noqa: E402

from detente.actors import read_actors  # noqa: E402
from detente.events import code_events  # noqa: E402
from detente.nlp import parse_article  # noqa: E402


def _coded(text: str):
    article = make_article(text, date="2019-03-04")
    sentences = parse_article(article)
    cast = read_actors(article, sentences)
    return code_events(article, sentences, cast.mentions, cast.named_states)


def test_suspending_a_deal_unless_or_if_is_a_conditional_threat():
    assert ("THREATEN", "OMN", "YEM") in events_of(
        "Oman said it would suspend the 2015 fishing agreement with Yemen if the crew were not freed within 48 hours.")
    assert ("THREATEN", "CHL", "PER") in events_of(
        "Chile said it would withdraw from the treaty if Peru did not free the crew.")


def test_a_suspension_announced_without_a_condition_is_no_threat():
    events = events_of("Oman suspended the 2015 fishing agreement with Yemen on Monday.")
    assert not any(kind == "THREATEN" for kind, _, _ in events)


def test_a_release_that_will_come_is_the_release_pending():
    events = _coded("Ghana said the eight Togolese fishermen would be released on Monday.")
    kinds = {(e.event_type, e.status) for e in events}
    assert ("RETREAT", "pending") in kinds
    assert not any(e.event_type == "AGREE" for e in events)


def test_a_release_offered_on_a_condition_stays_an_offer():
    # "would release them if X paid": an offer on a condition (AGREE), as a meeting so offered is
    events = _coded("Ghana said it would release the Togolese soldiers if Togo paid the fine.")
    assert not any(e.event_type == "RETREAT" and e.status == "pending" for e in events)


def test_an_ambassador_received_at_the_ministry_is_a_meeting():
    assert ("CONSULT", "JOR", "IRQ") in events_of(
        "Jordan's deputy foreign minister received Iraq's ambassador at the ministry on Saturday morning.")


def test_leaders_who_spoke_by_telephone_consulted():
    assert ("CONSULT", "IRQ", "KWT") in events_of(
        "The prime ministers of Iraq and Kuwait spoke by telephone on Saturday about the seized ship.")


def test_speaking_to_reporters_by_telephone_is_no_meeting():
    events = events_of("The Kuwaiti minister spoke to reporters by telephone from Baghdad on Saturday.")
    assert not any(kind == "CONSULT" for kind, _, _ in events)


def test_coastguardsmen_handed_back_are_released():
    assert ("RETREAT", "GTM", "BLZ") in events_of(
        "Guatemala handed four Belizean coastguardsmen back to Belize on Wednesday.")


def test_a_state_that_says_it_will_release_promises():
    # the active intent stays a promise (AGREE), as the PLOVER and CAMEO sentence sets code it
    events = _coded("Ghana said it will release the eight Togolese fishermen on Monday.")
    assert any(e.event_type == "AGREE" for e in events)
    assert not any(e.event_type == "RETREAT" for e in events)


def test_soldiers_who_will_be_handed_back_are_a_release_pending():
    events = _coded("Oman said the five Yemeni soldiers would be handed back to Yemen after the inquiry.")
    assert any(e.event_type == "RETREAT" and e.status == "pending" for e in events)
    assert not any(e.event_type == "AGREE" for e in events)
