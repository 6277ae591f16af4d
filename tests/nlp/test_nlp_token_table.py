"""The Token records read from a parse's table in one call (nlp/token_table.py) are those a token-by-token
reading of the spaCy tokens gives, field for field, with the arc mends applied the same way."""
from __future__ import annotations

import pytest

from detente.nlp import load_model
from detente.nlp.sentences import NO_ENTITY
from detente.nlp.token_table import DAY_WORDS, SUBJECT_DEPS, Table, arcs, tokens_of
from detente.records import Token

from tests.conftest import BENCH, SEEDS

OWN_SENTENCES = [
    "On Tuesday Peru in turn expelled a Chilean diplomat.",
    "On Friday Lima police arrested two Chilean fishermen.",
    "Finland's request for talks was, however, turned down by the Estonian delegation.",
    "The treaty was signed by both foreign ministers in Oslo on Monday, officials said.",
    "In March Kenya and Uganda were accused of shelling the border post near Busia.",
    "Ghana's army chief, Gen. Kofi Mensah, met the Togolese envoy; they were not invited back.",
    "\u201cWe will not be intimidated,\u201d the minister said in Nairobi\u00a0on Wednesday.",
    "Troops",
    "The President of France spoke by telephone with Egypt's President on Monday.",
]


def _reference(doc, offset: int, no_entity=None, written=None) -> tuple[Token, ...]:
    """The token-by-token reading nlp/sentences.py used before the table (session 25's main)."""
    ent, iob = no_entity or ("", "")
    passive = {t.head.i for t in doc if t.dep_ == "auxpass"}
    written = written if written is not None and written != doc.text else None
    return tuple(
        Token(t.i, t.text if written is None else written[t.idx:t.idx + len(t.text)], t.lemma_, t.pos_, t.tag_,
              *_reference_arc(t, passive), t.ent_type_ if no_entity is None else ent,
              t.ent_iob_ if no_entity is None else iob, offset + t.idx)
        for t in doc)


def _reference_arc(token, passive):
    head = token.head
    if token.dep_ == "agent" and head.i != token.i and head.i not in passive \
            and any(child.dep_ == "nsubj" for child in head.children):
        return "prep", head.i
    if token.dep_ == "compound" and token.text in DAY_WORDS and _reference_glued(head):
        return "pobj", head.head.i
    if _reference_glued(token):
        return ("nsubjpass" if head.head.i in passive else "nsubj"), head.head.i
    if token.dep_ != "nsubj" or head.i == token.i:
        return token.dep_, head.i
    if head.dep_ == "auxpass" and head.head.i != head.i:
        return "nsubjpass", head.head.i
    return ("nsubjpass" if head.i in passive else "nsubj"), head.i


def _reference_glued(token) -> bool:
    if token.dep_ != "pobj" or token.pos_ != "PROPN" or token.i == 0 or token.nbor(-1).text not in DAY_WORDS \
            or token.nbor(-1).dep_ != "compound" or token.nbor(-1).head.i != token.i:
        return False
    prep, verb = token.head, token.head.head
    return prep.dep_ == "prep" and verb.pos_ in ("VERB", "AUX") and prep.i < token.i < verb.i \
        and not any(child.dep_ in SUBJECT_DEPS for child in verb.children)


@pytest.mark.parametrize("text", OWN_SENTENCES)
def test_the_table_gives_the_token_by_token_records(text):
    nlp = load_model()
    for doc in (nlp(text), nlp.make_doc(text)):  # with the parse and the recogniser; a bare tokenization
        assert tokens_of(doc, 17) == _reference(doc, 17)
        assert tokens_of(doc, 0, NO_ENTITY) == _reference(doc, 0, NO_ENTITY)


def test_a_recased_copy_carries_the_written_words_at_the_same_offsets():
    written = "KENYA RECALLS ENVOY FROM UGANDA OVER BORDER ROW"
    doc = load_model()(written.capitalize())
    got = tokens_of(doc, 5, NO_ENTITY, written)
    assert got == _reference(doc, 5, NO_ENTITY, written)
    assert [t.text for t in got] == written.split()


def test_the_day_glued_to_a_subject_is_mended_from_the_table():
    doc = load_model()("On Tuesday Peru in turn expelled a Chilean diplomat.")
    deps, heads = arcs(Table(doc, False))
    words = [t.text for t in doc]
    assert deps[words.index("Peru")] == "nsubj" and heads[words.index("Peru")] == words.index("expelled")
    assert deps[words.index("Tuesday")] == "pobj" and heads[words.index("Tuesday")] == words.index("On")


def test_a_by_phrase_on_an_active_verb_is_no_agent():
    # wire40: the parser labels "by telephone" the agent of the active "spoke", whose subject is the caller
    doc = load_model()("The President of France spoke by telephone with Egypt's President on Monday.")
    words = [t.text for t in doc]
    assert doc[words.index("by")].dep_ == "agent"  # the slip this mends
    deps, _heads = arcs(Table(doc, False))
    assert deps[words.index("by")] == "prep"
    passive = load_model()("The treaty was signed by both foreign ministers in Oslo.")
    deps, _heads = arcs(Table(passive, False))
    assert deps[[t.text for t in passive].index("by")] == "agent"
    headline = load_model()("The Ugandan warplane shot down by Kenya on Tuesday")  # a participle parsed as active
    assert headline[[t.text for t in headline].index("by")].dep_ == "agent"
    deps, _heads = arcs(Table(headline, False))
    assert deps[[t.text for t in headline].index("by")] == "agent"


def test_dependents_are_spacys_children():
    doc = load_model()("The envoy of Chile, who arrived on Monday, met the Peruvian foreign minister in Lima.")
    table = Table(doc, True)
    assert [table.dependents(t.i) for t in doc] == [[c.i for c in t.children] for t in doc]


@pytest.mark.slow
def test_every_sentence_of_the_seed_and_bench_pages_reads_the_same():
    nlp = load_model()
    files = sorted(SEEDS.glob("*.txt")) + sorted(BENCH.glob("*/texts/*.txt"))[:20]
    for path in files:
        for doc in nlp.pipe(path.read_text(encoding="utf-8", errors="replace").split("\n")):
            assert tokens_of(doc, 3, NO_ENTITY) == _reference(doc, 3, NO_ENTITY)
            assert tokens_of(doc, 3) == _reference(doc, 3)
