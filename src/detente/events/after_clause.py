"""The day of an act told in an "after" clause: "Cyprus lodged a protest with Lebanon on Wednesday after two Lebanese
patrol boats intercepted a survey ship", "Norway ordered a frigate north yesterday after an Icelandic cutter fired
warning shots", "Bolivia protested on Friday after Chilean authorities closed the crossing".

The day written before "after" is the main act's; the act of the "after" clause came before it, and the page
usually tells its day in one of the next sentences ("The patrol boats came alongside on Tuesday evening", "The
cutter fired three rounds on Tuesday afternoon", "Chile's Interior Ministry announced the measure on Thursday").
eval/wire9, wire15, wire16, wire26: four such acts dated by the main act's day, a day late each. The first day one of
the next NEXT_SENTENCES sentences states (events.page_anchor.own_day) that falls before the main day and at most
REACH_DAYS before it is taken; with none, the main day stays (the act may be of that same day).
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

from detente.events.date_patterns import DateMention
from detente.records import DateInfo

NEXT_SENTENCES = 3  # eval/wire9: the day told three sentences on, after the note's contents
REACH_DAYS = 7  # an earlier day further back is another story's (background), not the cause's
# "after" opening a clause between the day and the trigger, the trigger before any later clause mark: "on
# Wednesday after two patrol boats intercepted", "yesterday summoned the High Commissioner, Hassan X, after marine
# police detained" (eval/wire26)
# (not "and after talks the crisis eased": a clause of its own, told after the first; nor "after describing the
# comments as hostile": the doer's own act of the same occasion, realnews)
AFTER = re.compile(r"(?<!\band )(?<!\bbut )(?<!\bthen )\bafter\s+(?!(?:that|this|which|it)\b|\w+ing\b)", re.I)
# A sentence whose verb is "also" done tells another act beside the ones told, not the cause again: "Lesotho and
# South Africa agreed on Thursday ..., after their foreign ministers met for three hours" took Tuesday from "The
# Lesotho government had also asked SADC's Organ ... on Tuesday" two sentences on (eval/wire57 w57_09)
ALSO = re.compile(r"\b(?:had|has|have|was|were|is|are)\s+also\b|\balso\s+[a-z]+ed\b")
CLAUSE_MARK = re.compile(r"[,;:()\u2013\u2014]")
# "hours after Indonesia let the fishermen go": the cause is of the same day (eval/wire27)
SAME_DAY = re.compile(r"\b(?:hours?|minutes?|moments?|shortly|soon|just|immediately|right)\s*$", re.I)


def mark(texts: tuple[str, ...], own: Mapping[str, tuple | None | bool]) -> dict[str, tuple[tuple[str, str], ...]]:
    """Sentence text → the past days (value, expression) the next NEXT_SENTENCES sentences state, in order: only for
    sentences with "after" (the others never ask). `own` is page_anchor.own_day of each text."""
    out: dict[str, tuple[tuple[str, str], ...]] = {}
    for k, text in enumerate(texts):
        if " after " not in text.lower():
            continue
        days = tuple((o[0], o[1]) for t in texts[k + 1:k + 1 + NEXT_SENTENCES]
                     if (o := own.get(t)) and not ALSO.search(t))
        if days:
            out.setdefault(text, days)
    return out


def in_after_clause(text: str, mention: DateMention, trigger_offset: int) -> bool:
    """Whether the trigger sits in an "after" clause opened after the mention ("on Friday after X closed")."""
    opened = [m for m in AFTER.finditer(text, mention.end) if m.end() <= trigger_offset]
    if not opened or SAME_DAY.search(text, 0, opened[-1].start()):
        return False
    return CLAUSE_MARK.search(text, opened[-1].end(), trigger_offset) is None


def earlier_day(text: str, trigger_offset: int, chosen: DateMention, value: str,
                later: Mapping[str, tuple[tuple[str, str], ...]]) -> DateInfo | None:
    """The day the next sentences give the act of an "after" clause (module docstring), else None."""
    if len(value) != 10 or not in_after_clause(text, chosen, trigger_offset):
        return None
    main = dt.date.fromisoformat(value)
    for day, expression in later.get(text, ()):
        if 0 < (main - dt.date.fromisoformat(day)).days <= REACH_DAYS:
            return DateInfo(day, "day", "text", f"an 'after' clause of the act dated '{chosen.text}' ({value}): its "
                            f"cause, dated '{expression}' by a sentence after it")
    return None
