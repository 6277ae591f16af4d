"""The incidents stage's knowledge: which event types one incident may mix (data/same_incident_types.tsv)."""
from __future__ import annotations

from dataclasses import replace

import pytest

from detente.errors import KnowledgeError
from detente.events.lexicon import PLOVER_TYPES
from detente.incidents import assign_incidents, types

from tests.incidents.reports_kit import report


def test_every_entry_loads_names_plover_types_and_is_used():
    table = types.incident_types()
    assert table and all(t in PLOVER_TYPES and g in PLOVER_TYPES for t, g in table.items())
    for event_type, as_type in table.items():  # each entry groups its reports with the other type's
        (incident,) = assign_incidents([report(as_type, doc="d1"), report(event_type, doc="d2"),
                                        report(as_type, doc="d3")])
        assert incident.event_type == as_type and incident.n_documents == 3


def test_an_agreement_welcomed_by_a_party_to_it_is_the_agreement():
    (incident,) = assign_incidents([report("AGREE", "FIN", "NATO", doc="d1"), report("SUPPORT", "NATO", "FIN", doc="d2")])
    assert incident.event_type == "AGREE" and incident.n_mentions == 2


def test_types_outside_the_table_keep_their_own_incidents():
    assert types.incident_type("ACCUSE") == "ACCUSE" and not types.direction_free("ACCUSE")
    assert types.direction_free("AGREE") and types.direction_free("SUPPORT")


def test_a_malformed_line_names_the_file_and_line(monkeypatch):
    class Fake:
        def joinpath(self, *_parts):
            return self

        def read_text(self, encoding):
            return "type\tas_type\nSUPPORT\tHUG\n"

    monkeypatch.setattr(types.resources, "files", lambda _pkg: Fake())
    types.incident_types.cache_clear()
    try:
        with pytest.raises(KnowledgeError, match="same_incident_types.tsv:2"):
            types.incident_types()
    finally:
        types.incident_types.cache_clear()


def test_a_welcome_stating_its_own_day_does_not_pull_the_agreement_apart():
    # "Freedonia and Sylvania signed a fisheries accord on 13 May" (two outlets), two undated recaps
    # of the accord, and "Sylvania welcomed the accord on Wednesday" (15 May), the day it said so:
    # the welcome, two days on, is no report of that day; it used to found an AGREE date group of its
    # own, the largest, which the undated recaps joined, splitting the accord's reports in two
    signed = [report("AGREE", "FRD", "SYL", doc=f"d{i}", date="2024-05-13", stated=True) for i in (1, 2)]
    recaps = [report("AGREE", "SYL", "FRD", doc="d3", date=None), report("AGREE", "FRD", "SYL", doc="d4", date=None)]
    welcome = [report("SUPPORT", "SYL", "FRD", doc=f"d{i}", date="2024-05-15", stated=True) for i in (5, 6, 7)]
    incidents = assign_incidents(signed + recaps + welcome)
    accord = next(i for i in incidents if signed[0].event_id in i.event_ids)
    assert sorted(accord.event_ids) == sorted(r.event_id for r in signed + recaps)


def test_a_welcome_joins_no_agreement_of_another_pair_or_story():
    accord = report("AGREE", "FRD", "SYL", doc="d1", date="2024-05-13", stated=True)
    other_pair = report("SUPPORT", "SYL", "GRD", doc="d2", date="2024-05-13", stated=True)
    other_story = report("SUPPORT", "SYL", "FRD", doc="d3", story="s2", date="2024-03-02", stated=True)
    assert len(assign_incidents([accord, other_pair, other_story])) == 3


def test_an_accusation_and_a_threat_of_one_sentence_are_two_incidents():
    # "Ruritania accused Osterlich of shelling the border and threatened to close the crossing" (d1, one
    # sentence), the threat again in d2, and the accusation again in another sentence of d1: two happenings,
    # each with its own reports (the accusation is no longer grouped as the threat it was voiced with)
    threat = [report("THREATEN", "RUR", "OST", doc="d1", sentence=0), report("THREATEN", "RUR", "OST", doc="d2",
                                                                              sentence=1)]
    accusation = [report("ACCUSE", "RUR", "OST", doc="d1", sentence=0), report("ACCUSE", "RUR", "OST", doc="d1",
                                                                                sentence=4)]
    incidents = assign_incidents([*threat, *accusation])
    assert sorted(sorted(i.event_ids) for i in incidents) == sorted(
        [sorted(r.event_id for r in threat), sorted(r.event_id for r in accusation)])
    assert {i.event_type for i in incidents} == {"THREATEN", "ACCUSE"}


def test_two_reports_of_one_type_in_one_sentence_are_one_incident():
    # one act coded twice in its sentence (two triggers for one accusation) stays one happening
    said = [report("ACCUSE", "RUR", "OST", doc="d1", sentence=0), report("ACCUSE", "RUR", "OST", doc="d1", sentence=0)]
    (incident,) = assign_incidents(said)
    assert incident.n_mentions == 2


def test_a_governments_protest_is_its_accusation_of_the_same_state():
    # "Ruritania lodged a formal protest with Osterlich" (ACCUSE) and another outlet's "Strelsau protested
    # on Tuesday" (PROTEST): one complaint; Osterlich's accusation of Ruritania is another happening
    lodged = report("ACCUSE", "RUR", "OST", doc="d1", date="2024-05-14", stated=True)
    protested = report("PROTEST", "RUR", "OST", doc="d2", date="2024-05-14", stated=True)
    (incident,) = assign_incidents([lodged, protested])
    assert incident.event_type in ("ACCUSE", "PROTEST") and incident.n_documents == 2
    other_way = report("ACCUSE", "OST", "RUR", doc="d1", date="2024-05-14", stated=True)
    assert len(assign_incidents([other_way, protested])) == 2


def test_demonstrators_protest_is_no_governments_accusation():
    # "Thousands of Ruritanians marched to Osterlich's embassy" (no government acting) stays apart
    lodged = report("ACCUSE", "RUR", "OST", doc="d1", date="2024-05-14", stated=True)
    marched = replace(report("PROTEST", "RUR", "OST", doc="d2", date="2024-05-14", stated=True), source_sector=None)
    assert len(assign_incidents([lodged, marched])) == 2


def test_a_states_military_protest_is_its_accusation_of_the_same_state():
    # "Ruritania's general staff sent a message to Osterlich's army protesting the shelling" (sector MIL) and
    # another outlet's "Ruritania protested" (ACCUSE): one complaint, as a government's protest is
    lodged = report("ACCUSE", "RUR", "OST", doc="d1", date="2024-05-14", stated=True)
    messaged = replace(report("PROTEST", "RUR", "OST", doc="d2", date="2024-05-14", stated=True), source_sector="MIL")
    (incident,) = assign_incidents([lodged, messaged])
    assert incident.n_documents == 2


def test_a_joint_body_set_up_is_the_agreement_to_set_it_up():
    # "In 2009 the two countries agreed to set up a joint commission on river fishing" (AGREE) and another
    # outlet's "the two countries set up a joint fisheries commission in 2009" (COOPERATE, apart.BODY): one act
    agreed = report("AGREE", "RUR", "OST", doc="d1", date="2009", stated=True)
    set_up = report("COOPERATE", "OST", "RUR", doc="d2", date="2009", stated=True, act=types.BODY)
    (incident,) = assign_incidents([agreed, set_up])
    assert incident.n_documents == 2
    # other cooperation, or a body of another year, keeps its own incident
    assert len(assign_incidents([agreed, replace(set_up, act=None)])) == 2
    assert len(assign_incidents([agreed, replace(set_up, date="2015")])) == 2


def test_a_joint_body_still_to_be_set_up_is_a_term_of_its_own():
    # "the two governments will set up a joint technical commission" under a protocol signed that day
    signed = report("AGREE", "RUR", "OST", doc="d1", date="2024-05-14", stated=True)
    will = report("COOPERATE", "RUR", "OST", doc="d1", status="pending", act=types.BODY)
    assert len(assign_incidents([signed, will])) == 2


def test_thanks_for_a_deal_of_its_days_is_a_gesture_of_its_own_not_the_deal():
    # eval/wire17, wire18, wire33: "X thanked Y for ..." joined the agreement of its days, five gold thanks apart;
    # so did an apology (wire25) and solidarity (wire40)
    from detente.incidents.apart import act_of
    assert act_of("SUPPORT", "verb:thank src=nsubj tgt=object") == types.GESTURE
    assert act_of("SUPPORT", "noun:gratitude src=poss tgt=to") == types.GESTURE
    assert act_of("SUPPORT", "verb:apologize src=nsubj tgt=to") == types.GESTURE
    assert act_of("SUPPORT", "noun:solidarity src=nsubj tgt=with") == types.GESTURE
    assert act_of("SUPPORT", "verb:welcome src=nsubj tgt=object") is None
    assert act_of("SUPPORT", "verb:congratulate src=nsubj tgt=object") is None
    deal = [report("AGREE", "KEN", "TZA", doc="d1"), report("AGREE", "TZA", "KEN", doc="d2")]
    thanks = report("SUPPORT", "TZA", "KEN", doc="d2", act=types.GESTURE)
    welcome = report("SUPPORT", "KEN", "TZA", doc="d3")
    incidents = assign_incidents([*deal, thanks, welcome])
    by_event = {e: i for i in incidents for e in i.event_ids}
    assert by_event[deal[0].event_id] is by_event[welcome.event_id]
    assert by_event[thanks.event_id] is not by_event[deal[0].event_id]
    assert by_event[thanks.event_id].event_type == "SUPPORT"
