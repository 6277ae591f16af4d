"""Who did an act named by a noun or an adjective: commissioned acts, sufferers, and feelings."""
from __future__ import annotations

from events_kit import code, summary


def test_the_one_who_ordered_a_strike_did_it():
    found = summary(code("A Chilean soldier was killed by a drone strike ordered by Peru on Monday."))
    assert ("ASSAULT", "PER", "CHL") in found


def test_a_raid_carried_out_by_a_state_is_its_raid():
    found = summary(code("Two Chilean sailors died in an attack launched by Peruvian forces."))
    assert ("ASSAULT", "PER", "CHL") in found


def test_a_participle_that_does_not_commission_the_act_names_no_doer():
    # reporting an attack is no part in it: Peru reported it, it did not attack
    found = summary(code("Chile said the attack reported by Peru had hit a Bolivian convoy."))
    assert not any(k == "ASSAULT" and s == "PER" for k, s, t in found)


def test_those_who_died_in_an_attack_are_its_victims_not_its_authors():
    found = summary(code("Two Chilean sailors died in an attack on Monday."))
    assert ("ASSAULT", "CHL", None) not in found
    assert ("ASSAULT", None, "CHL") in found  # unnamed doer, named sufferers


def test_dying_as_a_result_of_an_act_is_suffering_it():
    found = summary(code("A Chilean prisoner died as a result of torture on Monday."))
    assert not any(s == "CHL" for k, s, t in found)


def test_a_feeling_reacts_to_its_by_phrase():
    # the parser tags 'disappointed' a participle; its 'by' phrase is what Chile reacts to, not who acts
    found = summary(code("Chile's foreign minister said Chile was deeply disappointed by the decision of Peru."))
    assert ("ACCUSE", "CHL", "PER") in found and ("ACCUSE", "PER", None) not in found


def test_backing_talks_between_two_states_backs_each_and_is_not_returned():
    found = summary(code("Norway supported the talks between Chile and Peru."))
    assert {("SUPPORT", "NOR", "CHL"), ("SUPPORT", "NOR", "PER")} <= found
    assert not any(t == "NOR" for k, s, t in found)  # the parties of the talks did not back Norway


def test_talks_between_two_states_stay_mutual():
    found = summary(code("Talks between Chile and Peru resumed in Oslo on Monday."))
    assert any(k == "CONSULT" and {s, t} == {"CHL", "PER"} for k, s, t in found)


def test_a_broker_consults_each_party_of_the_deal_it_brokered():
    found = summary(code("Chile and Peru agreed to restore relations, a breakthrough brokered by Norway."))
    assert {("CONSULT", "NOR", "CHL"), ("CONSULT", "NOR", "PER")} <= found
    found = summary(code("Norway brokered a truce between Chile and Peru."))
    assert {("CONSULT", "NOR", "CHL"), ("CONSULT", "NOR", "PER")} <= found


def test_co_brokers_are_no_parties_and_do_not_consult_each_other():
    found = summary(code("The deal, which was brokered by Norway and Denmark, expired on Monday."))
    assert not any({s, t} == {"NOR", "DNK"} for k, s, t in found)
    found = summary(code("The truce, brokered by Norway and Denmark, held on Monday."))
    assert not any(k == "AGREE" for k, s, t in found)


def test_a_place_attacked_does_not_do_what_the_attack_did():
    # "that killed" hangs on the base in the parse; the base did not kill, the (unnamed) attackers did
    found = summary(code("The strike follows a rocket attack on a Peruvian military base that killed a Chilean contractor."))
    assert not any(k == "ASSAULT" and s == "PER" for k, s, t in found)
    found = summary(code("The strike follows a Bolivian rocket attack on a Peruvian base that killed a Chilean contractor."))
    assert ("ASSAULT", "BOL", "PER") in found and not any(s == "PER" for k, s, t in found)


def test_duties_measured_by_a_participle_still_strike_the_goods_they_are_on():
    found = summary(code("Chile angered Lima on Monday by announcing anti-dumping duties totalling 40 percent "
                         "on Peruvian wine imports from June 2."))
    assert ("SANCTION", "CHL", "PER") in found


def test_a_projectile_fired_from_a_state_is_that_states_act():
    # sent-dev: "rounds fired from X killed …, prompting Y's artillery to hit back" gave the killing to Y
    found = summary(code("Mortar rounds fired from Peru killed two villagers in a Chilean border town, "
                         "prompting Chilean artillery to hit targets across the frontier."))
    assert ("ASSAULT", "PER", "CHL") in found and ("ASSAULT", "CHL", "CHL") not in found
    found = summary(code("Two rockets launched from Bolivia hit a Chilean village on Sunday."))
    assert ("ASSAULT", "BOL", "CHL") in found


def test_a_projectile_not_said_to_be_fired_from_a_place_names_no_doer():
    found = summary(code("Mortar rounds from the storage depot were found in a Chilean village on Sunday."))
    assert not any(s == "CHL" and k == "ASSAULT" for k, s, t in found)


def test_a_reciprocal_relative_clause_stands_for_the_whole_coordination():
    # sent-dev: "A's president and his B counterpart Z, who last met in 1996, …" gave the meeting to Z alone
    found = summary(code("Chilean President Boric and his Peruvian counterpart Castillo, who last met in 2021, "
                         "sat down for three hours in Lima on Monday."))
    assert any(k == "CONSULT" and {s, t} == {"CHL", "PER"} for k, s, t in found)


def test_a_relative_clause_with_an_object_stays_with_its_own_noun():
    found = summary(code("Chile and its neighbour Peru, which closed the border on Monday, traded accusations."))
    assert not any(k == "SANCTION" and s == "CHL" for k, s, t in found)


def test_the_predicate_noun_of_a_relative_clause_stands_for_the_subject_of_be():
    found = summary(code("Chile was the first country to recognise the new government of Peru."))
    assert ("SUPPORT", "CHL", "PER") in found
    found = summary(code("Chile is the only state that has recognised the new government of Peru."))
    assert ("SUPPORT", "CHL", "PER") in found


def test_an_act_done_on_a_call_is_the_callers_and_aimed_at_the_one_called():
    # "called his counterpart to demand": the infinitive is the caller's purpose, not the counterpart's act
    found = summary(code("Chile's foreign minister called his Peruvian counterpart to demand an explanation."))
    assert ("REQUEST", "CHL", "PER") in found and not any(k == "REQUEST" and s == "PER" for k, s, t in found)


def test_a_request_of_the_object_stays_the_objects_act():
    found = summary(code("Chile urged Peru to release the fishermen."))
    assert ("REQUEST", "CHL", "PER") in found


def test_a_purpose_clause_after_a_call_is_aimed_at_the_one_called():
    # a state protesting arrests complains of them: ACCUSE since reqs4 (triggers.tsv protest rows), PROTEST before
    found = summary(code("Chile called the Peruvian envoy to the ministry to protest the arrests."))
    assert ("ACCUSE", "CHL", "PER") in found
