"""A capital after "in" behind a name is where the named one is or was done, not its government: "signed the
<Name> Agreement in Brussels" is no Belgian act (newcomer6: the target came out BEL GOV). Behind a role it still
names the government ("officials in Ankara"), and a capital that acts ("Ankara said") stays its state. Our own
sentences."""
from __future__ import annotations

import pytest

from detente import pipeline
from detente.records import Document
from helpers import events_of, mentions_of


def _coded(body: str) -> set[tuple]:
    """(type, source, target) as the pipeline codes a plain-text page (its entities from the gazetteer rules)."""
    coded = pipeline.code_document(Document("d1", "page.txt", None, "text", body))
    return {(e.event_type, e.source.country, e.target.country if e.target else None) for e in coded.events}


@pytest.mark.parametrize("body, pair", [
    ("Georgia and Armenia signed the Lori Transit Corridor Agreement in Vienna on Friday, closing two years of "
     "talks.", ("GEO", "ARM")),
    ("Serbia and Kosovo signed the Ibar Energy Agreement in Brussels on Monday, ending months of negotiations.",
     ("SRB", "XKX")),
    ("Chad and Niger signed the Lake Chad Water Treaty in Paris on Wednesday, closing years of talks.", ("TCD", "NER")),
    ("Kenya signed the Turkana Grazing Agreement with Ethiopia in London on Thursday, officials said.", ("KEN", "ETH")),
])
def test_a_named_agreement_in_a_capital_is_no_act_of_the_capitals_state(body, pair):
    coded = _coded(body)
    agreements = {e for e in coded if e[0] == "AGREE"}
    assert agreements and all(e[2] in pair for e in agreements), coded
    assert not any(e[2] in ("AUT", "BEL", "FRA", "GBR") for e in coded), coded


@pytest.mark.parametrize("body, text, country", [
    ("Officials in Ankara said on Thursday they would expel two Greek diplomats.", "Officials in Ankara", "TUR"),
    ("Diplomats in Tbilisi protested against the Russian decision.", "Diplomats in Tbilisi", "GEO"),
])
def test_a_role_in_a_capital_still_names_its_government(body, text, country):
    found = {m.text: m.country for m in mentions_of(body)}
    assert found.get(text) == country, found


@pytest.mark.parametrize("body, pair", [
    ("Ankara said on Thursday it would expel two Greek diplomats.", ("THREATEN", "TUR", "GRC")),
    ("Moscow accused Kyiv of shelling a power station.", ("ACCUSE", "RUS", "UKR")),
])
def test_a_capital_that_acts_stays_its_state(body, pair):
    assert pair in _coded(body)
