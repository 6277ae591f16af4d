"""A clause before a semicolon is no complement of the clause after it.

Why: en_core_web_sm parses two independent clauses joined by a semicolon ("Eritrea released the five crew
members; Djibouti freed the two soldiers") as if the first were a reported clause of the second's verb
(ccomp), the way it parses "X said ...". The grouping of trigger hits then lets the second verb own the first,
and one of two acts is lost, even when the two are of different types ("Gabon freed the officers; Cameroon
expelled two diplomats" came out as one SANCTION). eval/wire31 (written blind, session 24): each side's release
in a prisoner swap told in one sentence lost Eritrea's. A reported clause comes after its verb of saying or is
set off by a comma ("X freed them, Y said"); a fronted clause with its own subject, closed by a semicolon before
a head with a subject of its own, is a second main clause.
"""
from __future__ import annotations

from detente.events.tree import children, subtree
from detente.events.triggers import match_token
from detente.records import Mention, Sentence, Token

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# A reaction after the semicolon answers the clause before it ("its guns fired ten shells; Seoul protested through
# the military line": wire9, the firing is what was protested), so there the parser's reading is kept.
REACTIONS = frozenset({"ACCUSE", "PROTEST", "REJECT", "SUPPORT"})


def _named(sentence: Sentence, subject: Token) -> bool:
    """A subject that names its doer ("Eritrea", "North Korea's military"); a bare noun in a headline ("Government
    asks Brussels to step in; spokesman warns ...", "officers freed on Sunday; minister threatens ...": wire15 and
    wire21, where the split gave the act to the wrong state) is left to the parser's reading."""
    return subject.pos == "PROPN" or any(k.dep in ("poss", "compound") and k.pos == "PROPN"
                                         for k in children(sentence, subject.i))


def _linked(sentence: Sentence, token: Token, named: bool = False) -> bool:
    """The parser's shape of two main clauses: a fronted ccomp with its own subject (one that names its doer, when
    `named`), a semicolon and a subject of the head between them."""
    if token.dep != "ccomp" or token.head == token.i or token.head < token.i:
        return False
    if not any(c.dep in SUBJECTS and (_named(sentence, c) or not named) for c in children(sentence, token.i)):
        return False
    between = [c for c in children(sentence, token.head) if token.i < c.i < token.head]
    return any(c.text == ";" for c in between) and any(c.dep in SUBJECTS for c in between)


def semicolon_clause(sentence: Sentence, token: Token) -> bool:
    """Is `token` the verb of a main clause the parser hung as a complement under the verb after a semicolon (and
    no reaction after a semicolon further up the chain answers it)?"""
    if not _linked(sentence, token, named=True):
        return False
    # only two acts of one type (a swap, tit-for-tat expulsions): with acts of two types the broad split lowered a
    # held-out set (wire6, summary line only: P 0.859 -> 0.846, R 0.672 -> 0.656)
    mine, theirs = match_token(sentence, token), match_token(sentence, sentence.tokens[token.head])
    if mine is None or theirs is None or mine.event_type != theirs.event_type:
        return False
    while _linked(sentence, token):  # up the chain of semicolon clauses, whatever their subjects
        head = sentence.tokens[token.head]
        entry = match_token(sentence, head)
        if entry is not None and entry.event_type in REACTIONS:
            return False
        token = head
    return True


def parallel_clause(sentence: Sentence, trigger: int) -> int | None:
    """The verb of the other main clause of a semicolon pair the trigger heads, or None."""
    token = sentence.tokens[trigger]
    if semicolon_clause(sentence, token):
        return token.head
    return next((c.i for c in children(sentence, trigger) if semicolon_clause(sentence, c)), None)


def parallel_party(sentence: Sentence, trigger: int, mentions: list[Mention], source: str | None) -> str | None:
    """"Eritrea released the five crew members; Djibouti freed the two soldiers": an act with no target beside a
    second clause of the same type whose subject is another state is aimed at that state, as in a swap or a
    tit-for-tat expulsion, not at the state the page names most (wire31: a Doha page gave the releases to Qatar)."""
    other = parallel_clause(sentence, trigger)
    if other is None or source is None:
        return None
    mine, theirs = match_token(sentence, sentence.tokens[trigger]), match_token(sentence, sentence.tokens[other])
    if mine is None or theirs is None or mine.event_type != theirs.event_type:
        return None
    subjects = [c.i for c in children(sentence, other) if c.dep in SUBJECTS]
    codes = {m.country for s in subjects for m in mentions if m.first <= s <= m.last and m.country}
    codes.discard(source)
    return codes.pop() if len(codes) == 1 else None


def without_semicolon_clauses(sentence: Sentence, trigger: int, clause: set[int]) -> set[int]:
    """The trigger's clause without the main clauses before a semicolon that the parser hung inside it ("the drills
    began on Monday; ... ; Seoul protested and raised its alert level": the protest's clause is its own, wire9), and
    without the other main clause of a semicolon pair when the act is no reaction to it (`_other_main_clause`)."""
    cut = set()
    for i in clause:
        token = sentence.tokens[i]
        if i != trigger and (semicolon_clause(sentence, token) or _other_main_clause(sentence, trigger, token)) \
                and trigger not in (below := subtree(sentence, i)):
            cut |= below
    return clause - cut


def _other_main_clause(sentence: Sentence, trigger: int, token: Token) -> bool:
    """A main clause with its own subject on the far side of a semicolon from the act, which the parser hung inside
    the act's clause: "An Eritrean official said its fate would be settled by the commission; Djibouti has asked for
    it back", "Djibouti renewed its request, in a note ...; the Eritrean navy commander answered that ..." (wire31:
    the state named in the other clause says or does something else, and no longer stops the request from being
    aimed at the story's other side). A reaction keeps the clause it answers (REACTIONS: "its guns fired; Seoul
    protested")."""
    entry = match_token(sentence, sentence.tokens[trigger])
    if entry is None or entry.event_type in REACTIONS or token.pos not in ("VERB", "AUX"):
        return False
    if token.dep == "ccomp" and token.head == trigger:
        return _linked(sentence, token)  # fronted: "...; Djibouti has asked"
    span = subtree(sentence, token.i)
    subjects = [c.i for c in children(sentence, token.i) if c.dep in SUBJECTS]
    return token.dep in ("advcl", "ccomp", "parataxis", "conj") and min(span) > trigger and bool(subjects) and any(
        sentence.tokens[k].text == ";" for k in range(trigger + 1, subjects[0]))
