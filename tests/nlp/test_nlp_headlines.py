"""NLP stage: title-case and capitals headlines re-cased for the parser, and headline verbs read as nouns
parsed again with an article (nlp/headline_case.py, nlp/headline_verbs.py). Headlines are our own."""
import pytest

from detente.actors import entity_names
from detente.nlp.headline_case import is_known, recased, shouted
from detente.nlp.headline_verbs import NOUN_ARCS, agrees, closed
from detente.nlp.sentences import parse_sentences
from detente.records import Sentence

KNOWN = frozenset({"shoot", "jet", "fighter", "reject", "note", "warn", "boat", "fish", "host", "talk", "ambassador"})


def _span(text: str, name: str, label: str) -> tuple[int, int, str]:
    start = text.index(name)
    return start, start + len(name), label


def _parsed(text: str, role: str = "title") -> Sentence:
    (sentence,) = parse_sentences([Sentence("d", 0, 0, role, 0, len(text), text)], names=entity_names,
                                  worth_entities=lambda _s: True)
    return sentence


@pytest.mark.parametrize("text,kind", [
    ("Kenya Shoots Down Ugandan Jet Fighter", "title"),
    ("Bolivia And Peru Reopen Border With Ceremony", "title"),
    ("NORWAY REJECTS DANISH NOTE, WARNS FISHING BOATS", "capitals"),
    ("Kenya shoots down Ugandan jet fighter", None),
    ("Press Release", None),
    ("Peru and Chile", None),
])
def test_title_case_and_capitals_are_told_from_sentence_case(text, kind):
    assert shouted(text) == kind


def test_recased_keeps_length_names_and_acronyms():
    text = "Kenya Shoots Down Ugandan Jet Fighter With EU Help"
    names = [_span(text, "Kenya", "GPE"), _span(text, "Ugandan", "NORP"), _span(text, "EU", "ORG")]
    out = recased(text, names, KNOWN | {"help"})
    assert out == "Kenya shoots down Ugandan jet fighter with EU help"
    assert len(out) == len(text)


def test_recased_capitals_lowers_words_and_capitalises_long_names():
    text = "NORWAY REJECTS DANISH NOTE, WARNS NATO"
    out = recased(text, [_span(text, "NORWAY", "GPE"), _span(text, "DANISH", "NORP"), _span(text, "NATO", "ORG")], KNOWN)
    assert out == "Norway rejects Danish note, warns NATO"


def test_a_word_the_dictionary_lacks_stays_capitalised():
    text = "Okonjo Rejects Kenyan Note"
    assert recased(text, [_span(text, "Kenyan", "NORP")], KNOWN) == "Okonjo rejects Kenyan note"
    assert not is_known("Okonjo", KNOWN) and is_known("Shoots", KNOWN) and is_known("Fishes", KNOWN)


def test_sentence_case_is_left_alone():
    assert recased("Kenya shoots down Ugandan jet", [(0, 5, "GPE")], KNOWN) == "Kenya shoots down Ugandan jet"


def test_title_case_headline_gets_its_verb_and_keeps_its_words_and_offsets():
    text = "Kenya Shoots Down Ugandan Jet Fighter Near Border"
    sentence = _parsed(text)
    shoots = sentence.tokens[1]
    assert shoots.text == "Shoots" and shoots.tag == "VBZ" and shoots.lemma == "shoot"
    assert all(text[t.start:t.start + len(t.text)] == t.text for t in sentence.tokens)


@pytest.mark.parametrize("text,verb", [
    ("Norway vetoes Danish statement on fishing quotas", "vetoes"),
    ("Lima summons Chilean ambassador as fishing row grows", "summons"),
    ("Kenya, Uganda ink border pact at lakeside ceremony", "ink"),
    ("Norway vetoes EU aid package for Chile", "vetoes"),
])
def test_headline_verb_read_as_noun_is_parsed_again(text, verb):
    sentence = _parsed(text)
    token = next(t for t in sentence.tokens if t.text == verb)
    assert token.tag.startswith("VB") and token.dep not in NOUN_ARCS, [(t.text, t.tag, t.dep) for t in sentence.tokens]
    assert "the" not in [t.text for t in sentence.tokens]
    assert all(text[t.start:t.start + len(t.text)] == t.text for t in sentence.tokens)
    assert all(0 <= t.head < len(sentence.tokens) for t in sentence.tokens)


def test_a_noun_that_is_the_next_verbs_subject_stays_a_noun():
    sentence = _parsed("Uganda sanctions hit Kenya traders")
    assert sentence.tokens[1].tag.startswith("NN") and sentence.tokens[2].dep == "ROOT"


def test_only_lines_without_a_closing_stop_and_verbs_that_agree():
    assert closed("Norway vetoes the statement.") and not closed("Norway vetoes Danish statement")
    verbs = frozenset({"veto", "summon", "ink"})
    assert agrees("vetoes", False, verbs) and agrees("summons", False, verbs)
    assert agrees("ink", True, verbs) and not agrees("ink", False, verbs) and not agrees("vetoes", True, verbs)
