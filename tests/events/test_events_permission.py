"""Whom a verb of letting lets act is its target (events/roles.permitted, cues.tsv `permission`; our own
sentences). sent-dev: "refused to let a Russian warship refuel" and "agreed to let American forces use its
bases" kept no target, the parser having made the let party the subject of a small clause."""
from __future__ import annotations

import pytest

from events_kit import code, summary

from detente.events.lexicon import cue_words

USES = {
    "let": "Chile refused to let a Peruvian warship refuel at the port of Arica.",
    "allow": "Chile allowed Peruvian lorries to cross the border.",
    "permit": "Chile agreed to permit Peruvian inspectors to visit the plant.",
    "authorize": "Chile refused to authorize Peruvian aircraft to land at Arica.",
    "authorise": "Chile refused to authorise Peruvian aircraft to land at Arica.",
}


def test_each_permission_cue_loads():
    assert set(cue_words("permission")) == set(USES)


@pytest.mark.parametrize("word", sorted(USES))
def test_each_permission_cue_is_used(word):
    assert any(target == "PER" for _, source, target in summary(code(USES[word])) if source == "CHL")


@pytest.mark.parametrize("text, expected", [
    ("Chile agreed to let Peruvian forces use four more of its military bases.", ("AGREE", "CHL", "PER")),
    ("Chile will allow Peruvian lorries to cross the border.", ("AGREE", "CHL", "PER")),
    ("Chile refused to allow a Peruvian warship to dock.", ("REJECT", "CHL", "PER")),
])
def test_the_let_party_is_the_target(text, expected):
    assert expected in summary(code(text))


@pytest.mark.parametrize("text", [
    "Chile allowed its own lorries to cross the border.",  # the source's own party: no target
    "Chile let it be known that it would not attend the summit.",  # a pronoun lets nobody
])
def test_no_foreign_party_is_let(text):
    assert all(target is None for _, _, target in summary(code(text)))
