"""Who the parties of an event are when the text names them in one phrase, through a body's organ, or
leaves them to the story (issue #11: arguments on real news). Our own sentences, full actors stage."""
from __future__ import annotations

from helpers import events_of, mentions_of


def test_states_named_in_one_phrase_beside_another_party_are_one_side():
    found = events_of("Kenya's president and the foreign ministers of Uganda and Tanzania signed the accords "
                      "on Monday.")
    assert {("AGREE", "KEN", "UGA"), ("AGREE", "KEN", "TZA")} <= found
    assert not {("AGREE", "UGA", "TZA"), ("AGREE", "TZA", "UGA")} & found


def test_states_named_in_one_phrase_alone_are_the_two_parties():
    found = events_of("The foreign ministers of Uganda and Tanzania met in Arusha on Monday.")
    assert {("CONSULT", "UGA", "TZA"), ("CONSULT", "TZA", "UGA")} & found


def test_who_condemned_an_attack_is_not_its_attacker():
    for body in ("The attack, condemned by Germany, killed three Kenyan soldiers on Monday.",
                 "The attack on the Kenyan embassy condemned by Germany killed three guards."):
        assert not any(t == "ASSAULT" and s == "DEU" for t, s, _ in events_of(body)), body


def test_who_signed_a_deal_is_still_its_party():
    found = events_of("The deal, signed by Kenya and Uganda on Monday, ends the dispute.")
    assert {("AGREE", "KEN", "UGA"), ("AGREE", "UGA", "KEN")} & found


def test_an_agreement_kept_or_broken_is_no_new_agreement():
    for body in ("Kenya said Ugandan troops had seriously violated the consensus of the two sides on Monday.",
                 "Kenya said Uganda must respect the consensus of the two sides."):
        assert not any(t == "AGREE" for t, _, _ in events_of(body)), body
    assert any(t == "AGREE" for t, _, _ in events_of("Kenya and Uganda reached a consensus on the border on Monday."))


def test_every_two_members_of_a_between_list_are_parties():
    found = events_of("The agreement, which was reached between Kenya, Uganda and Tanzania in Nairobi this week, "
                      "ends the dispute.")
    pairs = {frozenset((s, t)) for k, s, t in found if k == "AGREE" and t}
    assert {frozenset(("KEN", "UGA")), frozenset(("KEN", "TZA")), frozenset(("UGA", "TZA"))} <= pairs


def test_each_state_listed_in_an_argument_s_from_phrase_is_a_party():
    found = events_of("Kenya's president hosted delegations from Uganda and Tanzania for talks on Monday.")
    assert {("CONSULT", "KEN", "UGA"), ("CONSULT", "KEN", "TZA")} <= found
    found = events_of("Delegations from Uganda and Tanzania met Kenyan officials in Nairobi on Monday.")
    assert {("CONSULT", "UGA", "KEN"), ("CONSULT", "TZA", "KEN")} <= found
    assert not {("CONSULT", "UGA", "TZA"), ("CONSULT", "TZA", "UGA")} & found


def test_a_body_s_organ_acts_for_the_body():
    body = "The North Atlantic Council met on Tuesday, and the AU Peace and Security Council suspended Niger."
    codes = {m.text: m.country for m in mentions_of(body)}
    assert codes.get("North Atlantic Council") == "NATO" and codes.get("AU Peace and Security Council") == "IGO"
    assert ("SANCTION", "IGO", "NER") in events_of("The AU Peace and Security Council suspended Niger on Monday.")


def test_where_a_body_meets_is_no_party_to_its_meeting():
    found = events_of("The North Atlantic Council will meet in Brussels on Tuesday after the downing of the jet.")
    assert ("CONSULT", "NATO", None) in found and ("CONSULT", "NATO", "BEL") not in found
    assert ("CONSULT", "NATO", "UKR") in events_of("NATO ministers met Ukraine's foreign minister in Brussels on Tuesday.")


def test_a_threat_read_as_a_noun_phrase_keeps_its_actor_and_target():
    # the parser reads "threatened force" as a noun phrase coordinated with "sanctions"
    found = events_of("Kenya imposed sanctions and threatened force on Uganda's leaders on Sunday.")
    assert {("SANCTION", "KEN", "UGA"), ("THREATEN", "KEN", "UGA")} <= found


def test_seizing_power_at_home_is_not_aimed_at_the_story_s_other_state():
    body = ("Chile expelled Peru's ambassador on Monday. Peru called the move hostile, and Peru recalled its own "
            "envoy. Relations have soured since the army seized power last year. "
            "Chile later recalled its ambassador.")
    found = events_of(body)
    assert not any(t == "COERCE" and g for t, _, g in found)
    assert ("SANCTION", "CHL", "PER") in found  # a recall with no state named still takes the counterpart


def test_support_that_will_continue_is_support_under_way_not_a_promise():
    found = events_of("Kenya will continue to support Uganda and Tanzania as they rebuild their ties.")
    assert {("SUPPORT", "KEN", "UGA"), ("SUPPORT", "KEN", "TZA")} <= found
    assert not any(t == "AGREE" for t, _, _ in found)
    assert ("AGREE", "KEN", "UGA") in events_of("Kenya will support Uganda's bid for the seat next year.")
