"""How long before or after the main act a temporal clause's act came: "The loss comes four days after the
Solomon Islands ended its recognition of Taipei" hangs "four days" on "ended" (npadvmod), before the clause's
"after". That measure is no word the clause's verb acts on: a trigger's `not:` list ("end ... not:day|week", so
that "ending two days of talks" is no break) read it as the object and dropped "ended", and the recognition it
ended was coded alone as SUPPORT of Taipei (eval/wire57 w57_04, gold: the Solomon Islands ended recognition).
"""
from __future__ import annotations

from detente.events.tree import children
from detente.records import Sentence, Token

# the marks that open a clause told at a distance in time from the main one ("two days before X fired", "weeks
# since X closed", "hours after X seized")
TIME_MARKS = frozenset({"after", "before", "since", "until", "till", "when"})


def clause_distance(sentence: Sentence, trigger: Token, kid: Token) -> bool:
    """Whether `kid` of the trigger is the span of time written before the trigger's clause mark, or the mark
    itself when the parser hung the span on it ("four days after ..., Taiwan's largest ally, ended": 'days'
    under 'after'); a mark is no word a verb acts on either."""
    if kid.dep == "mark":
        return kid.lemma.lower() in TIME_MARKS and kid.i < trigger.i
    return kid.dep == "npadvmod" and kid.i < trigger.i and any(
        c.dep == "mark" and c.lemma.lower() in TIME_MARKS and kid.i < c.i < trigger.i
        for c in children(sentence, trigger.i))
