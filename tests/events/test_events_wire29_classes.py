"""Classes of eval/wire29 (session 23), our own sentences: a document noun carried by a verb of giving goes
to the verb's dative ("sent Paraguay a request for the two men", events/addressees.py), and a threat lifted
or withdrawn is conceded, not made again (triggers.tsv lift / withdraw rows)."""
from __future__ import annotations

import pytest

from detente.actors import read_actors
from detente.events import code_events
from detente.nlp import parse_article
from detente.records import Article, DateInfo, Segment


def _events(body: str, title: str = "Peru and Chile hold talks") -> set[tuple]:
    text = f"{title}\n\n{body}"
    segments = (Segment(0, "title", 0, len(title)), Segment(1, "body", len(title) + 2, len(text)))
    article = Article("test", "-", None, "text", text, segments, DateInfo("2018-05-17", "day", "metadata"))
    sentences = parse_article(article)
    cast = read_actors(article, sentences)
    return {(e.event_type, e.source.country, e.target.country if e.target else None)
            for e in code_events(article, sentences, cast.mentions, cast.named_states)}


def test_a_request_sent_to_a_dative_state_is_addressed_to_it():
    found = _events("Peru's justice ministry sent Chile a formal extradition request for the two brothers last week.")
    assert ("REQUEST", "PER", "CHL") in found


def test_a_request_sent_to_a_named_state_by_to_still_reaches_it():
    found = _events("Peru's justice ministry sent a formal extradition request for the two brothers to Chile.")
    assert ("REQUEST", "PER", "CHL") in found


@pytest.mark.parametrize("sentence", [
    "Peru lifted its threat to close the crossing to Chilean lorries on Tuesday.",
    "Peru withdrew its threat against Chile on Tuesday.",
    "Peru said it had withdrawn its warning that the crossing would close to Chilean lorries.",
])
def test_a_lifted_or_withdrawn_threat_is_conceded(sentence):
    found = _events(sentence)
    assert ("CONCEDE", "PER", "CHL") in found
    assert not {e for e in found if e[0] in ("THREATEN", "RETREAT")}
