"""Sentences that report no act: a question.

A teaser headline asking whether two states can still agree (wire8: "Can X and Y still agree on ...?"
under a 'More from' header) was coded as their agreement; a question, in a teaser or in an analyst's
prose, says that nobody did, does or will do anything.
"""
from __future__ import annotations

from detente.records import Sentence

# Closing marks a question may end in before its question mark is seen ('... agree?"').
CLOSERS = "\"'”’)]» \t\n"


def question(sentence: Sentence) -> bool:
    """A sentence that asks ("Can X and Y still agree?", "Will Z retaliate?"): it reports no act."""
    return sentence.text.rstrip(CLOSERS).endswith("?")
