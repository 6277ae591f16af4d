"""A mediator bringing two sides' envoys together convenes a meeting: CONSULT, mediator → each side, pending when
only offered (triggers.tsv bring … together; eval/wire54 w54_06 "offered to bring the two foreign secretaries
together" was AGREE, the convention is a pending CONSULT; eval/wire53 w53_09 "brought together" had no trigger).
Our own sentences, through the whole pipeline."""
from __future__ import annotations

from detente import pipeline
from detente.records import Document


def coded(text: str) -> set[tuple]:
    events = pipeline.code_documents([Document("d0", "t0.txt", None, "text", text)])[0].events
    return {(e.event_type, e.source.country, e.target.country if e.target else None, e.status) for e in events}


def test_brought_together_is_a_meeting_with_each_side():
    found = coded("Kuwait brought together the foreign ministers of Oman and Qatar on Thursday.")
    assert {("CONSULT", "KWT", "OMN", "asserted"), ("CONSULT", "KWT", "QAT", "asserted")} <= found


def test_an_offer_to_bring_them_together_is_pending():
    found = coded("Norway has offered to bring the envoys of Chile and Peru together in Oslo.")
    assert ("CONSULT", "NOR", "PER", "pending") in found
    assert not any(k == "AGREE" for k, *_ in found)


def test_things_brought_together_are_no_meeting():
    assert not any(k == "CONSULT" for k, *_ in coded("Chile and Peru brought their dispute together with the trade "
                                                      "issue before the court."))
