"""The condition of an act carried by a verb of being made to act: "If our neighbours go on giving refuge to
criminals, Turkmenistan will have to review every agreement it has signed with them", "If the detention continues,
Russia will be forced to take adequate measures". The parser hangs the 'if' clause (and the modal) on "have" or
"forced", not on the act in its 'to' complement, so a trigger row that asks for its condition (triggers.tsv
`word:if|unless`: "review ... agreement" and "take ... measure" put on a condition) did not see it, and the
conditional threat went uncoded (eval/wire56 w56_02 read it as a pending AGREE, w56_05 not at all). The intent
rules already read the modal and condition of the trigger's governor (events/intent.py), so only the requirement
needs the governor's condition.

A necessity verb is one of cues.tsv `necessity`; the ones valued `passive` only in the passive ("was forced to",
not "forced X to", whose condition belongs to the forcing).
"""
from __future__ import annotations

from detente.events.lexicon import cue_words
from detente.events.tree import children
from detente.records import Event, Sentence, Token


def carrier_conditions(sentence: Sentence, token: Token) -> list[Token]:
    """The subordinators ('if', 'unless') of the clauses on the necessity verb whose 'to' complement the trigger
    is; [] when the trigger is no such complement."""
    if token.dep != "xcomp" or token.head == token.i:
        return []
    head = sentence.tokens[token.head]
    kind = cue_words("necessity").get(head.lemma.lower())
    kids = children(sentence, head.i)
    if kind is None or kind == "passive" and not any(c.dep == "auxpass" for c in kids):
        return []
    conditions = cue_words("condition")
    return [m for c in kids if c.dep == "advcl" for m in children(sentence, c.i)
            if m.dep == "mark" and m.text.lower() in conditions]


def carried_threat(sentence: Sentence, trigger: int, event: Event) -> bool:
    """A conditional threat read from the speaker's own act carried by a necessity verb ("Russia will be forced
    to take adequate measures if ..."): its doer is the necessity verb's subject (the coder climbs to it), and,
    as with a condition on the act itself (events/counterpart.py conditional_own_act), the condition is the other
    party's doing, so the threat is aimed at the story's other state (wire56: both threats had no target)."""
    climbed = any(f" src={how} " in f" {event.rule} " for how in ("climb:xcomp>nsubj", "raised-passive-subject"))
    return event.event_type == "THREATEN" and " intent(" in event.rule and climbed \
        and bool(carrier_conditions(sentence, sentence.tokens[trigger]))
