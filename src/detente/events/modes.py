"""PLOVER mode (from the trigger entry) and a coarse context label (from keyword data); event location."""
from __future__ import annotations

from detente.actors import country_of_place
from detente.events.lexicon import TriggerEntry, cue_words
from detente.events.triggers import children
from detente.places import locate
from detente.records import Location, Sentence

PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def event_mode(entry: TriggerEntry) -> str | None:
    return entry.mode


def event_context(sentence: Sentence) -> str | None:
    """The first context keyword (in cues.tsv order) among the sentence's lemmas."""
    lemmas = {t.lemma.lower() for t in sentence.tokens}
    for word, label in cue_words("context").items():
        if word in lemmas:
            return label
    return None


def entity_text(sentence: Sentence, i: int) -> str:
    tokens = sentence.tokens
    a = i
    while a > 0 and tokens[a].ent_iob == "I":
        a -= 1
    b = i
    while b + 1 < len(tokens) and tokens[b + 1].ent_iob == "I":
        b += 1
    return sentence.text[tokens[a].start - sentence.start: tokens[b].start - sentence.start + len(tokens[b].text)]


def event_location(sentence: Sentence, anchors: list[int]) -> Location | None:
    """'in/at <place>' attached to the trigger or the verbs governing it; country via the actors stage."""
    for i in anchors:
        for p in children(sentence, i):
            if p.dep != "prep" or p.lemma.lower() not in ("in", "at", "near"):
                continue
            for o in children(sentence, p.i):
                if o.dep == "pobj" and o.ent in PLACE_ENTS:
                    text = entity_text(sentence, o.i)
                    return locate(text, country_of_place(text, sentence.text))
    return None
