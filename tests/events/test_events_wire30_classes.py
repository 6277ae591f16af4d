"""Classes of eval/wire30 (session 23): a phrasal refusal whose particle the parser tags a preposition ("turned
the request down flat"); a relative clause of a plain noun read as a craft's load ("ending a dispute that had
poisoned relations" coded as ending relations); providing another state a patrol boat as aid. Our own text."""
from __future__ import annotations

from detente.actors import read_actors
from detente.events import code_events
from detente.nlp import parse_article
from detente.records import Article, DateInfo, Segment

BODY = ("Gabonese gendarmes held two Cameroonian customs officers near Bitam for a week. Gabon released "
        "the two officers on Friday. The foreign ministers of Cameroon and Gabon met in Libreville on Monday. ")


def _events(sentence: str) -> set[tuple]:
    parts = [("Cameroon and Gabon meet on border patrols", "title"), (BODY + sentence, "body")]
    text, segments, at = "", [], 0
    for i, (part, role) in enumerate(parts):
        segments.append(Segment(i, role, at, at + len(part)))
        text += part + "\n\n"
        at = len(text)
    article = Article("test", "-", None, "text", text, tuple(segments), DateInfo("2016-05-10", "day", "metadata"))
    sentences = parse_article(article)
    cast = read_actors(article, sentences)
    return {(e.event_type, e.source.country, e.target.country if e.target else None)
            for e in code_events(article, sentences, cast.mentions, cast.named_states)}


def _types(found: set[tuple]) -> set[str]:
    return {t for t, _, _ in found}


def test_a_request_turned_down_flat_is_a_refusal():
    found = _events("Cameroon asked Gabon to pay for the damaged car, but Gabon turned the request down flat.")
    assert ("REJECT", "GAB", "CMR") in found


def test_a_preposition_with_its_own_object_is_no_particle():
    found = _events("Gabon pushed the Cameroonian canoe down the river on Tuesday.")
    assert "REJECT" not in _types(found)


def test_a_dispute_that_poisoned_relations_is_not_ended_relations():
    found = _events("Cameroon and Gabon signed a boundary treaty in 2012, ending a dispute that had poisoned "
                    "relations since independence.")
    assert "SANCTION" not in _types(found)


def test_ending_relations_is_still_a_sanction():
    found = _events("Cameroon ended relations with Gabon on Tuesday.")
    assert ("SANCTION", "CMR", "GAB") in found


def test_providing_a_patrol_boat_is_aid():
    found = _events("France provided a patrol boat to Gabon on Tuesday.")
    assert ("AID", "FRA", "GAB") in found
