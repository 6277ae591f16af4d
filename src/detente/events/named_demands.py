"""A want or expectation of a named state is a demand of it, whatever verb follows.

The 'want' and 'expect' frames of triggers.tsv ("wants X to do something") need a trigger in their
complement, so that "wanted normal diplomatic contacts to continue" (newswire) is no request. When the
complement's own doer is a state or body ("said he expected Budapest to explain how many passports had
been issued", wire45; "Islamabad still expected Kabul to act against militants", wire4; "Kigali expected
Bujumbura to compensate the families", "Ankara expected Baghdad to act against PKK fighters", "We expect
Minsk to reverse this step", development pages), the wanter asks that state to act: a REQUEST of it, as the
golds code it, even when the verb asked for ('explain', 'act', 'compensate') is no trigger of its own.
"""
from __future__ import annotations

from detente.events.nesting import Candidate
from detente.events.role_actors import mention_at
from detente.events.triggers import COMPLEMENT_DEPS, Hit, children
from detente.records import Mention, Sentence

# A state named as such, not a person of it: "Israel expected the Jordanian ambassador to return once tempers
# cool" (wire45) is a forecast of an envoy's return, no demand of Jordan. Not a body either: "Kenya wants the
# court to uphold a boundary" (wire35) is a party's case before a court, which the gold does not code.
STATE_KINDS = frozenset({"country", "capital", "seat", "alias"})


def named_state_demands(sentence: Sentence, hits: list[Hit], candidates: list[Candidate],
                        mentions: list[Mention]) -> list[Candidate]:
    """The want/expect frames dropped for owning no trigger, kept when their complement's doer is a state."""
    owned = {c.hit.token for c in candidates} | {h.token for c in candidates for h in c.nested}
    return [Candidate(h, ()) for h in hits
            if h.token not in owned and _wants_of_another(h) and _state_doer(sentence, h.token, mentions)]


def _wants_of_another(hit: Hit) -> bool:
    """A frame entry whose complement must have a doer of its own (kind 'subjcomp': 'want', 'expect')."""
    kinds = {r.kind for r in hit.entry.requires} | {a.kind for r in hit.entry.requires for a in r.also}
    return hit.entry.frame and "subjcomp" in kinds


def _state_doer(sentence: Sentence, i: int, mentions: list[Mention]) -> bool:
    """"expected Budapest to explain": the infinitive's subject names a state or body (not a pronoun); not "did
    not want the Forum involved" (wire22), a participle that asks nothing of the Forum."""
    for clause in (c for c in children(sentence, i) if c.dep in COMPLEMENT_DEPS and _infinitive(sentence, c.i)):
        doers = [k for k in children(sentence, clause.i) if k.dep == "nsubj" and k.pos != "PRON"]
        if any((m := mention_at(sentence, d.i, mentions)) is not None and m.country and m.kind in STATE_KINDS
               and m.first <= d.i <= m.last
               for d in doers):
            return True
    return False


def _infinitive(sentence: Sentence, i: int) -> bool:
    return any(k.dep == "aux" and k.tag == "TO" for k in children(sentence, i))
