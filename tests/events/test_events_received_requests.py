"""A request (or other act) told as what its addressee "received" or "got", with no 'from' maker, is not the
receiver's own act (session 27, talks21; wire21: "UNAMI confirmed it had received the request" became UNAMI's
REQUEST once UNAMI was a body). With a maker named the older reading stays: the maker acts on the receiver."""
from __future__ import annotations

import pytest

from detente.actors import read_actors
from detente.events import code_events
from detente.nlp import parse_article
from detente.records import Article, DateInfo, Segment


def events_of(text: str) -> set[tuple]:
    """(type, source, target) of our own one-paragraph page through stages 3-5, with the real actors stage."""
    article = Article("test", "-", None, "text", text, (Segment(0, "body", 0, len(text)),),
                      DateInfo("2021-05-12", "day", "metadata"))
    sentences = parse_article(article)
    cast = read_actors(article, sentences)
    events = code_events(article, sentences, cast.mentions, cast.named_states)
    return {(e.event_type, e.source.country, e.target.country if e.target else None) for e in events}


@pytest.mark.parametrize("text", [
    "The UN mission confirmed it had received the request.",
    "The United Nations said it had received the request and was studying it.",
    "Norway confirmed it got the request on Monday.",
])
def test_a_received_request_is_not_the_receivers(text):
    assert not [e for e in events_of(text) if e[0] == "REQUEST" and e[1] is not None]


@pytest.mark.parametrize("text, event", [
    ("Germany confirmed it had received the request from Iraq.", ("REQUEST", "IRQ", "DEU")),
    ("Japan received a warning from China.", ("THREATEN", "CHN", "JPN")),
    ("Kosovo got an apology from Serbia.", ("SUPPORT", "SRB", "XKX")),
])
def test_a_named_maker_still_acts_on_the_receiver(text, event):
    assert event in events_of(text)
