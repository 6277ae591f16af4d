"""A chargé d'affaires recalled or withdrawn is an envoy recalled (triggers.tsv, session 29, recall24): the parser heads
the title on "d'affaires", so the recall rows (ambassador, envoy, diplomat) missed it (wire42 "decided to recall its
charge d'affaires from Ankara") and "withdrew its charge d'affaires" was read as charges withdrawn, a CONCEDE."""
from __future__ import annotations

import pytest

from events_kit import code, summary


@pytest.mark.parametrize("sentence, event", [
    ("Kenya recalled its chargé d'affaires in Kampala.", ("SANCTION", "KEN", "UGA")),
    ("Chile withdrew its charge d'affaires from Lima.", ("SANCTION", "CHL", "PER")),
    ("Peru announced the recall of its charge d'affaires in Santiago.", ("SANCTION", "PER", "CHL")),
])
def test_a_charge_daffaires_recalled_is_a_diplomatic_sanction(sentence, event):
    assert event in summary(code(sentence))


def test_a_charge_daffaires_withdrawn_is_no_concession():
    assert "CONCEDE" not in {t for t, _, _ in summary(code("Chile withdrew its charge d'affaires from Lima."))}


def test_charges_withdrawn_still_concede():
    assert ("CONCEDE", "CHL", "PER") in summary(code("Chile withdrew the charges against the Peruvian fishermen."))
