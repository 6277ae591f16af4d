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


HOME_CRITICS = [  # (page, the critic's own state, the story's other state)
    ("DODOMA, March 3 - Tanzania on Tuesday said it had returned a Malawian survey boat seized on Lake Nyasa.\n\n"
     "Opposition MP Grace Mwita criticised the government for \"letting Malawi win the argument\".\n\n"
     "Foreign Minister Juma Said said talks with Malawi would continue in Lilongwe.", "TZA", "MWI"),
    ("SARAJEVO, May 4 - Bosnia and Montenegro signed a border treaty on Thursday.\n\n"
     "Several members of the Bosnian parliament accused the Council of Ministers of \"giving away the coast\".\n\n"
     "Montenegro's foreign minister called the treaty fair.", "BIH", "MNE"),
    ("ZAGREB, June 2 - Croatia and Italy agreed on a fishing inspection pilot on Monday.\n\n"
     "A Croatian opposition MP accused the government of \"handing our waters to Rome\".\n\n"
     "The Italian ambassador welcomed the deal.", "HRV", "ITA"),
]
NAMED_TARGET = ("LIMA, May 4 - Peru recalled its ambassador from Chile on Friday.\n\n"
                "Peruvian lawmakers accused Chile of spying on the navy.\n\n"
                "Chile's foreign minister called the recall regrettable.")


@pytest.fixture(scope="module")
def critic_pages() -> dict[str, set]:
    return coded_pages([p for p, _, _ in HOME_CRITICS] + [NAMED_TARGET])


@pytest.mark.parametrize("page,own,other", HOME_CRITICS)
def test_a_home_critic_of_the_government_accuses_no_other_state(critic_pages, page, own, other):
    assert ("ACCUSE", own, other) not in critic_pages[page], critic_pages[page]


def test_a_home_critic_naming_the_other_state_still_accuses_it(critic_pages):
    assert ("ACCUSE", "PER", "CHL") in critic_pages[NAMED_TARGET]
