"""phrases.pobjs keeps its answers for the sentence being coded (the argument readers ask the same question of one
sentence many times; docs/scaling.md session 25, speed12): the same objects, read once, a new list each time."""
from __future__ import annotations

from dataclasses import replace

from detente.events import phrases
from tests.events.events_kit import parsed

TO = frozenset({"to"})
DATIVE = ("prep", "dative")  # the parser hangs "sent aid to X" on the verb as a dative


def _sentence_and_verb(text: str, lemma: str):
    _art, sentences = parsed(text)
    sentence = sentences[0]
    return sentence, next(t.i for t in sentence.tokens if t.lemma == lemma)


def _counting(monkeypatch) -> list[int]:
    calls: list[int] = []
    real = phrases.children
    monkeypatch.setattr(phrases, "children", lambda s, i: calls.append(i) or real(s, i))
    return calls


def test_the_second_ask_reads_no_dependents(monkeypatch):
    sentence, sent = _sentence_and_verb("Kenya sent aid to Uganda and to Chile on Monday.", "send")
    calls = _counting(monkeypatch)
    first = phrases.pobjs(sentence, sent, TO, DATIVE)
    read = len(calls)
    assert read > 0 and [sentence.tokens[j].text for j in first] == ["Uganda", "Chile"]
    assert phrases.pobjs(sentence, sent, TO, DATIVE) == first
    assert len(calls) == read


def test_a_caller_extending_its_list_changes_no_later_answer():
    sentence, sent = _sentence_and_verb("Kenya sent aid to Uganda on Monday.", "send")
    first = phrases.pobjs(sentence, sent, TO, DATIVE)
    first.append(0)
    assert phrases.pobjs(sentence, sent, TO, DATIVE) == first[:-1]


def test_other_prepositions_labels_and_sentences_are_asked_afresh(monkeypatch):
    sentence, sent = _sentence_and_verb("Kenya sent aid to Uganda on Monday.", "send")
    assert [sentence.tokens[j].text for j in phrases.pobjs(sentence, sent, TO, DATIVE)] == ["Uganda"]
    assert [sentence.tokens[j].text for j in phrases.pobjs(sentence, sent, frozenset({"on"}))] == ["Monday"]
    assert phrases.pobjs(sentence, sent, TO, ("agent",)) == []
    # a copy of the sentence with the preposition's object relabelled is another sentence: never the kept answer
    uganda = next(t for t in sentence.tokens if t.text == "Uganda")
    other = replace(sentence, tokens=tuple(replace(t, dep="npadvmod") if t is uganda else t for t in sentence.tokens))
    assert phrases.pobjs(other, sent, TO, DATIVE) == []
    assert [sentence.tokens[j].text for j in phrases.pobjs(sentence, sent, TO, DATIVE)] == ["Uganda"]


def test_a_plain_set_of_prepositions_is_still_answered():
    sentence, sent = _sentence_and_verb("Kenya sent aid to Uganda on Monday.", "send")
    assert [sentence.tokens[j].text for j in phrases.pobjs(sentence, sent, {"to"}, list(DATIVE))] == ["Uganda"]  # type: ignore[arg-type]
