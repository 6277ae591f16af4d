"""events.planned_months: a bare month after an infinitive that an agreement, promise or invitation governs is the
plan's month (the next one), and the governing act does not take it. Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

from detente.events import dates
from detente.events.dates import find_dates
from detente.events.lexicon import cue_words
from detente.events.planned_months import infinitive_plan, planned_month

AUGUST = dates.Anchor(dt.date(2003, 8, 21), "day", "metadata")


def _dated(sentence: str, trigger: str, anchor: dates.Anchor = AUGUST) -> str | None:
    return dates.event_date(sentence, sentence.index(trigger), anchor, "page", said_day=True).value


def test_the_governing_verbs_are_data():
    assert {"agree", "promise", "invite"} <= set(cue_words("planner"))


def test_a_month_after_a_governed_infinitive_is_the_next_one():
    sentence = "Ruritania and Freedonia agreed to set up a joint fishing group, to meet for the first time in March."
    (month,) = find_dates(sentence)
    assert planned_month(sentence, month.kind, month.start) and month.future
    assert _dated(sentence, "meet") == "2004-03"


def test_the_agreement_is_not_dated_by_the_plan_it_made():
    sentence = "Ruritania and Freedonia agreed to set up a joint fishing group, to meet for the first time in March."
    assert _dated(sentence, "agreed") == "2003-08-21"
    chained = "The two ministers agreed to revive the border commission and to have it meet in Tarvia in June."
    assert _dated(chained, "agreed") == "2003-08-21"
    assert _dated(chained, "meet") == "2004-06"


def test_an_invitation_in_a_letter_does_not_date_the_hand_over():
    sentence = "The envoy handed over a letter from the king inviting the president to make a state visit in May."
    assert _dated(sentence, "handed") == "2003-08-21"
    assert _dated(sentence, "visit") == "2004-05"


def test_a_month_the_act_itself_states_stays_in_the_past():
    assert _dated("Freedonia agreed in March to reopen the crossing.", "agreed") == "2003-03"
    assert _dated("The sanctions imposed in March remain in force.", "imposed") == "2003-03"
    # no governing verb: a movement to a place is no plan ("sent troops to patrol the river in May")
    sentence = "Ruritania sent troops to patrol the river in May."
    (month,) = find_dates(sentence)
    assert not planned_month(sentence, month.kind, month.start)
    assert _dated(sentence, "sent") == "2003-05"


def test_an_article_or_pronoun_after_to_is_no_infinitive():
    sentence = "Freedonia agreed to the plan in May."
    (month,) = find_dates(sentence)
    assert not planned_month(sentence, month.kind, month.start)
    assert not infinitive_plan(sentence, sentence.index("agreed") + 6, month.start)


def test_a_weekday_after_the_infinitive_is_left_to_the_other_rules():
    sentence = "Freedonia agreed to free the crew on Monday."
    (day,) = find_dates(sentence)
    assert not planned_month(sentence, day.kind, day.start)
