"""A bare refusal of an offer told just before it: "Brazil offered to mediate, but Peru declined", "Kenya proposed a
joint inquiry; Uganda declined". The refusing verb has no object and no complement of its own; what it refuses is
the offer of the clause beside it (a verb of offering, cues.tsv `offering`), and the state that made the offer is
the one refused (PLOVER REJECT, target the offerer).

eval/wire26 (w26_12: "had offered earlier this month to mediate between its two neighbours, but Peru declined")
left the refusal uncoded: "decline" needs an object or a complement (triggers.tsv), and a bare "refused" kept no
target. The offer must be its own clause with a subject that is not the refuser's ("Bolivia offered talks but then
declined" is no refusal of another's offer); the parser hangs the two clauses as conjuncts, as sibling
complements of a verb of saying, or the offer as a complement of the refusal (after a semicolon).
"""
from __future__ import annotations

from detente.events.lexicon import cue_words
from detente.events.tree import children
from detente.records import Sentence, Token

# what a bare refusal must not have: an object, a passive subject, or a complement clause of its own
OWN_ARGUMENTS = frozenset({"dobj", "nsubjpass", "xcomp", "attr", "oprd"})


def declined_offer(sentence: Sentence, token: Token) -> Token | None:
    """The verb of offering a bare refusal answers, or None."""
    kids = children(sentence, token.i)
    if any(c.dep in OWN_ARGUMENTS for c in kids) or not any(c.dep == "nsubj" for c in kids):
        return None
    offers = cue_words("offering")
    near = [c for c in kids if c.dep in ("ccomp", "parataxis") and c.i < token.i]  # "X proposed Y; Z declined"
    head = sentence.tokens[token.head]
    if token.dep == "conj":  # "X offered to mediate, but Z declined"
        near.append(head)
    if token.dep == "ccomp":  # "X had offered ..., but Z declined, a diplomat said": two complements of "said"
        near += [c for c in children(sentence, head.i) if c.dep in ("ccomp", "conj") and c.i < token.i]
    return next((v for v in near if v.pos == "VERB" and v.lemma.lower() in offers
                 and _other_subject(sentence, v, token)), None)


def offerers(sentence: Sentence, token: Token) -> list[int]:
    """The subject of the offer a bare refusal answers: whom the refusal is aimed at (arguments.py option)."""
    offer = declined_offer(sentence, token)
    return [c.i for c in children(sentence, offer.i) if c.dep == "nsubj"] if offer is not None else []


def _other_subject(sentence: Sentence, offer: Token, refusal: Token) -> bool:
    """The offer has a subject of its own that is not the refusal's ("Bolivia offered talks, then declined")."""
    own = [c for c in children(sentence, offer.i) if c.dep == "nsubj"]
    refusers = {c.lemma.lower() for c in children(sentence, refusal.i) if c.dep == "nsubj"}
    return bool(own) and not any(c.lemma.lower() in refusers for c in own)
