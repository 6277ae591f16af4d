"""NLP stage: a headline's two names joined by a comma ("Chile, Peru seal fisheries accord") parsed again with
"and" in the comma's place (nlp/headline_pairs.py); and the coder then gives both parties. Sentences are our own."""
import pytest

from detente.actors import entity_names
from detente.nlp.headline_pairs import pair_slot
from detente.nlp.sentences import parse_sentences
from detente.records import Sentence
from tests.events.events_kit import coded_pages


def _parsed(text: str) -> Sentence:
    (sentence,) = parse_sentences([Sentence("d", 0, 0, "body", 0, len(text), text)], names=entity_names,
                                  worth_entities=lambda _s: True)
    return sentence


PAIRS = [
    ("Chile, Peru seal fisheries accord", ("AGREE", "CHL", "PER")),
    ("Kenya, Uganda ink deal to end border row", ("AGREE", "KEN", "UGA")),
    ("Ghana, Togo hold joint commission in Accra", ("CONSULT", "GHA", "TGO")),
    ("Norway, Denmark sever ties with Bolivia over envoy remarks", ("SANCTION", "NOR", "BOL")),
    ("Peru, Bolivia troops trade fire along border", ("ASSAULT", "BOL", "PER")),
]


@pytest.mark.parametrize("text,_expected", PAIRS)
def test_the_comma_is_read_as_a_conjunction(text, _expected):
    sentence = _parsed(text)
    comma = next(t for t in sentence.tokens if t.text == ",")
    assert comma.dep == "cc" and any(t.dep == "conj" and t.head < comma.i for t in sentence.tokens), \
        [(t.text, t.dep, t.head) for t in sentence.tokens]
    # every token keeps its text and offset in the page
    assert [t.text for t in sentence.tokens] == [text[t.start:t.start + len(t.text)] for t in sentence.tokens]


@pytest.fixture(scope="module")
def coded() -> dict[str, set]:
    return coded_pages([t for t, _ in PAIRS])


@pytest.mark.parametrize("text,expected", PAIRS)
def test_both_parties_are_coded(coded, text, expected):
    assert expected in coded[text], coded[text]


NO_PAIR = [
    ("Chile, Peru sign fisheries accord.", "a closed sentence is no headline"),
    ("Nairobi, Kenya announces new visa rules for Ugandan traders", "a place and its state: a singular verb"),
    ("Chile, Peru and Bolivia sign fisheries accord", "a list with 'and' already"),
    ("Talks in Lima, Peru resume on Monday", "no name opens the line"),
]


@pytest.mark.parametrize("text,why", NO_PAIR)
def test_other_lines_have_no_slot(text, why):
    sentence = _parsed(text)
    assert pair_slot(sentence, sentence.text) is None, why
