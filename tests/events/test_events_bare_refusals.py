"""Session 34 (refusals34), core recall of issue #11: refusals told without a verb of refusing: a bare "said no"
answering a request (triggers.tsv `intj:no`, events/answered_no.py), "there would be no apology / compensation"
(events/none_coming.py), "would not give its agreement", and "and that there was nothing to apologise for" in a
second that-clause (events/unowed.py). Our own sentences."""
from __future__ import annotations

import pytest

from events_kit import code, summary


def _rejects(text: str) -> set[tuple]:
    return {t for t in summary(code(text)) if t[0] == "REJECT"}


@pytest.mark.parametrize("text", [
    "Uganda asked Kenya to apologise. Kenya said there would be no apology.",
    "Uganda asked Kenya to apologise. But the Kenyan minister made clear there would be no apology.",
    "Uganda demanded compensation. \"There will be no compensation for an act our army did not commit,\" the Kenyan "
    "minister said.",
])
def test_there_will_be_no_apology_is_a_refusal(text):
    events = code(text)
    assert ("REJECT", "KEN", "UGA") in summary(events)
    assert all(e.status == "asserted" for e in events if e.event_type == "REJECT")


def test_no_war_is_no_refusal():
    assert not _rejects("Kenya said there would be no war with Uganda.")


def test_agreement_not_given_is_a_refusal():
    # wire54 w54_08: an ambassador's agrément refused was coded AGREE negated
    assert ("REJECT", "KEN", "UGA") in _rejects("The ministry said it had told Uganda that Kenya would not give its "
                                                "agreement to the nominee.")
    assert ("AGREE", "KEN", "UGA") in summary(code("Kenya gave its agreement to the Ugandan plan."))


def test_nothing_to_apologise_for_in_a_second_that_clause_is_the_speakers():
    # wire29 w29_12: the doer was sought in the first that-clause ("his sailors")
    assert ("REJECT", "UGA", "KEN") in _rejects(
        "Kenya demanded an apology. The Ugandan commander told local radio that his sailors had acted correctly and "
        "that there was nothing to apologise for.")


def test_a_bare_said_no_answers_the_request_before():
    # wire9 w9_11, wire28 w28_08: "said no" with no "to" coded nothing
    assert ("REJECT", "UGA", "KEN") in _rejects("Kenya asked Uganda for the land. Uganda said no.")


@pytest.mark.parametrize("text", [
    "Greece says no NATO invitation for Kenya.",  # "no" is the object's determiner (wire39 w39_08's shape)
    "Asked whether Kenyan troops had crossed into Uganda, the Kenyan minister said no.",  # an answer, no refusal
])
def test_no_on_an_object_or_an_answer_is_no_refusal(text):
    assert not _rejects(text)


def test_no_violation_is_no_refusal_of_the_sayer():
    # wire35 w35_09: "had told reporters that there was no violation of Polish airspace"
    assert not _rejects("Kenya summoned the Ugandan envoy. Earlier a Kenyan spokeswoman had told reporters that "
                        "there was no violation of Kenyan airspace.")


def test_a_bare_no_to_no_request_is_no_refusal():
    assert not _rejects("Ugandan troops crossed into Kenya on Monday. Asked about talks, Kenya said no.") - {
        ("REJECT", "KEN", None)}
    assert not _rejects("Kenya and Uganda met in Arusha. The Ugandan side said no.")

