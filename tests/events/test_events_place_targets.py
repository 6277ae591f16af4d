"""An act with a doer and no named target, aimed at the one other state whose place or thing its object names
(targets36, issue #11, events/place_targets.py): "near the X border", "into X territory", a ship "flying the X flag"
or "the flag of X", "X oil flows", "its airspace" told by a state that speaks or protests above the act. Our own
sentences, read through the whole pipeline (the real actors stage), each with a near miss that must stay unaimed."""
from __future__ import annotations

import pytest

from events_kit import coded_pages

AIMED = [
    ("Malian troops pulled back from two camps near the Mauritanian border.", ("RETREAT", "MLI", "MRT")),
    ("Georgian troops were ordered to the Armenian frontier.", ("MOBILIZE", "GEO", "ARM")),
    ("Eritrea seized a fishing boat flying the flag of Yemen.", ("COERCE", "ERI", "YEM")),
    ("Oman detained a cargo ship flying the Panamanian flag.", ("COERCE", "OMN", "PAN")),
    ("Estonia said two Russian jets had entered its airspace.", ("MOBILIZE", "RUS", "EST")),
]
# the place is the doer's own, only beside a named place, or of no state: no target is guessed
UNAIMED = [
    ("Russian rockets hit a depot in Kharkiv region near the Belarusian border.", ("ASSAULT", "RUS", "BLR")),
    ("Lithuania said the Russian warship had withdrawn to its own waters.", ("RETREAT", "RUS", "LTU")),
    ("Malian troops pulled back from two camps near the Malian border.", ("RETREAT", "MLI", "MLI")),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, set]:
    return coded_pages([s for s, _ in AIMED] + [s for s, _ in UNAIMED])


@pytest.mark.parametrize("sentence,expected", AIMED)
def test_the_act_is_aimed_at_the_places_owner(coded, sentence, expected):
    assert expected in coded[sentence], coded[sentence]


@pytest.mark.parametrize("sentence,guess", UNAIMED)
def test_no_owner_is_guessed(coded, sentence, guess):
    assert guess not in coded[sentence], coded[sentence]
