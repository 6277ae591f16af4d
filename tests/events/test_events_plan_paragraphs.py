"""Session 29 dates24: an undated act told with only a plan's day ("agreed to set up a committee by June", "agreed
that the commission would meet next month") shares the day its paragraph stated just before (the occasion's), not
the lead's later day (eval/wire17 w17_03, wire27 w27_07; events/page_anchor.paragraph_days). Our own sentences; the
page is published on Wednesday 2019-03-13."""
from __future__ import annotations

from detente import pipeline
from detente.events.meeting_days import only_plans
from detente.events.page_anchor import plans_only
from detente.records import Document

LEAD = "Freedonia freed the two Ruritanian trawlers on Tuesday.\n\n"
TALKS = "The release followed talks in Port Ama on Monday between the foreign ministers of Freedonia and Ruritania. "
BY_JUNE = "Both sides agreed to set up a joint fisheries committee by June, according to a statement read after the talks."
CALL = "The Freedonian minister received a telephone call from his Ruritanian counterpart on Sunday night. "
WOULD = "Freedonia and Ruritania agreed that the joint border commission would meet in Port Ama early next month."


def _events(text: str, start: str) -> set:
    doc = Document("d0", "t0.txt", None, "text", text, date="2019-03-13")
    coded = pipeline.code_documents([doc])[0]
    return {(e.event_type, e.status, e.date.value) for e in coded.events if e.evidence.sentence.startswith(start)}


def test_only_plans_reads_every_date_as_future():
    assert only_plans(BY_JUNE) and only_plans(WOULD)
    assert not only_plans("Both sides agreed on Monday to set up a committee by June.")


def test_an_agreement_with_a_deadline_takes_the_talks_day_before_it():
    found = _events(LEAD + TALKS + BY_JUNE + "\n\nFishermen cheered in the port.\n", "Both sides")
    assert ("AGREE", "asserted", "2019-03-11") in found


def test_an_agreement_on_a_later_meeting_takes_the_calls_day_before_it():
    found = _events(LEAD + CALL + WOULD + "\n\nFishermen cheered in the port.\n", "Freedonia and Ruritania agreed")
    assert any(e[0] == "AGREE" and e[2] == "2019-03-10" for e in found)


def test_a_plan_keeps_its_own_day():
    found = _events(LEAD + TALKS + "The committee will meet in Port Ama next month.\n\nFishermen cheered.\n",
                    "The committee")
    assert all(e[2] == "2019-04" for e in found)


def test_a_gathering_named_by_a_possessive_day_is_not_carried_onto():
    assert not plans_only("The minister said Freedonia would ask next week's summit to discuss sanctions.")
    assert plans_only(BY_JUNE)
    found = _events(LEAD + TALKS + "Freedonia accused Ruritania of bad faith and said it would ask next week's summit "
                    "to discuss sanctions.\n\nFishermen cheered.\n", "Freedonia accused")
    assert not any(e[0] == "ACCUSE" and e[2] == "2019-03-11" for e in found)
