"""Agreements held up as the standard an act should follow ("in the spirit of the CIS agreements", "in line with
the 1996 accord") are cited, not made: their makers are no party of the act they are nested in
(cited_agreements.cited_hit; eval/wire52 w52_06: a Russian call to two neighbours "in the spirit of the CIS
agreements" was coded as a call on the CIS). Our own sentences, through the whole pipeline."""
from __future__ import annotations

from detente import pipeline
from detente.records import Document

LEAD = ("Armenia has held Georgian lorries at the Bagratashen crossing since May, officials in Tbilisi said on "
        "Tuesday, and traders on both sides say the queues grow longer every week. ")


def pairs(text: str) -> set[tuple]:
    events = pipeline.code_documents([Document("d0", "t0.txt", None, "text", LEAD + text)])[0].events
    return {(e.event_type, e.source.country, e.target.country if e.target else None) for e in events}


def test_the_maker_of_a_cited_standard_is_not_asked():
    found = pairs("On Wednesday Kazakhstan called on both neighbours to settle the dispute in the spirit of the "
                  "CIS agreements.")
    assert not any(t == "IGO" for _, _, t in found)


def test_a_request_in_line_with_an_accord_keeps_its_addressee():
    found = pairs("Moscow urged Armenia on Wednesday to let the lorries through in line with the CIS agreements.")
    assert ("REQUEST", "RUS", "ARM") in found and ("REQUEST", "RUS", "IGO") not in found
