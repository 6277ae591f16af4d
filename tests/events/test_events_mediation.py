"""Brokers, mediators and hosts consult each side of the talks or deal they broker (events/mediation.py).

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest
from events_kit import code, parsed, summary, mentions_for

from detente.events.mediation import broker_words, brokers

# one sentence per broker word of data/mediation.tsv: (word, sentence, broker, sides)
BROKERED = [
    ("broker", "Ghana and Togo resumed talks brokered by Norway.", "NOR", {"GHA", "TGO"}),
    ("mediate", "Kenya and Uganda reached an agreement in talks mediated by Norway.", "NOR", {"KEN", "UGA"}),
    ("facilitate", "Chile and Peru exchanged prisoners in a swap facilitated by Norway.", "NOR", {"CHL", "PER"}),
    ("host", "Chile and Peru signed the accord at a summit hosted by Norway.", "NOR", {"CHL", "PER"}),
    ("sponsor", "Ghana and Togo agreed to a ceasefire sponsored by Norway.", "NOR", {"GHA", "TGO"}),
    ("witness", "Kenya and Uganda signed a border treaty witnessed by Denmark.", "DNK", {"KEN", "UGA"}),
    ("preside", "Chile and Peru signed the pact at a ceremony presided over by Norway.", "NOR", {"CHL", "PER"}),
    ("auspex", "Ghana and Togo held talks under the auspices of Norway.", "NOR", {"GHA", "TGO"}),
    ("aegis", "Kenya and Uganda resumed negotiations under the aegis of Denmark.", "DNK", {"KEN", "UGA"}),
    ("mediation", "Chile and Peru thanked Norway for its mediation.", "NOR", {"CHL", "PER"}),
    ("mediator", "Ghana and Togo reached a deal through Norwegian mediators.", "NOR", {"GHA", "TGO"}),
    ("facilitation", "Kenya and Uganda signed the agreement with the facilitation of Norway.", "NOR", {"KEN", "UGA"}),
    ("sponsorship", "Chile and Peru held talks under Norway's sponsorship.", "NOR", {"CHL", "PER"}),
    ("help", "Chile and Peru reached the deal with the help of Norway.", "NOR", {"CHL", "PER"}),
    ("assistance", "Ghana and Togo exchanged prisoners with Norway's assistance.", "NOR", {"GHA", "TGO"}),
    ("invitation", "Kenya and Uganda held talks in Oslo at Norway's invitation.", "NOR", {"KEN", "UGA"}),
]


@pytest.mark.parametrize("word,text,broker,sides", BROKERED)
def test_the_broker_consults_each_side(word, text, broker, sides):
    coded = summary(code(text))
    assert {("CONSULT", broker, side) for side in sides} <= coded, coded


def test_every_broker_word_loads_and_is_used():
    listed = {w for kind in broker_words().values() for w in kind}
    used = set()
    for word, text, _, _ in BROKERED:
        _, sentences = parsed(text)
        found = brokers(sentences[0], list(mentions_for(sentences)))
        tokens = [sentences[0].tokens[b.token] for b in found]
        assert any(word in (t.lemma.lower(), t.text.lower()) for t in tokens), (word, text)
        used.add(word)
    assert listed == used


def test_the_sides_stay_partners_of_each_other():
    # the 'with' phrase of the broker is no partner: A and B agree (and swap) with each other
    coded = summary(code("Chile and Peru reached the deal with the help of Norway."))
    assert ("AGREE", "CHL", "PER") in coded and ("AGREE", "CHL", "NOR") not in coded
    swapped = summary(code("Ghana and Togo exchanged prisoners with Norway's assistance."))
    assert {("RETREAT", "GHA", "TGO"), ("RETREAT", "TGO", "GHA")} <= swapped
    assert not any(target == "NOR" for kind, _, target in swapped if kind == "RETREAT")


def test_hyphenated_broker_and_the_sides_of_the_exchange():
    coded = summary(code("Kenya and Uganda swapped prisoners in a Norway-brokered exchange."))
    assert {("CONSULT", "NOR", "KEN"), ("CONSULT", "NOR", "UGA")} <= coded


def test_an_envoy_meeting_under_a_third_states_auspices():
    coded = summary(code("A Kenyan envoy met Uganda's foreign minister in Oslo under Norway's auspices."))
    assert ("CONSULT", "KEN", "UGA") in coded
    assert {("CONSULT", "NOR", "KEN"), ("CONSULT", "NOR", "UGA")} <= coded


def test_the_thankers_are_the_sides_not_the_mediators_partners():
    # "its mediation" is Norway's; the noun must not pair the two thankers as consulting each other
    events = code("Chile and Peru thanked Norway for its mediation.")
    assert not any(e.event_type == "CONSULT" and e.source.country == "CHL" and e.target and e.target.country == "PER"
                   for e in events)


@pytest.mark.parametrize("text", [
    "Denmark offered to mediate between Ghana and Togo.",
    "Finland said it was ready to host talks between Kenya and Uganda.",
    "Finland's president will visit Kenya and Uganda to mediate in the border dispute.",
    "Uganda agreed to Norwegian mediation in its talks with Kenya.",
])
def test_a_mediation_offered_planned_or_accepted_has_not_met_the_sides(text):
    assert not any(e.rule.startswith("mediation:") for e in code(text))


def test_a_broker_word_not_attached_to_the_deal_names_no_sides():
    # the swap and the hosting are two things: Norway hosted a festival, not the exchange
    events = code("Chile and Peru exchanged prisoners, and Norway's capital hosted a music festival.")
    assert not any(e.rule.startswith("mediation:") for e in events)


def test_a_meeting_announced_for_both_parties_is_a_pending_meeting():
    events = [e for e in code("Chile and Peru will hold talks in Oslo next month.") if e.source.country]
    assert {(e.event_type, e.status) for e in events} == {("CONSULT", "pending")}
    assert {frozenset((e.source.country, e.target.country)) for e in events} == {frozenset({"CHL", "PER"})}


def test_one_partys_announced_visit_is_the_visit_pending():
    # our annotation guideline and every news corpus of ours code an announced visit as the meeting, pending
    # (CAMEO 036 codes it as an intent, AGREE; the news corpora gained, plover_gsr lost little: session 6)
    events = code("Ghana's president will visit Togo in June.")
    assert {(e.event_type, e.source.country, e.target.country, e.status) for e in events} == {
        ("CONSULT", "GHA", "TGO", "pending")}


def test_a_visit_offered_on_a_condition_stays_an_offer():
    events = code("Ghana's president would visit Togo if the border were reopened.")
    assert not any(e.event_type == "CONSULT" for e in events)


def test_the_venue_of_two_parties_talks_is_no_party():
    assert summary(code("Kenya and Uganda held talks in Oslo.")) == {("CONSULT", "KEN", "UGA")}
    agreed = summary(code("Chile and Peru agreed to restore ties after three days of talks in Oslo."))
    assert ("AGREE", "CHL", "PER") in agreed and not any(t == "NOR" for _, _, t in agreed)


def test_one_party_holding_talks_in_a_capital_meets_that_state():
    assert ("CONSULT", "CHL", "NOR") in summary(code("Chile's foreign minister held talks in Oslo on Monday."))


def test_a_third_party_welcoming_a_deal_supports_each_side_and_is_supported_by_none():
    coded = summary(code("Norway welcomed the agreement between Chile and Peru."))
    assert {("SUPPORT", "NOR", "CHL"), ("SUPPORT", "NOR", "PER")} <= coded
    assert not any(source in ("CHL", "PER") and target == "NOR" for _, source, target in coded)


def test_the_two_sides_of_talks_a_third_state_hosts_meet_each_other():
    # sent-dev: "will host a meeting between the army chiefs of A and B" gave only host-A and host-B
    found = summary(code("Norway hosted talks between Chile and Peru on Monday."))
    assert {("CONSULT", "NOR", "CHL"), ("CONSULT", "NOR", "PER")} <= found
    assert any(k == "CONSULT" and {s, t} == {"CHL", "PER"} for k, s, t in found)


def test_a_host_with_one_guest_adds_no_pair():
    found = summary(code("Norway hosted talks with Chile on Monday."))
    assert not any(k == "CONSULT" and s == "CHL" and t not in ("NOR", None) for k, s, t in found)
