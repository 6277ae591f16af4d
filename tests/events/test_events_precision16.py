"""Issue #11, false positives of the fresh pages, sixteenth pass (own sentences): a war of words is no armed
attack (events/figurative.py), and a body's gathering held in a capital does not make the capital's state the
attending state's counterpart (events/implied.py `_body_named_gathering`)."""
from __future__ import annotations

import pytest
from events_kit import code, coded_pages, summary

from detente.events.lexicon import cue_words


@pytest.mark.parametrize("text", [
    "Chile and Peru fought a war of words in 2013 over fishing rights.",
    "Chile and Peru fought a battle of nerves over the fishing boats.",
    "Kenya and Uganda fought a bitter propaganda war last year.",
])
def test_a_figurative_war_is_no_assault(text):
    assert "ASSAULT" not in {e.event_type for e in code(text)}


@pytest.mark.parametrize("text,expected", [
    ("Chile and Peru fought a border war in 1995.", ("ASSAULT", "CHL", "PER")),
    ("Peruvian troops fought Chilean soldiers near the border on Monday.", ("ASSAULT", "PER", "CHL")),
    ("The battle between Chilean and Peruvian troops lasted three hours.", ("ASSAULT", "CHL", "PER")),
])
def test_a_war_or_battle_of_arms_stays_an_assault(text, expected):
    assert expected in summary(code(text))


def test_every_figurative_cue_has_a_known_place():
    words = cue_words("figurative")
    assert {"war", "battle"} <= {w for w, v in words.items() if v == "head"}
    assert set(words.values()) == {"head", "of", "mod"}
    for word, value in words.items():  # each row makes its figure: a war of <word>, a <word> war
        text = {"head": f"Chile and Peru fought a {word} of words.", "of": f"Chile and Peru fought a war of {word}s.",
                "mod": f"Chile and Peru fought a {word} war."}[value]
        assert "ASSAULT" not in {e.event_type for e in code(text)}, word


VENUES = [
    ("The offer was made to Kenya during the ECOWAS foreign ministers' meeting in Dakar in March, she said.", "SEN"),
    ("The Ugandan foreign minister will travel to Addis Ababa next week for an African Union meeting.", "ETH"),
    ("Malaysia would raise the issue when Asean environment ministers meet in Hanoi at the end of the month.", "VNM"),
]
PARTIES = [
    ("The Ugandan foreign minister will travel to Nairobi next week for talks.", ("CONSULT", "UGA", "KEN")),
    ("Kenya's foreign minister met Uganda's president in Kampala on the sidelines of an African Union summit.",
     ("CONSULT", "KEN", "UGA")),
]


@pytest.fixture(scope="module")
def pages() -> dict[str, set]:
    return coded_pages([t for t, _ in VENUES] + [t for t, _ in PARTIES])


@pytest.mark.parametrize("text,venue", VENUES)
def test_a_bodys_gathering_in_a_capital_meets_no_host_state(pages, text, venue):
    assert not any(t == "CONSULT" and venue in (s, o) for t, s, o in pages[text]), pages[text]


@pytest.mark.parametrize("text,expected", PARTIES)
def test_a_capital_visited_or_a_state_named_stays_a_party(pages, text, expected):
    assert expected in pages[text], pages[text]


def test_the_body_itself_stays_met_on_the_way_to_its_meeting(pages):
    assert ("CONSULT", "UGA", "IGO") in pages[VENUES[1][0]]
