"""The day "that afternoon" / "the same morning" counts from when the last day stated is a cause's, told as background.

A story's act is often followed by a sentence that says what it came after: "The two releases came after a late-night
telephone call on Monday between the two foreign ministers", "The summons followed a raid on Sunday". The day in
such a clause is the cause's, earlier than the scene the page is telling; a later "Malaysia released the three
officers in Johor Bahru that afternoon" goes on with the scene (the lead's Tuesday), not with the call's Monday
(eval/wire27 w27_03: the release dated by the call, a day early; session 26 helper dates19's lead). Only the
same-day words ("that afternoon", "the same day", "later that evening") are counted from the last day stated
outside such a clause: "hours later" and "the next day" right after a cause may well count from the cause. Not in the
sentence right after the cause's, which still tells the cause: "The release followed telephone calls on Thursday by
the Saudi foreign minister ... A Qatari envoy ... was received by the king of Bahrain in Manama the same day"
(eval/wire15 w15_11: the envoy's Thursday).
"""
from __future__ import annotations

import re

from detente.events.date_patterns import DateMention

# "came after", "came a day after", "comes just hours after", "followed" (not "followed by", the other direction:
# "a meeting on Monday, followed by talks on Tuesday")
CAUSE = re.compile(r"\b(?:came|comes|come)\s+(?:(?:just|only|shortly|soon|barely|hours|days|a\s+day|a\s+week|"
                   r"(?:one|two|three|four|five|six|seven|\d+)\s+(?:days?|weeks?))\s+){0,2}after\b|"
                   r"\b(?:followed|follows)\s+(?!by\b|up\b|suit\b|through\b|on\b)", re.I)
# the same-day words that go on with the scene; "hours later" is left out (see the module docstring)
SCENE_DAY = re.compile(r"\b(?:that|the\s+same|later\s+that|earlier\s+that)\s+(?:same\s+)?"
                       r"(?:day|date|morning|afternoon|evening|night)\b", re.I)
CLAUSE_END = re.compile(r"[;:.]")


def in_cause_clause(text: str, mention: DateMention) -> bool:
    """Whether the mention sits in a clause a cause verb (CAUSE) opens before it, in the same clause of the sentence."""
    return any(m.end() <= mention.start and not CLAUSE_END.search(text, m.end(), mention.start)
               for m in CAUSE.finditer(text, 0, mention.start))


def tells_scene_day(text: str) -> bool:
    """Whether the sentence writes a same-day word that goes on with the scene (SCENE_DAY)."""
    return SCENE_DAY.search(text) is not None
