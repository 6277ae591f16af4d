"""Token records are read through one Doc.to_array (nlp.sentences.token_rows, docs/scaling.md session 23): each
row must hold exactly the strings the spaCy Token's own attributes give, heads as signed offsets."""
from __future__ import annotations

from detente.nlp import load_model
from detente.nlp.sentences import token_rows

OWN_SENTENCES = [
    "The foreign minister of Norvania, Ilse Martek, met her Kirovan counterpart in Geneva on Tuesday.",
    "Troops were sent north after the border post was shelled, officials said.",
    "On Friday Kirovka in turn freed two border guards seized in March 2021.",
    "MINISTER SIGNS ACCORD WITH NEIGHBOUR",
    "“We will not hesitate,” the spokesman told reporters — twice.",
]


def _attributes(doc) -> list[tuple]:
    return [(t.text, t.lemma_, t.pos_, t.tag_, t.dep_, t.head.i - t.i, t.ent_type_, t.ent_iob_, t.idx) for t in doc]


def test_token_rows_are_the_tokens_own_attributes():
    nlp = load_model()
    for text in OWN_SENTENCES:
        doc = nlp(text)
        assert token_rows(doc) == _attributes(doc)


def test_token_rows_without_the_recogniser():
    nlp = load_model()
    for doc in nlp.pipe(OWN_SENTENCES, disable=["ner"]):
        assert token_rows(doc) == _attributes(doc)
