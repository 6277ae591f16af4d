"""The model's entity recogniser is loaded only when a caller asks for it (nlp/model.py, `with_recogniser`).

By default entities come from rules and the parse runs with the recogniser disabled, so loading it was
memory and start-up time for nothing; a pipeline that adds it later must give the stock entities."""
from __future__ import annotations

from detente.nlp.model import RECOGNISER, UNUSED_COMPONENTS, load_model, load_stock_model, with_recogniser

# Written for this test: people, states, bodies, dates and places the recogniser labels.
OWN_SENTENCES = [
    "Foreign Minister Ana Pereira of Portugal met the Moroccan envoy in Rabat on Monday, 3 March.",
    "The United Nations Security Council condemned the strike near Kharkiv that killed 14 people.",
    "Kenyan and Ethiopian officials said the talks in Nairobi would resume after the holiday.",
]


def _entities(nlp):
    return [[(e.text, e.label_, e.start, e.end) for e in doc.ents] for doc in nlp.pipe(OWN_SENTENCES)]


def test_a_fresh_model_loads_neither_the_recogniser_nor_the_sentence_recogniser():
    fresh = load_model.__wrapped__()  # a new pipeline, not the process's cached one a test may have extended
    assert RECOGNISER not in fresh.component_names
    assert not set(UNUSED_COMPONENTS) & set(fresh.component_names)
    assert fresh.pipe_names == [n for n in load_stock_model().pipe_names if n != RECOGNISER]


def test_the_added_recogniser_gives_the_stock_entities_and_comes_last():
    nlp = with_recogniser(load_model.__wrapped__())
    stock = load_stock_model()
    assert nlp.pipe_names == stock.pipe_names and nlp.pipe_names[-1] == RECOGNISER
    assert _entities(nlp) == _entities(stock)
    assert any(label == "GPE" for doc in _entities(nlp) for _t, label, _s, _e in doc)
    assert with_recogniser(nlp) is nlp and nlp.component_names.count(RECOGNISER) == 1
