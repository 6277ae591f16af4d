"""nlp/inverted_conditions.py (session 36, threats36): a condition told by inversion ("should X do Y") is parsed
as the "if" clause of the verb it qualifies, whichever arc the parser first gave it. Our own sentences."""
from __future__ import annotations

from detente.nlp.inverted_conditions import mend_inverted_conditions
from detente.nlp import parse_article
from detente.records import Article, DateInfo, Segment, Sentence


def _parsed(text: str) -> Sentence:
    article = Article("dtest", "test.txt", None, "text", text, (Segment(0, "body", 0, len(text)),),
                      DateInfo("2019-03-14", "day", "metadata", "test"))
    return parse_article(article)[0]


def _word(sentence: Sentence, text: str):
    return next(t for t in sentence.tokens if t.text == text)


def test_a_condition_read_as_a_relative_clause_hangs_on_the_verb():
    s = _parsed("Oslo would answer with firm measures should Moscow send warships into the fjord.")
    host, verb, should = _word(s, "answer"), _word(s, "send"), _word(s, "should")
    assert (verb.dep, verb.head) == ("advcl", host.i)
    assert (should.dep, should.lemma) == ("mark", "if")


def test_a_condition_read_as_a_second_complement_hangs_on_the_first():
    s = _parsed("Lima said it would suspend all cooperation with Quito should Ecuador expel its consul.")
    assert (_word(s, "expel").dep, _word(s, "expel").head) == ("advcl", _word(s, "suspend").i)


def test_a_relative_clause_and_a_duty_stay_as_parsed():
    for text in ("Oslo listed the steps that Moscow should take.", "Oslo said Moscow should withdraw its ships."):
        s = _parsed(text)
        assert _word(s, "should").dep == "aux" and _word(s, "should").lemma != "if"
        assert mend_inverted_conditions(s) is s
