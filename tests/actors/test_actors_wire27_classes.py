"""Classes the blind development pages of session 22 (eval/wire27) showed in the actors stage, told with our
own sentences: "the two men" after a sentence naming two states' ministers are those two states (as "the two
ministers" are), and two detained men of one state are no pair of parties."""
from __future__ import annotations

from helpers import events_of


def test_the_two_men_are_the_two_ministers_named_before():
    events = events_of("Chile's foreign minister spoke to his Peruvian counterpart by telephone on Monday. "
                       "The two men agreed to meet in Arica next month.")
    assert ("AGREE", "CHL", "PER") in events or ("AGREE", "PER", "CHL") in events


def test_the_two_men_freed_are_no_party():
    events = events_of("Peruvian police arrested two Chilean engineers near Tacna on Monday. "
                       "The two men were released on Friday.")
    assert not any(kind == "AGREE" for kind, _, _ in events)
