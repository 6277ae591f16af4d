"""A forward-looking day in a sentence whose act is an offer, proposal, pledge or invitation already made is the
time of the thing offered, not of the offer.

"Australia pledged A$45 million ... and a third patrol boat next year" (eval/wire30 w30_11, gold: the pledge's
month), "promised a third patrol boat for delivery next year, according to a joint statement released on Tuesday"
(w30_12, gold: the statement's Tuesday), "had written to her counterpart on Monday proposing a meeting 'this week or
next'" (eval/wire23 w23_06, gold: the letter's Monday), "said Bolivia was ready to hold talks 'tomorrow if they
want', and proposed a joint commission" (eval/wire26 w26_10, gold: the day it was said). Each was dated by the
offered thing's time: the year after the page (and so made pending, coder "date:after publication"), the page's
month, the day after. A proposal made in the past cannot happen "next year" or "tomorrow": such a day is dropped for
the act (events.dates.event_date), which is then dated by the sentence's other day, else as an undated sentence.

The offer verbs are the lemmas of cues.tsv kind `offertime`, in the past tense or the -ing form only: "will propose
talks next week" (a future cue before the trigger, date_patterns.is_future) and "proposes" keep the day. A day is
forward-looking when a future cue stands in its clause (DateMention.future) or it is written "next ...",
"tomorrow", "this week or next" (FORWARD).
"""
from __future__ import annotations

import re
from functools import lru_cache

from detente.events.date_patterns import DateMention, is_future

FORWARD = re.compile(r"^(?:next\b|tomorrow\b|the\s+day\s+after\s+tomorrow\b)", re.I)
OR_NEXT = re.compile(r"\s+or\s+(?:the\s+)?next\b", re.I)


@lru_cache(maxsize=1)
def _offer_form() -> re.Pattern[str]:
    """The past and -ing forms of the offer lemmas (cues.tsv kind offertime): "proposed", "proposing"."""
    from detente.events.lexicon import cue_words  # lexicon is loaded lazily: this module is imported early
    forms = set()
    for lemma in cue_words("offertime"):
        stem = lemma[:-1] if lemma.endswith("e") else lemma
        forms |= {stem + "ed", stem + "ing"}
    return re.compile(r"\b(?:%s)\b" % "|".join(sorted(forms)), re.I)


def forward_looking(text: str, mention: DateMention) -> bool:
    """Whether the day looks ahead: a future cue in its clause, or "next ...", "tomorrow", "this week or next"."""
    return mention.future or FORWARD.match(mention.text) is not None or OR_NEXT.match(text, mention.end) is not None


def offered_time(text: str, mention: DateMention, trigger_offset: int) -> bool:
    """Whether the mention is the time of the thing a past offer, proposal, pledge or invitation (the trigger)
    offers: a forward-looking day, the trigger an offer verb in the past or -ing form with no future cue before it."""
    if not forward_looking(text, mention):
        return False
    offer = _offer_form().match(text, trigger_offset) or _offered_noun(text, trigger_offset)
    return offer is not None and not is_future(text, trigger_offset)


# The trigger may be the noun the offer verb takes: "proposing a meeting 'this week or next'" (eval/wire23 w23_06: the
# REQUEST's trigger is "meeting"), up to three words after the verb with no punctuation between. Not through "to":
# "has been invited to discuss new transit rules next month" (eval/wire9) is the planned talks, which keep their month
# (without this, wire9 incident F1 0.879 -> 0.876).
OFFERED_GAP = re.compile(r"\s+(?:(?!to\b)[\w'-]+\s+){0,2}$")


def _offered_noun(text: str, trigger_offset: int) -> re.Match[str] | None:
    """The offer verb whose object the trigger heads ("proposing a meeting"), if any."""
    for verb in _offer_form().finditer(text, max(0, trigger_offset - 40), trigger_offset):
        if OFFERED_GAP.fullmatch(text, verb.end(), trigger_offset):
            return verb
    return None
