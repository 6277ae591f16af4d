"""The day written just before "over the <act>" is the answering act's, not the act it answers.

"Lesotho summoned the High Commissioner on Monday over the shooting of a herder by police who crossed the river
on Sunday" (eval/wire57 w57_07): the summons is of Monday; the shooting it protests came before and is told with its
own day later in the sentence. The shooting, a nominal act (pages57), took the summons's Monday as the nearest day,
a day late. A noun trigger right after "over / against / about / at / for / following" and a determiner, with a day
just before that preposition, ranks that day after the sentence's other days (events.dates picks the nearest of the
ones left); with no other day the answering act's day stays, as before.
"""
from __future__ import annotations

import re

from detente.events.date_patterns import DateMention

# the day, then the preposition that names what the act answers, a determiner and at most two words of the noun
# phrase before the trigger: "on Monday over the shooting", "yesterday against the detention", "on Friday over
# Ruritania's arrest" (a possessor of one or two words)
ANSWERED = re.compile(r"\s*(?:morning|afternoon|evening|night)?\s*,?\s*(?:over|against|about|at|for|following)\s+"
                      r"(?:the|a|an|its|their|his|her|this|that|(?:[A-Z][\w-]*\s+){0,1}[A-Z][\w-]*['\u2019]s)\s+"
                      r"(?:[\w-]+\s+){0,2}$")


def answers_noun(text: str, mention: DateMention, trigger_offset: int) -> bool:
    """Whether the mention is written just before the preposition that opens the trigger's noun phrase (ANSWERED)."""
    return mention.end <= trigger_offset and ANSWERED.fullmatch(text, mention.end, trigger_offset) is not None
