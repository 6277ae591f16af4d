"""Session 25 (incidents18): what may share an incident. Hand-built reports, our own wording.

  * a court's fine on a seized boat's skipper is an incident of its own, not the seizure it punishes
    (apart.PENALTY, group.block_key);
  * an invitation accepted is a visit agreed to, not the deals signed that day (asks.INVITATION, group.block_key);
  * a joint body agreed to be set up is not the deal signed that day (asks.JOINT_BODY, group.block_key).
"""
from __future__ import annotations

from dataclasses import replace

from detente.incidents import assign_incidents
from detente.incidents.apart import FORCE, PENALTY, act_of
from detente.incidents.asks import INVITATION, JOINT_BODY, asks_of
from detente.incidents.group import block_key

from tests.incidents.reports_kit import report

MONDAY = "2024-05-13"


def _groups(reports) -> list[set[str]]:
    return sorted((set(i.event_ids) for i in assign_incidents(reports)), key=lambda g: (len(g), sorted(g)))


def test_a_fine_on_a_crew_or_boat_is_a_penalty():
    for rule in ("verb:fine[obj:skipper|captain|master|crew|crewman|crewmember|fisherman|sailor|seaman|trawler|boat]",
                 "verb:fine[obj:skipper]"):
        assert act_of("COERCE", rule) == PENALTY, rule
    assert act_of("COERCE", "verb:seize[obj:boat|vessel]") is None
    assert act_of("COERCE", "verb:use[obj:baton|cannon|gas|laser|teargas]") == FORCE
    assert act_of("SANCTION", "verb:fine[obj:skipper]") is None


def _fine(doc: str = "d2", date: str = MONDAY, **kw):
    """"A magistrates' court in Kisumu fined the Ugandan skipper 50,000 shillings on Monday" on a page without a
    day of its own (dated by its story's day, so not stated: group.stated)."""
    return replace(report("COERCE", "KEN", "UGA", doc=doc, date=date, **kw), date_source="story",
                   date_note="weekday: 'Monday' resolved against dateline 2024-05-14", act=PENALTY)


def test_a_fine_does_not_join_the_seizure_it_punishes():
    """"Kenyan police boarded the Ugandan fishing boat on Sunday and detained its three crew" (stated) and the
    fine told by another outlet; they were one incident through the month they share."""
    boarded = report("COERCE", "KEN", "UGA", doc="d1", date="2024-05-12", stated=True)
    fine = _fine()
    assert block_key(fine) != block_key(boarded)
    assert _groups([boarded, fine]) == [{boarded.event_id}, {fine.event_id}]


def test_one_fine_told_twice_is_one_incident():
    """The headline "Kenya fines Ugandan skipper" and the body's fine, two outlets' fines of that Monday."""
    stated_fine = replace(report("COERCE", "KEN", "UGA", doc="d1", date=MONDAY, stated=True), act=PENALTY)
    headline, body = _fine(doc="d2"), _fine(doc="d2")
    assert _groups([stated_fine, headline, body]) == [{stated_fine.event_id, headline.event_id, body.event_id}]


def test_an_invitation_accepted_is_read_from_the_words_after_the_trigger():
    for after in ("accepted an invitation to visit Nairobi next year, his office said.",
                  "accepted the invitation within hours.", "accepts a standing invitation to Kampala",
                  "accepted his invitation to attend"):
        assert asks_of("AGREE", after) == INVITATION, after
    for after in ("accepted the proposal to reopen the crossing", "agreed to an invitation-only meeting",
                  "accepted, and an invitation followed"):
        assert asks_of("AGREE", after) is None, after
    assert asks_of("REQUEST", "accepted an invitation") is None


def _agree(sentence: int, asks: str | None = None, doc: str = "d1", **kw):
    return replace(report("AGREE", "KEN", "UGA", doc=doc, sentence=sentence, date=MONDAY, **kw), asks=asks)


def test_an_invitation_accepted_does_not_join_the_deals_signed_that_day():
    """"The two ministers signed agreements on fisheries and on border patrols on Monday" (stated), "They also agreed
    to set up a joint committee on the lake" (the lead's Monday), and "The Ugandan president accepted an invitation
    to visit Nairobi next year"; another outlet's "accepted an invitation to Nairobi" is the same acceptance."""
    signed, committee = _agree(2, stated=True), _agree(3)
    accepted, retold = _agree(7, INVITATION), _agree(4, INVITATION, doc="d2")
    groups = _groups([signed, committee, accepted, retold])
    assert sorted(map(sorted, groups)) == sorted(map(sorted, [{accepted.event_id, retold.event_id},
                                                              {signed.event_id, committee.event_id}]))


def test_a_joint_body_agreed_is_read_from_the_words_after_the_trigger():
    for after in ("agreed to set up a joint committee on the lake's fishing rules", "agreed on Monday to establish "
                  "a border commission", "agreed at the talks in Kampala to form a technical working group",
                  "agreed to create a joint task force", "agreed to revive their joint border committee",
                  "agreed by telephone to convene the joint fisheries commission in Kisumu"):
        assert asks_of("AGREE", after) == JOINT_BODY, after
    for after in ("agreed to set up a hotline between the two coast guards", "agreed that the joint commission "
                  "would meet in May", "agreed to reopen the border crossing"):
        assert asks_of("AGREE", after) is None, after


def test_a_joint_body_agreed_does_not_join_the_amendment_signed_that_day():
    """"The two ministers signed an amendment to the transit protocol on Monday" (stated) and "They also agreed to
    set up a joint committee on tariffs"; another outlet's "agreed to set up a joint committee" is the same body."""
    signed, committee, retold = _agree(2, stated=True), _agree(3, JOINT_BODY), _agree(5, JOINT_BODY, doc="d2")
    groups = _groups([signed, committee, retold])
    assert sorted(map(sorted, groups)) == sorted(map(sorted, [{signed.event_id}, {committee.event_id,
                                                                                  retold.event_id}]))
