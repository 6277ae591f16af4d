"""An outlet's name at the top of the page names the state it speaks as (actors/home_voice.masthead_state;
wire18: a Djibouti radio bulletin's port authority and ministers were given Ethiopia, the state the page names
most). Our own text."""
from __future__ import annotations

from helpers import events_of_parts

from detente.nlp import parse_article
from detente.records import Article, DateInfo, Segment

BODY = ("Thai barge owners said on Friday that Thailand's barges had been charged twice. Thai officials in "
        "Bangkok said Thailand would take its barges elsewhere. The government of Laos has rejected the Thai "
        "charge that the new river toll breaks the navigation accord. On Monday the port authority suspended "
        "the permits of twelve Thai barges. Foreign Minister Somphet Vong thanked Japan for a grant.")


def _events(masthead: str) -> set[tuple]:
    return events_of_parts([(masthead, "boilerplate"), (BODY, "body")])


def test_a_national_outlets_organs_and_officials_are_its_states():
    found = _events("RADIO LAOS - ENGLISH BULLETIN")
    assert ("SUPPORT", "LAO", "JPN") in found
    assert any(kind in ("SANCTION", "COERCE") and source == "LAO" for kind, source, _ in found)


def _masthead(masthead: str, named: list[str]) -> str | None:
    """masthead_state of a page whose narration names the states `named`, in that order."""
    from detente.actors.home_voice import masthead_state
    from detente.actors.mentions import StateRef
    from detente.records import Sentence
    text = f"{masthead}\n\nBody."
    segments = (Segment(0, "boilerplate", 0, len(masthead)), Segment(1, "body", len(masthead) + 2, len(text)))
    article = Article("test", "-", None, "text", text, segments, DateInfo(None))
    sentences = (Sentence("test", 0, 1, "body", len(masthead) + 2, len(text), "Body."),)
    return masthead_state(article, sentences, [StateRef(0, 0, code, "country", code) for code in named])


def test_the_masthead_counts_only_for_one_of_the_two_states_the_page_names_most():
    assert _masthead("RADIO LAOS - ENGLISH BULLETIN", ["THA", "THA", "THA", "LAO"]) == "LAO"
    assert _masthead("Lao News Agency", ["THA", "LAO", "JPN"]) == "LAO"
    assert _masthead("RADIO KENYA - ENGLISH BULLETIN", ["THA", "THA", "LAO"]) is None  # a third state's outlet
    assert _masthead("MEKONG RADIO", ["THA", "LAO"]) is None  # no state named
    assert _masthead("Laos and Thailand Weekly", ["THA", "LAO"]) is None  # two states named



def test_an_outlet_after_the_bar_of_a_top_line_taken_for_the_title():
    """wire20: "SIBC NEWS ONLINE | Solomon Islands Broadcasting Service" was read as the page's title."""
    from detente.actors.home_voice import masthead_state
    from detente.actors.mentions import StateRef
    from detente.records import Sentence
    for masthead, expected in (("LNR NEWS ONLINE | Laos National Radio", "LAO"),
                               ("Laos closes the river | Mekong Weekly", None),  # a headline names no outlet
                               ("THE RIVER TRIBUNE | Vientiane", None)):  # a city: where the outlet sits
        text = f"{masthead}\n\nBody."
        segments = (Segment(0, "title", 0, len(masthead)), Segment(1, "body", len(masthead) + 2, len(text)))
        article = Article("test", "-", None, "text", text, segments, DateInfo(None))
        sentences = (Sentence("test", 0, 1, "body", len(masthead) + 2, len(text), "Body."),)
        named = [StateRef(0, 0, code, "country", code) for code in ["THA", "THA", "LAO"]]
        assert masthead_state(article, sentences, named) == expected
