"""A refused request's maker named only as its relative clause's subject is the refusal's target
(events/request_makers.py, session 29, refusals24): "turned down a request Belgrade sent" (wire40 w40_12) had no
target. A clause that does not make the request, or a subject that is no name, adds nothing."""
from __future__ import annotations

import pytest

from detente.events.lexicon import cue_words
from events_kit import code, summary


@pytest.mark.parametrize("sentence", [
    "Chile turned down a request Peru sent on Tuesday.",
    "Chile rejected the proposal that Peru had tabled.",
    "Chile rejected the offer Peru made last week.",
    "Chile rejected the plan Peru submitted to the commission.",
    "The appeal Peru made was rejected by Chile.",
])
def test_the_relative_clause_subject_is_the_refused_maker(sentence):
    assert ("REJECT", "CHL", "PER") in summary(code(sentence))


def test_each_request_of_a_coordination_is_read():
    assert ("REJECT", "CHL", "PER") in summary(code("Chile rejected the proposal Peru had tabled and the plan Bolivia "
                                                    "submitted."))


@pytest.mark.parametrize("sentence", [
    "Chile rejected the proposal its navy had tabled.",  # a pronoun-owned subject: no state named
    "Chile rejected the request Peru feared.",  # feared is no verb of making a request
])
def test_no_maker_without_a_named_subject_of_a_making_verb(sentence):
    assert ("REJECT", "CHL", "PER") not in summary(code(sentence))


def test_every_tabling_cue_is_a_verb_of_making_a_request():
    assert len(cue_words("tabling")) >= 10
    for verb in cue_words("tabling"):
        sentence = f"Chile rejected the request that Peru had {_past(verb)}."
        assert ("REJECT", "CHL", "PER") in summary(code(sentence)), verb


def _past(verb: str) -> str:
    irregular = {"send": "sent", "make": "made", "put": "put forward"}
    return irregular.get(verb, verb + ("d" if verb.endswith("e") else "ed"))
