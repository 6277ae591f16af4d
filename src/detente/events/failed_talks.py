"""Talks that ended without a deal were still held: "North Macedonia and Bulgaria failed to agree on the clause at
talks in Sofia", "No agreement on quotas was reached at talks between Norway and Russia". The coder reads the
negated agreement (AGREE, negated) and, the talks being nested in it, nothing else; the sentence golds code the
talks themselves, CONSULT asserted, as a core event (sent-dev20 0068 and 0071, sent-dev19 0191 and 0209, where
the talks were lost the same way). Only a past failure counts: "are unlikely to agree at next week's talks" (a
modal on the trigger) tells of talks still to come."""
from __future__ import annotations

from dataclasses import replace

from detente import ids
from detente.events.lexicon import cue_words
from detente.events.tree import children, subtree
from detente.records import Event, Sentence

FUTURE = frozenset({"will", "would", "may", "might", "could", "can", "shall", "should", "'ll", "wo", "ca"})


def with_held_talks(sentence: Sentence, events: list[Event]) -> list[Event]:
    """The events of one sentence, with the talks (CONSULT, asserted) of each negated agreement reached at talks."""
    have = {(e.event_type, e.source.country, e.target.country if e.target else None) for e in events}
    at = {t.start: t.i for t in sentence.tokens}
    out = list(events)
    for e in events:
        pair = (e.source.country, e.target.country if e.target else None)
        if e.event_type != "AGREE" or e.status != "negated" or None in pair or pair[0] == pair[1] \
                or ("CONSULT", *pair) in have or ("CONSULT", pair[1], pair[0]) in have \
                or not _at_talks(sentence, at.get(e.evidence.trigger_start)):
            continue
        have.add(("CONSULT", *pair))
        out.append(replace(e, event_type="CONSULT", status="asserted", status_cue="", rule=e.rule + " talks→held",
                           event_id=ids.event_id(e.doc_id, e.evidence.trigger_start, "CONSULT", *pair)))
    return out


def _at_talks(sentence: Sentence, i: int | None) -> bool:
    """The failed agreement's clause names talks (the trigger's own subtree or its governing clause's), and no
    modal puts the failure in the future."""
    if i is None:
        return False
    head = sentence.tokens[i].head
    clause = [i, head] if sentence.tokens[i].dep in ("xcomp", "dobj", "nsubjpass", "nsubj", "pobj") else [i]
    if any(c.dep == "aux" and c.text.lower() in FUTURE for k in clause for c in children(sentence, k)):
        return False
    words = cue_words("heldtalks")
    return any(sentence.tokens[k].lemma.lower() in words for c in clause for k in subtree(sentence, c))
