"""Session 33 (pages55): the one asked is no maker of the asking. "X's envoy was summoned and asked to explain
reports that ..." is a request made of X; with no agent named the coder used to take the request's doer from the
act nested in the complement, whose subject is X raised from the passive (eval/wire55 w55_06: REQUEST MYS>PHL
for the Philippines' own request). events/bidden.py, cues.tsv `bidden`. The sentences are this file's own."""
from __future__ import annotations

import pytest

from events_kit import code, summary

PAGE = "Peru and Chile quarrelled again over the fishing zone. Chile said Peru had ignored the ruling. "


def pairs(text: str) -> set[tuple]:
    return summary(code(PAGE + text))


@pytest.mark.parametrize("text", [
    "Chile's ambassador was asked to explain reports that Peruvian fishermen had been beaten.",
    "Chile's ambassador was summoned and asked to explain reports that Peruvian crews had been held.",
    "Chile's consul was called to the ministry in Lima on Monday and asked to explain reports that Peruvian "
    "sailors had been beaten.",
])
def test_the_passive_subject_of_asked_makes_no_request(text):
    assert not {p for p in pairs(text) if p[0] == "REQUEST" and p[1] == "CHL"}, pairs(text)


def test_the_agent_of_the_first_passive_asks():
    assert ("REQUEST", "PER", "CHL") in pairs("Chile was charged by Peru and asked to resign.")


def test_an_active_request_keeps_its_maker():
    text = "Peru asked Chile to explain reports that Peruvian fishermen had been beaten."
    assert ("REQUEST", "PER", "CHL") in pairs(text)
