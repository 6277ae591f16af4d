"""Session 29 (wire46): an act of saying joined to the passive clause a state denies is the denier's second act
(events/nesting.py `_beside_denied_passive`). "The embassy denied that any of its citizens were involved and
accused Malaysia of fabricating evidence" lost its accusation: the parser tags "accused" a participle, joins it
to "were involved" and the denial absorbed it. Our own sentences; near misses keep the parse's reading."""
from __future__ import annotations

import pytest

from events_kit import code, parsed, summary
from detente.events.nesting import split_conjunct


def _token(sentence, word):
    return next(t for t in sentence.tokens if t.text == word)


@pytest.mark.parametrize("text,expected", [
    ("Bolivia's foreign ministry denied that its officers were involved and accused Chile of staging the incident.",
     ("ACCUSE", "BOL", "CHL")),
    ("Chile's embassy denied that the fishermen were detained and accused Peru of lying.", ("ACCUSE", "CHL", "PER")),
])
def test_an_act_beside_a_denied_passive_is_the_deniers(text, expected):
    assert expected in summary(code(text))


def test_the_denial_keeps_the_accused_as_its_target():
    found = summary(code("Bolivia's foreign ministry denied that its officers were involved and accused Chile of "
                         "staging the incident."))
    assert ("REJECT", "BOL", "CHL") in found


@pytest.mark.parametrize("text,word", [
    # a verb of saying, not of denying, above the passive clause: "the envoy ... accused" may be the envoy's
    ("Peru said its envoy was summoned and accused Chile of lying.", "accused"),
    # no object of its own: a second passive participle sharing "were" ("were detained and accused of spying")
    ("Chile denied that the fishermen were detained and accused of spying.", "accused"),
])
def test_no_split_without_a_denial_or_an_object(text, word):
    sentence = parsed(text, "body")[1][0]
    assert not split_conjunct(sentence, _token(sentence, word))
