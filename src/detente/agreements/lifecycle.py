"""Which step of an agreement's life one report is: proposed → negotiating → agreed → signed →
approved → in force → renegotiating → renewed | suspended | exited | expired.

The trigger's own word decides first ("ratified"), then the words of the sentence (data/stages.tsv),
then the event type. A stage word in a clause that dates it in the past ("the treaty, signed in 1949,")
tells the deal's history, not this report: it is not read from the sentence, and when it is the
trigger the step is dated by the year the clause gives (history_year), not by the page. A report that the step is only planned, threatened or denied ("will sign",
"failed to agree") says the deal is still being negotiated; a planned exit or suspension says
nothing yet about the deal's state (it is not a step).
"""
from __future__ import annotations

import functools
import re

from detente import datafiles

# "renegotiating": talks (or a pending step) after the deal was reached: renewal talks, not its first
# negotiation (track.py relabels them; realnews' grain deal read "negotiating" after "signed").
# "violated": a party said to have broken the deal (brokers.breached), which still stands.
ORDER = ("proposed", "negotiating", "agreed", "signed", "approved", "in_force", "renegotiating", "renewed",
         "violated", "suspended", "exited", "expired")
ENDINGS = frozenset({"suspended", "exited", "expired"})
_BY_TYPE = {"AGREE": "agreed", "CONSULT": "negotiating", "REQUEST": "proposed", "REJECT": "exited",
            "RETREAT": "exited", "SUPPORT": "approved"}


@functools.lru_cache(maxsize=1)
def stage_words() -> tuple[tuple[re.Pattern[str], str, str], ...]:
    """(pattern, stage, prefix) for each row of data/stages.tsv: a word beginning with the prefix."""
    rows = [row for _, row in datafiles.numbered_rows("agreements", "stages.tsv", 2, 3)]
    return tuple((re.compile(r"\b" + re.escape(row[0]).replace(r"\ ", r"\s+") + _not_before(row), re.I), row[1], row[0])
                 for row in rows)


def _not_before(row: list[str]) -> str:
    """A lookahead refusing the endings that make another word ("agree" in "agreement", "sign" in "signal")."""
    endings = [e for e in (row[2].split(",") if len(row) > 2 else []) if e]
    return f"(?!{'|'.join(map(re.escape, endings))})" if endings else ""


@functools.lru_cache(maxsize=1)
def upheld() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(before, after) from data/upheld.tsv: a verb ending the text right before a deal's name, maybe with an
    article or "the terms of" between ("to respect the", "to abide by the terms of the"); a verb opening the
    text right after it ("requires"), maybe after "still" or "also"."""
    rows = [row for _, row in datafiles.numbered_rows("agreements", "upheld.tsv", 2, 2)]
    before, after = (_alternatives([r[0] for r in rows if r[1] == side]) for side in ("before", "after"))
    return (re.compile(rf"\b(?:{before})[a-z]*\s+(?:(?:the|a|an|its|their|this|that)\s+)?"
                       rf"(?:(?:terms|provisions)\s+of\s+(?:the\s+)?)?$", re.I),
            re.compile(rf"\s+(?:(?:still|also|explicitly|clearly)\s+)?(?:{after})[a-z]*\b", re.I))


def _alternatives(prefixes: list[str]) -> str:
    return "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in sorted(prefixes, key=len, reverse=True))


# "signed in 1949", "agreed back in March 2015", "ratified in the summer of 2022": a year that dates the word
_HISTORY = re.compile(r"[a-z]*\s+(?:back\s+)?(?:in|on|since)\s+(?:the\s+\w+\s+of\s+)?(?:[A-Za-z]+\.?\s+)?"
                      r"(?:\d{1,2},?\s+)?((?:19|20)\d\d)\b")


@functools.lru_cache(maxsize=1)
def unrealised() -> re.Pattern[str]:
    """Text ending in "<verb> to " of data/unrealised.tsv ("threatened to ", "refused again to ")."""
    rows = [row for _, row in datafiles.numbered_rows("agreements", "unrealised.tsv", 1, 1)]
    return re.compile(rf"\b(?:{_alternatives([r[0] for r in rows])})[a-z]*\s+(?:[a-z]+ly\s+|again\s+)?to\s+$", re.I)


def stage_in(text: str, skip_history: bool = False) -> str | None:
    """The stage the first stage word of `text` names (by position), or None; `skip_history`: not a word
    dated in the past by its clause ("the accord, signed in 2015, ..."), nor one only threatened or refused
    ("which Seoul threatened to pull out of": data/unrealised.tsv)."""
    found = [(m.start(), stage) for pattern, stage, _prefix in stage_words() for m in pattern.finditer(text)
             if not (skip_history and (_HISTORY.match(text, m.end()) or unrealised().search(text[:m.start()])))]
    return min(found)[1] if found else None


# "ratified by Iraq's parliament in 2013": a doer between a stage word and the year its clause gives it (eval/wire21
# w21_05: the "2012 navigation agreement" step read from "ratified" was dated 2012, the year of the deal's name)
_BY_DOER = re.compile(r"[a-z]*\s+by\s+(?:[\w'’.-]+\s+){1,4}?(?:in|on)\s+(?:[A-Za-z]+\.?\s+)?(?:\d{1,2},?\s+)?"
                      r"((?:19|20)\d\d)\b")


def doer_year(stage: str, sentence: str) -> str | None:
    """The year a clause gives a word of `stage` in the sentence that a doer follows ("ratified by Iraq's parliament
    in 2013" → "2013"), or None."""
    for pattern, word_stage, _prefix in stage_words():
        if word_stage == stage:
            for m in pattern.finditer(sentence or ""):
                if found := _BY_DOER.match(sentence, m.end()):
                    return found.group(1)
    return None


def history_year(trigger: str, sentence: str) -> str | None:
    """The year a clause gives the trigger's own stage word ("signed in 1949" → "1949"), or None."""
    at = (sentence or "").find(trigger or "\0")
    if at < 0 or not stage_in(trigger or ""):
        return None
    found = _HISTORY.match(sentence, at + len(trigger))
    return found.group(1) if found else None


def report_stage(event_type: str, status: str, trigger: str, sentence: str) -> str | None:
    """The step of an agreement's life that this report tells, or None when it tells none."""
    stage = (stage_in(trigger or "") or stage_in(sentence or "", skip_history=True) or _BY_TYPE.get(event_type))
    stage = _complement(stage, trigger, sentence)
    if event_type == "THREATEN" and (stage in ENDINGS or stage == "renewed"):
        return None  # "the minister's threat to suspend the accord": a threat to end a deal is no end of it
    if stage is None or status == "asserted":
        return stage
    if stage in ENDINGS or stage == "renewed":
        return None  # "threatened to quit the deal": the deal still stands
    return "proposed" if stage == "proposed" else "negotiating"


_AGREE_WORD = re.compile(r"\bagree(?:d|s|ing)?\b", re.I)


def _complement(stage: str | None, trigger: str, sentence: str) -> str | None:
    """"agreed to extend the deal", "agreed to suspend it": agreeing to a later step is that step
    (realnews: Putin 'agreed to extend' the grain deal read as the deal's first agreement); "agreed to
    resume talks on a peace treaty": an agreement about talks leaves the deal under negotiation (newcomer
    s16: the treaty read "agreed")."""
    at = (sentence or "").find(trigger) if trigger else -1
    if stage == "agreed" and not stage_in(trigger or "") and (word := _AGREE_WORD.search(sentence or "")):
        # the stage came from the sentence, not the trigger ("met and agreed to negotiate an accord", a meeting's
        # report): read that word's complement as a trigger's would be (newcomer7: the accord read "agreed")
        trigger, at = word.group(0), word.start()
    # "agreed on Tuesday to extend": a few words may stand between; the first "to" decides ("agreed to a plan to quit": none)
    found = re.match(r"(?:\s+\w+){0,3}?\s+to\s+(\w+)((?:\s+\w+){0,2})", sentence[at + len(trigger):]) \
        if stage == "agreed" and at >= 0 else None
    later = stage_in(found.group(1)) if found else None
    if later in ("renewed",) + tuple(ENDINGS):
        return later
    # the verb's object, two words at most ("resume talks", "start formal negotiations"): talks are the step
    if found and stage_in(found.group(1) + found.group(2)) in ("negotiating", "proposed"):
        return "negotiating"
    return stage
