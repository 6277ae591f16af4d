"""Prepositional objects of a verb that are not its target: who only attends the act, and where a summoned
envoy is posted.

roles.target_tokens takes every 'to/in/with ...' object of a verb as a target; these two readings take some back.
"""
from __future__ import annotations

import functools

from detente.actors.missions import envoy_nouns
from detente.events.lexicon import cue_words
from detente.events.phrases import pobjs
from detente.events.triggers import children
from detente.records import Sentence

POST_PREPS = frozenset({"to", "in", "at"})


def attendants(sentence: Sentence, i: int) -> list[int]:
    """The 'with' objects of verb i that an 'as <witness>' phrase (cues.tsv `attendant`) makes attendants of the
    act, not its partners: "signed a protocol with the League's envoy as witness" (wire19)."""
    kids = children(sentence, i)
    partners = pobjs(sentence, i, frozenset({"with"}))
    roles = [o for o in pobjs(sentence, i, frozenset({"as"})) + [r for p in partners for r in pobjs(sentence, p, frozenset({"as"}))]
             if sentence.tokens[o].lemma.lower() in cue_words("attendant")]
    return partners if roles and kids else [o for o in partners if onlooking(sentence, o)]


def onlooking(sentence: Sentence, i: int) -> bool:
    """Token i ends an absolute "with X present" / "with X watching" clause (cues.tsv `bystander`): the parser makes
    the last word the 'with' object and X its subject, and X only attends the act (wire36 w36_04: bodies exchanged
    "with the personal representative of the OSCE chairman ... present" were coded as handed to the OSCE)."""
    token = sentence.tokens[i]
    return token.dep == "pobj" and token.lemma.lower() in cue_words("bystander") \
        and sentence.tokens[token.head].lemma.lower() == "with" \
        and any(c.dep in ("nsubj", "nsubjpass") for c in children(sentence, i))


@functools.lru_cache(maxsize=1)
def _envoy_heads() -> frozenset[str]:
    """The last word of each envoy noun of missions.tsv ("commissioner" of "high commissioner")."""
    return frozenset(n.split()[-1] for n in envoy_nouns())


def _envoy_title(sentence: Sentence, j: int) -> bool:
    """Token j heads an envoy's title: its own word, or with its compounds ("High Commissioner"), is a
    missions.tsv envoy noun, so a bare "commissioner" of a body is not one."""
    token = sentence.tokens[j]
    if token.lemma.lower() not in _envoy_heads() and token.text.lower() not in _envoy_heads():
        return False
    words = [c.text.lower() for c in children(sentence, j) if c.dep == "compound" and c.i < j] + [token.text.lower()]
    return any(" ".join(words[k:]) in envoy_nouns() for k in range(len(words)))


def envoy_posts(sentence: Sentence, i: int) -> list[int]:
    """The 'to/in/at' objects of a verb of summoning (cues.tsv `summoner`) whose object is an envoy with no
    such phrase of his own: "summoned Zimbabwe's High Commissioner to Zambia" is parsed with "to Zambia" on the
    verb, but it is the envoy's post, not a second target. wire20 (a Lusaka page): taken as the target, Zambia
    made the Zambian ministry an organ acting on its own state, and the summons, the demand beside it and the
    page's side turned to Zimbabwe (the reason "commissioner" could not join the summon row; wire18–26 and
    wire33–34 summon a High Commissioner some ten times). "summoned X's ambassador to Zambia" hangs the phrase
    on the noun and was right already."""
    token = sentence.tokens[i]
    if token.lemma.lower() not in cue_words("summoner"):
        return []
    envoys = [c.i for c in children(sentence, i) if c.dep == "dobj" and _envoy_title(sentence, c.i)]
    if not envoys or any(pobjs(sentence, e, POST_PREPS) for e in envoys):
        return []
    return pobjs(sentence, i, POST_PREPS)
