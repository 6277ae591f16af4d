"""Reports dated only near their event (a publication date, a lead's or paragraph's day, "last month"): which of
them, left over by group.date_groups, make one group (group.py calls `apart_in_time`)."""
from __future__ import annotations

import datetime as dt

from detente.incidents.plans import told_after
from detente.records import Report

# Days read from a report's paragraph or lead ("'the next day' in the sentence next to it") of one act, told
# by outlets that date their paragraphs from different days, chain this many days apart; a week apart
# they are two acts (eval/wire8's refusals of two Wednesdays). eval/wire9: a Red Cross charge dated "the
# next day" by one outlet and "Friday" by another, two days on, were split (incident F1 .877 -> .887;
# 2, 3 and 4 days give the same on the five development sets with incident ids).
TEXT_DAYS_APART = 2
LOOSE_DAYS = 31  # a page dated by its publication reports acts of the weeks before it ("last month": realnews)
# But two reports dated to the day by their pages' text or story (`page_day`) more than this many days apart are two
# acts, however LOOSE_DAYS chains them: eval/wire38's Chinese warning of 10 August (a lead's Tuesday) and its
# September one (the lead's Saturday of a dated page), wire41's Congolese charges, and Rwanda's denials, of 29
# October and of 26 November, wire46's Emirati welcome of 9 July and Eritrea's thanks of 24 July, wire37's charges of
# two weeks were one incident each, two in the gold (wire38 .818 -> .823, wire41 .856 -> .880, wire46 .870 -> .878,
# wire37 .877 -> .887). At 7 to 12 days wire22, wire24 and wire26 fell (a background act retold by a page a week or
# so on, dated by its lead); with publication days as well, wire9 and wire19 fell.
PAGE_DAYS_APART = 14


def text_day(report: Report) -> bool:
    """A day read from the report's paragraph or its page's lead ("'Thursday' in the sentence next to it"):
    near enough to tell two acts of one week apart, unlike a publication date. (Session 13: the day a plan
    was told, "said engineers would fly out on Friday", read as such a day raised eval/wire4 .858 -> .863
    and lowered held-out wire7 .825 -> .815; a story-dated weekday or lead day, wire4 .858 -> .851 and
    wire9 .868 -> .860. Neither is kept.)"""
    return report.date_source == "text" and len(report.date or "") == len("YYYY-MM-DD")


def apart_in_time(loose: list[Report]) -> list[list[Report]]:
    """Reports dated only near their event (a publication date, "last month"), in groups of dates no more
    than LOOSE_DAYS apart: a story followed up for months (stories.FOLLOW_UP_DAYS) puts a May refusal and
    a November one, each dated by its page, in one story (eval/wire8's Danube story: they were one
    incident, wire8 incident F1 0.93 -> 0.955). At 7 days realnews split an October airspace violation
    ("last month") from a page of 24 November telling it (incident F1 0.901 -> 0.899); at 31 it is kept.
    Days read from a report's paragraph or lead (`text_day`) chain only TEXT_DAYS_APART apart: eval/wire8's
    Norwegian refusals of two Wednesdays, once its three pages were one story, were one incident (wire8
    incident F1 0.926 -> 0.955 with the change in date_groups; realnews, wire4, wire9, wire10 unchanged).
    So do days a sentence states against a yearless date line (`_story_day`, `_days_apart`), and a plan
    told after the group's days starts a group of its own (plans.told_after); a request to a body of states
    chains through LOOSE_DAYS whatever its text days (`to_a_body`)."""
    groups: list[list[Report]] = []
    end, days = 0, []  # days: (first day, read from the text?) of the text- and story-day reports of the last group
    paged = 0  # the last page_day of the last group (0: none)
    for r in sorted(loose, key=lambda r: (_span(r.date)[0], r.event_id)):
        first, last = _span(r.date)
        if (not groups or first - end > LOOSE_DAYS or told_after(r, end)  # a plan told after them (plans.py)
                or (_days_apart(r, first, days) and not to_a_body(r))
                or (paged and page_day(r) and first - paged > PAGE_DAYS_APART)):
            groups.append([])
            end = last
            days, paged = [], 0
        if text_day(r) or _story_day(r):
            days.append((first, text_day(r)))
        if page_day(r):
            paged = first
        groups[-1].append(r)
        end = max(end, last)
    return groups


def page_day(report: Report) -> bool:
    """A day read from the report's paragraph or lead (`text_day`) or resolved against its story ("the lead's
    'Saturday'", "its story's publication date"): a day its page ties the act to, unlike a publication date."""
    return text_day(report) or (report.date_source == "story" and len(report.date or "") == len("YYYY-MM-DD"))


# The bodies of states (actors' codes for an organisation, not a country) a state appeals to.
BODIES = frozenset({"IGO", "UNO", "EUR", "NATO"})


def to_a_body(report: Report) -> bool:
    """A state's request to a body of states ("has asked the Forum to place the incident on its agenda"): one
    appeal, which later pages retell dated by their own leads ("Port Moresby's letter asking the Pacific
    Islands Forum ...", ten days on, eval/wire22; "the Forum, which Tonga had first asked to mediate", thirteen
    days on, eval/wire24), so its loose reports chain through LOOSE_DAYS, not TEXT_DAYS_APART (wire22 .771 ->
    .775, wire24 .844 -> .848; the other development sets and the held-out summary lines unchanged). A request
    to a state may be a new demand each week (eval/wire8's refusals of two Wednesdays: the text-day split)."""
    return report.event_type == "REQUEST" and report.target_country in BODIES


def _days_apart(report: Report, first: int, days: list[tuple[int, bool]]) -> bool:
    """Whether a text- or story-day report is more than TEXT_DAYS_APART after the days of its group before it:
    a text day after the last text day (the last story day when none), a story day after the last of either.
    A story day between two text days does not chain them: eval/wire25's text days of the 13th and the 16th
    (a demand, and "whether Moldova repeats its demand") joined through a story day of the 14th (.811 -> .807)."""
    if text_day(report):
        before = [d for d, text in days if text] or [d for d, _ in days]
    else:
        before = [d for d, _ in days] if _story_day(report) else []
    return bool(before) and first - before[-1] > TEXT_DAYS_APART


def _story_day(report: Report) -> bool:
    """A day the sentence states ("on Wednesday"), resolved against its page's yearless date line and so
    stored with date_source "story": no evidence of which act for `stated` (sessions 20-21 tried that; wire5
    fell), but near enough, like a text day, to tell two loose acts a week apart. eval/wire24: "received
    Cambodia's ambassador ... on Wednesday" and another page's "will hold talks in Hanoi on Thursday", eight
    days on, were one incident through LOOSE_DAYS. Not a lead's day on such a page ("no date in the
    sentence"): a background act told a week later takes it (eval/wire25: a threat retold with the page's
    Friday split from the threat)."""
    note = report.date_note or ""
    return (report.date_source == "story" and len(report.date or "") == len("YYYY-MM-DD")
            and "resolved against dateline" in note and not note.startswith("no date in the sentence"))


def _span(value: str) -> tuple[int, int]:
    """First and last day (ordinals) of a date known to the day or the month."""
    if len(value) >= 10:
        return _ordinal(value[:10]), _ordinal(value[:10])
    first = dt.date.fromisoformat(value[:7] + "-01")
    return first.toordinal(), (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1).toordinal() - 1


def _ordinal(value: str) -> int:
    return dt.date.fromisoformat(value).toordinal()
