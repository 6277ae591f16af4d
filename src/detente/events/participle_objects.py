"""Who "him" or "them" is in a participle clause that explains the main act: "Montenegro expelled Serbia's
ambassador, accusing him of meddling", "X expelled two diplomats, accusing them of spying". The pronoun names
nobody the actors stage can resolve, so the accusation lost its target (sent-dev18 0109); its antecedent is the
main verb's object, whose state the main act already has."""
from __future__ import annotations

from detente.events.phrases import with_conjuncts
from detente.events.triggers import children
from detente.records import Sentence

# Personal pronouns that stand for people acted on; "it" is left alone: "expelled the envoy from France, accusing
# it of bias" may mean the state, not the envoy
PERSON_PRONOUNS = frozenset({"him", "her", "them"})


def participle_antecedent(sentence: Sentence, i: int, objects: list[int]) -> list[int]:
    """The main verb's object for a pronoun object of the participle trigger at i ("..., accusing him of ..."),
    else nothing."""
    token = sentence.tokens[i]
    if not objects or token.dep != "advcl" or token.tag != "VBG" or token.head == i:
        return []
    if not all(sentence.tokens[o].text.lower() in PERSON_PRONOUNS for o in objects):
        return []
    heads = [c.i for c in children(sentence, token.head) if c.dep == "dobj" and c.i < i]
    return with_conjuncts(sentence, heads[0]) if heads else []
