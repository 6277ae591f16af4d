"""Events stage (placeholder walking skeleton; being replaced)."""
from __future__ import annotations

from detente import ids
from detente.records import Actor, Article, Event, Evidence, Mention, Sentence

_DEMO = {"agree": "AGREE", "reject": "REJECT", "meet": "CONSULT"}


def mentions_trigger(text: str) -> bool:
    return True


def code_events(article: Article, sentences: tuple[Sentence, ...], mentions: tuple[Mention, ...]) -> tuple[Event, ...]:
    out = []
    for s in sentences:
        ms = [m for m in mentions if m.sentence == s.index]
        for t in s.tokens:
            typ = _DEMO.get(t.lemma)
            if typ and len(ms) >= 2:
                src, tgt = ms[0], ms[-1]
                ev = Evidence(s.role, s.segment, s.index, s.text, s.start, s.end, t.text, t.start, t.start + len(t.text))
                out.append(Event(ids.event_id(article.doc_id, t.start, typ, src.country, tgt.country), article.doc_id,
                                 typ, None, None, "asserted", article.published,
                                 Actor(src.text, src.country, src.sector), Actor(tgt.text, tgt.country, tgt.sector),
                                 None, None, None, 0.5, ev, "demo"))
    return tuple(out)
