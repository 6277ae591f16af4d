"""Military craft or troops that fly or cross into another state (triggers.tsv fly/cross MOBILIZE rows): "two
military helicopters flew into Polish airspace", "two helicopters crossed into Poland" (wire35, written blind: not
coded). Not lorries, nationals, a minister who flies into a capital, nor troops on foot (the dev golds type their
crossings apart: ASSAULT, COERCE, or not at all). Our own sentences, coded through the whole pipeline."""
from __future__ import annotations

from events_kit import whole_pipeline_tests

STORY = "Chile accused Peru of sending armed boats into the southern fishing zone. "

full_coded, test_full_pipeline_classes, test_full_pipeline_near_misses = whole_pipeline_tests(
    found=[
        (STORY + "Two Peruvian military helicopters flew into Chilean airspace on Tuesday.", ("MOBILIZE", "PER", "CHL")),
        (STORY + "On Tuesday two Peruvian helicopters crossed into Chile over the Atacama desert.",
         ("MOBILIZE", "PER", "CHL")),
        (STORY + "Peru denied that its drones had crossed into Chile.", ("MOBILIZE", "PER", "CHL")),
    ],
    absent=[
        (STORY + "Some 240 Peruvian lorries crossed into Chile on Monday.", "MOBILIZE"),
        (STORY + "Two Peruvian nationals crossed into Chilean territory near the road on July 12.", "MOBILIZE"),
        (STORY + "In 2006, Peruvian troops crossed into the same district and withdrew after a week.", "MOBILIZE"),
        (STORY + "The Peruvian minister flew into Santiago on Monday for talks.", "MOBILIZE"),
    ],
)


def test_a_denied_crossing_is_negated(full_coded):
    from events_kit import coded_pages
    text = STORY + "Peru denied that its drones had crossed into Chile."
    from detente import pipeline
    from detente.records import Document
    coded = pipeline.code_documents([Document("d0", "t0.txt", None, "text", text)])[0]
    assert {e.status for e in coded.events if e.event_type == "MOBILIZE"} == {"negated"}
