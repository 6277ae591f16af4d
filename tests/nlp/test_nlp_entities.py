"""Rule-based entities (the default; `detente ingest --ner` uses the recogniser): gazetteer names, proper-noun runs, dates and numbers."""
from __future__ import annotations

from detente import actors, ids, pipeline
from detente.nlp import parse_sentences, split_sentences
from detente.nlp.entities import rule_entities
from detente.records import Document, Sentence, Token

from tests.conftest import make_article


def labelled(text: str) -> dict[str, str]:
    """Each word of a one-sentence text → its rule entity label (every sentence is given entities)."""
    sentences = split_sentences(make_article(text))
    parsed = parse_sentences(sentences, worth_entities=lambda s: True, names=actors.entity_names)
    return {t.text: t.ent for s in parsed for t in s.tokens}


def test_names_persons_dates_and_numbers():
    got = labelled("President Amara Diallo met Kenya's foreign minister and Chinese envoys in Dakar on Monday, "
                   "when 12 soldiers left.")
    assert got["Amara"] == got["Diallo"] == "PERSON"  # two capitalised words after a title
    assert got["President"] == ""  # the title itself is no part of the name
    assert got["Kenya"] == got["Dakar"] == "GPE" and got["Chinese"] == "NORP"
    assert got["Monday"] == "DATE" and got["12"] == "CARDINAL"
    assert got["minister"] == got["met"] == ""


def test_an_organisation_word_makes_the_run_an_organisation():
    got = labelled("The Zembla Defence Ministry said the Harbour Workers Union would strike.")
    assert got["Defence"] == got["Ministry"] == "ORG"
    assert got["Union"] == "ORG"


def test_a_country_name_inside_a_persons_name_is_the_person():
    got = labelled("Officials said Michael Jordan visited the region.")
    assert got["Michael"] == got["Jordan"] == "PERSON"


def test_a_headline_in_title_case_has_no_person_runs():
    got = labelled("Rival Factions Sign Border Accord After Long Talks")
    assert {got[w] for w in ("Rival", "Factions", "Sign", "Border", "Accord")} == {""}


def test_iob_marks_where_each_entity_starts():
    tokens = tuple(Token(i, w, w.lower(), "PROPN", "NNP", "compound", 2, "", "", i * 6)
                   for i, w in enumerate(["Mr", "Alan", "Brook"]))
    sentence = Sentence("d", 0, 0, "body", 0, 15, "Mr Alan Brook", tokens)
    out = rule_entities(sentence, [])
    assert [(t.ent, t.ent_iob) for t in out.tokens] == [("", "O"), ("PERSON", "B"), ("PERSON", "I")]
    assert [t.text for t in out.tokens] == ["Mr", "Alan", "Brook"]


def test_rule_entities_code_the_events_of_plain_sentences_as_the_recogniser_does():
    text = ("Kenya and Uganda signed a border agreement on Monday. "
            "Ugandan troops shelled positions held by rebels near the Kenyan town.")
    document = Document(ids.doc_id(text), "fast.txt", None, "text", text, date="2024-03-05")
    full = pipeline.code_document(document, ner=True)
    fast = pipeline.code_document(document)
    assert [(e.event_type, e.source.country, e.target.country) for e in fast.events] == \
        [(e.event_type, e.source.country, e.target.country) for e in full.events]
    assert any(e.event_type == "AGREE" for e in fast.events)


def test_a_military_unit_is_an_organisation_not_a_person():
    """"Fifth Fleet", "Marine Corps": two capitalised words that are a unit, not a name (wire4: a fleet's
    order was lost when the fleet was read as a person and its pronoun found no antecedent)."""
    got = labelled("The Zembla Navy's Sixth Fleet said the Marine Corps and the Southern Command had landed troops.")
    assert got["Sixth"] == got["Fleet"] == "ORG"
    assert got["Marine"] == got["Corps"] == "ORG" and got["Command"] == "ORG"
