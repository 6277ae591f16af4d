"""A verdict told as a participle after a reported state of affairs is the sayer's (events/verdict_sayer.py,
session 29, refusals24): "KFOR said there was 'no need' for ..., effectively turning down a request Belgrade sent"
(wire40 w40_12) and "said that 'the responsibility lies entirely with the Japanese side', in effect rejecting the
request" (wire46 w46_03) sought the refuser in the reported clause. A reported act of force keeps its own doer."""
from __future__ import annotations

import pytest

from events_kit import code, summary


@pytest.mark.parametrize("sentence", [
    "Chile said there was no need for talks, effectively turning down a request Peru sent on Tuesday.",
    "Chile said the talks were useless, in effect rejecting the appeal that Peru made.",
    "Chile said on Monday there was no case for a new inquiry, rejecting a request from Peru.",
])
def test_the_sayer_refuses(sentence):
    assert ("REJECT", "CHL", "PER") in summary(code(sentence))


def test_the_sayer_refuses_when_the_blame_lies_elsewhere():
    assert {(t, s) for t, s, _ in summary(code("Chile said that the blame lies entirely with Peru, in effect "
                                               "rejecting the request."))} >= {("REJECT", "CHL")}


def test_a_reported_act_of_force_keeps_its_doer():
    assert not any(s == "CHL" for _, s, _ in summary(code("Chile said Peruvian troops crossed the border, killing "
                                                          "two farmers.")))
