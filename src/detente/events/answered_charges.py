"""A charge named only as what a state rejects is not coded again: "Foreign Minister X rejected Egypt's charge that
Ankara interferes in its affairs", "rejected Lima's accusation of interference", "rejected Sudan's accusation that
it had organised the attack". The sentence tells the rejection (REJECT, which the golds code); the charge it names
is the other side's earlier act, told on its own page or not at all, and its noun read as a fresh ACCUSE by the
accuser was a false positive on each page (wire47 w47_05 and w47_08, wire49 w49_08; precision23 count below in
docs/quality.md). An ACCUSE noun trigger (accusation, charge, allegation ...) that is the object of a verb of
cues.tsv kind `answered` (reject, deny, dismiss, refute, rebuff), or the subject of its passive ("the accusation was
rejected"), is not coded; the rejecting verb keeps its own row.
"""
from __future__ import annotations

from detente.events.lexicon import cue_words
from detente.records import Sentence

ANSWERED_SLOTS = frozenset({"dobj", "nsubjpass"})


def answered_charge(sentence: Sentence, i: int, event_type: str) -> bool:
    """Whether the ACCUSE noun at i is the charge a rejecting verb answers ("rejected X's accusation")."""
    token = sentence.tokens[i]
    if event_type != "ACCUSE" or token.pos != "NOUN" or token.dep not in ANSWERED_SLOTS or token.head == i:
        return False
    return sentence.tokens[token.head].lemma.lower() in cue_words("answered")
