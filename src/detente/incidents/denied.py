"""A denial told on a later day than the act it denies: the act's incident, not one of its own.

"Iran on Wednesday denied that its border guards had fired mortar rounds into Pakistan" (eval/wire27 w27_06) is
dated by the day the denial was made; with no group of its block and story stating that day, it stayed apart from
the shelling another page states for the Sunday before (gold s2-shelling holds both, as our golds put a denial in
the incident of the act it denies: the incident's status contradiction then names the denier). A negated report
that no group of its own day holds joins the group stating the latest day in the DENIED_WITHIN days before it.
"""
from __future__ import annotations

import datetime as dt

from detente.records import Report

DENIED_WITHIN = 7  # days from the act to the denial a page tells
DENIAL = "negator:"  # the coder's status_cue of an act a verb of denial negates ("denied that ...")


def denied_act(dates: list[set[str]], report: Report) -> int | None:
    """The group of the act a denial (status negated, dated to the day) denies: the one stating the latest day
    from DENIED_WITHIN days before the report's day to that day; None for other reports or when none does."""
    if report.status != "negated" or not report.status_cue.startswith(DENIAL) or len(report.date or "") != 10:
        return None
    made = dt.date.fromisoformat(report.date)
    acts = [(day, i) for i, stated in enumerate(dates) for day in stated
            if len(day) == 10 and 0 <= (made - dt.date.fromisoformat(day)).days <= DENIED_WITHIN]
    return max(acts)[1] if acts else None
