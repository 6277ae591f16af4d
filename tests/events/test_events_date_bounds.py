"""events.date_bounds and the date classes of session 25 (dates18): a perfect done "by" a day, "the next
morning", and a "two weeks after" clause that writes its own day. Sentences written for these tests; the page is
published on Friday 2021-05-14."""
from __future__ import annotations

import datetime as dt

from detente import pipeline
from detente.events import date_bounds, dates
from detente.events.date_patterns import dates_in
from detente.events.dates import find_dates
from detente.records import Document

ANCHOR = dates.Anchor(dt.date(2021, 5, 14), "day", "metadata")  # a Friday


def _dated(sentence: str, trigger: str, anchor: dates.Anchor = ANCHOR) -> str | None:
    return dates.event_date(sentence, sentence.index(trigger), anchor, "page").value


def _page_dates(text: str, start: str, event_type: str | None = None) -> set:
    doc = Document("d0", "t0.txt", None, "text", text, date="2021-05-14")
    coded = pipeline.code_documents([doc])[0]
    return {e.date.value for e in coded.events if e.evidence.sentence.startswith(start)
            and event_type in (None, e.event_type)}


# --- a perfect done "by" a day (eval/wire26, eval/wire25) ---

def test_a_perfect_after_an_opening_by_day_is_dated_by_that_day():
    sentence = "By Monday evening a court in the capital had released the two customs officers without charge."
    assert _dated(sentence, "released") == "2021-05-10"


def test_a_perfect_after_by_day_in_a_later_clause_is_dated_by_that_day():
    sentence = "The minister made the threat on the 10th; by Wednesday he had withdrawn it."
    assert _dated(sentence, "withdrawn") == "2021-05-12"


def test_a_deadline_after_by_is_still_no_day_of_the_act():
    assert _dated("The ministry asked Ruritania to withdraw its troops by Monday.", "asked") == "2021-05-14"
    # a perfect told before the deadline is not done by it
    assert _dated("Ruritania had agreed to withdraw its troops by Monday.", "agreed") == "2021-05-14"


def test_completed_by_needs_a_day_a_perfect_and_one_clause():
    sentence = "By March the two governments had signed three protocols."
    assert not date_bounds.completed_by(sentence, find_dates(sentence)[0], sentence.index("signed"))
    plain = "By Monday the two governments signed three protocols."
    assert not date_bounds.completed_by(plain, find_dates(plain)[0], plain.index("signed"))
    split = "Talks were due to end by Monday; the two governments had signed three protocols."
    assert not date_bounds.completed_by(split, find_dates(split)[0], split.index("signed"))
    done = "By Monday, the two governments had already signed three protocols."
    assert date_bounds.completed_by(done, find_dates(done)[0], done.index("signed"))


# --- "the next morning" (eval/wire26) ---

def test_a_part_of_the_next_or_previous_day_counts_from_the_day_before():
    for text, step in (("at six the next morning", 1), ("the following evening", 1), ("the previous night", -1),
                       ("the preceding afternoon", -1)):
        (mention,) = find_dates(text)
        assert mention.kind == "next-day"
        assert dates.resolve(mention, ANCHOR, dt.date(2021, 5, 10)) == ((dt.date(2021, 5, 10)
                                                                          + dt.timedelta(days=step)).isoformat(), "day")
    # the pattern's guard lets such a text through (date_patterns.NEEDS): guarded and unguarded scans agree
    for text in ("They met the next morning.", "Talks resumed the following night."):
        assert dates_in(text) == dates_in(text, guarded=False) and len(dates_in(text)) == 1


def test_a_reopening_the_next_morning_is_dated_the_day_after_the_last_day_told():
    text = ("Kenyan police freed the two Ugandan fishermen on Monday evening.\n\n"
            "Uganda reopened the border crossing to Kenyan lorries at six the next morning.")
    assert _page_dates(text, "Uganda reopened") == {"2021-05-11"}


# --- a "two weeks after" clause that writes its own day (eval/wire29) ---

def test_a_shifted_clause_with_its_own_day_is_dated_by_that_day():
    sentence = ("The visit came two weeks after a patrol boat stopped a fishing launch near the island on May 3 and "
                "held its crew for six hours.")
    assert _dated(sentence, "stopped") == "2021-05-03"


def test_a_shifted_clause_without_a_day_still_counts_back():
    sentence = "The talks on Thursday came two days after troops shelled the post."
    assert _dated(sentence, "shelled") == "2021-05-11"
