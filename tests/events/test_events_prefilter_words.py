"""The prefilter's test of requirement kinds that hold only with a given word (session 21): 'inf' needs "to",
'thatclause' "that", 'prepname' and 'objto' one of their prepositions. A sentence it refuses must find no
trigger when parsed anyway (recall safety), and the coder's cheap sentence test stops at its first hit."""
import pytest

from detente.events import could_code, mentions_trigger
from detente.events.prefilter import FUNCTION_WORD_KINDS, could_be_lemma
from detente.events.triggers import find_hits
from detente.nlp import parse_article

from tests.conftest import make_article

SENTENCES = [
    ("The committee has undertaken a review of the harbour fees.", False),  # no to-infinitive
    ("Norway undertook to reduce its fishing fees.", True),
    ("The envoy stood at the podium for an hour.", False),  # 'stand' supports only "behind" a party
    ("The minister stood behind Estonia during the crisis.", True),
    ("The delegate was standing in the rain outside the hall.", False),
]


@pytest.mark.parametrize("sentence, expected", SENTENCES)
def test_word_bound_kinds_pass_only_with_their_word(sentence, expected):
    assert mentions_trigger(sentence) is expected


@pytest.mark.parametrize("sentence", [s for s, expected in SENTENCES if not expected])
def test_a_refused_sentence_finds_no_trigger_when_parsed(sentence):
    parsed = parse_article(make_article(sentence))
    assert parsed and not any(could_code(s) for s in parsed)


def test_the_function_words_pass_when_the_tokenizer_splits_them_off_a_longer_word():
    """spaCy's exceptions cut "thats" into "that" + "s": the word test is a lemma (prefix) test, so it passes."""
    assert could_be_lemma("thats", "that") and could_be_lemma("to", "to")
    # session 23 recall15: "would not hesitate to respond" asks for the word "hesitate" in any of its forms
    assert could_be_lemma("hesitated", "hesitate") and could_be_lemma("hesitating", "hesitate")
    # session 31 orface29: "or face sanctions", "or risk force" ask for a form of face or risk (events/ultimatums.py)
    assert could_be_lemma("face", "face") and could_be_lemma("risking", "risk")
    assert set(FUNCTION_WORD_KINDS) == {"inf", "thatclause", "unhesitating", "refused", "orface"}


def test_could_code_answers_as_the_full_trigger_search():
    texts = ["Chile returned two carvings to Peru.", "The ship returned home after a long voyage.",
             "Kenya and Tanzania signed a border accord in Arusha.", "Markets closed higher on Friday."]
    for sentence in (s for text in texts for s in parse_article(make_article(text))):
        assert could_code(sentence) is bool(find_hits(sentence)), sentence.text
