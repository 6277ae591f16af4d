"""An opening "They" after two people of two states named together ("X and his <nationality> counterpart, Y,
met ...") is that pair (coref.partners_in, anaphora rule 3b). Session 19 whoacts5, from wire18's "They agreed to
set up a joint expert group" after the two foreign ministers' meeting; every sentence here is our own."""
from __future__ import annotations

from detente import pipeline
from detente.records import Document
from helpers import events_of

MEETING = ("Estonian Foreign Minister Kaarel Tamm met reporters in Tallinn on Friday. On Monday Tamm and his Latvian "
           "counterpart, Ilze Berzina, spent three hours at a manor house near the border. They agreed to set up a "
           "joint commission on the lake fisheries.")


def test_they_after_a_minister_and_his_counterpart_is_the_pair():
    events = events_of(MEETING)
    assert ("AGREE", "EST", "LVA") in events or ("AGREE", "LVA", "EST") in events


def test_the_pair_is_read_from_text_so_the_prefilter_changes_nothing():
    document = Document("partners", "-", None, "text", MEETING, date="2021-05-12")
    on = pipeline.code_document(document, prefilter=True).events
    off = pipeline.code_document(document, prefilter=False).events
    assert on == off and any(e.event_type == "AGREE" and e.source.country for e in on)


def test_they_after_people_not_joined_as_a_pair_stays_unresolved():
    events = events_of("Estonian Foreign Minister Kaarel Tamm said the Latvian envoy, Ilze Berzina, had been "
                       "summoned. They agreed to set up a joint commission on the lake fisheries.")
    assert ("AGREE", None, None) in events


def test_a_pair_is_joined_by_and_with_no_comma_or_bracket_between():
    from detente.actors.coref import PARTNER_GAP

    assert PARTNER_GAP.fullmatch("Tamm and his Latvian ")
    assert not PARTNER_GAP.fullmatch("Tamm, who met ")
    assert not PARTNER_GAP.fullmatch("Tamm (left) and ")
