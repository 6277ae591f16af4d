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


def article_of_parts(parts: list[tuple[str, str]], date: str = "2021-05-12") -> Article:
    """An Article of several segments, each (text, role) with role title, dateline or body, in page order."""
    text, segments = "", []
    for index, (part, role) in enumerate(parts):
        segments.append(Segment(index, role, len(text), len(text) + len(part)))
        text += part + "\n\n"
    return Article("test", "-", None, "text", text, tuple(segments), DateInfo(date, "day", "metadata"))


def mentions_of(body: str, title: str = "", date: str | None = None) -> tuple[Mention, ...]:
    article = make_article(body, title, date)
    return find_mentions(article, parse_article(article))


def summary(mentions: tuple[Mention, ...]) -> list[tuple[str, str | None, str | None, str]]:
    return [(m.text, m.country, m.sector, m.kind) for m in mentions]


def events_of(body: str, title: str = "", date: str | None = "2021-05-12") -> set[tuple]:
    """(type, source country, target country) of the events coded from our own text, with the
    actors stage's own mentions (stages 3-5, as the pipeline runs them)."""
    return coded_triples(make_article(body, title, date))


def events_of_parts(parts: list[tuple[str, str]], date: str = "2021-05-12") -> set[tuple]:
    """As events_of, for a page of several segments (see article_of_parts)."""
    return coded_triples(article_of_parts(parts, date))


def coded_triples(article: Article) -> set[tuple]:
    """(type, source country, target country) of the events the pipeline's stages 3-5 code from an Article."""
    from detente.actors import read_actors
    from detente.events import code_events

    sentences = parse_article(article)
    cast = read_actors(article, sentences)
    events = code_events(article, sentences, cast.mentions, cast.named_states)
    return {(e.event_type, e.source.country, e.target.country if e.target else None) for e in events}
