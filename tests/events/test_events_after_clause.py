"""events.after_clause: an act told in an "after" clause takes the earlier day one of the next sentences states,
not the main act's day written before "after". Sentences written for these tests."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from detente.events import after_clause, dates, page_anchor
from detente.events.dates import find_dates

THURSDAY = dates.Anchor(dt.date(2019, 5, 16), "day", "metadata")
LEAD = ("Ruritania lodged a protest with Freedonia on Wednesday after two Freedonian gunboats stopped a Ruritanian "
        "ferry near the islands.")


def _dated(texts: tuple[str, ...], trigger: str, k: int = 0) -> dates.DateInfo:
    own = {t: page_anchor.own_day(t, THURSDAY) for t in texts}
    anchor = replace(THURSDAY, later=after_clause.mark(texts, own))
    return dates.event_date(texts[k], texts[k].index(trigger), anchor, "page", said_day=True)


def test_the_cause_takes_the_day_a_later_sentence_tells():
    texts = (LEAD, "The port authority said the gunboats came alongside on Tuesday evening.")
    found = _dated(texts, "stopped")
    assert found.value == "2019-05-14" and "after" in found.note
    assert _dated(texts, "lodged").value == "2019-05-15"  # the main act keeps its own day


def test_with_no_earlier_day_told_the_main_day_stays():
    assert _dated((LEAD, "No one was hurt."), "stopped").value == "2019-05-15"
    # a day a fortnight back is another story's, not the cause's
    texts = (LEAD, "The two states had signed a ferry accord on 1 May.")
    assert _dated(texts, "stopped").value == "2019-05-15"


def test_only_an_after_clause_on_the_dated_act_is_read():
    sentence = "Ruritania recalled its envoy on Monday, and after talks in Tarvia the crisis eased."
    (day,) = find_dates(sentence)
    assert not after_clause.in_after_clause(sentence, day, sentence.index("talks"))
    # the clause may follow the act's object ("summoned the envoy, Ana Dorin, after police detained ...")
    sentence = "Ruritania yesterday summoned Freedonia's envoy, Ana Dorin, after police detained six surveyors."
    (day,) = find_dates(sentence)
    assert after_clause.in_after_clause(sentence, day, sentence.index("detained"))
    assert not after_clause.in_after_clause(sentence, day, sentence.index("summoned"))
    # a participle clause tells the doer's own act of the same occasion
    sentence = "Ruritania on Monday expelled the envoy after describing his remarks as hostile."
    (day,) = find_dates(sentence)
    assert not after_clause.in_after_clause(sentence, day, sentence.index("describing"))
    # "hours after": the same day
    sentence = "The crew came home on Tuesday, hours after Freedonia let the fishermen go."
    (day,) = find_dates(sentence)
    assert not after_clause.in_after_clause(sentence, day, sentence.index("let"))
    assert after_clause.in_after_clause(LEAD, find_dates(LEAD)[0], LEAD.index("stopped"))
    assert not after_clause.in_after_clause(LEAD, find_dates(LEAD)[0], LEAD.index("lodged"))


def test_only_sentences_with_after_are_marked():
    texts = ("Ruritania protested on Wednesday.", "The ferry was stopped on Tuesday.")
    own = {t: page_anchor.own_day(t, THURSDAY) for t in texts}
    assert after_clause.mark(texts, own) == {}
