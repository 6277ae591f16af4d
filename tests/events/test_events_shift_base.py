"""Session 31 dates27: what "N days after <clause>" counts back from when its sentence states no day of its own
(events/shift_base.py). "The warning came a day after ..." counts from the lead's day, the day of the act the
subject names, not from the last day written before it (eval/wire28 w28_07); an opening "Four days after X, <main
clause>" with no day before it counts from the page's day (eval/wire49 w49_09). Our own sentences; the page is
published on Wednesday 2019-03-13, so the
aside's "last Wednesday" is 2019-03-06."""
from __future__ import annotations

import datetime as dt

from detente import pipeline
from detente.events.shift_base import shift_base
from detente.records import Document

LEAD = ("Chile protested to Peru on Wednesday over the seizure of a fishing boat, warning that it would take the "
        "matter to the courts.\n\n")
ASIDE = "Peru's reply to the Chilean note of last Wednesday was still being studied, officials said.\n\n"
CAME = "The protest came a day after Chilean and Peruvian officials held talks in Lima on fishing rights.\n\n"
OPENING = ("Four days after Bolivia expelled the Peruvian ambassador and Peru answered in kind, both capitals are "
           "signalling that the quarrel will not end soon.\n\n")


def _coded(text: str):
    doc = Document("d0", "t0.txt", None, "text", text, date="2019-03-13")
    return pipeline.code_documents([doc])[0].events


def _days(text: str, start: str) -> set:
    return {(e.event_type, e.date.value) for e in _coded(text) if e.evidence.sentence.startswith(start)}


def test_the_act_a_subject_names_came_after_counts_from_the_lead_s_day():
    assert ("CONSULT", "2019-03-12") in _days(LEAD + ASIDE + CAME, "The protest came")  # the lead's Wednesday


def test_the_last_day_written_before_is_not_what_it_counts_from():
    assert not any(day == "2019-03-05" for _, day in _days(LEAD + ASIDE + CAME, "The protest came"))  # the aside's


def test_an_opening_count_with_no_day_before_it_counts_from_the_page_s_day():
    found = _days(OPENING, "Four days after")
    assert ("SANCTION", "2019-03-09") in found
    assert ("SANCTION", "2019-03-13") not in found


def test_the_base_prefers_the_lead_only_after_a_named_act_came():
    lead = (("2019-03-13", "day", "Wednesday"),)
    text = "Peru recalled its envoy, a day after the talks."
    assert shift_base(text, text.index("a day"), 1, dt.date(2019, 3, 11), lead, dt.date(2019, 3, 14))[0] == \
        dt.date(2019, 3, 11)
    came = "The recall came a day after the talks."
    assert shift_base(came, came.index("a day"), 1, dt.date(2019, 3, 11), lead, None)[0] == dt.date(2019, 3, 13)


def test_nothing_to_count_from_gives_none():
    text = "Four days after the talks, nothing moved."
    assert shift_base(text, 0, 4, None, (), None) is None
    assert shift_base(text, 0, 4, None, (), dt.date(2019, 3, 14))[0] == dt.date(2019, 3, 14)


def test_only_a_count_opening_its_sentence_counts_from_the_page_s_day():
    day = dt.date(2019, 3, 14)
    lima = "LIMA \u2013 Two days after the talks, nothing has moved."
    assert shift_base(lima, lima.index("Two days"), 2, None, (), day)[0] == day  # a dateline before it
    told_after = "Peru recalled its envoy a week after Chile expelled two diplomats."
    assert shift_base(told_after, told_after.index("a week"), 7, None, (), day) is None


def test_a_week_or_more_from_the_page_s_day_is_a_round_figure():
    day = dt.date(2019, 3, 14)
    assert shift_base("Ten days after the talks, nothing has moved.", 0, 10, None, (), day) is None
    assert shift_base("A week after the talks, nothing has moved.", 0, 7, None, (), day) is None
