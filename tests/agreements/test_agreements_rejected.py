"""A rejection is an exit from a deal only when the deal is what it rejects (agreements/rejected.py). Our own
wording: Ostria "rejected what Vardia's minister called 'threats', a reference to the minister, who threatened to
suspend the fisheries agreement" rejects the warning, not the agreement."""
from __future__ import annotations

from tests.agreements.test_agreements_track import report

from detente.agreements import follow_agreements

SIGNED = "Ostria and Vardia signed the fisheries agreement in 2015, officials recalled."


def _stages(*sentences: tuple[str, str]):
    found = follow_agreements([report(SIGNED, "signed", "OST", "VAR", "2015"),
                               *(report(s, t, "OST", "VAR", "2024-05-02", "REJECT") for s, t in sentences)])
    (deal,) = found
    return deal.stage, [s.stage for s in deal.stages]


def test_something_else_rejected_in_a_sentence_naming_the_deal_is_no_exit():
    stage, steps = _stages(("Ostria also rejected what Vardia's minister called 'threats', a reference to the minister, "
                            "who threatened to suspend the fisheries agreement if the boats were not returned.",
                            "rejected"))
    assert stage == "signed" and "exited" not in steps


def test_the_deal_rejected_is_an_exit():
    assert _stages(("Ostria on Thursday rejected the fisheries agreement outright.", "rejected"))[0] == "exited"
    assert _stages(("The fisheries agreement was rejected by Ostria's parliament.", "rejected"))[0] == "exited"
