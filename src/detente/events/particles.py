"""Particles of phrasal verbs, including those the parser tags otherwise ("called in the envoy", "turned the
request down", "handed back the prisoners"), and the objects of particle-like prepositions (triggers.py reads
these for a trigger's required particle and its object)."""
from __future__ import annotations

from detente.events.tree import children
from detente.records import Sentence, Token

PLACE_PREPS = frozenset({"in"})  # a particle-like preposition whose place-name object is a place (particle_objects)
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
SPLIT_PARTICLES = frozenset({"down", "off", "back", "out", "up", "over", "away"})


def phrasal_particles(token: Token, kids: list[Token], sentence: Sentence | None = None) -> list[Token]:
    """Particles of a phrasal verb, with the preposition the parser often tags for one (`particle_preps`)."""
    return [c for c in kids if c.dep == "prt"] + particle_preps(token, kids) + split_particles(kids) \
        + adverb_particles(token, kids) + (split_preps(sentence, kids) if sentence is not None else [])


def adverb_particles(token: Token, kids: list[Token]) -> list[Token]:
    """A particle right after the verb that the parser tagged an adverb ("handed back 70 captured soldiers",
    sent-dev5: the return of prisoners went uncoded because 'back' was read as an adverb, not a particle)."""
    return [c for c in kids if c.dep == "advmod" and c.i == token.i + 1 and c.text.lower() in SPLIT_PARTICLES]


def split_particles(kids: list[Token]) -> list[Token]:
    """The particle of a phrasal verb split by its object, which the parser may tag an adverb ("turned the
    request down", wire18: the refusal went uncoded): an adverb right after the whole direct object."""
    objects = [c for c in kids if c.dep == "dobj"]
    return [c for c in kids if c.dep == "advmod" and c.tag in ("RP", "RB") and objects
            and all(o.i < c.i for o in objects) and c.text.lower() in SPLIT_PARTICLES]


def split_preps(sentence: Sentence, kids: list[Token]) -> list[Token]:
    """The split particle the parser tags a preposition with no object of its own ("turned the request down flat",
    wire30: 'down' read as a preposition modified by 'flat', so the refusal was coded as the request): a particle
    word after the whole direct object whose preposition governs nothing ("pushed the boat off the reef" keeps
    'off' a preposition, its object the reef)."""
    objects = [c for c in kids if c.dep == "dobj"]
    return [c for c in kids if c.dep == "prep" and objects and all(o.i < c.i for o in objects)
            and c.text.lower() in SPLIT_PARTICLES
            and not any(g.dep == "pobj" or g.dep == "pcomp" and g.pos == "VERB" for g in children(sentence, c.i))]


def particle_preps(token: Token, kids: list[Token]) -> list[Token]:
    """A preposition right after the verb is often a misparsed particle ("called in the ambassadors",
    "called off the talks")."""
    return [c for c in kids if c.dep == "prep" and c.i == token.i + 1]


def particle_objects(sentence: Sentence, token: Token, words: frozenset[str] | None = None) -> list[Token]:
    """The object of such a particle-preposition (optionally only for particles among `words`). A place
    name after 'in' says where, not whom: "signed in Brussels", "meet in Brussels" (wire10, wire8: the
    city's state coded as the other party of a signing and a meeting); "called in the envoy" keeps its object."""
    return [o for p in particle_preps(token, children(sentence, token.i)) if words is None or p.lemma.lower() in words
            for o in children(sentence, p.i) if o.dep == "pobj"
            and not (p.lemma.lower() in PLACE_PREPS and o.ent in PLACE_ENTS)]


def object_particles(sentence: Sentence, kids: list[Token]) -> list[Token]:
    """A particle with an object of its own is a preposition the parser tagged a particle: "called on[prt] all
    three countries[pobj] to refrain" (wire40 w40_07: an envoy's call on the parties failed the `call`
    row's 'prep:on' and went uncoded, while "called on the three countries" was parsed with a preposition). So is
    one the parser gave the verb's object instead, right after it: "called on[prt] all three countries[dobj] to ..."."""
    objects = [c.i for c in kids if c.dep == "dobj"]
    return [c for c in kids if c.dep == "prt" and (any(o.dep == "pobj" for o in children(sentence, c.i))
                                                     or any(c.i < o and _first_of(sentence, o) == c.i + 1 for o in objects))]


def _first_of(sentence: Sentence, i: int) -> int:
    """The first token of the phrase headed by i (its leftmost dependent, recursively)."""
    first = i
    for c in children(sentence, i):
        if c.i < first:
            first = min(first, _first_of(sentence, c.i))
    return first
