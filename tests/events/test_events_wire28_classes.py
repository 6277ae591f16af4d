"""Classes of eval/wire28 (session 22): a request made in a third state's capital ("Togo asked in Abuja for
compensation"), where talks were hosted, is aimed at the story's other state; the host capital is the venue,
neither doer nor addressee (events/counterpart.without_venues). Our own text."""
from __future__ import annotations

from detente.actors import read_actors
from detente.events import code_events
from detente.nlp import parse_article
from detente.records import Article, DateInfo, Segment

BODY = ("Beninese gendarmes held two Togolese customs officers near Hilla-Condji for a week. Benin released "
        "the two officers on Friday. The foreign ministers of Togo and Benin met in Abuja on Monday. ")


def _events(sentence: str) -> set[tuple]:
    parts = [("Togo and Benin agree on joint patrols", "title"), (BODY + sentence, "body")]
    text, segments, at = "", [], 0
    for i, (part, role) in enumerate(parts):
        segments.append(Segment(i, role, at, at + len(part)))
        text += part + "\n\n"
        at = len(text)
    article = Article("test", "-", None, "text", text, tuple(segments), DateInfo("2015-04-14", "day", "metadata"))
    sentences = parse_article(article)
    cast = read_actors(article, sentences)
    return {(e.event_type, e.source.country, e.target.country if e.target else None)
            for e in code_events(article, sentences, cast.mentions, cast.named_states)}


def test_a_request_made_in_a_host_capital_is_aimed_at_the_other_state():
    assert ("REQUEST", "TGO", "BEN") in _events("Togo asked in Abuja for compensation for the two officers.")


def test_a_named_addressee_still_wins():
    found = _events("Togo asked Nigeria for compensation for the two officers.")
    assert ("REQUEST", "TGO", "NGA") in found
    assert ("REQUEST", "TGO", "BEN") not in found
