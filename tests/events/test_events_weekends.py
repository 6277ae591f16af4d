"""events.dates with events/weekends.py: an act "at the weekend" is dated by that weekend's Saturday, as a range is
by its start (session 33, helper dates29; eval/wire4 w4_04 and eval/wire22 w22_02, golds the Saturday). Sentences
written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from detente.events.dates import Anchor, event_date
from detente.events.weekends import weekend_start

WEDNESDAY = Anchor(dt.date(2024, 10, 16), "day", "dateline")  # 16 October 2024 was a Wednesday


def _dated(sentence: str, word: str, anchor: Anchor = WEDNESDAY) -> tuple[str | None, str]:
    info = event_date(sentence, sentence.index(word), anchor, "test")
    return info.value, info.precision


@pytest.mark.parametrize("sentence, word", [
    ("Coastguards boarded two trawlers over the weekend off the northern cape.", "boarded"),
    ("The two presidents spoke by telephone at the weekend, officials said.", "spoke"),
    ("Militia fighters shelled the border village during the weekend.", "shelled"),
    ("The envoy flew to the capital this past weekend for talks.", "flew"),
])
def test_a_past_weekend_act_is_dated_by_its_saturday(sentence, word):
    assert _dated(sentence, word) == ("2024-10-12", "day")


def test_a_weekend_still_to_come_is_the_next_saturday():
    assert _dated("The foreign ministers will meet at the weekend in the port city.", "meet") == ("2024-10-19", "day")


def test_the_weekend_of_a_page_written_on_it():
    sunday = Anchor(dt.date(2024, 10, 13), "day", "dateline")
    saturday = Anchor(dt.date(2024, 10, 12), "day", "dateline")
    sentence = "Border guards detained three fishermen over the weekend."
    assert _dated(sentence, "detained", sunday) == _dated(sentence, "detained", saturday) == ("2024-10-12", "day")


def test_a_page_known_only_to_its_month_keeps_the_month():
    month = Anchor(dt.date(2024, 10, 1), "month", "inferred")
    assert _dated("Border guards detained three fishermen over the weekend.", "detained", month) == ("2024-10", "month")


def test_weekend_start():
    assert weekend_start(dt.date(2024, 10, 14)) == dt.date(2024, 10, 12)  # Monday
    assert weekend_start(dt.date(2024, 10, 18), future=True) == dt.date(2024, 10, 19)  # Friday
    assert weekend_start(dt.date(2024, 10, 19), future=True) == dt.date(2024, 10, 19)  # Saturday itself


def test_a_count_of_days_is_not_made_from_a_weekend():
    # eval/wire35 w35_03: "N days after <clause>" counted from the weekend's Saturday put the appeal four days early;
    # a weekend is a range of two days, so the count is made from the sentence's other day
    sentence = ("The envoy arrived on Wednesday in a quarrel that turned deadly at the weekend, two days after the "
                "council chairman urged both sides to talk.")
    assert _dated(sentence, "urged") == ("2024-10-14", "day")
