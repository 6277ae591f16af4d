"""Who made a refused request named only in its relative clause: "turned down a request Belgrade sent on
Tuesday" (wire40 w40_12, a core REJECT whose target the gold gives as the sender), "rejected the proposal that
Quito had tabled", "the appeal Oslo made was rejected". The noun's own "from"/"by" phrase or possessor already
names its maker ("a request from X", "the demand made by X", "X's request"); a relative clause's subject did
not, so the refusal kept no target. Only a request-like noun (cues.tsv `proposal`) and a verb of making one
(cues.tsv `tabling`) whose object is the noun itself: "the request Peru sent troops over" is no such clause."""
from __future__ import annotations

from detente.events.lexicon import cue_words
from detente.events.phrases import with_conjuncts
from detente.events.tree import children
from detente.events.triggers import RELATIVE_PRONOUNS
from detente.records import Sentence, Token

REFUSED_DEPS = frozenset({"dobj", "nsubjpass"})  # "rejected the request ...", "the request ... was rejected"
# the parser reads "the request that Peru had put forward" as a "that" complement (acl), with the gap unseen
CLAUSE_DEPS = frozenset({"relcl", "acl"})


def refused_request_makers(sentence: Sentence, root: int, sources: list[int]) -> list[int]:
    """The maker of the request a refusal at `root` refuses, named as its relative clause's subject; [] if none."""
    for obj in (c for c in children(sentence, root) if c.dep in REFUSED_DEPS):
        for noun in with_conjuncts(sentence, obj.i):
            makers = [m for m in relative_maker(sentence, sentence.tokens[noun]) if m not in sources]
            if makers:
                return makers
    return []


def relative_maker(sentence: Sentence, noun: Token) -> list[int]:
    """"a request Lima sent", "the proposal that Quito had tabled": the subject of the noun's relative clause
    of making, with its conjuncts; [] when the noun is no request or the clause says something else."""
    if noun.lemma.lower() not in cue_words("proposal"):
        return []
    for clause in (c for c in children(sentence, noun.i) if c.dep in CLAUSE_DEPS):
        if clause.lemma.lower() not in cue_words("tabling") or not _object_gap(sentence, clause):
            continue
        subjects = [c for c in children(sentence, clause.i) if c.dep == "nsubj"]
        if subjects and subjects[0].pos in ("PROPN", "NOUN") and subjects[0].text.lower() not in RELATIVE_PRONOUNS:
            return with_conjuncts(sentence, subjects[0].i)
    return []


def _object_gap(sentence: Sentence, clause: Token) -> bool:
    """The clause's object is the noun itself: none of its own, or only a relative pronoun ("that", "which")."""
    objects = [c for c in children(sentence, clause.i) if c.dep == "dobj"]
    return all(o.text.lower() in RELATIVE_PRONOUNS for o in objects)
