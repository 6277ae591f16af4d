"""The meeting with a summoned envoy, dated only by its page's lead, is part of the summons (apart.summons_meeting,
same_act.summons_meeting_links). Hand-built reports, our own wording: "Nairobi on Monday summoned Tanzania's
High Commissioner" (ACCUSE, a summons stating its day) and, paragraphs on, "the minister told reporters after
the meeting, which lasted half an hour, that ..." (CONSULT, no day of its own: the lead's Monday)."""
from __future__ import annotations

from dataclasses import replace

from detente.incidents import assign_incidents
from detente.incidents.apart import CALL, NOTE, RECEPTION, SUMMONS, act_of, summons_days, summons_meeting
from detente.incidents.same_act import summons_meeting_links

from tests.incidents.reports_kit import report

DAY = "2024-05-13"


def _summons(doc: str = "d1"):
    return report("ACCUSE", "KEN", "TZA", doc=doc, sentence=1, date=DAY, stated=True, act=SUMMONS)


def _meeting(doc: str = "d1", source: str = "KEN", target: str = "TZA"):
    return replace(report("CONSULT", source, target, doc=doc, sentence=7, date=DAY), date_source="text",
                   date_note=f"no date in the sentence; the lead's 'Monday' resolved against metadata {DAY}")


def _groups(reports) -> list[set[str]]:
    return sorted((set(i.event_ids) for i in assign_incidents(reports)), key=lambda g: (len(g), sorted(g)))


def test_the_meeting_with_the_summoned_envoy_joins_the_summons():
    summons, meeting = _summons(), _meeting()
    assert _groups([summons, meeting]) == [{summons.event_id, meeting.event_id}]


def test_either_direction_of_the_pair_counts():
    summons, meeting = _summons(), _meeting(source="TZA", target="KEN")
    assert list(summons_meeting_links([[summons], [meeting]])) == [(0, 1)]


def test_a_meeting_with_a_day_of_its_own_or_on_another_page_stays_apart():
    summons = _summons()
    stated = replace(_meeting(), date_source="sentence")
    elsewhere = _meeting(doc="d2")
    for meeting in (stated, elsewhere):
        assert list(summons_meeting_links([[summons], [meeting]])) == []
        assert len(_groups([summons, meeting])) == 2


def test_the_envoy_received_on_the_day_the_sentence_states_joins_the_summons():
    """"The minister received Ambassador Otieno at the ministry on Monday morning" (RECEPTION, its own Monday)."""
    summons = _summons()
    received = replace(_meeting(), date_source="sentence", act=RECEPTION)
    assert list(summons_meeting_links([[summons], [received]])) == [(0, 1)]
    assert _groups([summons, received]) == [{summons.event_id, received.event_id}]


def test_a_call_or_a_reception_on_another_day_stays_apart():
    """"He said he had spoken by telephone with Tanzania's minister on Monday": a call of its own that day."""
    summons = _summons()
    call = replace(_meeting(), date_source="sentence")
    later = replace(_meeting(), date_source="sentence", act=RECEPTION, date="2024-05-15")
    for meeting in (call, later):
        assert list(summons_meeting_links([[summons], [meeting]])) == []
        assert len(_groups([summons, meeting])) == 2


def test_a_meeting_coded_from_receive_is_a_reception():
    assert act_of("CONSULT", "verb:receive[obj:ambassador|envoy] src=nsubj tgt=object") == RECEPTION
    assert act_of("CONSULT", "verb:speak[prep:with] src=nsubj tgt=object") == CALL  # a conversation, no reception


def test_a_protest_handed_to_the_envoy_joins_the_summons_whatever_its_sender():
    """"Nairobi regretted the tone of the Tanzanian protest delivered to its High Commissioner on Monday" (PROTEST,
    the sender a bare adjective: no sector): the note of the summons, not a street protest."""
    assert act_of("PROTEST", "noun:protest+verb:deliver[not:speech] src=modifier tgt=nested:deliver") == NOTE
    assert act_of("PROTEST", "noun:protest src=modifier tgt=nested") is None
    summons = _summons()
    note = replace(report("PROTEST", "KEN", "TZA", doc="d2", sentence=9, date=DAY), source_sector=None, act=NOTE)
    street = replace(note, act=None)
    assert _groups([summons, note]) == [{summons.event_id, note.event_id}]
    assert len(_groups([summons, street])) == 2


def test_a_summons_dated_only_by_its_page_gives_no_day():
    undated = replace(_summons(), date_source="publication")
    assert summons_days([undated]) == set()
    assert not summons_meeting(_meeting(), summons_days([undated]))


def test_the_other_meetings_joined_with_it_stay_apart_from_the_summons():
    summons, meeting = _summons(), _meeting()
    talks = report("CONSULT", "KEN", "TZA", doc="d2", sentence=3, date=DAY, stated=True)  # another page's talks
    groups = _groups([summons, meeting, talks])
    assert {summons.event_id, meeting.event_id} in groups and {talks.event_id} in groups


def test_a_meeting_only_planned_or_denied_stays_apart_from_the_summons():
    # session 24 (eval/wire26): "The seizure comes weeks before a planned visit to Nairobi by Kenya's trade
    # minister", pending and dated by the lead's Monday, is no meeting with the summoned envoy
    summons = _summons()
    for status in ("pending", "negated"):
        planned = replace(_meeting(), status=status)
        assert not summons_meeting(planned, summons_days([summons]))
        assert _groups([summons, planned]) == [{summons.event_id}, {planned.event_id}]
