"""NLP stage: a headline verb the tagger read as a noun is parsed again (nlp/headline_verbs.py) also when it
hangs as the subject of a following noun ("Chile files complaint with ...") and when the article lands on a
possessive name before the object ("Norway lauds the Denmark's role"), and when one proper name opens the line
and the word after the verb, read as a bare verb, takes no object ("Kenya lifts ban on ...": "lifts" NNS, "ban"
VBP; headline_verbs._one_name_then_bare); the coder then codes the act. A real verb with an object after a noun
subject, or a subject of common words ("Maize prices fall ..."), stays as parsed. Sentences are our own (the
classes of sent-dev11, sent-dev17 and sent-dev21 0131)."""
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
    ("Chile files complaint with Security Council over Peruvian drone flights", "files", ("ACCUSE", "CHL", "PER")),
    ("Bolivia files complaint with United Nations over Chilean troop movements", "files", ("ACCUSE", "BOL", "CHL")),
    ("Norway lauds Denmark's role in Arctic rescue mission", "lauds", ("SUPPORT", "NOR", "DNK")),
    ("Kenya lauds Uganda's role in Juba peace talks", "lauds", ("SUPPORT", "KEN", "UGA")),
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
    ("Uganda sanctions hit Kenya traders hard", "sanctions"),   # the subject of the verb after it stays a noun
    ("Uganda sanctions hit Kenya traders", "sanctions"),  # the next verb takes an object: a real clause
    ("Foreign ministers meet in Nairobi over border row", "ministers"),  # common words open the line: no one name
])
def test_a_subject_noun_stays_a_noun(text, noun):
    token = next(t for t in _parsed(text).tokens if t.text == noun)
    assert not token.tag.startswith("VB")
