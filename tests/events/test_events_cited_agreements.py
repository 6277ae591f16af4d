"""An agreement cited as the basis of another act ("under the deal"), or kept or broken ("violated the accord"), is
not an agreement made in that sentence (events/cited_agreements.py); an agreement signed is (own sentences)."""
from __future__ import annotations

import pytest
from events_kit import coded_pages

CITED = [
    "Peru withdrew its patrol boats from the bay under the 2019 fisheries deal with Chile.",
    "Peru said Chile broke the fisheries accord.",
    # an agreement reversed or returned to is one already made (cues.tsv breach; realnews s24's junta)
    "Peru reversed the fisheries accord with Chile on Monday.",
    "Peru returned to the fisheries accord with Chile on Monday.",
]
SIGNED = "Peru and Chile signed a fisheries accord in Lima on Monday."


@pytest.fixture(scope="module")
def pages() -> dict[str, set]:
    return coded_pages(CITED + [SIGNED])


@pytest.mark.parametrize("text", CITED)
def test_a_cited_or_broken_agreement_is_no_new_agree(pages, text):
    assert not any(t == "AGREE" for t, _, _ in pages[text]), pages[text]


def test_an_agreement_signed_is_coded(pages):
    assert any(t == "AGREE" for t, _, _ in pages[SIGNED]), pages[SIGNED]
