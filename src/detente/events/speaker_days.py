"""The day a named speaker spoke, for the sentences that go on with what he said in another paragraph.

A wire story tells a spokesman's statement once with its day ("The Foreign Ministry in Jakarta said on Friday
that ... Spokesman Arief Santoso said Indonesia was ready ...") and then goes on, a paragraph later, with
"Santoso said Indonesia would not accept ...", or "He repeated that ..." after the speaker's name: those
sentences state no day and took the lead's (eval/wire22, wire23: the day the page tells in another paragraph,
the largest date class of sessions 19-21). Such a sentence shares the day of the first sentence that reports
the same speaker with a day of its own or of its paragraph (events/page_anchor.paragraph_days).
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Mapping

from detente.actors.gazetteer import term_index
from detente.events.lexicon import cue_words, surface_forms

PRONOUNS = ("He", "She")
# what opens the reported clause between a verb of saying and a day ("said the boats had been seized on Monday"):
# the day is then what he speaks of, not when he spoke
OTHER_CLAUSE = re.compile(r"\b(?:that|had|has|have|was|were|is|are|been|would|will|\w+ed)\b", re.I)
SAID_REACH = 40  # characters between a verb of saying and its day: "told journalists in Minsk on Friday"
NAME = r"[A-Z][\w'’-]*[a-zà-ÿ][\w'’-]*"  # a capitalised word with a lower-case letter: "Santoso", "al-Saadi"


@functools.lru_cache(maxsize=1)
def _speaking() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(name then verb, verb then name, a pronoun opening the sentence then verb) over the forms of the
    verbs of saying (cues.tsv report, allege and retell)."""
    lemmas = set(cue_words("report")) | set(cue_words("allege")) | set(cue_words("retell"))
    forms = sorted({f for lemma in lemmas if lemma.isalpha() for f in surface_forms(lemma)}, key=len, reverse=True)
    verbs = "(?:" + "|".join(map(re.escape, forms)) + r")\b"
    return (re.compile(rf"\b(?P<name>{NAME})(?:,[^,]{{3,80}},|,)?\s+(?:also\s+)?{verbs}"),
            re.compile(rf"[,\"”]\s*{verbs}\s+(?P<name>{NAME})\b"),
            re.compile(rf"^\W*(?:{'|'.join(PRONOUNS)})\s+(?:also\s+|then\s+)?{verbs}"))


def speakers(text: str) -> list[str]:
    """The names reported as speaking in a sentence ("Santoso said", "…, said Santoso")."""
    name_first, name_after, _ = _speaking()
    names = [m["name"] for m in name_first.finditer(text)] + [m["name"] for m in name_after.finditer(text)]
    places = term_index()  # a state, capital or body speaks through many people on many days: no one speaker
    return [n for n in names if n not in PRONOUNS and n not in ("The", "It", "They", "We", "I")
            and n.lower() not in places]


def opens_with_pronoun_speaker(text: str) -> bool:
    """Whether the sentence opens "He said", "She repeated", "He also told …"."""
    return bool(_speaking()[2].match(text))


def speaker_days(runs: list[list[str]], own: Mapping[str, tuple | None | bool], beside: Mapping[str, tuple[str, str]],
                 anchor_day: dt.date, reach: int) -> dict[str, tuple[str, str]]:
    """Sentence text → (day, expression) of the speaker it reports (named, or "He/She" right after a sentence
    of its paragraph naming one) when an earlier sentence reports him with a day: the day written beside the
    verb of saying ("told journalists in Minsk on Friday"), else, with no date of its own, its paragraph's
    (`beside`). `runs`: the page's sentences by paragraph, in order; `own`: page_anchor.own_day of each. Only a
    day within `reach` days before `anchor_day` is a speaker's day (an older one is background he recalls).
    events.dates uses it only for an act left with no date of its own sentence."""
    spoke: dict[str, tuple[str, str]] = {}
    out: dict[str, tuple[str, str]] = {}
    for run in runs:
        last_named: list[str] = []
        stated: tuple[str, str] | None = None  # the last day a sentence of the paragraph stated
        for text in run:
            named = speakers(text)
            who = named or (last_named if opens_with_pronoun_speaker(text) else [])
            found = next((spoke[n] for n in who if n in spoke), None)
            if found is not None:
                out[text] = found
            day = _speaking_day(text, own.get(text), beside.get(text) or stated)
            stated = (own[text][0], own[text][1]) if own.get(text) else stated
            if day and 0 <= (anchor_day - dt.date.fromisoformat(day[0])).days <= reach:
                for name in named:
                    spoke.setdefault(name, day)
            last_named = named or last_named
    return out


def _speaking_day(text: str, own: tuple | None | bool, beside: tuple[str, str] | None) -> tuple[str, str] | None:
    """The day a sentence's speaker spoke: its own day when written within a few words of the verb of saying,
    its paragraph's (`beside`) when it states no day ("proposed that the committee meet later this month");
    else None (a day elsewhere in it is what he speaks of)."""
    if not own:
        return beside
    at = text.find(own[1])
    near = any(0 <= at - m.end() <= SAID_REACH and not OTHER_CLAUSE.search(text, m.end(), at)
               or 0 <= m.start() - (at + len(own[1])) <= SAID_REACH
               for pattern in _speaking()[:2] for m in pattern.finditer(text))
    return (own[0], own[1]) if near else None
