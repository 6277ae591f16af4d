"""The day a page states for the armed incident it reports a denial of, or a claim about.

A page on a border incident is often written on the day one side denies it or counter-claims ("Tajikistan on
Friday rejected a protest note from Kyrgyzstan over Thursday's fighting and said Kyrgyz border guards had opened
fire first"; "Ethiopia on Tuesday rejected Sudan's accusation ..., saying the fighting began when Sudanese
artillery shelled Ethiopian farmers ... on Sunday morning"). Its headline and the quotes after the lead tell the
act of force again with no day ("Tajikistan says Kyrgyz guards opened fire first", "Gebremariam said Sudanese
forces had fired 'dozens of shells'"); they took the lead's day, the denial's, where the gold dates the incident
(dates24's count: 9 rows on wire18, 19, 21, 22, 27, 32, 35, the largest recurring wording with a findable answer).
The page states the incident's day in a possessed incident noun ("Thursday's fighting", "Sunday's boarding") or in
the clause of a force verb ("shelled ... on Sunday morning"): an undated act of force shares that day when it is
before the lead's (the lead then tells a later reaction to it).
"""
from __future__ import annotations

import datetime as dt
import functools
import re

from detente.events.date_patterns import DateMention, find_dates
from detente.events.lexicon import data_rows

CLAUSE_BREAK = re.compile(r"[,;:.!?\"“”]")
WORD = re.compile(r"[a-z]+")
# a word, whether a determiner or possessive stands before it, and whether "of" or its own verb follows it
# ("the shelling began ... on Sunday night", eval/wire27)
FORCE_WORD = re.compile(r"\b(?:(the|a|an|his|her|its|their|this|that)\s+)?([a-z]+)(\s+(?:of|began|started)\b)?")


@functools.lru_cache(maxsize=1)
def incident_words() -> dict[str, frozenset[str]]:
    """kind ('noun' | 'verb') → the words of that kind (data/incident_days.tsv)."""
    table: dict[str, set[str]] = {}
    for _, cols in data_rows("incident_days.tsv"):
        table.setdefault(cols[0], set()).add(cols[1])
    return {kind: frozenset(words) for kind, words in table.items()}


def possessed_incident(text: str, mention: DateMention) -> bool:
    """Whether the day is a possessive before an incident noun, next or after one modifier: "over Thursday's
    fighting", "Sunday's night raid"."""
    after = re.match(r"['’]s\s+(\w+)(?:\s+(\w+))?", text[mention.end:])
    return after is not None and any(w and w.lower() in incident_words()["noun"] for w in after.groups())


def in_force_clause(text: str, mention: DateMention) -> bool:
    """Whether a force verb comes before the day in its clause: "shelled farmers near Abdurafi on Sunday". A
    force noun after a determiner counts only with its "of" or "began" ("the shelling of Rweru on Sunday night"): in
    "condemned the attack on Thursday", "widened his attack on Tuesday" the day is the other verb's (realnews,
    wire42, wire44)."""
    clause = CLAUSE_BREAK.split(text[:mention.start])[-1].lower()
    return any(m[2] in incident_words()["verb"] and not (m[1] and not m[3])
               for m in FORCE_WORD.finditer(clause))


def force_trigger(text: str, trigger_offset: int) -> bool:
    """Whether the trigger word is a force verb of the list ("fired", "shelled"), or an opener before "fire"
    ("opened fire"; "opened the crossing" is no force, eval/wire32's pages tell both)."""
    word = re.match(r"([a-z]+)(\s+fire\b)?", text[trigger_offset:].lower())
    return word is not None and (word[1] in incident_words()["verb"]
                                 or bool(word[2]) and word[1] in incident_words()["opener"])


def incident_day(texts: tuple[str, ...], resolve_day) -> tuple[str, str] | None:
    """(day, expression) of the first incident day the page states, a past weekday or date resolved by
    `resolve_day` (mention → ISO day or None)."""
    for text in texts:
        for mention in find_dates(text):
            if mention.future or not (possessed_incident(text, mention) or in_force_clause(text, mention)):
                continue
            day = resolve_day(mention)
            if day is not None:
                return day, mention.text
    return None


def shared_incident_day(text: str, trigger_offset: int, incident: tuple[str, str] | None, lead_day: str,
                        reach: int) -> tuple[str, str] | None:
    """The incident day an undated act of force shares: one before the lead's day, within `reach` days."""
    if incident is None or not force_trigger(text, trigger_offset):
        return None
    try:
        back = (dt.date.fromisoformat(lead_day) - dt.date.fromisoformat(incident[0])).days
    except ValueError:
        return None
    return incident if 0 < back <= reach else None
