"""Failure classes eval/wire58 showed (session 35, helper pages58), each a general fact of news English: an act
awaited in a present-tense "until" clause has not happened; a verb the tagger read as past tense (VBD) but the parser
hung on a document noun as a participle is that noun's own verb; a date naming a deadline ("the June 30 deadline")
does not date the act. Sentences written for these tests."""
from __future__ import annotations

from events_kit import coded_pages

from detente.events import date_scope
from detente.events.dates import find_dates


def _types(text: str) -> set[tuple]:
    return coded_pages([text])[text]


def test_an_act_awaited_in_a_present_until_clause_is_not_coded_as_done():
    found = _types("Ghana halts Togolese cocoa at Aflao until Lome reopens the border")
    assert not any(kind == "CONCEDE" for kind, _, _ in found), found


def test_a_past_until_clause_still_tells_what_happened():
    found = _types("Fighting went on until Kenya withdrew its troops from the border.")
    assert ("RETREAT", "KEN", None) in found or any(kind == "RETREAT" for kind, _, _ in found), found


def test_a_true_participle_after_a_noun_stays_a_participle():
    from detente.events.tree import past_tense_participle
    from events_kit import parsed
    _, sentences = parsed("A town called Tumba was shelled on Sunday.")
    (sentence,) = sentences
    called = next(t for t in sentence.tokens if t.text == "called")
    kids = [t for t in sentence.tokens if t.head == called.i and t.i != called.i]
    assert not past_tense_participle(called, sentence.tokens[called.head], kids)


def test_a_date_naming_a_deadline_does_not_date_the_act():
    sentence = "Kenya has not accepted the June 30 deadline, officials said."
    (mention,) = find_dates(sentence)
    assert date_scope.bounds_a_state(sentence, mention)
    other = "Kenya withdrew its troops on June 30, officials said."
    assert not date_scope.bounds_a_state(other, find_dates(other)[0])
