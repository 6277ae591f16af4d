"""Test helpers for the events stage: one-sentence articles, hand-made actor mentions, cached parses.

Mentions are built here from a small word list (not by detente.actors) so these tests measure
the coder alone, whatever state the actors stage is in.
"""
from __future__ import annotations

import functools

from detente.events import code_events
from detente.nlp import parse_article
from detente.records import Article, DateInfo, Event, Mention, Segment, Sentence

NAMES = {
    "norway": "NOR", "norwegian": "NOR", "oslo": "NOR", "chile": "CHL", "chilean": "CHL", "peru": "PER",
    "peruvian": "PER", "lima": "PER", "kenya": "KEN", "kenyan": "KEN", "nairobi": "KEN", "uganda": "UGA",
    "ugandan": "UGA", "ghana": "GHA", "ghanaian": "GHA", "togo": "TGO", "togolese": "TGO", "denmark": "DNK",
    "danish": "DNK", "finland": "FIN", "finnish": "FIN", "bolivia": "BOL", "bolivian": "BOL", "nato": "NATO",
}
PUBLISHED = DateInfo("2019-03-14", "day", "metadata", "test")  # a Thursday


def article(text: str, role: str = "body", published: DateInfo = PUBLISHED) -> Article:
    return Article("dtest", "test.txt", None, "text", text, (Segment(0, role, 0, len(text)),), published)


def mentions_for(sentences: tuple[Sentence, ...]) -> tuple[Mention, ...]:
    out = []
    for s in sentences:
        for t in s.tokens:
            code = NAMES.get(t.text.lower())
            if code:
                out.append(Mention(s.index, t.i, t.i, t.i, t.start, t.start + len(t.text), t.text, code, "GOV",
                                   "country", f"test gazetteer: {t.text} → {code}", t.text))
    return tuple(out)


@functools.lru_cache(maxsize=512)
def parsed(text: str, role: str = "body") -> tuple[Article, tuple[Sentence, ...]]:
    art = article(text, role)
    return art, parse_article(art)


def code(text: str, role: str = "body", published: DateInfo = PUBLISHED) -> tuple[Event, ...]:
    art, sentences = parsed(text, role)
    if published != PUBLISHED:
        art = article(text, role, published)
    return code_events(art, sentences, mentions_for(sentences))


def summary(events: tuple[Event, ...]) -> set[tuple]:
    return {(e.event_type, e.source.country, e.target.country if e.target else None) for e in events}


def coded_pages(texts: list[str]) -> dict[str, set[tuple]]:
    """Each text coded as a page of its own through the whole pipeline (the real actors stage, not NAMES):
    text -> {(type, source country, target country)}."""
    from detente import pipeline
    from detente.records import Document
    docs = [Document(f"d{n}", f"t{n}.txt", None, "text", text) for n, text in enumerate(texts)]
    return {text: summary(tuple(c.events)) for text, c in zip(texts, pipeline.code_documents(docs))}


def whole_pipeline_tests(found: list[tuple[str, tuple]], absent: list[tuple[str, str]]):
    """A module's whole-pipeline class tests: each sentence of `found` gives its (type, source, target), each
    of `absent` lacks its type. Returns (fixture, test, test) for the module to bind at its top level:
    `full_coded, test_full_pipeline_classes, test_full_pipeline_near_misses = whole_pipeline_tests(...)`."""
    import pytest

    @pytest.fixture(scope="module")
    def full_coded() -> dict[str, set]:
        return coded_pages([t for t, _ in found] + [t for t, _ in absent])

    @pytest.mark.parametrize("sentence,expected", found)
    def test_full_pipeline_classes(full_coded, sentence, expected):
        assert expected in full_coded[sentence], full_coded[sentence]

    @pytest.mark.parametrize("sentence,absent", absent)
    def test_full_pipeline_near_misses(full_coded, sentence, absent):
        assert absent not in {t for t, _, _ in full_coded[sentence]}

    return full_coded, test_full_pipeline_classes, test_full_pipeline_near_misses


# A two-sentence Norway-Russia story told before each test's sentence, so that the page's two states are known
# (recall21, recall22: shared by the nominal-act and gapped-addressee tests)
STORY = ("Norway closed its consulate in Murmansk on Monday after Russia expelled two Norwegian diplomats. "
         "The two states have argued over fishing rights since the spring. ")


def third_sentence(text: str) -> set[tuple]:
    """(type, source country, target country) of the events `text` gives after STORY, through the whole pipeline."""
    from detente import pipeline
    from detente.records import Document
    coded = pipeline.code_documents([Document("d0", "t0.txt", None, "text", STORY + text)])[0]
    return {(e.event_type, e.source.country, e.target.country if e.target else None)
            for e in coded.events if e.evidence.sentence_index == 2}


def last_sentence(text: str) -> set[tuple]:
    """(type, source country, target country) of the events of the page's last sentence that has any, through the
    whole pipeline (a story told first sets the page's states; shared by the session-34 page-class tests)."""
    from detente import pipeline
    from detente.records import Document
    coded = pipeline.code_documents([Document("d0", "t0.txt", None, "text", text)])[0]
    last = max(e.evidence.sentence_index for e in coded.events) if coded.events else -1
    return {(e.event_type, e.source.country, e.target.country if e.target else None) for e in coded.events
            if e.evidence.sentence_index == last}
