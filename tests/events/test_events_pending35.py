"""Session 35 pending acts read as promises (pending35, issue #11, found on sent-dev16–sent-dev22): goods given
"with" ("will provide X with two patrol vessels": AID pending, as "will provide two patrol vessels to X"),
electricity supplied (AID pending, as fuel), and what an offer holds out when it is no trigger of its own ("offered X
help": AID; "offered X the use of its port": COOPERATE; pending, as "offered assistance"); and troops sent to or
pulled out of a body's force or mission in a state, aimed at that state (events/force_hosts.py). Our own sentences, read
through the whole pipeline (the real actors stage), each class with a near miss."""
from __future__ import annotations

import pytest

from events_kit import whole_pipeline_tests

FOUND = [
    ("Norway will provide Moldova with three coastguard boats next year.", ("AID", "NOR", "MDA")),
    ("Kazakhstan will supply electricity to Kyrgyzstan over the winter.", ("AID", "KAZ", "KGZ")),
    ("Oman offered Yemen the use of its airport at Salalah.", ("COOPERATE", "OMN", "YEM")),
    ("Ghana offered Liberia help to organise its census.", ("AID", "GHA", "LBR")),
    ("Rwanda will send 500 troops to the AU force in Mozambique.", ("MOBILIZE", "RWA", "MOZ")),
    ("Chad will pull its soldiers out of the UN mission in Mali.", ("RETREAT", "TCD", "MLI")),
    ("Chad threatened to pull its soldiers out of the UN mission in Mali.", ("THREATEN", "TCD", "UNO")),  # a threat stays aimed at the body
]
ABSENT = [
    ("Norway will provide Moldova with advice on its border reform.", "AID"),  # no goods: the promise stays AGREE
    ("Oman offered Yemen a ceasefire plan.", "COOPERATE"),  # an offer of no thing of the list
    ("Kazakhstan will discuss electricity prices with Kyrgyzstan.", "AID"),  # electricity talked about, not given
]
# the force sits in the doer's own land, or in no named state: the body stays the target
KEPT = [
    ("Nigeria will send troops to the ECOWAS force in Nigeria.", ("MOBILIZE", "NGA", "IGO")),
    ("Rwanda sent 500 troops to the UN force, its army said.", ("MOBILIZE", "RWA", "UNO")),
]

full_coded, test_full_pipeline_classes, test_full_pipeline_near_misses = whole_pipeline_tests(FOUND + KEPT, ABSENT)


@pytest.mark.parametrize("sentence", [s for s, _ in FOUND[:4]])
def test_the_act_is_pending(sentence):
    from detente import pipeline
    from detente.records import Document
    coded = pipeline.code_documents([Document("d0", "t0.txt", None, "text", sentence)])[0]
    assert {e.status for e in coded.events if e.event_type in ("AID", "COOPERATE")} == {"pending"}
