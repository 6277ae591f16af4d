"""Session 31 classes found on eval/wire50 (written blind by helper pages50): a threat told as a negated idiom ("will
not sit idly by", "will not stand idle") is an asserted warning, not a negated one (every page gold: wire35 w35_01,
sent-dev3 0104, sent-dev13 0111, wire50 w50_04); an official arriving in another capital visits it, as one
travelling to it does (wire50 w50_02). Our own sentences."""
from __future__ import annotations

import pytest

from events_kit import code


def _found(sentence: str) -> set[tuple]:
    return {(e.event_type, e.source and e.source.country, e.target and e.target.country, e.status) for e in code(sentence)}


@pytest.mark.parametrize("sentence,expected", [
    ("Kenya would not sit idly by if Uganda moved troops to the border.", ("THREATEN", "KEN", "UGA", "asserted")),
    ("Kenya will not stand idle if Uganda closes the lake to its fishermen.", ("THREATEN", "KEN", "UGA", "asserted")),
    ("Kenya's foreign minister arrived in Uganda on Saturday with a message from the president.",
     ("CONSULT", "KEN", "UGA", "asserted")),
    ("The Norwegian delegation arrived in Lima on Monday for talks on the fishing quota.",
     ("CONSULT", "NOR", "PER", "asserted")),
])
def test_classes_code(sentence, expected):
    assert expected in _found(sentence), _found(sentence)


@pytest.mark.parametrize("sentence,absent", [
    # what stood idle in the past threatened nobody
    ("The Kenyan army stood idle as the Ugandan convoy passed.", "THREATEN"),
    # a sports side arriving is no visit
    ("The Kenyan football team arrived in Uganda on Monday.", "CONSULT"),
])
def test_near_misses(sentence, absent):
    assert absent not in {t for t, *_ in _found(sentence)}, _found(sentence)
