"""NLP stage: a clause's past-tense verb read as its object's adjective ("Seoul scrambled fighter jets"),
parsed again with an article (nlp/participle_verbs.py). Sentences are our own."""
import pytest

from detente.actors import entity_names
from detente.nlp.participle_verbs import participle_slot
from detente.nlp.sentences import parse_sentences
from detente.records import Sentence


def _parsed(text: str) -> Sentence:
    (sentence,) = parse_sentences([Sentence("d", 0, 0, "body", 0, len(text), text)], names=entity_names,
                                  worth_entities=lambda _s: True)
    return sentence


@pytest.mark.parametrize("text,verb", [
    ("Norway scrambled fighter jets after Chilean aircraft entered its airspace.", "scrambled"),
    ("Kenya massed troops and armour along the border with Uganda, Kampala said.", "massed"),
])
def test_the_verb_is_the_clause_verb_again(text, verb):
    sentence = _parsed(text)
    token = next(t for t in sentence.tokens if t.text == verb)
    assert token.pos == "VERB" and token.dep != "amod", [(t.text, t.dep, t.head) for t in sentence.tokens]
    # the added article is gone: every token keeps its text and offset
    assert [t.text for t in sentence.tokens] == [text[t.start:t.start + len(t.text)] for t in sentence.tokens]
    assert len(sentence.tokens) == len(_parsed(text.replace(verb, "x")).tokens)


@pytest.mark.parametrize("text", [
    "Kenyan armed forces attacked the camp near the border.",      # an adjective opens: no name as subject
    "Russian backed rebels attacked the town on Monday.",
    "The armed men seized the boat on Monday.",
    "Norway deployed troops near the border with Chile.",           # already a verb
])
def test_other_sentences_have_no_slot(text):
    assert participle_slot(_parsed(text)) is None
