"""Joining a body, and acts drawn from another party in a subordinate clause (our own sentences)."""
from __future__ import annotations

import pytest

from events_kit import code, summary


@pytest.mark.parametrize("text, expected", [
    ("Finland became the 31st member of NATO on Tuesday.", ("AGREE", "FIN", "NATO")),
    ("Finland formally joined NATO on Tuesday.", ("AGREE", "FIN", "NATO")),
    ("Finland's accession to NATO was completed on Tuesday.", ("AGREE", "FIN", "NATO")),
])
def test_joining_a_body_is_an_agreement_with_it(text, expected):
    assert expected in summary(code(text))


def test_a_person_joining_a_club_is_no_interstate_event():
    assert not any(e.target and e.target.country for e in code("The striker joined a club in Oslo last year."))


def test_joining_is_never_with_the_story_counterpart():
    text = ("Norway warned Finland over its plans. Finland rejected the warning from Norway. "
            "Few thought that Finland would become a member.")
    assert not any(e.event_type == "AGREE" and e.target and e.target.country == "NOR" for e in code(text))


def test_a_warning_drawn_from_another_state_in_a_relative_clause_is_its_own_event():
    sentence = ("Finland became the 31st member of NATO, in a historic shift that drew an angry "
                "warning of countermeasures from Norway.")
    found = summary(code(sentence))
    assert ("AGREE", "FIN", "NATO") in found and ("THREATEN", "NOR", None) in found
    story = summary(code("Norway has long opposed Finland's plans. " + sentence))  # Finland, the story's other state
    assert ("THREATEN", "NOR", "FIN") in story


@pytest.mark.parametrize("text, expected", [
    ("Norway condemned the raid while calling on Finland to release the crew.", ("REQUEST", "NOR", "FIN")),
    ("Kenya praised the deal while urging Uganda to open its border.", ("REQUEST", "KEN", "UGA")),
])
def test_a_subjectless_participle_after_while_or_after_is_the_subjects_own_act(text, expected):
    assert expected in summary(code(text))


def test_a_joining_never_borrows_the_subject_of_the_clause_above():
    text = "Norway said it would strengthen its forces in the north in response to Finland joining NATO."
    assert not any(e.event_type == "AGREE" and e.source.country == "NOR" for e in code(text))
