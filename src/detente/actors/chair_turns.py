"""A state's turn at the chair of a body of states acts for the body: "the Czech presidency of the EU urged ...",
"the Czech EU presidency said ...", "Kazakhstan's OSCE chairmanship called for ..." are the EU's and the OSCE's acts.

The EU's Council presidency rotates among its members, and news names it by the holder's adjective; read as the
holder state, the call of the EU ran from a third state (eval/wire54 w54_07, session 33). The state's mention is
given the body's code when it modifies a chair noun (data/chair_turns.tsv) that names its body by an "of" phrase or
a modifier; a chair noun with no body named ("the Czech presidency") is left to the state.
"""
from __future__ import annotations

import functools
from dataclasses import replace

from detente.actors.coref import is_state_code
from detente.actors.gazetteer import data_rows
from detente.records import Mention, Sentence

HOLDER_DEPS = frozenset({"amod", "compound", "poss"})


@functools.lru_cache(maxsize=1)
def chair_nouns() -> frozenset[str]:
    return frozenset(row[0].lower() for row in data_rows("chair_turns.tsv"))


def with_chair_turns(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """The sentence's mentions, a chair's holder state given the body it chairs."""
    return [_for_body(sentence, m, mentions) for m in mentions]


def _for_body(sentence: Sentence, mention: Mention, mentions: list[Mention]) -> Mention:
    if not mention.country or not is_state_code(mention.country):
        return mention
    head = sentence.tokens[mention.head]
    chair = sentence.tokens[head.head]
    if head.dep not in HOLDER_DEPS or chair.i == head.i or chair.lemma.lower() not in chair_nouns():
        return mention
    body = _body_of(sentence, chair.i, mentions, mention)
    if body is None:
        return mention
    return replace(mention, country=body.country, sector=body.sector,
                   resolution=f"{mention.resolution} → holds the {chair.text.lower()} of {body.text} ({body.country})")


def _body_of(sentence: Sentence, chair: int, mentions: list[Mention], holder: Mention) -> Mention | None:
    """The body the chair noun names: its "of" object or another modifier ("the EU presidency")."""
    tokens = sentence.tokens
    named = {c.i for c in tokens if c.head == chair and c.i != chair and c.dep in HOLDER_DEPS}
    named |= {o.i for p in tokens if p.head == chair and p.dep == "prep" and p.lemma.lower() == "of"
              for o in tokens if o.head == p.i and o.dep == "pobj"}
    bodies = [m for m in mentions if m is not holder and m.sentence == sentence.index and m.head in named
              and m.country and not is_state_code(m.country)]
    return bodies[0] if len({m.country for m in bodies}) == 1 else None
