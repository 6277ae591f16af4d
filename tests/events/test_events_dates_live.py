"""Session 11 dates2 classes (docs/quality.md, "Session 11: event dates, second pass"): a live blog's
undated entries are of the page's day, and a relative clause on a possessed noun is told on that noun's day.
Sentences are invented; the page is published on Thursday 2019-03-14."""
from __future__ import annotations

import datetime as dt

from detente import pipeline
from detente.events.dates import Anchor, event_date, find_dates, names_other_act
from detente.events.page_anchor import is_live_blog
from detente.records import Document

THURSDAY = Anchor(dt.date(2019, 3, 14), "day", "metadata")
BLOG = ("LIVE: Ruritanian envoy in Freedonia as the bridge stays shut\n\n"
        "Key points\n* The Ruritanian envoy holds talks in Freedonia\n\n"
        "16:20 GMT\nJust in: Freedonia has expelled a Ruritanian diplomat, a ministry spokesman says.\n\n"
        "14:05 GMT\nBackground: Ruritanian border guards seized two Freedonian trucks on Monday.\n\n"
        "09:30 GMT\nGood morning and welcome to our live coverage.\n")


def _dates(text: str, start: str) -> set:
    doc = Document("d0", "t0.txt", None, "text", text, date="2019-03-14")
    coded = pipeline.code_documents([doc])[0]
    return {e.date.value for e in coded.events if e.evidence.sentence.startswith(start)}


def test_time_stamp_lines_make_a_live_blog():
    assert is_live_blog(BLOG)
    assert not is_live_blog("Talks began at 09:30 GMT.\n\nThey ended at 16:20.\n")  # times inside sentences
    assert not is_live_blog("14:05 GMT\nOne stamp alone is a dateline's clock, not a blog.\n")


def test_a_live_blogs_undated_entry_is_of_the_pages_day():
    assert _dates(BLOG, "Just in") == {"2019-03-14"}  # not the background entry's Monday


def test_the_same_entry_on_a_page_that_is_no_blog_shares_the_leads_day():
    page = ("Ruritanian border guards seized two Freedonian trucks on Monday.\n\n"
            "Freedonia has expelled a Ruritanian diplomat, a ministry spokesman says.\n")
    assert _dates(page, "Freedonia has expelled") == {"2019-03-11"}


def test_a_relative_clause_on_the_possessed_noun_takes_its_day():
    sentence = ("The two men were detained during Tuesday's clash near the bridge, which officials say was started "
                "by Ruritanian guards firing on a Freedonian post.")
    mention = find_dates(sentence)[0]
    assert not names_other_act(sentence, mention, sentence.index("firing"))
    # session 32 (dates28): an act told "during Tuesday's clash" is of the clash's day too (date_scope.AT_GATHERING;
    # eval/wire4 w4_08's gold dates the men "taken during Tuesday's firefight" by that Tuesday)
    assert not names_other_act(sentence, mention, sentence.index("detained"))
    assert event_date(sentence, sentence.index("firing"), THURSDAY, "").value == "2019-03-12"


def test_a_clause_past_the_relative_one_is_not_dated_by_the_possessive():
    sentence = "Over Sunday's raid near the bridge, which killed five, the army said it had recalled its envoy."
    assert names_other_act(sentence, find_dates(sentence)[0], sentence.index("recalled"))


def _said(sentence: str, trigger: str, anchor: Anchor = THURSDAY) -> str | None:
    return event_date(sentence, sentence.index(trigger), anchor, "", said_day=True).value


def test_a_plan_told_as_said_is_dated_by_the_day_of_the_report():
    sentence = "The minister said a team of engineers would fly out on Saturday to repair the bridge."
    assert _said(sentence, "fly") == "2019-03-14"  # the page's day
    assert _date(sentence, "fly") == "2019-03-16"  # without said_day: the planned day (the status uses it)


def test_a_plan_told_as_said_takes_the_speech_verbs_own_day():
    sentence = ("Ruritanian engineers landed on Tuesday, and the minister said on Wednesday that a ship would sail "
                "on Saturday with building materials.")
    assert _said(sentence, "sail") == "2019-03-13"


def test_a_plan_told_without_a_speaker_keeps_its_day():
    sentence = "The joint committee is to convene on Saturday in the border town."
    assert _said(sentence, "convene") == "2019-03-16"


def test_a_past_day_in_a_said_sentence_is_kept():
    sentence = "The minister said the guards had fired on the post on Tuesday."
    assert _said(sentence, "fired") == "2019-03-12"


def _date(sentence: str, trigger: str, anchor: Anchor = THURSDAY) -> str | None:
    return event_date(sentence, sentence.index(trigger), anchor, "").value


def test_a_said_plan_keeps_its_pending_status_in_the_pipeline():
    text = "Ruritania's foreign minister said Ruritania would deliver food aid to Freedonia on Saturday.\n"
    doc = Document("d0", "t0.txt", None, "text", text, date="2019-03-14")
    events = pipeline.code_documents([doc])[0].events
    assert events and {(e.date.value, e.status) for e in events} == {("2019-03-14", "pending")}
