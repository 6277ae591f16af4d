"""The one asked is no maker of the asking: "Malaysia's ambassador was called to the ministry and asked to
explain reports that ...". When a verb of asking (cues.tsv `bidden`) is a passive
with no agent, the coder falls back on the source of the act nested in its complement, and that act's doer
is the passive subject raised into it: the ambassador, who was asked. eval/wire55 w55_06 read the
Philippines' request as Malaysia's (REQUEST MYS>PHL); the asker is left unnamed instead."""
from __future__ import annotations

from detente.events.lexicon import cue_words
from detente.events.phrases import with_conjuncts
from detente.events.triggers import children
from detente.records import Sentence, Token


def asked_party(sentence: Sentence, root: int, found: list[int]) -> bool:
    """Whether `found`, a nested act's doer, is the passive subject of the asking verb `root`."""
    token = sentence.tokens[root]
    if not found or token.tag not in ("VBN", "VBD"):  # the parser tags a coordinated participle VBD
        return False
    if token.lemma.lower() not in cue_words("bidden"):  # not "was allowed to visit": the one let in may agree
        return False
    return found[0] in _passive_subjects(sentence, token)


def _passive_subjects(sentence: Sentence, token: Token) -> list[int]:
    """The verb's own passive subject, or, for a bare participle coordinated with a passive ("was called in
    and asked to ..."), the first verb's."""
    kids = children(sentence, token.i)
    own = [c.i for c in kids if c.dep == "nsubjpass"]
    if own:
        return with_conjuncts(sentence, own[0])
    if token.dep != "conj" or any(c.dep in ("nsubj", "auxpass", "aux") for c in kids):
        return []
    head = [c.i for c in children(sentence, token.head) if c.dep == "nsubjpass"]
    return with_conjuncts(sentence, head[0]) if head else []


def shared_asker(sentence: Sentence, root: int) -> list[int]:
    """The agent of the passive an asking participle is coordinated with ("X was summoned by Y and asked to
    explain": Y asks), or nothing."""
    token = sentence.tokens[root]
    if token.dep != "conj":
        return []
    agents = [g.i for c in children(sentence, token.head) if c.dep == "agent" for g in children(sentence, c.i)
              if g.dep == "pobj"]
    return with_conjuncts(sentence, agents[0]) if agents else []
