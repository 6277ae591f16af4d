"""A person named by full name after a state's possessive, with no role ("Peru's Jorge Ruiz"), is that state's
when named again by surname (actors/mentions.possessed_names; wire18). Our own sentences."""
from __future__ import annotations

from helpers import events_of


def test_a_possessed_name_gives_its_later_surname_the_state():
    found = events_of("Chile's foreign minister Ana Soto spent six hours with Peru's Jorge Ruiz. "
                      "Ruiz turned down a request from Soto for joint patrols.")
    assert ("REJECT", "PER", "CHL") in found


def test_an_institution_after_the_possessive_is_no_person():
    assert ("ACCUSE", "PER", "CHL") in events_of("Peru's Foreign Ministry summoned the Chilean envoy.")


def test_only_full_names_free_of_institution_words_are_read():
    from detente.actors.mentions import NOT_PERSON_WORDS, POSSESSED_NAME
    assert POSSESSED_NAME.match("'s Jorge Ruiz said", 0).group(1) == "Jorge Ruiz"
    assert POSSESSED_NAME.match("'s Ruiz said", 0) is None  # one word: a surname alone may be anything
    assert {"Bank", "Ministry", "Court", "Corps"} <= NOT_PERSON_WORDS
    # wire4: "… six members of Pakistan's Frontier Corps." is a force, not a person, also before a full stop
    from detente.actors.mentions import possessed_names
    from detente.actors.gazetteer import scan
    from detente.records import Sentence
    text = "Afghanistan is to release six members of Pakistan's Frontier Corps."
    assert possessed_names(Sentence("t", 0, 0, "body", 0, len(text), text), scan(text), []) == []

