"""Named entities are added only to sentences the caller finds worth them; the rest come back unparsed."""
from __future__ import annotations

from detente.nlp import parse_article, parse_sentences, split_sentences

from tests.conftest import make_article

TEXT = ("President Amara Diallo of Senegal met Ghana's foreign minister in Dakar on Monday. "
        "The weather in the capital was mild for the season.")


def test_entities_only_where_worth_them():
    sentences = split_sentences(make_article(TEXT))
    asked = []

    def worth(sentence) -> bool:
        asked.append(sentence.index)
        assert all((t.ent, t.ent_iob) == ("", "O") for t in sentence.tokens)  # shown before entities are found
        return "met" in sentence.text

    parsed = parse_sentences(sentences, worth_entities=worth)
    assert asked == [0, 1]
    assert parsed[0].parsed and {t.ent for t in parsed[0].tokens} >= {"PERSON", "GPE"}
    assert not parsed[1].parsed


def test_entities_added_later_equal_a_full_parse():
    article = make_article(TEXT)
    full = parse_article(article)
    late = parse_sentences(split_sentences(article), worth_entities=lambda s: True)
    assert late == full
