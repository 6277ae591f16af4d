"""Session 30 sentence-level type classes (sentrecall16), found on eval/sent-dev17 (written blind) in wordings
whose class recurs on earlier sets or is the gold's own convention: people removed 'forcibly' (COERCE, whatever
the verb's own reading); a host ordering another state's consulate or embassy closed (SANCTION, was the REQUEST
frame of "ordered X to"); supplies or flights restored (COOPERATE, as resumed); a ship denied permission to dock or
refuel (REJECT, was the deny-entry SANCTION); ties reaffirmed (SUPPORT); "described X as an act of terror /
hostility / aggression" (ACCUSE: the 'of' phrase of the bare noun 'act' is the verdict). Our own sentences, each
class with a near miss."""
from __future__ import annotations

import pytest

from events_kit import code, summary


@pytest.mark.parametrize("sentence,expected", [
    ("Kenyan police forcibly returned 300 Ugandan migrants to the border at Busia.", ("COERCE", "KEN")),
    ("Hundreds of Somali refugees were forcibly returned by Kenyan police through the Liboi crossing.",
     ("COERCE", "KEN")),
    ("Kenya forcibly relocated 2,000 Ugandan refugees from the border camps.", ("COERCE", "KEN")),
    ("Kenya ordered Uganda to close its consulate in Mombasa within thirty days.", ("SANCTION", "KEN", "UGA")),
    ("Ghana restored electricity supplies to Togo on Monday after the bills were paid.", ("COOPERATE", "GHA", "TGO")),
    ("Kenya denied a Ugandan survey ship permission to dock in Mombasa.", ("REJECT", "KEN", "UGA")),
    ("Ghana's prime minister reaffirmed ties with Togo on Tuesday.", ("SUPPORT", "GHA")),
    ("Ghana's president described Togo's border closure as an act of hostility.", ("ACCUSE", "GHA", "TGO")),
    ("Chile's foreign minister described Peru's decision as an act of aggression.", ("ACCUSE", "CHL", "PER")),
])
def test_sentence_classes_code(sentence, expected):
    found = summary(code(sentence))
    assert any((t, s, g)[:len(expected)] == expected for t, s, g in found), found


@pytest.mark.parametrize("sentence,absent", [
    # returning fire is no removal, forcible or not
    ("Kenyan troops forcibly returned fire at the Somali gunmen.", "COERCE"),
    # a handback to a named state stays the handback when nothing is forced
    ("Kenya returned the seized fishing boats to Uganda on Friday.", "COERCE"),
    # ordering one's own office closed is no expulsion of another's mission
    ("Kenya ordered its tax office in Mombasa to close early on Friday.", "SANCTION"),
    # a grid restored at home is no supply to another state
    ("Engineers restored power to Nairobi after the storm.", "COOPERATE"),
    # a fishing licence denied is no port call refused
    ("Kenya denied Ugandan fishermen permission to fish in its waters.", "REJECT"),
    # an act of goodwill is no charge
    ("Ghana's president described Togo's aid as an act of goodwill.", "ACCUSE"),
])
def test_sentence_near_misses(sentence, absent):
    assert absent not in {t for t, _, _ in summary(code(sentence))}
