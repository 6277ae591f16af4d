"""An act named as the topic of a fronted question: "Asked about the summoning of X's ambassador, the spokesman
said ..." tells the summons as a fact the question takes for granted, not as background to the answer.

coder.subordinate drops triggers inside adverbial clauses (a condition or a setting of the main event); the
participle "Asked about ..." is parsed as such a clause, so the act it names went uncoded. Evidence: wire34
w34_06 and w34_10, wire35 w35_02 (three summonses told only so, all in the gold, one core). Only an act told by a
noun (the question names a known act; a clause "asked whether X would ..." stays in doubt, events/generic.py) and
only a bare participle of asking with no subject of its own (a finite "when he was asked about" is left alone).
Who did the act is not read here: the one asked is no doer (events/roles.py, cues.tsv topic); a summons told
so names no summoner (events/arguments.py is_agentless reads the noun, not the verb of asking), and
events/summoned_envoys.py gives it the page's other state.
"""
from __future__ import annotations

from detente.events.lexicon import cue_words
from detente.events.tree import children
from detente.records import Sentence

TOPIC_PREPS = frozenset({"about", "on", "over", "concerning", "regarding"})
PARTICIPLES = frozenset({"VBN", "VBG"})


def asked_topic(sentence: Sentence, i: int) -> bool:
    """Token i is a noun in the 'about'/'on' phrase of a fronted bare participle of asking ("Asked about the
    summoning of ..., X said"), the participle an adverbial clause before the main verb."""
    noun = sentence.tokens[i]
    if noun.pos != "NOUN" or noun.dep != "pobj" or noun.head == i:
        return False
    prep = sentence.tokens[noun.head]
    if prep.dep != "prep" or prep.lemma.lower() not in TOPIC_PREPS or prep.head == prep.i:
        return False
    verb = sentence.tokens[prep.head]
    if verb.dep != "advcl" or verb.tag not in PARTICIPLES or verb.lemma.lower() not in cue_words("topic"):
        return False
    main = sentence.tokens[verb.head]
    return verb.i < main.i and not any(c.dep in ("nsubj", "nsubjpass", "mark", "auxpass", "aux")
                                       for c in children(sentence, verb.i))

