"""A day in a reduced relative clause written without a comma, on the object of an infinitive after the trigger:
"asked the police to return forty head of cattle stolen from farms near the border on Saturday night" (eval/wire57
w57_08: the request dated by the theft's Saturday, four days early). events.date_scope.in_reduced_clause reads such a
clause only after a comma (", seized by the coast guard on Monday"); without one it is told the same way when an
infinitive ("to return") stands between the trigger and the clause, a noun comes right before the participle, the
participle is not one of a state kept (cues.tsv `stateparticiple`: "released the fishermen held at the port on
Friday" is the release's Friday, eval/dates-dev dd_02), and no punctuation or word that opens another clause ("that",
"after", "when", a verb of saying) stands between the trigger and the day. As with the comma's clause, a noun
trigger in the last HEAD_WORDS words before the participle is the clause's own head and keeps the day.
"""
from __future__ import annotations

import re

from detente.events.date_patterns import DateMention
from detente.events.date_scope import HEAD_WORDS, is_participle
from detente.events.lexicon import cue_words

BARE_CLAUSE = re.compile(r"\b([a-z][a-z-]+)\s+([a-z]+)\s+(?:by|in|at|on|near|off|from|during|over|with|into|along|"
                         r"across|outside|inside)\b[^,;:()\u2013\u2014.]*")
# words before a participle that make it a finite or passive verb, not a clause on a noun ("were seized", "had sent")
NOT_A_NOUN = frozenset("was were is are be been being had has have get got gets getting the a an and or but to of "
                       "it they he she we who which that not also then just only already".split())
# the clause's noun is the object of an infinitive after the trigger, the act asked or agreed: "asked the police to
# return ... cattle stolen", "agreed to take the case to the court under an agreement signed in 2008". Without one the
# day is as often the trigger's own, or the trigger is the clause's noun: "closed the crossings to vehicles registered
# in the Gambia from midnight on Thursday", "the request in a letter delivered on Tuesday", "talks between the two
# governments ended on Thursday" (a finite verb) (eval/wire14 w14_07, wire18 w18_08, w18_10: firings read by hand)
# (a word after "to" ending in a single "s" is taken for a plural noun: "to vehicles registered in ...")
INFINITIVE = re.compile(r"\bto\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those|all|any|some)\b)"
                        r"[a-z]*(?:[^s\W]|ss)\b")
# ... but not an instrument the act is done under: "have agreed to take the claim to the ICJ under a special agreement
# signed in 2008" is the agreeing of 2008 (eval/wire21 w21_02: the row took the lead's Monday)
CITED = re.compile(r"\b(?:under|pursuant\s+to|in\s+line\s+with)\b", re.I)
OPENS_CLAUSE = re.compile(r"[,;:.]|\b(?:that|after|when|while|because|since|as|before|if|unless|until|who|which|where|"
                          r"said|says|say|told|tells|claimed|alleged)\b", re.I)


def in_bare_participle(text: str, mention: DateMention, trigger_offset: int) -> bool:
    """Whether the mention, after the trigger, sits in a comma-less reduced relative clause (module docstring)."""
    if mention.start <= trigger_offset:
        return False
    for clause in BARE_CLAUSE.finditer(text, trigger_offset):
        if clause.start(2) > mention.start:
            return False
        if mention.start >= clause.end() or clause[1] in NOT_A_NOUN or not is_participle(clause[2]):
            continue
        if clause[2] in cue_words("stateparticiple"):
            return False
        head = re.search(r"(?:\S+\s+){0,%d}\S*$" % HEAD_WORDS, text[:clause.start(2)])
        return trigger_offset < head.start() and OPENS_CLAUSE.search(text, trigger_offset, clause.start(2)) is None \
            and OPENS_CLAUSE.search(text, clause.end(2), mention.start) is None \
            and INFINITIVE.search(text, trigger_offset, clause.start(1)) is not None \
            and CITED.search(text, trigger_offset, clause.start(1)) is None
    return False
