"""A state-less official met in the capital a traveller is placed in is that capital's.

"... and was in Bissau the following day for two hours of talks with President Umaro Sissoco Embaló's chief of
staff" (wire30 w30_03): the president is never named with his state on the page, so the chief of staff took the
page's main state (Senegal, the other party). A visitor travels to meet his hosts at home: the capital the
sentence puts the traveller in ("was in", "arrived in", "flew into", nearest before the official) gives the
official named after "talks with", "met", "to meet/see" his state. Only capitals (gazetteer kind capital):
seats of bodies (Brussels, Addis Ababa as the AU's) say nothing of who is met there.
"""
from __future__ import annotations

import re

from detente.actors.gazetteer import state_code

TRAVEL = re.compile(r"\b(?:was|were|is|are|arrived|arrives|arriving|landed|flew|travelled|traveled)\s+(?:in|into|to)\s+$")
MEETING = re.compile(r"^[^.;\"“]*\b(?:talks|meeting|meetings|consultations|met|meet|see)\s+(?:with\s+)?$")


def host_capital(hits, text: str, before: int) -> str | None:
    """The state of the capital a traveller is placed in, for an official met there named at offset `before`."""
    capitals = [h for h in hits if h.end <= before and h.term.kind == "capital" and state_code(h)]
    if not capitals:
        return None
    last = max(capitals, key=lambda h: h.start)
    if TRAVEL.search(text[:last.start]) is None or MEETING.match(text[last.end:before]) is None:
        return None
    return state_code(last)
