"""NLP stage: a headline verb the tagger read as a plural noun, the subject of the next word read as a bare verb
("Kenya lifts ban on ...": "lifts" NNS, "ban" VBP), is parsed again (nlp/headline_verbs.py _one_name_then_bare)
when one proper name opens the line and that next word takes no object; the coder then codes the act (sent-dev21
0131, sent-dev7 0189, sent-dev20 0016's class). A real verb with an object after a noun subject, or a subject of
common words ("Maize prices fall ..."), stays as parsed. Sentences are our own."""
import pytest

from detente.actors import entity_names
from detente.nlp.sentences import parse_sentences
from detente.records import Sentence
from tests.events.events_kit import coded_pages


def _parsed(text: str) -> Sentence:
    (sentence,) = parse_sentences([Sentence("d", 0, 0, "body", 0, len(text), text)], names=entity_names,
                                  worth_entities=lambda _s: True)
    return sentence


HEADLINES = [
    ("Kenya lifts ban on Ugandan sugar after talks", "lifts", ("CONCEDE", "KEN", "UGA")),
    ("Chile signs deal for six Peruvian patrol boats", "signs", ("AGREE", "CHL", "PER")),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, set]:
    return coded_pages([t for t, _, _ in HEADLINES])


@pytest.mark.parametrize("text,verb,_expected", HEADLINES)
def test_the_verb_is_the_clause_verb_again(text, verb, _expected):
    sentence = _parsed(text)
    token = next(t for t in sentence.tokens if t.text == verb)
    assert token.tag.startswith("VB"), [(t.text, t.tag, t.dep, t.head) for t in sentence.tokens]
    assert [t.text for t in sentence.tokens] == [text[t.start:t.start + len(t.text)] for t in sentence.tokens]


@pytest.mark.parametrize("text,_verb,expected", HEADLINES)
def test_the_act_is_coded(coded, text, _verb, expected):
    assert expected in coded[text], coded[text]


@pytest.mark.parametrize("text,noun", [
    ("Uganda sanctions hit Kenya traders", "sanctions"),  # the next verb takes an object: a real clause
    ("Foreign ministers meet in Nairobi over border row", "ministers"),  # common words open the line: no one name
])
def test_a_subject_noun_stays_a_noun(text, noun):
    token = next(t for t in _parsed(text).tokens if t.text == noun)
    assert not token.tag.startswith("VB")
