"""A second addressee told with its verb left out (events/gapped_addressees.py): "called on X to ... and on Y
to ..." is a request to each (wire37 w37_04: the call on Uganda, core, was lost). Our own sentences, coded
through the whole pipeline."""
from __future__ import annotations

import pytest

from events_kit import third_sentence


@pytest.mark.parametrize("sentence, source", [
    ("The UN Secretary-General called on Russia to free the fishermen and on Norway to show restraint.", "UNO"),
    ("Sweden's foreign minister called on Russia to release the crew and on Norway to speed up its review.", "SWE"),
    ("The EU called on Russia to return the boat and on the Norwegian government to drop the charges.", "EUR"),
    ("The EU urged Russia to free the fishermen and Norway to show restraint.", "EUR"),
])
def test_each_addressee_gets_its_request(sentence, source):
    assert {("REQUEST", source, "RUS"), ("REQUEST", source, "NOR")} <= third_sentence(sentence)


@pytest.mark.parametrize("sentence", [
    "The EU called on Russia to return the boat and its crew to Norway.",
    "The EU called on Russia to return the boat, and Norway said it would wait.",
])
def test_no_second_request_without_the_gapped_frame(sentence):
    assert ("REQUEST", "EUR", "NOR") not in third_sentence(sentence)
