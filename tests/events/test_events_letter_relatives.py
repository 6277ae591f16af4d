"""A relative clause that names its antecedent again stands for the letter, whose writer asks
(events/letter_relatives.py): "... in a second letter to the UN Security Council, which also asked the Council to
condemn the seizure" is the writer's request to the Council (wire30 w30_08); our own Ghana-Togo sentences."""
from __future__ import annotations

import pytest

from events_kit import coded_pages

RENEWED = ("Ghana renewed its demand for the boat on Monday in a second letter to the UN Security Council, which "
           "also asked the Council to condemn the seizure.")
SENT = "Accra sent a letter to the UN Security Council, which urged the Council to condemn the seizure of the boat by Togo."
OWNED = "Ghana's letter to the African Union, which asked the Union to send observers, was read out on Monday."
COUNCIL_ACTS = "Ghana sent a letter to the UN Security Council, which then asked Togo to release the boat."


@pytest.fixture(scope="module")
def found() -> dict[str, set]:
    return coded_pages([RENEWED, SENT, OWNED, COUNCIL_ACTS])


@pytest.mark.parametrize("text,expected", [(RENEWED, ("REQUEST", "GHA", "UNO")), (SENT, ("REQUEST", "GHA", "UNO")),
                                           (OWNED, ("REQUEST", "GHA", "IGO"))])
def test_the_letters_writer_asks_its_addressee(found, text, expected):
    assert expected in found[text], found[text]
    assert not any(t == "REQUEST" and s in ("UNO", "IGO") for t, s, _ in found[text])


def test_a_relative_naming_another_party_stays_the_addressees(found):
    assert ("REQUEST", "UNO", "TGO") in found[COUNCIL_ACTS]
