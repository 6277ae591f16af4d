"""Statements by two named people of one state are two incidents; a summons is an act apart
(incidents/apart.py)."""
from __future__ import annotations

import pytest

from detente.incidents import assign_incidents
from detente.incidents.apart import (ALLEGATION, BODY, CALL, CHARGE, MEETING, NOTE, PROTESTING, SUMMONS, STATEMENTS, VISIT, act_of,
                                     by_act, by_speaker, speaker_of)
from detente.incidents.types import incident_type
from tests.incidents.reports_kit import report


@pytest.mark.parametrize("resolution, expected", [
    ("Foreign Minister Ruth Odhiambo → person 'Ruth Odhiambo' + role 'Foreign Minister' (GOV)", "odhiambo"),
    ("Odhiambo → office holder 'Ruth Odhiambo' (KEN foreign minister 2020-01–now)", "odhiambo"),
    ("She → pronoun 'She' → Ruth Odhiambo (KEN)", "odhiambo"),
    ("it → pronoun 'it' → 'Kenya' (KEN)", None),  # a state, not a person
    ("Nairobi → capital 'Nairobi' (KEN GOV)", None),
    ("unresolved: no actor mention in the argument", None),
    ("", None), (None, None),
])
def test_speaker_is_the_family_name_of_a_resolved_person(resolution, expected):
    assert speaker_of(resolution) == expected


def test_statement_types_are_their_own_incident_types():
    assert STATEMENTS and all(incident_type(t) == t for t in STATEMENTS)


def _incidents(reports):
    return sorted(sorted(r.speaker or "-" for r in group) for group in
                  ([r for r in reports if r.event_id in i.event_ids] for i in assign_incidents(reports)))


def test_two_ministers_condemning_on_one_day_are_two_incidents():
    day = dict(date="2024-05-13", stated=True)
    reports = [report("ACCUSE", doc="d1", speaker="odhiambo", **day), report("ACCUSE", doc="d2", speaker="odhiambo", **day),
               report("ACCUSE", doc="d2", speaker="kamau", **day)]
    assert _incidents(reports) == [["kamau"], ["odhiambo", "odhiambo"]]


def test_a_report_naming_nobody_joins_its_own_documents_speaker_else_the_most_named():
    day = dict(date="2024-05-13", stated=True)
    reports = [report("ACCUSE", doc="d1", speaker="kamau", **day), report("ACCUSE", doc="d1", **day),
               report("ACCUSE", doc="d2", speaker="odhiambo", **day), report("ACCUSE", doc="d3", speaker="odhiambo", **day),
               report("ACCUSE", doc="d4", **day)]
    assert _incidents(reports) == [["-", "kamau"], ["-", "odhiambo", "odhiambo"]]


def test_acts_and_single_speaker_statements_are_not_split():
    day = dict(date="2024-05-13", stated=True)
    attack = [report("ASSAULT", doc="d1", speaker="odhiambo", **day), report("ASSAULT", doc="d2", speaker="kamau", **day)]
    assert by_speaker(attack) == [attack]
    one = [report("THREATEN", doc="d1", speaker="kamau", **day), report("THREATEN", doc="d2", **day)]
    assert by_speaker(one) == [one]


@pytest.mark.parametrize("event_type, rule, expected", [
    ("ACCUSE", "verb:summon[obj:ambassador|attache|charge|consul|d'affaires|diplomat|envoy] src=nsubj tgt=poss", SUMMONS),
    ("ACCUSE", "verb:call[prt:in&obj:ambassador|attache|charge] src=nsubj", SUMMONS),
    ("ACCUSE", "verb:accuse src=nsubj tgt=obj", CHARGE),  # a charge of its own (same_act.one_reply_links)
    ("ACCUSE", "verb:accuse src=nsubj tgt=obj tgt→conjunct", None),  # its target borrowed from a coordinated act
    ("ACCUSE", "verb:lodge[obj:complaint|protest] src=nsubj", None),
    ("SANCTION", "verb:recall[obj:ambassador|diplomat|envoy] src=nsubj", None),  # a recall is its type's act
    ("ACCUSE", None, None), ("ACCUSE", "", None),
    ("ACCUSE", "noun:note[mod:protest,obj:protest]+noun:protest src=from-maker", NOTE),
    ("ACCUSE", "verb:hand[obj:complaint|demarche|protest]+noun:note[mod:protest,obj:protest] src=nsubj", NOTE),
    ("ACCUSE", "verb:deliver[obj:complaint|demarche|protest]+noun:protest src=nsubj", NOTE),
    # a formal protest lodged, filed or registered is the protest the envoy is summoned to receive
    ("ACCUSE", "verb:lodge[obj:complaint|protest]+noun:protest[mod:diplomatic|formal] src=nsubj", NOTE),
    ("ACCUSE", "verb:file[obj:complaint|grievance|protest]+noun:protest src=nsubj", NOTE),
    ("ACCUSE", "verb:lodge[obj:complaint|protest]+noun:complaint src=nsubj", None),  # a complaint, not a protest
    # the act another state is said to have done, coded as the speaker's charge (events/allegation.py)
    ("ACCUSE", "verb:say+verb:attack src=reporter tgt=reported-doer allegation(ASSAULT)→ACCUSE", ALLEGATION),
    ("ACCUSE", "verb:say+noun:attack src=reporter tgt=reported-doer allegation(ASSAULT)→ACCUSE", ALLEGATION),
    ("ACCUSE", "verb:accuse+noun:attack src=nsubj tgt=object", CHARGE),
    ("PROTEST", "noun:note[mod:protest,obj:protest] src=nsubj", None),
    # a protest against the other state's act, coded from the verb ("a note protesting against the detention")
    ("ACCUSE", "verb:protest[obj:arrest|detention,prep:against&word:arrest|detention]+noun:detention "
               "src=issuer:climb:conj>nsubj tgt=grievance", PROTESTING),
    ("ACCUSE", "verb:protested src=nsubj", None), ("ACCUSE", "verb:protestation src=nsubj", None),
    ("CONSULT", "verb:travel[prep:to&subj:ambassador|envoy] src=nsubj", VISIT),
    ("CONSULT", "verb:shuttle[prep:between] src=nsubj", VISIT),
    # a meeting named as such, which plans.held_plan finds held after it was planned
    ("CONSULT", "noun:talk src=nsubj", MEETING), ("CONSULT", "verb:meet src=nsubj", MEETING),
    ("CONSULT", "noun:visit src=agent", None), ("CONSULT", "verb:telephone src=nsubj", CALL),  # a call (calls.py), no meeting
    # a joint body set up, established, formed or created (events/data/triggers.tsv)
    ("COOPERATE", "verb:set[prt:up&obj:center|centre|commission|committee|council|hotline|mechanism|panel|"
                  "secretariat|taskforce&pair] src=nsubj tgt=object", BODY),
    ("COOPERATE", "verb:establish[obj:center|centre|commission|committee|council&pair] src=nsubj", BODY),
    ("COOPERATE", "verb:form[obj:alliance|coalition|partnership] src=nsubj", None),  # an alliance is no body
    ("COOPERATE", "verb:cooperate src=nsubj", None),
])
def test_the_act_a_rule_codes(event_type, rule, expected):
    assert act_of(event_type, rule) == expected


def test_a_summons_is_apart_from_the_statements_of_its_incident_with_its_own_sentence():
    day = dict(date="2024-05-13", stated=True)
    summons = report("ACCUSE", doc="d1", sentence=0, act=SUMMONS, **day)
    same_sentence = report("ACCUSE", doc="d1", sentence=0, **day)
    remark = report("ACCUSE", doc="d2", sentence=3, **day)
    incidents = assign_incidents([summons, same_sentence, remark])
    assert sorted(len(i.event_ids) for i in incidents) == [1, 2]
    assert {summons.event_id, same_sentence.event_id} in [set(i.event_ids) for i in incidents]
    assert by_act([remark]) == [[remark]]


def test_a_note_of_protest_goes_with_the_summons_of_its_incident():
    """"Kenya summoned Tanzania's envoy and handed him a note of protest"; another outlet: "Dodoma said it
    had received a protest note from Nairobi": the note is what the envoy was summoned for."""
    day = dict(date="2024-05-13", stated=True)
    summons = report("ACCUSE", doc="d1", sentence=0, act=SUMMONS, **day)
    note = report("ACCUSE", doc="d2", sentence=4, act=NOTE, **day)
    remark = report("ACCUSE", doc="d2", sentence=6, **day)
    assert sorted(map(len, by_act([summons, note, remark]))) == [1, 2]
    assert by_act([note, remark]) == [[note, remark]]  # without a summons a note is its incident's
    incidents = [set(i.event_ids) for i in assign_incidents([summons, note, remark])]
    assert {summons.event_id, note.event_id} in incidents and {remark.event_id} in incidents


def test_a_governments_protest_coded_protest_goes_with_the_summons_told_in_the_headline():
    """Headline "Nairobi summons Tanzanian envoy" (ACCUSE, dated by the lead's day); the lead: "the ministry on
    Monday called in the head of the Tanzanian liaison office and handed him a note protesting against the
    arrests" (PROTEST, the day stated). One act; another outlet's later remark stays apart."""
    from dataclasses import replace
    summons = replace(report("ACCUSE", doc="d1", sentence=0, act=SUMMONS, date="2024-05-13"), date_source="text",
                      date_note="no date in the sentence; the lead's 'Monday' resolved against dateline 2024-05-14")
    protest = report("PROTEST", doc="d1", sentence=2, date="2024-05-13", stated=True)
    remark = report("ACCUSE", doc="d2", sentence=5, date="2024-05-16", stated=True)
    incidents = [set(i.event_ids) for i in assign_incidents([summons, protest, remark])]
    assert {summons.event_id, protest.event_id} in incidents and {remark.event_id} in incidents
    # demonstrators' protest (no government) is no part of it, and without a summons nothing moves
    crowd = replace(protest, source_sector="CVL")
    assert by_act([summons, crowd]) == [[summons], [crowd]]
    assert by_act([protest, remark]) == [[protest, remark]]


def test_a_governments_protest_coded_accuse_goes_with_the_summons_told_in_the_headline():
    """As above, with the lead's "handed him a note protesting against the arrests" coded ACCUSE from the verb
    (eval/wire14: the headline's summons and this lead were two incidents). A crowd protesting stays apart."""
    from dataclasses import replace
    summons = replace(report("ACCUSE", doc="d1", sentence=0, act=SUMMONS, date="2024-05-13"), date_source="text",
                      date_note="no date in the sentence; the lead's 'Monday' resolved against dateline 2024-05-14")
    protest = report("ACCUSE", doc="d1", sentence=2, date="2024-05-13", stated=True, act=PROTESTING)
    remark = report("ACCUSE", doc="d2", sentence=5, date="2024-05-13", stated=True)
    incidents = [set(i.event_ids) for i in assign_incidents([summons, protest, remark])]
    assert {summons.event_id, protest.event_id} in incidents and {remark.event_id} in incidents
    crowd = replace(protest, source_sector="CVL")
    assert by_act([summons, crowd]) == [[summons], [crowd]]
    assert by_act([protest, remark]) == [[protest, remark]]  # without a summons nothing moves


def test_a_protest_lodged_stays_apart_from_the_charges_of_what_the_other_state_did():
    """"The spokesman said Kenyan troops had crossed the line on Monday and fired on a patrol" (an alleged
    attack, coded ACCUSE), "he said Dodoma had lodged a strong protest" (a note, dated by its page alone) and
    another outlet's "Tanzania accused Kenya of provocation": the protest is a diplomatic act of its own."""
    from dataclasses import replace
    charge = report("ACCUSE", "TZA", "KEN", doc="d1", sentence=3, act=ALLEGATION, date="2024-05-13", stated=True)
    note = report("ACCUSE", "TZA", "KEN", doc="d1", sentence=4, act=NOTE, date="2024-05-14")
    accused = report("ACCUSE", "TZA", "KEN", doc="d2", sentence=5, date="2024-05-13", stated=True)
    incidents = [set(i.event_ids) for i in assign_incidents([charge, note, accused])]
    assert {note.event_id} in incidents and {charge.event_id, accused.event_id} in incidents
    # without a charge of an act, a protest lodged is one with the other words of protest ("Dodoma protested")
    protested = replace(accused, act=None)
    assert by_act([note, protested]) == [[note, protested]]
    # and with a summons, the note goes with the summons as before
    summons = report("ACCUSE", "TZA", "KEN", doc="d3", sentence=0, act=SUMMONS, date="2024-05-14", stated=True)
    assert sorted(map(len, by_act([summons, note, charge]))) == [1, 2]
