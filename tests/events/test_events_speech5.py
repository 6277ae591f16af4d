"""Session 16 (speech5): a state saying another was behind an attack accuses it; a hostile act a state condemns,
named with its doer, is an event of its own."""
from __future__ import annotations

import pytest

from events_kit import code, summary


@pytest.mark.parametrize("text, pair", [
    ("Bolivia said Chile was behind the attack on its border post.", ("ACCUSE", "BOL", "CHL")),
    ("A Bolivian army spokesman said Chile was behind the bombing in the capital.", ("ACCUSE", "BOL", "CHL")),
    ("Kenya said Ugandan troops were behind the shelling of the town.", ("ACCUSE", "KEN", "UGA")),
])
def test_a_state_saying_another_was_behind_an_attack_accuses_it(text, pair):
    events = code(text)
    assert pair in summary(events)
    # the attack is told only as the charge: not coded as the named state's own deed
    assert not any(e.event_type == "ASSAULT" for e in events)


@pytest.mark.parametrize("text", [
    "Chile said its own troops were behind the shelling of the Bolivian town.",  # a state's own act
    "Bolivia said Chile was not behind the attack on the border post.",  # a denial
    "Analysts said Chile was behind the attack on the Bolivian border post.",  # no state speaks
])
def test_no_charge_of_standing_behind_an_attack(text):
    assert not any(e.event_type == "ACCUSE" for e in code(text))


@pytest.mark.parametrize("text, act", [
    ("Norway condemned the Finnish shelling of a Norwegian village.", ("ASSAULT", "FIN", "NOR")),
    ("Kenya denounced Uganda's detention of two Kenyan fishermen on the lake.", ("COERCE", "UGA", "KEN")),
])
def test_a_condemned_act_named_with_its_doer_is_an_event(text, act):
    events = summary(code(text))
    assert act in events
    assert ("ACCUSE", act[2], act[1]) in events  # and the condemnation stays


def test_a_condemned_act_with_no_doer_named_takes_none_from_the_condemning_state():
    events = code("Kenya condemned the attack on the Ugandan embassy.")
    assert not any(e.event_type == "ASSAULT" and e.source.country == "KEN" for e in events)


def test_a_condemned_decision_is_not_released_as_an_act():
    events = summary(code("Norway condemned the Finnish decision to expel the diplomats."))
    assert ("ACCUSE", "NOR", "FIN") in events


@pytest.mark.parametrize("text, pair", [
    ("Bolivia said the Chilean drills constituted a violation of the truce.", ("ACCUSE", "BOL", "CHL")),
    ("Kenya's president told parliament that Uganda's vote on the island amounted to an attempted annexation.",
     ("ACCUSE", "KEN", "UGA")),
    ("Bolivia told reporters that Chile was to blame for the clash.", ("ACCUSE", "BOL", "CHL")),
])
def test_a_reported_equating_verb_predicates_a_censure(text, pair):
    assert pair in summary(code(text))


@pytest.mark.parametrize("text", [
    "Bolivia said the Chilean drills did not constitute a violation of the truce.",  # denied
    "Bolivia said the Chilean offer amounted to a fair deal.",  # no censure
    "Bolivia told Chile that the talks had been useful.",
])
def test_an_equating_verb_without_censure_accuses_nobody(text):
    assert not any(e.event_type == "ACCUSE" for e in code(text))


@pytest.mark.parametrize("text", [
    "Bolivia said Chile was trying to destabilise the region.",
    "Bolivia said Chile had interfered in its internal affairs.",
])
def test_a_reported_scheme_against_a_state_is_a_charge(text):
    assert ("ACCUSE", "BOL", "CHL") in summary(code(text))


@pytest.mark.parametrize("text", [
    "Bolivia said Chile was not trying to destabilise the region.",
    "Bolivia said it would not interfere in Chilean affairs.",
    "Bolivia said Chile blamed Peru for the clash.",  # a charge told, not one Bolivia makes
])
def test_no_charge_of_scheming_when_denied_or_only_told(text):
    assert not any(e.event_type == "ACCUSE" and e.source.country == "BOL" for e in code(text))


SCHEMES = {"destabilize": "Bolivia said Chile had destabilised the region.",
           "meddle": "Bolivia said Chile was meddling in its elections.",
           "interfere": "Bolivia said Chile had interfered in its internal affairs.",
           "subvert": "Bolivia said Chile sought to subvert its government.",
           # session 18 (sentrecall3, sent-dev4: a reported coup plot went uncoded)
           "overthrow": "Bolivia said Chile had tried to overthrow its government.",
           "topple": "Bolivia said Chile had sought to topple its president.",
           "plot": "Bolivia said Chile had plotted against it.",
           "conspire": "Bolivia said Chile had conspired with rebels against its government."}


def test_each_scheming_cue_loads_and_is_a_censure():
    from detente.events.lexicon import cue_words
    assert set(cue_words("scheming")) == set(SCHEMES)
    assert set(SCHEMES) <= set(cue_words("censure"))


@pytest.mark.parametrize("word", sorted(SCHEMES))
def test_each_scheming_cue_is_used(word):
    assert ("ACCUSE", "BOL", "CHL") in summary(code(SCHEMES[word]))


@pytest.mark.parametrize("text, pair", [
    ("Bolivia will recall its ambassador from Santiago should Chile close the border again, a ministry "
     "statement said.", ("THREATEN", "BOL", "CHL")),
    ("Should Chile close the border, Bolivia will expel its ambassador.", ("THREATEN", "BOL", "CHL")),
    ("Bolivia will impose sanctions on Chile should the talks fail.", ("THREATEN", "BOL", "CHL")),
])
def test_a_condition_told_by_inversion_makes_a_conditional_threat(text, pair):
    events = summary(code(text))
    assert pair in events
    # the condition is no act and no obligation ("should" is its mark), and the threat is no charge by the other
    assert not any(t in ("REQUEST", "ACCUSE") for t, _, _ in events)


def test_a_should_of_obligation_keeps_its_reading():
    assert ("REQUEST", "BOL", "CHL") in summary(code("Bolivia said Chile should withdraw its troops from the border."))


def test_an_inverted_condition_is_marked_as_an_if_clause():
    from detente.events.generic import inverted_conditions
    from events_kit import parsed
    _, sentences = parsed("Bolivia will recall its envoy should Chile close the border.")
    tokens = inverted_conditions(sentences[0]).tokens
    should = next(t for t in tokens if t.text == "should")
    recall = next(t for t in tokens if t.text == "recall")
    close = next(t for t in tokens if t.text == "close")
    assert (should.dep, should.lemma) == ("mark", "if") and recall.dep == "ROOT" and close.head == recall.i
