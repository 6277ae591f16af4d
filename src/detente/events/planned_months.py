"""A month named after an infinitive that an agreement, promise or invitation governs is the month of the plan,
not of the act that made it: "agreed to set up a joint expert group, to meet for the first time in September",
"agreed to revive the working group and to have it meet in Caracas in April", "promised to send a team of
experts to Khartoum in March", "inviting the president to make a state visit in June".

Two things follow (eval/wire17, wire18, wire20: five agreements dated by the plan's month, four of them a year
early). The month is the next one on or after the page's, not the last one before it (date_patterns.dates_in
marks it `future`, as it does a month after "will"); and the act that governs the infinitive does not take it
(`governed_plan`, read by events.dates.event_date beside date_scope.planned_after_trigger, and in the
status reading too). Only a bare month: a weekday
after such an infinitive is as often the day the promise was made ("agreed to free the crew on Monday").
The governing verbs are data (cues.tsv kind `planner`).
"""
from __future__ import annotations

import functools
import re

PLAN_REACH = 110  # characters before the month searched for the governing verb (date_patterns.FUTURE_REACH)
# what cannot follow "to" in an infinitive: articles, pronouns and possessives ("agreed to the plan in March")
NOT_A_VERB = ("the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "it", "them",
              "him", "us", "me", "our", "your", "my", "which", "whom", "what", "some", "any", "all", "both", "each",
              "date", "day", "week", "month", "year")
INFINITIVE = r"\bto\s+(?:have\s+[a-z]+\s+)?(?!(?:%s)\b)[a-z]{2,}\b" % "|".join(NOT_A_VERB)
MONTH_KINDS = frozenset({"bare-month"})


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    """(a governing verb then, in the same sentence, an infinitive; an infinitive alone)."""
    from detente.events.lexicon import cue_words, surface_forms  # loaded lazily: imported by date_patterns
    forms = sorted({f for lemma in cue_words("planner") for f in surface_forms(lemma)}, key=len, reverse=True)
    # the verb in any case ("Agreed"), the infinitive in lower case: "to Khartoum" names a place, not a plan
    governed = rf"(?i:\b(?:{'|'.join(map(re.escape, forms))})\b)[^.;:!?]*?{INFINITIVE}"
    return re.compile(governed), re.compile(INFINITIVE)


def planned_month(text: str, kind: str, start: int) -> bool:
    """Whether the month at `start` follows an infinitive a planning verb governs (in its sentence, within
    PLAN_REACH characters, no full stop or semicolon between)."""
    if kind not in MONTH_KINDS:
        return False
    governed, _ = _patterns()
    window = text[max(0, start - PLAN_REACH):start]
    return governed.search(window) is not None


def governed_plan(text: str, mention, trigger_offset: int) -> bool:
    """Whether the mention is a planned month (planned_month) told after the trigger with an infinitive between
    them: the plan's, not the trigger's act's. Both when the day is read for the act and when it is read for its
    status: an agreement is not pending because the meeting it arranged is ("agreed to set up a group, to meet
    ... in September", eval/wire18: two agreements read pending)."""
    if mention.start <= trigger_offset or not planned_month(text, mention.kind, mention.start):
        return False
    trigger_end = trigger_offset + len(re.match(r"\w*", text[trigger_offset:]).group(0))
    return infinitive_plan(text, max(trigger_end, mention.start - PLAN_REACH), mention.start)


def infinitive_plan(text: str, begin: int, end: int) -> bool:
    """Whether text[begin:end] (the words from an act's trigger to a planned month) holds an infinitive: the month
    is then the infinitive's plan, not the act's ("agreed to set up a group, to meet ... in September")."""
    _, infinitive = _patterns()
    return infinitive.search(text, begin, end) is not None
