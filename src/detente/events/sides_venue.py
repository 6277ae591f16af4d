"""Where both sides of a meeting are already named as a group, a venue or a setting is no third party.

"The envoy met both high commissioners in Arusha" (wire24): a third party who meets a group of both sides
("both X", "the two X", "their X", "the X of the two countries") meets them in a city that only hosts the
meeting; its capital was coded as the envoy's CONSULT partner. When the two sides are the subject ("their
foreign ministers met in Djibouti"), the host state often receives them: wire35's gold codes the Djiboutian
president's reception as a CONSULT with each side, and dropping that venue lost the row that matched it, so the
subject's venue stays a party. "Ghana's foreign minister held talks in Lome" names one side only and keeps its
place as the other side. Two sides meeting "on the margins of a G20 ministerial meeting" (wire36, coded as each
state's CONSULT with the G20) meet each other, not the body whose gathering is the setting: a body read from
the gathering, with nobody met by the verb itself, is dropped, and the page's counterpart then pairs the two
(wire36 gained the ministers' meeting)."""
from __future__ import annotations

from detente.actors.coref import is_state_code
from detente.events.triggers import children
from detente.records import Actor, Sentence, Token

GROUP_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
MET_DEPS = frozenset({"dobj"})  # the group met by a third party (a subject group keeps its host: wire35)
BOTH_WORDS = frozenset({"both", "two", "their"})  # det "both", nummod "two", poss "their"
BOTH_DEPS = frozenset({"det", "predet", "nummod", "poss"})


def sides_gathered(sentence: Sentence, gatherings: list[int], deps: frozenset[str] = GROUP_DEPS) -> bool:
    """Whether a gathering word (the meeting verb, or the verb a gathering noun is the object of) has a subject
    or object (of `deps`) that is a plural group of both sides ("the two ministers", "their envoys")."""
    heads = [k if sentence.tokens[k].pos in ("VERB", "AUX") else sentence.tokens[k].head for k in gatherings]
    heads += [sentence.tokens[h].head for h in heads if sentence.tokens[h].dep == "xcomp"]  # "are expected to meet"
    groups = [c for h in heads for c in children(sentence, h) if c.dep in deps]
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
