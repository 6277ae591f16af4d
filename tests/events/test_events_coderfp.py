"""Session 16 (coderfp): false readings found on sentences written blind by precision6 and a new-user review.
Each class is tested with several phrasings of our own and with near misses that must stay as they are.

- an act hung on the gerund of "accused X of ...", "blamed X for ...", "stopped X from ..." is not the
  accuser's (events/roles.py _object_controlled);
- "summoned the head of X's liaison office to protest": the summoner protests, and the one summoned is its
  addressee (cues.tsv means); the head of a mission summoned is a summons (triggers.tsv summon);
- an act inside an indefinite subject of a "would" clause is supposed, not done (generic.supposed_subject);
- a crowd in its own state acting on a state organ the text gives no state is at home, never aimed at the
  story's other state (events/role_actors.py home_rulers)."""
from __future__ import annotations

from dataclasses import replace

import pytest

from detente.events import code_events
from detente.events.role_actors import home_rulers
from detente.records import Actor, Mention
from events_kit import code, mentions_for, parsed, summary


def with_state(text: str) -> set[tuple]:
    return {(t, s, g) for t, s, g in summary(code(text)) if s}


# --- the act of an accused, blamed or stopped object (roles._object_controlled) -----------------------------

@pytest.mark.parametrize("text, accuser", [
    ("Kenya accused Ugandan troops of shelling a village, wounding two civilians.", "KEN"),
    ("Kenya blamed Ugandan troops for raiding a border post, wounding three guards.", "KEN"),
    ("Chile condemned Peru for seizing a fishing boat, detaining its crew.", "CHL"),
])
def test_an_act_hung_on_the_accused_act_is_not_the_accuser_s(text, accuser):
    found = with_state(text)
    assert not any(t in ("ASSAULT", "COERCE") and s == accuser for t, s, _ in found), found
    assert any(t == "ACCUSE" and s == accuser for t, s, _ in found), found


@pytest.mark.parametrize("text, kept", [
    ("Ugandan troops shelled a village, wounding two Kenyan civilians.", ("ASSAULT", "UGA", "KEN")),
    # 'by' tells how the subject itself acted
    ("Kenya responded by shelling Ugandan positions, wounding two soldiers.", ("ASSAULT", "KEN", None)),
    # what a subject draws or faces for its own act (cues.tsv reception) keeps the subject
    ("Kenya drew criticism for shelling a village, wounding two Ugandan civilians.", ("ASSAULT", "KEN", "UGA")),
])
def test_the_subject_s_own_act_keeps_its_doer(text, kept):
    assert kept in with_state(text), with_state(text)


@pytest.mark.parametrize("text", [
    "Chile accused Peru of sending troops to the border, violating the 1929 treaty.",
    "Kenya accused Uganda of sending troops across the border, attacking a police post.",
])
def test_a_second_accused_act_is_not_the_accuser_s_either(text):
    found = with_state(text)
    assert {t for t, s, _ in found if s in ("CHL", "KEN")} == {"ACCUSE"}, found


# --- a summons made to protest (cues.tsv means: summon) -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Kenya summoned the head of the Ugandan liaison office in Nairobi to protest.",
    "Chile summoned the head of the Peruvian liaison office to protest.",
])
def test_the_summoner_protests_to_the_one_summoned(text):
    found = summary(code(text))
    protests = {(s, g) for t, s, g in found if t in ("PROTEST", "ACCUSE")}
    assert protests and all(s in ("KEN", "CHL") for s, _ in protests), found
    assert all(g in ("UGA", "PER") for _, g in protests), found


@pytest.mark.parametrize("text, pair", [
    ("Kenya summoned the head of the Ugandan mission in Nairobi over the shooting.", ("KEN", "UGA")),
    ("Chile summoned the chief of the Peruvian embassy on Monday.", ("CHL", "PER")),
])
def test_the_head_of_a_mission_summoned_is_a_summons(text, pair):
    # triggers.tsv summon: a mission, embassy, consulate or liaison office as the object's 'of' phrase
    assert ("ACCUSE", *pair) in with_state(text), with_state(text)


def test_a_summoned_head_of_a_home_body_is_no_summons():
    found = with_state("Kenya summoned the head of the police over the shooting.")
    assert not any(t == "ACCUSE" for t, *_ in found), found


def test_an_object_persuaded_to_act_stays_the_doer():
    found = summary(code("Chile persuaded Peru to withdraw its troops."))
    assert ("RETREAT", "PER", None) in found, found


# --- a crowd's own rulers (role_actors.home_rulers) ---------------------------------------------------------

STORY = "Kenya and Uganda traded accusations after a clash on the lake. "


def _with_organ(text: str, word: str, country: str | None, how: str) -> set[tuple]:
    """Code with `word` resolved as the actors stage resolves a bare organ: sector GOV, its state guessed
    from the document context (or named). Only the events of the sentence after the story's opening."""
    art, sentences = parsed(text)
    extra = []
    for s in sentences:
        for t in s.tokens:
            if t.text == word:
                extra.append(Mention(s.index, t.i, t.i, t.i, t.start, t.start + len(t.text), t.text, country, "GOV",
                                     "role", f"{word} → role '{word}' (GOV) + {how}", ""))
    events = code_events(art, sentences, mentions_for(sentences) + tuple(extra))
    return summary(tuple(e for e in events if e.evidence.sentence_index > 0))  # not the story's opening line


@pytest.mark.parametrize("text, word", [
    (STORY + "Protesters in Nairobi accused the government of failing to protect the fishermen.", "government"),
    (STORY + "Demonstrators in Nairobi accused the authorities of weakness.", "authorities"),
])
def test_a_crowd_at_home_accusing_its_rulers_is_aimed_at_no_other_state(text, word):
    found = _with_organ(text, word, "KEN", "country KEN from document context (main country)")
    assert not any(t == "ACCUSE" and s == "KEN" and g == "UGA" for t, s, g in found), found
    assert ("ACCUSE", "KEN", None) in found, found


def test_a_crowd_accusing_another_state_s_government_keeps_it():
    found = _with_organ(STORY + "Protesters in Nairobi accused the Ugandan government of killing fishermen.",
                        "government", "UGA", "country UGA from 'Ugandan'")
    assert ("ACCUSE", "KEN", "UGA") in found, found


def test_only_a_crowd_s_act_on_an_unowned_organ_stays_at_home():
    guessed = Actor("the government", "KEN", "GOV", "government → role (GOV) + country KEN from document context")
    crowd = Actor("Protesters in Nairobi", "KEN", "CVL", "civilians in Nairobi")
    assert home_rulers(crowd, guessed)
    assert home_rulers(Actor("Demonstrators in Kampala", "UGA", "CVL", "civilians in Kampala"), guessed)
    assert not home_rulers(Actor("Kenya", "KEN", None, "country"), guessed)  # a state's charge stays abroad
    assert not home_rulers(crowd, Actor("the Ugandan government", "UGA", "GOV", "country UGA from 'Ugandan'"))
    assert not home_rulers(crowd, Actor("Uganda", "UGA", None, "country"))


# --- an act supposed in the subject of a "would" clause (generic.supposed_subject) ---------------------------

@pytest.mark.parametrize("text", [
    "Any Kenyan attempt to blockade the Ugandan port would be costly for the region.",
    "Analysts said a Chilean decision to recall its ambassador from Peru would hurt trade.",
    "Observers said an Ugandan move to close the border with Kenya could ruin traders.",
])
def test_an_act_inside_a_supposed_subject_is_not_coded(text):
    assert with_state(text) == set(), with_state(text)


@pytest.mark.parametrize("text, kept", [
    ("A Kenyan attempt to blockade the Ugandan port failed on Monday.", ("COERCE", "KEN", "UGA")),
    ("Kenya's decision to close the border with Uganda hurt traders.", ("SANCTION", "KEN", "UGA")),
    ("Kenya warned that any attack on its boats would be met with force.", ("THREATEN", "KEN", None)),
])
def test_a_real_attempt_or_decision_and_a_conditional_threat_stay(text, kept):
    assert kept in with_state(text), with_state(text)
