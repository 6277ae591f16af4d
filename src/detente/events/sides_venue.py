"""The place where both sides of a meeting met is its venue, not a third party: "their foreign ministers met in
Djibouti under the auspices of IGAD" (wire35), "the two foreign ministers met in Abuja", "the envoy met both high
commissioners in Arusha" (wire24). When the meeting's subject or object is already a group of the two sides (a
plural with "both", "two" or "their", or "the ministers of the two countries"), the capital in its 'in' phrase
hosts them and was coded as a CONSULT with the host state (and a broker's CONSULT with it, events/mediation.py):
three false positives of wire24 and wire35. "Ghana's foreign minister held talks in Lome" names one side only,
and its place stays the other side."""
from __future__ import annotations

from detente.events.triggers import children
from detente.records import Sentence, Token

GROUP_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
BOTH_WORDS = frozenset({"both", "two", "their"})  # det "both", nummod "two", poss "their"
BOTH_DEPS = frozenset({"det", "predet", "nummod", "poss"})


def sides_gathered(sentence: Sentence, gatherings: list[int]) -> bool:
    """Whether a gathering word (the meeting verb, or the verb a gathering noun is the object of) has a subject
    or object that is a plural group of both sides ("the two ministers", "their envoys", "both delegations")."""
    heads = [k if sentence.tokens[k].pos in ("VERB", "AUX") else sentence.tokens[k].head for k in gatherings]
    groups = [c for h in heads for c in children(sentence, h) if c.dep in GROUP_DEPS]
    return any(_both(sentence, g) for g in groups)


def _both(sentence: Sentence, group: Token) -> bool:
    if group.tag not in ("NNS", "NNPS"):
        return False
    kids = children(sentence, group.i)
    if any(k.dep in BOTH_DEPS and k.text.lower() in BOTH_WORDS for k in kids):
        return True  # "the two ministers", "both delegations", "their foreign ministers"
    return any(k.dep == "prep" and k.lemma.lower() == "of" and any(_both(sentence, o) for o in children(sentence, k.i)
                                                                  if o.dep == "pobj") for k in kids)
