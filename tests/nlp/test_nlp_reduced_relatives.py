"""NLP stage: a reduced relative clause the parser read as the main verb ("The fishermen held for six days by the
police walked back"), parsed again with "that were" (nlp/reduced_relatives.py). Sentences are our own."""
import pytest

from detente.actors import entity_names
from detente.nlp.reduced_relatives import relative_slot
from detente.nlp.sentences import parse_sentences
from detente.records import Sentence


def _parsed(text: str) -> Sentence:
    (sentence,) = parse_sentences([Sentence("d", 0, 0, "body", 0, len(text), text)], names=entity_names,
                                  worth_entities=lambda _s: True)
    return sentence


def _token(sentence: Sentence, word: str):
    return next(t for t in sentence.tokens if t.text == word)


@pytest.mark.parametrize("text,participle,verb,noun", [
    ("The three Malawian fishermen held for six days by Tanzanian police walked back across the bridge at Songwe "
     "on Friday, officials said.", "held", "walked", "fishermen"),
    ("The two Chilean customs officers held for a week by Peruvian border guards walked back across the line "
     "on Friday evening.", "held", "walked", "officers"),
    ("Five Kenyan traders detained for ten days in Uganda stepped off a bus at Busia on Sunday.",
     "detained", "stepped", "traders"),
])
def test_the_participle_hangs_on_its_noun_and_the_second_verb_heads_the_clause(text, participle, verb, noun):
    sentence = _parsed(text)
    part, main, subject = _token(sentence, participle), _token(sentence, verb), _token(sentence, noun)
    assert part.dep == "acl" and part.head == subject.i, [(t.text, t.dep, t.head) for t in sentence.tokens]
    assert subject.head == main.i and subject.dep == "nsubj", [(t.text, t.dep, t.head) for t in sentence.tokens]
    # the added words are gone: every token keeps its text and offset
    assert [t.text for t in sentence.tokens] == [text[t.start:t.start + len(t.text)] for t in sentence.tokens]
    assert all(t.head < len(sentence.tokens) for t in sentence.tokens)


@pytest.mark.parametrize("text", [
    "The Peruvian officers held talks with Chilean envoys in Lima on Monday.",          # an object: a main verb
    "The fishermen held out for six days and walked back across the bridge.",           # joined by "and"
    "Tanzanian police held the fishermen for six days before they walked back.",        # a name's own act
    "The two Malawian fishermen held for six days by Tanzanian police were freed on Friday.",  # read right already
])
def test_other_sentences_have_no_slot(text):
    assert relative_slot(_parsed(text)) is None
