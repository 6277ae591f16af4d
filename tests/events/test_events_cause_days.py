"""events.cause_days, read by events.page_anchor.with_context: a day told in a cause clause ("The two handovers came
after a telephone call on Monday") is the cause's, so a later "that afternoon" goes on with the scene's day, not the
cause's (session 27, helper dates20: eval/wire27 w27_03, a release dated by the call, a day early). Sentences
written for these tests."""
from __future__ import annotations

import datetime as dt

from detente.events.cause_days import in_cause_clause, tells_scene_day
from detente.events.date_patterns import find_dates
from detente.events.dates import Anchor, event_date
from detente.events.page_anchor import with_context

ANCHOR = Anchor(dt.date(2024, 5, 16), "day", "metadata")  # a Thursday

LEAD = "Two Freedonian customs officers held in Ruritania crossed back at the Vesna bridge on Wednesday evening."


def _dated(texts: tuple[str, ...], trigger: str) -> str | None:
    anchor = with_context(ANCHOR, texts[0], texts)
    last = texts[-1]
    return event_date(last, last.index(trigger), anchor, "page").value


def test_that_afternoon_after_a_cause_keeps_the_scene_day():
    texts = (LEAD, "The handovers came after a telephone call on Tuesday between the two interior ministers.",
             "The two customs officers were driven to the bridge by police.",
             "Ruritania released the two officers in Korvo that afternoon.")
    assert _dated(texts, "released") == "2024-05-15"


def test_the_same_day_after_a_followed_cause_keeps_the_scene_day():
    texts = (LEAD, "The crossing followed a meeting of border commanders on Monday.",
             "Relatives waited at the bridge for most of the day.", "Freedonia thanked Ruritania the same day.")
    assert _dated(texts, "thanked") == "2024-05-15"


def test_the_same_day_right_after_the_cause_is_the_cause_day():
    # the sentence right after the cause's goes on with the cause ("A second envoy was received the same day")
    texts = (LEAD, "The crossing followed telephone calls on Monday by the two interior ministers.",
             "A Freedonian envoy was received by the Ruritanian president the same day.")
    assert _dated(texts, "received") == "2024-05-13"


def test_the_next_day_after_a_cause_still_counts_from_it():
    # only the same-day words go on with the scene; "the next day" may count from the cause (left as it was)
    texts = (LEAD, "The handovers came after a telephone call on Monday between the two interior ministers.",
             "The next day Ruritania released the two officers.")
    assert _dated(texts, "released") == "2024-05-14"


def test_that_afternoon_after_a_plain_day_counts_from_it():
    texts = (LEAD, "The two ministers spoke by telephone on Tuesday.",
             "Ruritania released the two officers that afternoon.")
    assert _dated(texts, "released") == "2024-05-14"


def test_followed_by_is_no_cause():
    text = "Talks were held on Monday, followed by a dinner on Tuesday."
    tuesday = next(m for m in find_dates(text) if m.text.endswith("Tuesday"))
    assert not in_cause_clause(text, tuesday)


def test_a_cause_clause_ends_at_the_sentence_mark():
    text = "The visit came after a dispute; the envoy left on Friday."
    friday = next(m for m in find_dates(text) if m.text.endswith("Friday"))
    assert not in_cause_clause(text, friday)
    came = "The visit came just hours after a raid on Friday."
    assert in_cause_clause(came, next(iter(find_dates(came))))


def test_scene_day_words():
    assert tells_scene_day("They left later that evening.")
    assert tells_scene_day("The envoy was summoned the same morning.")
    assert not tells_scene_day("Hours later the envoy was summoned.")
