"""The attribute table gives every token exactly what the model's own attribute_ruler gives it."""
from __future__ import annotations

from pathlib import Path

import pytest

from detente.nlp import load_model
from detente.nlp.model import load_stock_model, with_recogniser, with_title_abbreviations

from tests.conftest import BENCH, SEEDS

OWN_SENTENCES = [
    "Y'all gon na see the ministers sign the accord, and there's nothing they can do about it.",
    "Let's not pretend the embassy wasn't warned: it ain't the first time troops got ta leave.",
    "The envoy gets the message; he got it yesterday and hasn't replied, officials said.",
    "C'mon, whether or not the talks resume, the border is closed   and   the army is on alert.",
]


def _texts() -> list[str]:
    files = sorted(SEEDS.glob("*.txt")) + sorted(BENCH.glob("*/texts/*.txt"))
    return OWN_SENTENCES + [p.read_text(encoding="utf-8", errors="replace") for p in files]


def _attributes(doc) -> list[tuple]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.ent_type_) for t in doc]


@pytest.mark.slow
def test_attribute_table_matches_the_stock_attribute_ruler_token_for_token():
    texts = _texts()
    # the stock model given our tokenizer's title abbreviations ("Lt.", data/abbreviations.tsv), so both read the
    # same tokens: what is compared here is the attribute table, not the tokenizer
    # (entity types are compared too: the recogniser, loaded only when asked for, is added to ours)
    table, stock = with_recogniser(load_model()), with_title_abbreviations(load_stock_model())
    assert "attribute_ruler" in table.pipe_names and table.get_pipe("attribute_ruler") is not stock.get_pipe("attribute_ruler")
    differ, tokens = [], 0
    for ours, theirs in zip(table.pipe(texts), stock.pipe(texts)):
        tokens += len(ours)
        differ += [(a, b) for a, b in zip(_attributes(ours), _attributes(theirs)) if a != b]
    assert tokens > (500 if len(texts) == len(OWN_SENTENCES) else 15_000)
    assert differ == []


def test_multi_token_rules_set_their_lemmas():
    doc = load_model()("They are gon na leave, y'all.")
    assert [t.lemma_ for t in doc[2:4]] == ["go", "to"]


def test_a_multi_token_rule_is_found_from_its_first_pinned_token():
    # the "y' all" rule's first token is a pattern, not a value: it is filed under its second token
    # ("all") and must still match from there, at the start of a text and after other tokens
    ours, stock = load_model(), load_model_stock_once()
    for text in ("Y'all heard the envoy.", "We told y'all, and all of them agreed.", "All y' all know."):
        assert _attributes(ours(text)) == _attributes(stock(text))
    assert any(t.lemma_ == "you" for t in ours("We told y'all."))


def load_model_stock_once():
    return _STOCK.setdefault("nlp", with_title_abbreviations(load_stock_model()))


_STOCK: dict = {}
