"""A head noun's 'for' phrase names the organ it speaks for; a 'for' country is a topic (own sentences)."""
import pytest

from helpers import mentions_of


def _country(body: str, text: str):
    return next(m.country for m in mentions_of(body) if m.text.startswith(text))


def test_spokesman_for_a_body_speaks_for_it():
    body = "Bolivia and Peru traded accusations. A spokesman for the European Commission urged both sides to talk."
    assert _country(body, "spokesman") == "EUR"


def test_spokesman_for_a_ministry_takes_its_state():
    body = "Chile hosted the talks. A spokeswoman for the Peruvian foreign ministry said they went well."
    assert _country(body, "spokeswoman") == "PER"


def test_head_noun_for_a_country_is_not_that_country():
    # "the UN envoy for Syria" is sent about a country, not by it
    body = "The United Nations named a new spokesman for Peru on Monday."
    assert _country(body, "spokesman") != "PER"


@pytest.mark.parametrize("body, phrase, country", [
    # an aide serves the one its "to" phrase names, and lends that country to the named person
    ("Jorge Lagos, an adviser to Chile's president, accused Peru of stalling.", "Jorge Lagos", "CHL"),
    ("Aides to the Peruvian president met Chilean officials on Monday.", "Aides to the Peruvian president", "PER"),
    ("An adviser to the company said the plant would close.", "adviser", None),  # nobody's state
])
def test_an_aide_takes_the_country_of_whom_he_serves(body, phrase, country):
    found = [m for m in mentions_of(body, date="2021-05-12") if m.text == phrase]
    assert found and found[0].country == country, [(m.text, m.country) for m in mentions_of(body)]
