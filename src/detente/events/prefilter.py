"""Cheap lexical test run before parsing: could the coder find a trigger in this sentence?

Recall-safe by construction: the coder only accepts a trigger token whose text is a whole
letter run of the sentence (triggers.whole_word) and one of `lexicon.surface_forms` of its
entry's lemma; this test looks for exactly those letter runs in the same form list.
"""
from __future__ import annotations

import re

from detente.events.lexicon import all_trigger_forms

WORD = re.compile(r"[^\W\d_]+")


def mentions_trigger(text: str) -> bool:
    forms = all_trigger_forms()
    return any(w in forms for w in WORD.findall(text.lower()))
