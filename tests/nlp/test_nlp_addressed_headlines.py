"""NLP stage: a headline "X to Y: <demand>" ("Lima to Quito: withdraw your troops from the border") parsed again
with "urges" in the slot of "to" (nlp/addressed_headlines.py); the coder then codes REQUEST X -> Y ("warns" and
THREATEN for a demand with "or": an ultimatum). Travel
headlines, planned visits and dateline colons are left alone. Sentences are our own."""
import pytest

from detente.actors import entity_names
from detente.events.prefilter import mentions_trigger
from detente.nlp.addressed_headlines import addressed_slot, may_address
from detente.nlp.sentences import parse_sentences
from detente.records import Sentence
from tests.events.events_kit import coded_pages


def _parsed(text: str) -> Sentence:
    (sentence,) = parse_sentences([Sentence("d", 0, 0, "body", 0, len(text), text)], names=entity_names,
                                  worth_entities=lambda _s: True)
    return sentence


DEMANDS = [
    ("Lima to Quito: withdraw your troops from the border", ("REQUEST", "PER", "ECU")),
    ("Hanoi to Beijing: respect our waters", ("REQUEST", "VNM", "CHN")),
    ("Seoul to Tokyo: Lift export curbs now", ("REQUEST", "KOR", "JPN")),
    # an ultimatum: "or face <penalty>" after the demand is THREATEN (events/ultimatums.py, orface29)
    ("Canberra to Jakarta: 'Release the fishing crews or face a closed port'", ("THREATEN", "AUS", "IDN")),
    ("Nairobi to Addis Ababa: hands off our grazing land", ("REQUEST", "KEN", "ETH")),
]


@pytest.mark.parametrize("text,_expected", DEMANDS)
def test_to_is_read_as_the_speaker_s_verb(text, _expected):
    sentence = _parsed(text)
    to = next(t for t in sentence.tokens if t.text == "to")
    assert to.dep == "ROOT" and to.lemma == "urge", [(t.text, t.dep, t.head) for t in sentence.tokens]
    # every token keeps its text and offset in the page
    assert [t.text for t in sentence.tokens] == [text[t.start:t.start + len(t.text)] for t in sentence.tokens]


@pytest.mark.parametrize("text,_expected", DEMANDS)
def test_the_prefilter_lets_the_line_through(text, _expected):
    assert may_address(text) and mentions_trigger(text)


# A demand with "or" and what follows if it is not met is an ultimatum: parsed with "warns", coded THREATEN.
ULTIMATUMS = [
    ("Lima to Quito: withdraw your troops or we will close the border", ("THREATEN", "PER", "ECU")),
    ('Rabat to Algiers: "Reopen the pipeline or the gas deal is over"', ("THREATEN", "MAR", "DZA")),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, set]:
    return coded_pages([t for t, _ in DEMANDS + ULTIMATUMS] + [t for t, _ in NOT_ADDRESSED])


@pytest.mark.parametrize("text,expected", ULTIMATUMS)
def test_an_ultimatum_is_a_threat(coded, text, expected):
    assert expected in coded[text], coded[text]


@pytest.mark.parametrize("text,expected", DEMANDS)
def test_the_demand_is_coded_from_speaker_to_addressee(coded, text, expected):
    assert expected in coded[text], coded[text]


NOT_ADDRESSED = [
    ("Prime minister to visit Ankara next week", "a planned trip: no colon"),
    ("Modi to Washington: what to expect from the visit", "travel: no plain verb after the colon"),
    ("Ulaanbaatar: Beijing reopens border crossing", "a dateline colon: no 'to'"),
    ("Lima to Quito: withdraw your troops from the border.", "a closed sentence is no headline"),
]


@pytest.mark.parametrize("text,why", NOT_ADDRESSED)
def test_other_lines_code_no_request(coded, text, why):
    assert "REQUEST" not in {t for t, _, _ in coded[text]}, why


def test_a_line_without_the_shape_has_no_slot():
    sentence = _parsed("Ulaanbaatar: Beijing reopens border crossing")
    assert addressed_slot(sentence, sentence.text) is None
