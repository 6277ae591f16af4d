"""Officials named once with their title and no state (issue #11, wire4 misses): a town's name inside a
person's name, and the home a sentence places a minister in ("on his return to Lima", "told Parliament in
Oslo"), which outweighs the story's main country. Our own sentences."""
from __future__ import annotations

import pytest

from helpers import mentions_of


def _found(body: str, name: str):
    return next((m for m in mentions_of(body) if m.text == name and m.country), None)


def test_a_town_inside_a_name_keeps_the_titled_person():
    # "Lagos" is a town of the gazetteer; after a title and a given name it is part of a person's name
    from helpers import make_article
    from detente.actors.coref import build_context
    from detente.nlp import split_sentences
    article = make_article("Chile protested to Peru on Monday. Foreign Minister Tomas Rivera Lagos signed the note.")
    people = build_context(article, tuple(split_sentences(article))).people
    assert any(p.name == "Tomas Rivera Lagos" and p.how.startswith("title") for p in people), people


@pytest.mark.parametrize("body,name,code", [
    ("Peru and Chile signed a fisheries deal in Santiago on Thursday, Foreign Minister Ana Torres said on her "
     "return to Lima. Torres said the deal would hold.", "Torres", "PER"),
    ("Denmark and Norway agreed to share the costs, Foreign Minister Lars Holm told Parliament in Oslo. "
     "Holm said the accord was fair.", "Holm", "NOR"),
])
def test_the_home_a_sentence_places_a_minister_in(body, name, code):
    found = _found(body, name)
    assert found is not None and found.country == code, found


@pytest.mark.parametrize("body", [
    "Chile would donate US$500,000 to Peru through the Red Cross.",
    "Norway pledged NZ$2 million and A$1 million to Peru.",
])
def test_a_state_code_glued_to_a_currency_sign_is_no_actor(body):
    # "US$500,000" is money: the United States is no party of the donation (wire4)
    assert not any(m.country in ("USA", "NZL") for m in mentions_of(body)), [(m.text, m.country) for m in mentions_of(body)]
