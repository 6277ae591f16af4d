"""A charge and its denial in one sentence: "X accused Y of ..., a charge Y dismissed as a fabrication".

The clause after the comma is a reduced relative on a noun that sums up the clause before it (cues.tsv
`recapnoun`: charge, claim, accusation, allegation) and a verb of denying or branding (cues.tsv `recapdenial`:
deny, dismiss, reject, "called it absurd") whose subject names a state. The coder drops it as background
(events/subordinate.py, nesting.recap_clause), but the development golds code it as the denier's REJECT of the
accuser in 28 of the 34 such sentences over the sentence and page sets (sent-dev 0115, sent-dev5 0004, sent-dev8
0032, sent-dev12 0077 and 0094, sent-dev15 0001, sent-dev16 0146 and 0223, sent-dev18 0185, wire9 w9_09, wire22
w22_11, wire27 w27_04, wire37 w37_02, wire47 w47_09, wire50 w50_06, wire51 w51_08, wire58 w58_02 ...; session 36,
accuse36). The exceptions are kept out: a denial "in the past" (wire10 w10_08, wire38 w38_05: no row), a denier that
names no state ("her family denies", "the crew's employer"). When the clause before is a claim told by a verb of
saying ("Warsaw said Minsk was orchestrating ..., a claim Belarusian officials denied"), the recap noun frames it as
a charge: the speaker's ACCUSE of the denier, as the golds code it (sent-dev5 0001 and 0104, sent-dev7 0077, wire28
w28_01).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from detente import ids
from detente.events.lexicon import cue_words
from detente.events.role_actors import actors_at
from detente.events.roles import source_tokens
from detente.events.tree import children
from detente.records import Actor, Event, Mention, Sentence, Token

MAX_GAP = 8  # tokens from the recap noun to its verb ("a charge Venezuela's Defence Minister dismissed")


def recap_denial(sentence: Sentence) -> tuple[Token, Token, Token] | None:
    """(recap noun, denying verb, its subject) of ", a charge X dismissed", or None."""
    tokens = sentence.tokens
    for comma in (t for t in tokens if t.text == "," and t.i + 2 < len(tokens)):
        if tokens[comma.i + 1].text.lower() not in ("a", "an"):
            continue
        k = comma.i + 2
        while k < len(tokens) and tokens[k].pos == "ADJ":
            k += 1
        if k >= len(tokens) or tokens[k].lemma.lower() not in cue_words("recapnoun"):
            continue
        for verb in tokens[k + 1:k + 1 + MAX_GAP]:
            if verb.pos == "VERB" and verb.lemma.lower() in cue_words("recapdenial"):
                subject = next((c for c in children(sentence, verb.i) if c.dep == "nsubj" and c.i > k), None)
                if subject is not None and not _of_old(sentence, verb):
                    return tokens[k], verb, subject
                break
    return None


def _of_old(sentence: Sentence, verb: Token) -> bool:
    """"a charge Cameroon has denied in the past": a stance of old, no denial of this news (wire10, wire38)."""
    return any(c.dep == "prep" and c.lemma.lower() == "in" and any(g.lemma.lower() == "past" for g in
               children(sentence, c.i)) for c in children(sentence, verb.i))


def _state(sentence: Sentence, i: int, mentions: list[Mention]) -> Actor | None:
    states = [a for a in actors_at(sentence, i, mentions) if a.country]
    return states[0] if len({a.country for a in states}) == 1 else None


def _speaker(sentence: Sentence, before: int, mentions: list[Mention]) -> tuple[Actor, Token] | None:
    """The state whose verb of saying (cues.tsv `allege`) heads the clause before the comma, and the verb."""
    root = next((t for t in sentence.tokens if t.head == t.i), None)
    if root is None or root.i > before or root.lemma.lower() not in cue_words("allege") \
            or not any(c.dep == "ccomp" for c in children(sentence, root.i)):
        return None
    found, _ = source_tokens(sentence, root.i)
    states = [a for i in found for a in actors_at(sentence, i, mentions) if a.country]
    return (states[0], root) if len({a.country for a in states}) == 1 else None


def with_recap_denials(sentence: Sentence, events: list[Event], mentions: list[Mention],
                       dated: Callable[[list[Event]], list[Event]] = lambda said: said) -> list[Event]:
    """The sentence's events, with the denier's REJECT of the accuser (and the framed charge) added; `dated`
    dates each added row at its own verb ("a charge X denied on Thursday": Thursday's denial; wire51 w51_08)."""
    found = recap_denial(sentence) if events else None
    if found is None:
        return events
    noun, verb, subject = found
    denier = _state(sentence, subject.i, mentions)
    if denier is None:
        return events
    accusations = [e for e in events if e.event_type == "ACCUSE" and e.source.country
                   and e.source.country != denier.country and e.evidence.trigger_start < noun.start]
    added: list[Event] = []
    if accusations:
        accuser = accusations[0].source
    else:
        said = _speaker(sentence, noun.i, mentions)
        if said is None or said[0].country == denier.country:
            return events
        accuser, say = said
        added.append(_row(events[0], "ACCUSE", accuser, denier, say, "verb:" + say.lemma.lower() + " recap-charge"))
    added.append(_row(events[0], "REJECT", denier, accuser, verb, "verb:" + verb.lemma.lower() + " recap-denial"))
    have = {(e.event_type, e.source.country, e.target.country if e.target else None) for e in events}
    return events + dated([e for e in added if (e.event_type, e.source.country, e.target.country) not in have])


def _row(model: Event, kind: str, source: Actor, target: Actor, token: Token, rule: str) -> Event:
    evidence = replace(model.evidence, trigger=token.text, trigger_start=token.start,
                       trigger_end=token.start + len(token.text))
    return replace(model, event_id=ids.event_id(model.doc_id, token.start, kind, source.country, target.country),
                   event_type=kind, mode=None, status="asserted", status_cue="", location=None, source=source,
                   target=target, evidence=evidence, rule=f"{rule} src=recap-subject tgt=accuser")
