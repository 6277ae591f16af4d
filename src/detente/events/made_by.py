"""A request or accusation noun whose maker a 'by' phrase names: "dismissed allegations by Canada's Prime Minister
linking its agents to the killing", "rejected a demand by Nairobi that the Kenyans be freed", "turned down a request
by Ghana for the extradition". Like a possessive maker ("Ghana's request", nesting.owned_request), it marks
another party's act that the verb it hangs on answers, so the request or accusation is an event of its own and
is not absorbed by the refusal (wire37: India's rejection swallowed the Canadian accusation it answered; the dev
pages' "rejected accusations by Bahrain over ...", "a request by Moldova for compensation" are the same class).
Only a named maker counts: a proper noun, or a role owned by one ("by Canada's Prime Minister", "by the Ghanaian
minister"); "a request by the delegation" names no state and stays part of the answering act."""
from __future__ import annotations

from detente.events.tree import children
from detente.records import Sentence, Token

NAMING_DEPS = frozenset({"poss", "compound", "amod", "nmod"})


def named_by_maker(sentence: Sentence, i: int) -> bool:
    """True when noun i has a 'by' phrase whose object is a name or a role owned by a name or nationality."""
    return any(p.dep == "prep" and p.lemma.lower() == "by" and any(
        o.dep == "pobj" and _named(sentence, o) for o in children(sentence, p.i)) for p in children(sentence, i))


def _named(sentence: Sentence, token: Token) -> bool:
    if token.pos == "PROPN" or token.ent in ("GPE", "NORP"):
        return True
    return any(c.dep in NAMING_DEPS and (c.pos == "PROPN" or c.ent in ("GPE", "NORP")) for c in children(sentence, token.i))


def answered_maker(sentence: Sentence, i: int) -> list[int]:
    """"dismissed as absurd allegations by X", "rejected a demand by X": the maker named in the 'by' phrase of the
    answered noun (the verb's object, or the object of its 'as' phrase), the party a refusal with no target of
    its own answers (wire37: India's dismissal of the Canadian allegations lost its target when the allegations
    became an event of their own)."""
    nouns = [c for c in children(sentence, i) if c.dep == "dobj"]
    nouns += [o for p in children(sentence, i) if p.dep == "prep" and p.lemma.lower() == "as"
              for o in children(sentence, p.i) if o.dep == "pobj"]
    return [o.i for n in nouns for p in children(sentence, n.i) if p.dep == "prep" and p.lemma.lower() == "by"
            for o in children(sentence, p.i) if o.dep == "pobj" and _named(sentence, o)]
