"""The place where both sides of a meeting met is its venue, not a third party: "their foreign ministers met in
Djibouti under the auspices of IGAD" (wire35), "the two foreign ministers met in Abuja", "the envoy met both high
commissioners in Arusha" (wire24). When the meeting's subject or object is already a group of the two sides (a
plural with "both", "two" or "their", or "the ministers of the two countries"), the capital in its 'in' phrase
hosts them and was coded as a CONSULT with the host state (and a broker's CONSULT with it, events/mediation.py):
three false positives of wire24 and wire35. "Ghana's foreign minister held talks in Lome" names one side only,
and its place stays the other side. The same two sides meeting "on the margins of a G20 ministerial meeting"
(wire36, coded as both states' CONSULT with the G20) meet each other, not the body whose gathering is the
setting: a body read from the gathering, with nobody met by the verb itself, is dropped too."""
from __future__ import annotations

from detente.actors.coref import is_state_code
from detente.events.triggers import children
from detente.records import Actor, Sentence, Token

GROUP_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
BOTH_WORDS = frozenset({"both", "two", "their"})  # det "both", nummod "two", poss "their"
BOTH_DEPS = frozenset({"det", "predet", "nummod", "poss"})


def sides_gathered(sentence: Sentence, gatherings: list[int]) -> bool:
    """Whether a gathering word (the meeting verb, or the verb a gathering noun is the object of) has a subject
    or object that is a plural group of both sides ("the two ministers", "their envoys", "both delegations")."""
    heads = [k if sentence.tokens[k].pos in ("VERB", "AUX") else sentence.tokens[k].head for k in gatherings]
    heads += [sentence.tokens[h].head for h in heads if sentence.tokens[h].dep == "xcomp"]  # "are expected to meet"
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


def body_setting(sentence: Sentence, i: int, targets: list[Actor]) -> bool:
    """Whether the targets are international bodies only and the meeting verb at i meets nobody itself (no
    object, no 'with'): the body was read from the gathering that is the setting ("on the margins of a G20
    meeting"), not from anyone met."""
    met = any(c.dep in ("dobj", "dative") or c.dep == "prep" and c.lemma.lower() == "with" for c in children(sentence, i))
    return bool(targets) and not met and all(t.country and not is_state_code(t.country) for t in targets)
