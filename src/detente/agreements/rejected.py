"""A rejection is an exit from a deal only when the deal is what it rejects.

lifecycle reads a REJECT report that names no stage word as the deal's "exited" step. A sentence that names a deal
may reject something else: "Kuwait also rejected what the minister called the 'language of deadlines', a reference
to the ultimatum ... of the minister who threatened to suspend the navigation agreement" (eval/wire21 w21_06: the
navigation agreement's current stage read "exited", session 34). The rejected thing is the verb's object, next to
the trigger: "rejected the 2012 accord", "the treaty was rejected by parliament", "rejected the terms of the deal".
"""
from __future__ import annotations

import re

from detente.agreements.names import NameHit
from detente.records import AgreementReport

NEAR_WORDS = 4  # "rejected the terms of the", "was firmly rejected": the words that may stand between
_WORD = re.compile(r"\S+")


def rejects_the_deal(report: AgreementReport, hit: NameHit) -> bool:
    """Whether the deal's name stands within NEAR_WORDS words of the rejecting trigger, after it or before it."""
    sentence, trigger = report.sentence or "", report.trigger or ""
    at = sentence.find(trigger) if trigger else -1
    if at < 0:
        return True  # no trigger to measure from: the step stands as the type gives it
    if hit.start >= at + len(trigger):
        return len(_WORD.findall(sentence[at + len(trigger):hit.start])) <= NEAR_WORDS
    return hit.end <= at and len(_WORD.findall(sentence[hit.end:at])) <= NEAR_WORDS
