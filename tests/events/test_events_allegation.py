"""Reported allegations and denials (events/allegation.py), on our own sentences."""
from __future__ import annotations

import pytest

from events_kit import code, summary


@pytest.mark.parametrize("text, expected", [
    ("Norway said Finnish jets violated its airspace on Monday.", ("ACCUSE", "NOR", "FIN")),
    ("Chile claimed that Peruvian troops had shelled a Chilean border post.", ("ACCUSE", "CHL", "PER")),
    ("Finland said its jets never entered Norwegian airspace.", ("REJECT", "FIN", "NOR")),
    ("Ghana insisted that its patrol boats had not entered Togolese waters.", ("REJECT", "GHA", "TGO")),
    # an intrusion in an adverbial clause of the claim's own verb is claimed too
    ("Norway said the bomber was warned twice after Finnish jets strayed into Norwegian airspace.",
     ("ACCUSE", "NOR", "FIN")),
    ("Chile said a Peruvian patrol boat crossed into its waters on Sunday.", ("ACCUSE", "CHL", "PER")),
])
def test_a_state_telling_of_a_hostile_act_accuses_or_denies(text, expected):
    assert expected in summary(code(text))


def test_the_reported_act_stays_coded_beside_the_claim():
    found = summary(code("Norway said Finnish jets violated its airspace on Monday."))
    assert ("MOBILIZE", "FIN", None) in found or any(t == "MOBILIZE" and s == "FIN" for t, s, _ in found)


@pytest.mark.parametrize("text", [
    "Norway said its jets entered Finnish airspace.",  # its own act
    "Kenyan military sources said Ugandan forces fired rockets at camps near the Ghanaian border.",  # a wire's source
    "Kenyan analysts say that Uganda is now occupying Kenyan land.",  # onlookers speak for no state
    "Chile said Peruvian troops fought rebels in Chile.",  # a place, not a victim
    # force told as the setting of a loss in an adverbial clause is no claim (sent-dev)
    "Ten Chilean soldiers died when their post was shelled by Peruvian troops, the Chilean army said.",
    "Norway said, after the Russian bomber strayed into its airspace, that talks would go on.",  # beside the claim
])
def test_no_claim_without_a_state_speaking_of_an_act_against_itself(text):
    assert not any(e.event_type in ("ACCUSE", "REJECT") and "allegation" in e.rule for e in code(text))


def test_an_intrusion_told_as_background_still_carries_the_speakers_charge():
    """The violation sits in an 'after' clause, background to the escort; the charge is Norway's own act."""
    found = summary(code("Norway claimed its jets escorted the bomber after Finnish pilots ignored warnings over "
                         "the violation of Norwegian airspace."))
    assert ("ACCUSE", "NOR", "FIN") in found


def test_the_claim_is_read_at_the_reporting_verb():
    claim = next(e for e in code("Chile claimed that Peruvian troops had shelled a Chilean border post.")
                 if e.event_type == "ACCUSE")
    assert claim.evidence.trigger == "claimed" and claim.status == "asserted"


def test_a_past_fact_in_a_that_clause_is_no_demand():
    found = summary(code("Ghana insisted that its patrol boats had not entered Togolese waters."))
    assert not any(t == "REQUEST" for t, _, _ in found)
    assert ("REQUEST", "GHA", "TGO") in summary(code("Ghana insisted that Togo withdraw its patrol boats."))


def test_a_verbal_act_coordinated_with_a_reported_clause_is_the_reporters():
    text = "Norway said the clash happened after a raid and accused Finland of breaking the accord."
    assert ("ACCUSE", "NOR", "FIN") in summary(code(text))


def test_a_coordinated_act_keeps_the_reported_subject_when_that_subject_is_a_party():
    text = "Norway said Finland broke the accord and threatened its fishermen."
    assert not any(e.event_type == "THREATEN" and e.source.country == "NOR" for e in code(text))


@pytest.mark.parametrize("text", [
    "Norway said Finnish commanders had been developing plans to attack Norwegian diplomats.",
    "Chile said Peruvian officers were plotting attacks on Chilean troops.",
    "Kenya said Ugandan generals had drawn up a scheme to attack Kenyan border posts.",
    "Kenya said Ugandan generals had hatched a plot to attack Kenyan border posts.",
    "Kenya said Ugandan generals were conspiring to attack Kenyan border posts.",
])
def test_a_plot_told_by_its_target_is_an_accusation_not_a_threat(text):
    found = summary(code(text))
    assert any(t == "ACCUSE" for t, _, _ in found), found
    assert not any(t in ("THREATEN", "ASSAULT") for t, _, _ in found), found


def test_a_plan_to_attack_is_not_a_verbal_attack_on_the_plan():
    # the infinitive has its own object: the noun it modifies is not what is attacked
    found = summary(code("Chile said Peruvian officers were developing plans to attack Chilean troops."))
    assert ("ACCUSE", "CHL", "PER") in found


def test_a_guessed_counterpart_is_no_victim_the_speaker_tells_of():
    # the story's other state guessed as the target (events/counterpart.py) is a bystander like a place
    # (wire4: a battalion moved at home became an accusation of the other state)
    text = "Peru accused Chile of raids. Chile denied it. Peru said Chilean troops fought rebels on Monday."
    assert not any(e.event_type == "ACCUSE" and "allegation" in e.rule for e in code(text))
