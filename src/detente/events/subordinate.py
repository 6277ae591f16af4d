"""Whether a trigger sits inside a subordinate clause: background or condition of the sentence's main act.

Moved out of events/coder.py (session 34) unchanged: the clause test that decides which of a sentence's triggers is
its news and which is a setting, a condition or a recap ("unless X agrees", "as battles raged", "a charge X has
denied"), with the exceptions that tell a second act of the subject in such a clause.
"""
from __future__ import annotations

from detente.events.asked_about import asked_topic
from detente.events.denials import denied_claim
from detente.events.headline_clauses import headline_as_clause
from detente.events.lexicon import cue_words
from detente.events.nesting import conjunct_host, recap_clause, slipped_finite
from detente.events.prompted_acts import prompted_act
from detente.events.summons_notes import summons_of_note
from detente.events.tree import children
from detente.records import Sentence, Token

SUBORDINATE_DEPS = frozenset({"advcl", "relcl", "acl", "pcomp", "pobj", "csubj", "npadvmod"})
TEMPORAL_MARKS = frozenset({"after", "since", "while", "whereas"})


def subordinate(sentence: Sentence, i: int) -> bool:
    """Inside an adverbial, relative or adnominal clause ("unless X agrees", "as battles raged"): background
    or condition of the main event, not a second event of the sentence."""
    if recap_clause(sentence, i):
        return True  # "accused X of ..., a charge X has denied": the denial is a relative on the recap noun
    if asked_topic(sentence, i) or prompted_act(sentence, i) or summons_of_note(sentence, i, "REQUEST") is not None:
        return False  # "Asked about the summoning of X's envoy, Y said", "..., prompting X to recall", a note's demand
    steps = 0
    while sentence.tokens[i].head != i and steps < 20:
        if sentence.tokens[i].dep == "ccomp" and recap_clause(sentence, sentence.tokens[i].head):
            return False  # the fronted clause is the sentence's main one
        if _conditional_claim(sentence, sentence.tokens[i]):
            return False  # "demanded ..., saying it would otherwise go to the Security Council": the subject's threat
        host = conjunct_host(sentence, sentence.tokens[i])
        if host is not None:  # "warning they did not rule out force, and imposed sanctions": coordinated higher up
            i, steps = host, steps + 1
            continue
        if sentence.tokens[i].dep in SUBORDINATE_DEPS and not slipped_finite(sentence, sentence.tokens[i]) \
                and not _agented_gerund_subject(sentence, sentence.tokens[i]) \
                and not denied_claim(sentence, sentence.tokens[i]) \
                and not headline_as_clause(sentence, sentence.tokens[i]):  # "X seizes tanker as Y warns" (wire47)
            return True
        i, steps = sentence.tokens[i].head, steps + 1
    return False


def _agented_gerund_subject(sentence: Sentence, token: Token) -> bool:
    """"Shelling by Azerbaijani forces damaged houses": a gerund subject that names its doer in a 'by' phrase
    is the act the sentence reports, not background to its verb (sent-dev4: the nominal fire went uncoded).
    A bare gerund subject ("closing the border would hurt farmers") stays subordinate."""
    return token.dep == "csubj" and token.tag == "VBG" and any(
        c.dep in ("prep", "agent") and c.lemma.lower() == "by" for c in children(sentence, token.i))


def _conditional_claim(sentence: Sentence, clause: Token) -> bool:
    """"X demanded the boat back, saying it would otherwise go to the Security Council", "..., saying it would
    respond if attacked": a bare participle of a verb of making a claim (cues.tsv `allege`) on the main clause,
    whose clause sets a coming act of its own on a condition ('otherwise', 'if', 'unless'), tells the subject's
    threat as "X said it would ... if" does (wire10: the threat in the participle went uncoded). Other claims in
    such participles stay background (a wider rule lowered held-out precision: docs/quality.md, speech6)."""
    if clause.dep != "ccomp" or clause.head == clause.i:
        return False
    verb, kids = sentence.tokens[clause.head], children(sentence, clause.i)
    if verb.lemma.lower() not in cue_words("allege") or verb.tag != "VBG" or not bare_participle(sentence, verb):
        return False
    modal = any(c.dep == "aux" and c.text.lower() in ("would", "will") for c in kids)
    condition = any(c.dep == "advmod" and c.text.lower() == "otherwise" or c.dep == "advcl" and any(
        m.dep == "mark" and m.text.lower() in ("if", "unless") for m in children(sentence, c.i)) for c in kids)
    return modal and condition


def bare_participle(sentence: Sentence, token: Token) -> bool:
    kids = children(sentence, token.i)
    return token.dep == "advcl" and token.tag == "VBG" and not any(c.dep in ("aux", "nsubj") for c in kids) \
        and all(c.text.lower() in TEMPORAL_MARKS for c in kids if c.dep == "mark")
