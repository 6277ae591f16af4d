"""The lemma cache gives every token exactly the lemma the model's own lemmatizer gives it."""
from __future__ import annotations

from detente.nlp import load_model
from detente.nlp.lemmas import LemmaCache
from detente.nlp.model import load_stock_model

# Written for this test: singular and plural nouns, every verb form, comparatives, proper nouns,
# words repeated under different parts of speech ("talks", "meeting", "better"), and the contracted
# forms whose lemma the attribute table sets before the lemmatizer runs ("gon na").
OWN_SENTENCES = [
    "The ministers met on Tuesday; talks between the two ministries resumed after the meeting.",
    "She talks with envoys who were meeting rebels, and the rebels' leaders have better terms now.",
    "Officials said troops had withdrawn, were withdrawing and would withdraw further by Friday.",
    "Smaller states signed earlier accords; the largest signs its biggest accord in Geneva today.",
    "They are gon na leave, and Kenya's President Ruto is going to host the Ethiopian delegation.",
    "The talks failed. Talks fail. Talk failed. Failing talks hurt the fragile ceasefire more.",
]


def _lemmas(nlp, texts):
    return [[(t.text, t.pos_, t.lemma_) for t in doc] for doc in nlp.pipe(texts)]


def test_the_pipeline_lemmatizer_is_the_cache():
    assert isinstance(load_model().get_pipe("lemmatizer"), LemmaCache)
    # the recogniser is added only when a caller asks for it (nlp/model.py, with_recogniser)
    assert [n for n in load_model().pipe_names if n != "ner"] == [n for n in load_stock_model().pipe_names if n != "ner"]


def test_cached_lemmas_equal_the_stock_lemmatizer_twice_over():
    """Twice: the second pass reads every lemma from the cache."""
    stock = _lemmas(load_stock_model(), OWN_SENTENCES)
    assert _lemmas(load_model(), OWN_SENTENCES) == stock
    assert _lemmas(load_model(), OWN_SENTENCES) == stock
    assert ("gon", "VERB", "go") in stock[4] and ("ministries", "NOUN", "ministry") in stock[0]


def test_the_cache_stays_bounded_and_right(monkeypatch):
    cache = load_model().get_pipe("lemmatizer")
    monkeypatch.setattr(LemmaCache, "MAX_ENTRIES", 5)
    cache.cache.clear()
    assert _lemmas(load_model(), OWN_SENTENCES) == _lemmas(load_stock_model(), OWN_SENTENCES)
    assert len(cache.cache) <= 5


def test_the_cache_shows_the_model_lemmatizer_tables():
    cache, stock = load_model().get_pipe("lemmatizer"), load_stock_model().get_pipe("lemmatizer")
    assert cache.mode == "rule" and cache.lookups.tables == stock.lookups.tables
    assert not hasattr(cache, "pipe")  # spaCy calls the component on each doc, so the cache is used
    assert cache.lookups.get_table("lemma_exc")["noun"]["men"] == ["man"]


def test_an_empty_text_passes():
    assert len(load_model()("")) == 0
