"""Slices of stories that cannot share an incident (issue #13): grouped one slice at a time, the reports give
exactly the incidents they give grouped all at once."""
from __future__ import annotations

import random

from detente.incidents import assign_incidents
from detente.incidents.slices import may_pin, story_slices
from detente.records import Report
from detente.store import rows

from tests.incidents.reports_kit import report

COUNTRIES = ["KEN", "TZA", "UGA", None]
TYPES = ["AGREE", "CONSULT", "ASSAULT", "ACCUSE", "REJECT", "SUPPORT"]
NOTES = ["publication date", "month-day: 'May 13' resolved against metadata 2024-05-14",
         "since: 'since 2024-05-12' resolved against metadata 2024-05-14",
         "iso: '2024-05-14' resolved against dateline 2024-05-14"]


def _row(n: int, rng: random.Random) -> tuple:
    """A REPORT_SELECT row of one of 120 documents, most in one of 40 stories (a document is in one story,
    or in none), on days a few apart."""
    doc = rng.randrange(120)
    day = f"2024-05-{rng.choice([3, 4, 5, 9, 13, 14, 20, 21, 28]):02d}"
    date = rng.choice([day, day, day, "2024-05", None])
    return (f"e{n:05d}", f"d{doc:03d}", f"s{doc % 40:02d}" if doc % 5 else None, rng.choice(["Wire A", "Wire B", None]),
            None, rng.choice(["2024-05-14", None]), rng.choice(TYPES), None,
            rng.choice(["asserted", "asserted", "asserted", "negated"]), date, rng.choice(["day", "month", None]),
            rng.choice(["sentence", "sentence", "publication", "text"]), rng.choice(NOTES),
            rng.choice(COUNTRIES), "GOV", rng.choice(COUNTRIES), "GOV", None, None, rng.choice([0.5, 0.9]),
            rng.randrange(3) * 10, rng.randrange(3), None, None)


def _story(r: Report) -> str:
    return r.story_id or r.doc_id


def _sliced(reports: list[Report], events: int) -> tuple[list[list[str]], list]:
    days = [(_story(r), r.event_type, r.source_country, r.target_country, r.date)
            for r in reports if may_pin(r.status, r.date_source, r.date)]
    sizes: dict[str, int] = {}
    for r in reports:
        sizes[_story(r)] = sizes.get(_story(r), 0) + 1
    slices = story_slices(days, sizes.items(), events)
    made = [i for stories in slices for i in assign_incidents([r for r in reports if _story(r) in set(stories)])]
    return slices, sorted(made, key=lambda i: i.event_ids[0])


def test_incidents_grouped_slice_by_slice_equal_those_grouped_at_once():
    for seed in range(4):
        rng = random.Random(seed)
        reports = [rows.report_from_row(_row(n, rng)) for n in range(700)]
        whole = assign_incidents(reports)
        by_event = {r.event_id: _story(r) for r in reports}
        assert any(len({by_event[e] for e in i.event_ids}) > 1 for i in whole)  # incidents across stories
        slices, made = _sliced(reports, events=40)
        assert len(slices) > 5
        assert sorted(s for stories in slices for s in stories) == sorted(set(by_event.values()))
        assert made == whole


def test_stories_sharing_a_block_on_one_day_or_the_next_are_one_slice():
    days = [("s1", "AGREE", "KEN", "TZA", "2024-05-13"), ("s2", "AGREE", "KEN", "TZA", "2024-05-14"),
            ("s3", "AGREE", "KEN", "TZA", "2024-05-16"),  # two days on: another act
            ("s4", "CONSULT", "TZA", "KEN", "2024-05-13"), ("s5", "CONSULT", "KEN", "TZA", "2024-05-13"),
            ("s6", "ACCUSE", "TZA", "KEN", "2024-05-13"), ("s7", "ACCUSE", "KEN", "TZA", "2024-05-13")]
    sizes = [(f"s{k}", 1) for k in range(1, 9)]
    assert story_slices(days, sizes, events=1) == [["s1", "s2"], ["s3"], ["s4", "s5"], ["s6"], ["s7"], ["s8"]]
    assert story_slices(days, sizes, events=3) == [["s1", "s2", "s3"], ["s4", "s5", "s6"], ["s7", "s8"]]


def test_a_slice_holds_at_most_its_events_unless_one_set_of_stories_is_larger():
    days = [("a", "AGREE", "KEN", "TZA", "2024-05-13"), ("b", "AGREE", "KEN", "TZA", "2024-05-13")]
    assert story_slices(days, [("a", 30), ("b", 30), ("c", 10), ("d", 45)], events=50) == [["a", "b"], ["c"], ["d"]]
    assert story_slices([], [], events=50) == []


def test_only_an_asserted_day_from_the_sentence_can_pin_a_report():
    assert may_pin("asserted", "sentence", "2024-05-13")
    assert not may_pin("negated", "sentence", "2024-05-13") and not may_pin("asserted", "publication", "2024-05-13")
    assert not may_pin("asserted", "sentence", "2024-05") and not may_pin("asserted", "sentence", None)


def test_every_day_group_stated_is_one_may_pin_sees():
    """The slices rest on this: whatever group.stated keeps to the day, may_pin keeps too."""
    from detente.incidents.group import stated

    rng = random.Random(5)
    reports = [rows.report_from_row(_row(n, rng)) for n in range(400)] + [report(stated=True)]
    pinned = [r for r in reports if (stated(r) or "").count("-") == 2]
    assert pinned and all(may_pin(r.status, r.date_source, r.date) for r in pinned)
