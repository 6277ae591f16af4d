"""Session 17 requirement classes (reqs2): a trigger word was there but its entry's requirement failed on a common
form of news wording (a naval flotilla, 'at X' hung on the missile, a visiting leader
welcomed, a restriction ended or suspended, uniformed men released, a '-men' plural left whole), or a word took
another type's sense (an accepted proposal read as yielding).
Each class is tested with our own sentences, and with near misses that keep their old reading or stay uncoded."""
from __future__ import annotations

import pytest

from events_kit import code, parsed, summary
from detente.events.tree import folded_lemmas


def types(sentence: str) -> set[str]:
    return {t for t, _, _ in summary(code(sentence))}


@pytest.mark.parametrize("sentence,expected", [
    # a naval flotilla or squadron sent is a deployment
    ("Kenya dispatched a naval flotilla to the Ugandan coast.", ("MOBILIZE", "KEN", "UGA")),
    ("Kenya sent a naval squadron to the Ugandan coast.", ("MOBILIZE", "KEN", "UGA")),
    # 'at Uganda' hung on the missile, not on the verb
    ("Kenyan forces launched a missile at Uganda.", ("ASSAULT", "KEN", "UGA")),
    # a visiting leader welcomed is hosted
    ("Kenya's president welcomed the visiting Ugandan president in Nairobi.", ("CONSULT", "KEN", "UGA")),
    # a proposal accepted is agreed to, demands accepted are yielded to
    ("Kenya accepted Uganda's proposal for a joint commission.", ("AGREE", "KEN", "UGA")),
    ("Kenya accepted Uganda's demands.", ("CONCEDE", "KEN", "UGA")),
    # restrictions taken away by other verbs than lift and ease
    ("Kenya ended the ban on Ugandan beef.", ("CONCEDE", "KEN", "UGA")),
    ("Kenya suspended the ban on Ugandan beef.", ("CONCEDE", "KEN", "UGA")),
    ("Kenya repealed the ban on Ugandan beef.", ("CONCEDE", "KEN", "UGA")),
    ("Kenya removed the tariffs on Ugandan sugar.", ("CONCEDE", "KEN", "UGA")),
    ("Kenya suspended the sanctions on Uganda.", ("RETREAT", "KEN", "UGA")),
    ("Kenya ended the embargo on Uganda.", ("RETREAT", "KEN", "UGA")),
    # debt relief
    ("Kenya wrote off Uganda's debt.", ("AID", "KEN", "UGA")),
    ("Kenya cancelled Uganda's debt.", ("AID", "KEN", "UGA")),
    # movement and travel
    ("Kenya rushed troops to the Ugandan border.", ("MOBILIZE", "KEN", "UGA")),
    # uniformed men released or returned, like soldiers (a handover of soldiers is CONCEDE by the news golds)
    ("Kenya released three Ugandan gendarmes.", ("RETREAT", "KEN", "UGA")),
    ("Kenya released three Ugandan servicemen.", ("RETREAT", "KEN", "UGA")),
    # light verbs whose noun carries the act
    ("Kenya extended an invitation to Uganda's president.", ("CONSULT", "KEN", "UGA")),
    ("Kenya increased its troop presence on the Ugandan border.", ("MOBILIZE", "KEN", "UGA")),
])
def test_requirement_met_in_another_form(sentence, expected):
    found = summary(code(sentence))
    assert any(e[:len(expected)] == expected for e in found), found


@pytest.mark.parametrize("sentence,absent", [
    ("Kenya launched a missile on Tuesday.", "ASSAULT"),
    ("Kenya welcomed the Ugandan president's decision to withdraw.", "CONSULT"),
    ("Kenya welcomed the release of the Ugandan minister.", "CONSULT"),
    ("Thousands of Kenyans welcomed the Ugandan president.", "CONSULT"),
    ("Kenya removed the Ugandan flag from the building.", "CONCEDE"),
    ("Kenya cancelled the debt talks with Uganda.", "AID"),
    ("Kenya released three Ugandan men.", "RETREAT"),
    ("Kenya released the troop figures for Uganda.", "RETREAT"),
    ("Kenyan banks increased their presence in Uganda.", "MOBILIZE"),
])
def test_requirement_still_guards(sentence, absent):
    assert absent not in types(sentence)


@pytest.mark.parametrize("sentence,kept", [
    ("Kenya suspended imports from Uganda.", "SANCTION"),
    ("Kenya suspended talks with Uganda.", "SANCTION"),
    ("Kenya welcomed Uganda's decision.", "SUPPORT"),
    ("Kenya reopened its border with Uganda.", "CONCEDE"),
    ("Kenya launched a missile on Tuesday.", "MOBILIZE"),
    ("Uganda accepted Kenya's invitation.", "AGREE"),
    ("Uganda declined Kenya's invitation.", "REJECT"),
])
def test_other_readings_kept(sentence, kept):
    assert kept in types(sentence)


def test_a_men_plural_left_whole_reads_as_its_singular():
    _, sentences = parsed("Kenya released three Ugandan servicemen.")
    token = next(t for t in sentences[0].tokens if t.text == "servicemen")
    assert "serviceman" in folded_lemmas(token)
    _, sentences = parsed("The omen was bad.")
    assert folded_lemmas(next(t for t in sentences[0].tokens if t.text == "omen")) == {"omen"}
