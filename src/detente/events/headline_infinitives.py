"""A headline's future told as a bare to-infinitive, "Modi to visit Washington next month": with no "is" before
"to", the parser may read the sentence-initial name as a verb (a "Modi/VB" root) and hang the infinitive on it
as an adverbial clause, so the act had no subject and was not coded (eval/sent-dev4 0018, written blind). A root
that the entity rules name as a person, state or body, with no subject of its own, is the infinitive's subject,
as in "Modi is to visit"."""
from __future__ import annotations

from detente.events.tree import children
from detente.records import Sentence, Token

NAMED = frozenset({"PERSON", "GPE", "NORP", "ORG"})


def misread_name_subject(sentence: Sentence, token: Token) -> list[int]:
    """[the root name] when `token` is a to-infinitive hung on a root the parser misread as a verb, else []."""
    if token.dep not in ("advcl", "xcomp") or token.head == token.i:
        return []
    if not any(c.dep == "aux" and c.text.lower() == "to" for c in children(sentence, token.i)):
        return []
    root = sentence.tokens[token.head]
    if root.dep != "ROOT" or root.ent not in NAMED or root.pos != "VERB" or root.i > token.i:
        return []
    return [] if any(c.dep in ("nsubj", "nsubjpass") for c in children(sentence, root.i)) else [root.i]
