"""Session 16 sentence-level type classes (sentrecall), found on eval/sent-dev2: tariffs cut are eased, not imposed;
a natural disaster that strikes or kills is no assault; a military strike "by" someone is no labour strike;
nominal intelligence sharing; standing behind a state; jamming signals; a statement or resolution blocked
is refused; a resupply mission blocked is coerced; a thing built or run jointly is cooperation; objections
lifted; one's own troops evacuated; a state provided with helicopters. Our own sentences, each with a near
miss that keeps its old reading or stays uncoded."""
from __future__ import annotations

import pytest

from events_kit import code, summary


def types(sentence: str) -> set[str]:
    return {t for t, _, _ in summary(code(sentence))}


@pytest.mark.parametrize("sentence,expected", [
    ("Kenya cut its tariffs on Ugandan sugar.", ("CONCEDE", "KEN", "UGA")),
    ("Chile lowered duties on Peruvian copper.", ("CONCEDE", "CHL", "PER")),
    ("Kenya reduced import tariffs on Ugandan tea after the talks.", ("CONCEDE", "KEN")),
    ("Air strikes by the Kenyan air force hit a market in Uganda.", ("ASSAULT",)),
    ("Intelligence sharing between Ghana and Togo has grown this year.", ("COOPERATE", "GHA", "TGO")),
    ("Kenya stands firmly behind Uganda in the border dispute.", ("SUPPORT", "KEN", "UGA")),
    ("Ghana jammed radio signals from Togo.", ("COERCE", "GHA")),
    ("Kenya blocked the African Union's statement on Uganda.", ("REJECT", "KEN")),
    ("Kenyan patrol boats blocked a Ugandan resupply mission.", ("COERCE", "KEN", "UGA")),
    ("Kenyan and Ugandan engineers are jointly building the bridge.", ("COOPERATE", "KEN", "UGA")),
    ("Kenya and Uganda jointly operate the dam at Jinja.", ("COOPERATE", "KEN", "UGA")),
    ("Kenya lifted its objections to Uganda's membership.", ("CONCEDE", "KEN", "UGA")),
    ("Kenya evacuated its troops from the Ugandan island.", ("RETREAT", "KEN", "UGA")),
    ("Kenya provided Uganda with two helicopters.", ("AID", "KEN", "UGA")),
    # a measure noun as the subject of a passive that keeps it up or hardens it: the agent made it (cues renewer)
    ("Sanctions against Uganda were tightened by Kenya.", ("SANCTION", "KEN", "UGA")),
    ("The embargo on Ugandan arms was renewed by Kenya for a year.", ("SANCTION", "KEN", "UGA")),
    ("Kenya said no to Uganda's request for troops.", ("REJECT", "KEN", "UGA")),
    ("Kenyan fishermen blockaded the port in protest at Ugandan quotas.", ("PROTEST",)),
])
def test_sentence_classes_code(sentence, expected):
    found = summary(code(sentence))
    assert any((t, s, g)[:len(expected)] == expected for t, s, g in found), found


@pytest.mark.parametrize("sentence,kept", [
    ("Kenya raised tariffs on Ugandan sugar.", "SANCTION"),  # tariffs raised stay a trade measure
    ("Kenya cut off aid to Uganda.", "SANCTION"),  # aid cut is still a sanction
    ("Kenyan jets struck rebel bases in Uganda, killing twelve fighters.", "ASSAULT"),  # a military strike
    ("Dockers in Mombasa went on strike over pay.", "PROTEST"),  # a labour strike
    ("Kenya blocked fuel supplies to Uganda.", "SANCTION"),  # supplies blocked stay a sanction
    ("Kenyan farmers blocked the road to the Ugandan border.", "PROTEST"),  # a road blocked
    ("Kenya evacuated its citizens from Uganda.", "AID"),  # people evacuated stay relief
    ("The Kenyan navy blockaded the Ugandan port.", "COERCE"),  # a state's forces blockading coerce
    ("Sanctions against Uganda were criticised by Kenya.", "ACCUSE"),  # a critic is no maker of the measure
])
def test_near_misses_keep_their_reading(sentence, kept):
    assert kept in types(sentence)


@pytest.mark.parametrize("sentence,absent", [
    ("An earthquake struck western Uganda on Sunday.", "ASSAULT"),
    ("A cyclone struck the coast of Mozambique, killing dozens of people.", "ASSAULT"),
    ("A typhoon hit the port city of Manila.", "ASSAULT"),
    ("Air strikes by the coalition hit a crowded market.", "PROTEST"),
    ("The Kenyan delegation stood behind the podium in Kampala.", "SUPPORT"),  # no state behind whom it stands
    ("Kenya built a new bridge near the Ugandan border.", "COOPERATE"),  # not done jointly
    ("Kenya said no decision on Uganda's request had been taken.", "REJECT"),  # 'no' on a noun, not said to X
])
def test_near_misses_stay_uncoded(sentence, absent):
    assert absent not in types(sentence)


@pytest.mark.parametrize("sentence,expected", [
    # a denied hesitation: a warning for a hostile act to come, the act itself when it was done
    ("Kenya will not hesitate to use force against Uganda, the defence minister said.", ("THREATEN", "asserted")),
    ("Kenya would not hesitate to impose sanctions on Uganda.", ("THREATEN", "asserted")),
    ("Kenya did not hesitate to send aid to Uganda.", ("AID", "asserted")),
    ("Kenya did not hesitate to attack Ugandan positions.", ("ASSAULT", "asserted")),
])
def test_a_denied_hesitation(sentence, expected):
    found = {(e.event_type, e.status) for e in code(sentence)}
    assert expected in found, found


def test_a_plain_negation_stays_negated():
    found = {(e.event_type, e.status) for e in code("Kenya will not attack Uganda.")}
    assert ("ASSAULT", "negated") in found and not any(t == "THREATEN" for t, _ in found)


@pytest.mark.parametrize("sentence,wrong", [
    # an offer or proposal done to in the passive: its maker is who was refused or yielded to, not the doer
    ("Uganda's offer of talks was rejected.", ("REJECT", "UGA")),
    # conditions accepted are yielded to; a proposal accepted is agreed to (reqs2, session 17: the news golds code it AGREE)
    ("Kenya's conditions for a ceasefire were accepted.", ("CONCEDE", "KEN")),
    ("Kenya's proposal for a ceasefire was accepted.", ("AGREE", "KEN")),
])
def test_the_maker_of_a_refused_offer_does_not_refuse_it(sentence, wrong):
    found = {(e.event_type, e.source.country) for e in code(sentence)}
    assert wrong not in found and any(t == wrong[0] for t, _ in found), found


@pytest.mark.parametrize("sentence,expected", [
    ("Kenya's sanctions on Uganda were lifted.", ("RETREAT", "KEN", "UGA")),  # a measure keeps its owner
    ("A ceasefire between Kenya and Uganda was agreed.", ("AGREE", "KEN", "UGA")),  # the parties agree
])
def test_a_passive_over_a_measure_or_a_pact_keeps_its_parties(sentence, expected):
    assert expected in summary(code(sentence))


@pytest.mark.parametrize("sentence,expected", [
    ("Kenya hinted that it could cut off trade with Uganda.", "THREATEN"),  # its own possible hostile act
    ("Kenya signalled it may impose tariffs on Ugandan goods.", "THREATEN"),
    ("Analysts said Kenya could cut off trade with Uganda.", "SANCTION"),  # a pundit's forecast: the act, pending
    ("Kenya said it could send aid to Uganda.", "AID"),  # a cooperative act is no threat
])
def test_a_speaker_telling_of_its_own_possible_hostile_act(sentence, expected):
    assert types(sentence) == {expected}
