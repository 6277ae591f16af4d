"""Whose sovereignty a charge says was violated is the wronged state, not the accused.

"'This is a flagrant violation of the Kingdom's sovereignty,' the ministry said": the censure's complement names
the state whose sovereignty, integrity or independence was breached (cues.tsv kind `wronged`), which is the
speaker's own side; the accused is the one who breached it, named elsewhere or left to the page's other state.
eval/wire30 w30_05: once "the Kingdom" was read as Bahrain (actors/state_styles.py), Bahrain's own charge ran
from Iran to Bahrain, the possessor taken as its target; read so since the complement-object rule, it had been
right only while "the Kingdom" was misread as Iran.
"""
from __future__ import annotations

from detente.events.lexicon import cue_words
from detente.events.triggers import children
from detente.records import Sentence

CHARGES = frozenset({"ACCUSE"})


def without_wronged(sentence: Sentence, found: list[int], event_type: str) -> list[int]:
    """A charge's complement objects less a wronged noun with an owner ("X's sovereignty", "the sovereignty of
    X")."""
    if event_type not in CHARGES:
        return found
    return [o for o in found if not _owned_wrong(sentence, o)]


def _owned_wrong(sentence: Sentence, i: int) -> bool:
    token = sentence.tokens[i]
    if token.lemma.lower() not in cue_words("wronged"):
        return False
    return any(c.dep == "poss" or c.dep == "prep" and c.lemma.lower() == "of" for c in children(sentence, i))
