"""Build small articles from our own sentences and run the actors stage on them."""
from __future__ import annotations

from detente.actors import find_mentions
from detente.nlp import parse_article
from detente.records import Article, DateInfo, Mention, Segment


def make_article(body: str, title: str = "", date: str | None = None) -> Article:
    """An Article with an optional title segment followed by one body segment."""
    text = f"{title}\n\n{body}" if title else body
    segments = [Segment(0, "title", 0, len(title))] if title else []
    start = len(title) + 2 if title else 0
    segments.append(Segment(len(segments), "body", start, len(text)))
    published = DateInfo(date, "day", "metadata") if date else DateInfo(None)
    return Article("test", "-", None, "text", text, tuple(segments), published)


def mentions_of(body: str, title: str = "", date: str | None = None) -> tuple[Mention, ...]:
    article = make_article(body, title, date)
    return find_mentions(article, parse_article(article))


def summary(mentions: tuple[Mention, ...]) -> list[tuple[str, str | None, str | None, str]]:
    return [(m.text, m.country, m.sector, m.kind) for m in mentions]


def events_of(body: str, title: str = "", date: str | None = "2021-05-12") -> set[tuple]:
    """(type, source country, target country) of the events coded from our own text, with the
    actors stage's own mentions (stages 3-5, as the pipeline runs them)."""
    from detente.actors import read_actors
    from detente.events import code_events

    article = make_article(body, title, date)
    sentences = parse_article(article)
    cast = read_actors(article, sentences)
    events = code_events(article, sentences, cast.mentions, cast.named_states)
    return {(e.event_type, e.source.country, e.target.country if e.target else None) for e in events}
