"""Session 28 dates22: an agreement told with the plan it agrees ("agreed that officials would meet ... next month")
is asserted on the day it was made, not pending on the plan's month (eval/wire27 w27_03); "in their call" places an
undated act at the call the page told with its day (events/meeting_days.py). Our own sentences; the page is
published on Wednesday 2019-03-13."""
from __future__ import annotations

from detente import pipeline
from detente.events.agreed_plans import plan_of_past_act
from detente.events.lexicon import cue_words
from detente.records import Document

CALL = ("Freedonia freed the two Ruritanian trawlers on Tuesday.\n\n"
        "The release came after a telephone call on Monday between the foreign ministers of Freedonia and Ruritania.\n\n"
        "Fishermen in the port cheered as the boats came in.\n\n")
AGREED = "In their call, the ministers also agreed that officials of the two countries would meet in Port Ama next month."


def _events(text: str, start: str) -> set:
    doc = Document("d0", "t0.txt", None, "text", text, date="2019-03-13")
    coded = pipeline.code_documents([doc])[0]
    return {(e.event_type, e.status, e.date.value) for e in coded.events if e.evidence.sentence.startswith(start)}


def test_a_plan_in_a_would_clause_after_a_past_trigger_is_the_plans():
    assert plan_of_past_act(AGREED, AGREED.index("agreed"))
    assert not plan_of_past_act(AGREED, AGREED.index("meet"))  # the meeting itself is the plan
    assert not plan_of_past_act("Freedonia agreed to reopen the bridge next week.", 10)  # no "would": left as it was
    assert not plan_of_past_act("Freedonia agreed to the deal on Monday.", 10)  # no future day at all


def test_the_agreement_is_asserted_on_the_calls_day():
    assert "call" in cue_words("meetingday")
    found = _events(CALL + AGREED, "In their call")
    assert ("AGREE", "asserted", "2019-03-11") in found
    assert not any(e[0] == "AGREE" and e[1] == "pending" for e in found)


def test_an_agreement_with_its_own_later_day_stays_pending():
    found = _events(CALL + "The two ministers will sign the fishing agreement in Port Ama next month.", "The two ministers")
    assert all(e[1] == "pending" for e in found if e[0] == "AGREE")


def test_a_past_month_at_the_meeting_is_its_own_day():
    found = _events(CALL + "In their call, the ministers recalled that they had agreed in January to share the catch.",
                    "In their call")
    assert all(e[2] != "2019-03-11" for e in found)
