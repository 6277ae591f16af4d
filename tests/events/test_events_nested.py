"""Acts nested in another clause that are events of their own (session 11, nested): our own sentences."""
from __future__ import annotations

import pytest

from events_kit import code, summary


@pytest.mark.parametrize("text, expected", [
    ("Kenya refused a Ugandan request to hand over the suspects.", ("REQUEST", "UGA", "KEN")),
    ("Kenyan engineers landed in Uganda two days after Uganda's written request for help.", ("REQUEST", "UGA", "KEN")),
    ("Kenya rejected Ugandan accusations that it had armed the rebels.", ("ACCUSE", "UGA", "KEN")),
])
def test_a_request_with_its_maker_named_is_that_makers_event(text, expected):
    assert expected in summary(code(text))


def test_the_answer_to_the_request_stays_coded():
    found = summary(code("Kenya refused a Ugandan request to hand over the suspects."))
    assert ("REJECT", "KEN", "UGA") in found


def test_a_verb_judging_the_request_does_not_make_its_subject_the_addressee():
    found = summary(code("Norway backed Finland's call for restraint."))
    assert ("SUPPORT", "NOR", "FIN") in found and ("REQUEST", "FIN", "NOR") not in found


def test_a_request_left_unanswered_was_still_made():
    found = [e for e in code("Chile said Kenya had not addressed Ugandan demands.") if e.event_type == "REQUEST"]
    assert found and all(e.status == "asserted" for e in found)


def test_an_unowned_request_stays_part_of_the_refusal():
    assert not any(e.event_type == "REQUEST" for e in code("Chile rejected the demand to withdraw from Peru."))


@pytest.mark.parametrize("text, expected", [
    ("Chile expelled the Peruvian ambassador after accusing Peru of spying.", ("ACCUSE", "CHL", "PER")),
    ("Chile gave the Peruvian ambassador 72 hours to leave after describing remarks by the Peruvian president "
     "as hostile.", ("ACCUSE", "CHL", "PER")),
])
def test_an_after_gerund_is_the_subjects_earlier_act(text, expected):
    found = summary(code(text))
    assert expected in found and ("SANCTION", "CHL", "PER") in found


@pytest.mark.parametrize("text, expected", [
    ("Kenya asked Uganda to free three Kenyan fishermen who were arrested by Ugandan police on Sunday.",
     ("COERCE", "UGA", "KEN")),
    ("Norway met a delegation from Finland, which has asked Norway to train its border guards.",
     ("REQUEST", "FIN", "NOR")),
])
def test_a_past_relative_clause_with_its_own_doer_is_an_event(text, expected):
    assert expected in summary(code(text))


def test_a_relative_pronoun_object_stands_for_the_noun_it_follows():
    found = summary(code("The Norwegian envoy, who was summoned by Finland on Monday, left Helsinki."))
    assert ("ACCUSE", "FIN", "NOR") in found


@pytest.mark.parametrize("text", [
    "Chile, which signed a treaty with Peru in 1929, has never recognised the claim.",  # quoted history
    "Kenya condemned Finnish leader Ole Olsen, who has vowed not to return the islands to Norway.",  # a vow
])
def test_history_and_vows_in_relative_clauses_stay_background(text):
    assert not any((s, t) in (("CHL", "PER"), ("FIN", "NOR")) for _, s, t in summary(code(text)))


def test_a_vow_to_retaliate_threatens_its_object():
    assert ("THREATEN", "KEN", "UGA") in summary(code("Kenya vowed to retaliate against Uganda."))


@pytest.mark.parametrize("text", [
    "Norway said Finland should withdraw its troops from the border.",
    "Norway said Finland owed compensation to the families and should withdraw its troops.",
])
def test_what_a_speaker_says_another_state_should_do_is_a_demand(text):
    assert ("REQUEST", "NOR", "FIN") in summary(code(text))


def test_a_call_on_both_sides_is_no_demand():
    found = summary(code("Norway said that Norway and Finland should work together against smugglers."))
    assert not any(t == "REQUEST" for t, _, _ in found)


@pytest.mark.parametrize("text", [
    "Norway held Peru responsible for the attack on its embassy.",  # the parser: 'responsible' an adverbial clause
    "Kenya holds Uganda accountable for the deaths of its soldiers.",  # the parser: a small clause
])
def test_holding_a_state_responsible_accuses_it(text):
    found = summary(code(text))
    assert any(t == "ACCUSE" and s in ("NOR", "KEN") and g in ("PER", "UGA") for t, s, g in found)


def test_holding_talks_is_no_accusation():
    assert not any(t == "ACCUSE" for t, _, _ in summary(code("Kenya held talks with Uganda.")))


def test_an_accusation_after_a_perfect_in_a_denied_clause_is_the_deniers():
    text = "Kenya denied that its troops had fired first and accused Uganda of provoking the clash."
    found = summary(code(text))
    assert ("ACCUSE", "KEN", "UGA") in found and ("REJECT", "KEN", "UGA") in found


def test_a_perfect_shared_by_two_participles_stays_one_clause():
    found = summary(code("Norway said Finland had crossed the border and fired on a Norwegian post."))
    assert not any(t == "ASSAULT" and s == "NOR" for t, s, _ in found)
