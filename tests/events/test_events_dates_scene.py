"""Session 32 dates28: three undated-sentence dates the lead's or the page's day took wrongly. Our own sentences;
the pages are published on Thursday 2019-03-14.

- an act told "at Monday's meeting" after its verb is of the meeting's day (date_scope.AT_GATHERING; eval/wire40
  w40_10);
- the lead's "a day earlier" counts from the lead's own day before it, and a past perfect after the lead looks back
  to it (page_anchor._lead_dates; eval/wire34 w34_05);
- a sentence whose only date bounds a state ("held since last Friday") shares the day its paragraph states just
  before it (page_anchor.bounds_only; eval/wire30 w30_03).
"""
from __future__ import annotations

from detente import pipeline
from detente.events.date_scope import names_other_act
from detente.events.dates import find_dates
from detente.records import Document


def _coded(text: str):
    doc = Document("d0", "t0.txt", None, "text", text, date="2019-03-14")
    return pipeline.code_documents([doc])[0].events


def _days(text: str, start: str) -> set:
    return {(e.event_type, e.date.value) for e in _coded(text) if e.evidence.sentence.startswith(start)}


AT_MEETING = ("Chile on Wednesday protested to Peru over the seizure of a fishing boat.\n\n"
              "Speaking in Santiago, the minister said Peru had rejected the Chilean proposal at Monday's meeting in "
              "Lima.\n\n")

DAY_EARLIER = ("Chile summoned Peru's ambassador on Wednesday to protest against the expulsion of its consul in "
               "Tacna, whom Lima declared persona non grata a day earlier.\n\n"
               "The Peruvian foreign ministry had accused the consul of spying on naval bases.\n\n")

SINCE = ("The handover at the border bridge lasted ten minutes. The exchange took place on Tuesday. Peru freed the "
         "four Chilean fishermen it had held since last Friday, and Chile released the two Peruvian sailors.\n\n")


def test_an_act_told_at_a_day_s_meeting_is_of_that_day():
    assert ("REJECT", "2019-03-11") in _days(AT_MEETING, "Speaking in Santiago")  # Monday, not the lead's Wednesday


def test_a_possessed_day_before_the_act_at_another_noun_still_names_that_noun():
    text = "The minister condemned Monday's attack on the border post."
    mention = find_dates(text)[0]
    assert names_other_act(text, mention, text.index("condemned"))
    at = "Peru rejected the proposal at Monday's meeting."
    assert not names_other_act(at, find_dates(at)[0], at.index("rejected"))


def test_a_past_perfect_after_the_lead_looks_back_to_its_day_earlier():
    found = _days(DAY_EARLIER, "The Peruvian foreign ministry had accused")
    assert ("ACCUSE", "2019-03-12") in found  # Tuesday, a day before the lead's Wednesday
    assert ("ACCUSE", "2019-03-13") not in found


def test_a_sentence_whose_only_date_bounds_a_state_shares_its_paragraph_s_day():
    found = {day for kind, day in _days(SINCE, "Peru freed") if kind == "RETREAT"}
    assert found == {"2019-03-12"}  # the exchange's Tuesday, not the page's day


def test_bounds_only():
    from detente.events.page_anchor import bounds_only
    assert bounds_only("Peru freed the fishermen it had held since last Friday.")
    assert not bounds_only("Peru freed the fishermen on Tuesday, after holding them since last Friday.")


AFTER_CLAUSE = ("Chile recalled its ambassador from Peru on Wednesday, two days after Peruvian navy boats took a "
                "Chilean trawler off Arica.\n\n"
                "The Peruvian navy had seized the trawler and its crew of nine inside Chilean waters, officials in "
                "Santiago said.\n\n")


def test_a_past_perfect_after_the_lead_looks_back_to_its_after_clause():
    found = _days(AFTER_CLAUSE, "The Peruvian navy had seized")
    assert ("COERCE", "2019-03-11") in found  # Monday, two days before the lead's Wednesday


def test_after_clause_day_needs_a_day_before_it():
    import datetime as dt
    from detente.events.dates import Anchor
    from detente.events.lead_clauses import after_clause_day
    anchor = Anchor(dt.date(2019, 3, 14), "day", "publication")
    lead = "Chile recalled its envoy on Wednesday, a day after the seizure of a trawler."
    assert after_clause_day(lead, find_dates(lead)[1], anchor) == ("2019-03-12", "day")
    opening = "A day after the seizure of a trawler, Chile recalled its envoy."
    assert after_clause_day(opening, find_dates(opening)[0], anchor) is None


def test_a_meeting_s_day_past_a_comma_is_another_clause_s():
    text = ("She said she had proposed a meeting on the island, and that the president, during Sunday's call with "
            "his counterpart, had offered talks.")
    assert names_other_act(text, find_dates(text)[0], text.index("meeting"))
