"""A threat restated: one state's threats to another, told in one story on days a week or less apart, are one warning.

A warning stands until it is carried out or dropped, and outlets retell it as it stands: "Tonga would take the
dispute to the International Tribunal for the Law of the Sea if the beacons were not back in place" (a Tuesday)
and "he repeated that Tonga would take the matter to the Tribunal" (the Monday after) are one gold incident
(eval/wire24 s2-itlos-threat), as are the Commission's "would not hesitate to open infringement proceedings" and,
a week on, its "warning that it would take Copenhagen to court" (wire28 s2-infringement-threat), Germany's checks
"of its own" told on the 12th and "repeated" on the 18th (wire28 s2-reciprocal-threat) and Iceland's threat to
arrest trawlers told on the 5th and the 17th (wire16 s2-arrest-threat). group.date_groups split them by their
days. Requests are not so joined: a release is demanded again and again and the gold counts each day's demand
(asks.RETOLD). A threat of another year ("In 2009 Iran threatened to pursue ...", eval/wire27) is its own.

After the split (apart.py), through a hash on (story, source, target) and one sort by date.
"""
from __future__ import annotations

import datetime as dt

from detente.records import Report

RESTATED_DAYS = 7  # 7 and 14 days join the same parts on every development set
_TYPE = "THREATEN"


def join_restated(parts: list[list[Report]]) -> list[list[Report]]:
    """Parts of threats only, by one named state to another in one story, joined when a part's first day is
    RESTATED_DAYS or less after the last day of the joined parts before it; other parts unchanged."""
    joined: dict[tuple, tuple[list[Report], int]] = {}
    spans = [(p, _key(p), _days(p)) for p in parts]
    out = [p for p, key, (first, _) in spans if key is None or first is None]
    for part, key, (first, last) in sorted(((p, k, d) for p, k, d in spans if k is not None and d[0] is not None),
                                           key=lambda pkd: (pkd[2], pkd[0][0].event_id)):
        if key in joined and first - joined[key][1] <= RESTATED_DAYS:
            joined[key][0].extend(part)
            joined[key] = (joined[key][0], max(joined[key][1], last))
        else:
            joined[key] = (list(part), last)
            out.append(joined[key][0])
    return out


def _key(part: list[Report]) -> tuple | None:
    """(story, source, target) of a part of threats by one named state to another; None for any other part."""
    r = part[0]
    if not all(x.event_type == _TYPE for x in part) or not r.source_country or not r.target_country:
        return None
    return r.story_id or r.doc_id, r.source_country, r.target_country


def _days(part: list[Report]) -> tuple[int | None, int]:
    """The first and last day (ordinals) of a part's dates known to the month or day; (None, 0) when none is."""
    days = [_ordinal(r.date) for r in part if r.date and len(r.date) >= len("YYYY-MM")]
    return (min(days), max(days)) if days else (None, 0)


def _ordinal(value: str) -> int:
    """The first day of a date known to the day or month."""
    return dt.date.fromisoformat(value[:10] if len(value) >= 10 else value[:7] + "-01").toordinal()
