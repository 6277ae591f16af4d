"""PLOVER mode (from the trigger entry) and a coarse context label (from keyword data); event locations are in
locations.py."""
from __future__ import annotations

from detente.events.lexicon import TriggerEntry, cue_words
from detente.events.token_memo import per_sentence
from detente.records import Sentence


def event_mode(entry: TriggerEntry) -> str | None:
    return entry.mode


@per_sentence  # asked per event (events/token_memo.py)
def event_context(sentence: Sentence) -> str | None:
    """The first context keyword (in cues.tsv order) among the sentence's lemmas."""
    lemmas = {t.lemma.lower() for t in sentence.tokens}
    for word, label in cue_words("context").items():
        if word in lemmas:
            return label
    return None
