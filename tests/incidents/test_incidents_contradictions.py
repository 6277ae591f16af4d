"""Contradictions between the sources of one incident, and counts and confidence of its sources."""
from __future__ import annotations

from dataclasses import replace

from detente.incidents import assign_incidents
from detente.incidents.contradictions import contradictions, source_of
from detente.incidents.resolve import confidence

from tests.incidents.reports_kit import report


def _one(reports):
    (incident,) = assign_incidents(reports)
    return incident


def test_one_source_says_signed_and_another_denies_it():
    incident = _one([report(doc="d1", outlet="Coast Herald"), report(doc="d2", outlet="Lake Times"),
                     report(doc="d3", outlet="Daily Ledger", status="negated")])
    (dispute,) = incident.contradictions
    assert dispute.field == "status" and incident.status == "asserted"
    claims = {c.value: c.outlets for c in dispute.claims}
    # named as the pages name them (they read "coast herald", lower-cased as source_of compares them: s16)
    assert claims == {"asserted": ("Coast Herald", "Lake Times"), "negated": ("Daily Ledger",)}


def test_talks_reported_before_the_signature_are_not_a_contradiction():
    incident = _one([report(doc="d1", status="pending", published="2024-05-10"),
                     report(doc="d2", status="asserted", published="2024-05-14")])
    assert incident.contradictions == ()


def test_pending_after_someone_said_it_happened_is_a_contradiction():
    incident = _one([report(doc="d1", status="asserted", published="2024-05-14"),
                     report(doc="d2", status="pending", published="2024-05-15")])
    assert [c.field for c in incident.contradictions] == ["status"]


def test_one_page_that_says_several_things_is_not_a_dispute_between_sources():
    assert _one([report(doc="d1", status="pending"), report(doc="d1", status="asserted")]).contradictions == ()


def test_a_page_saying_two_things_is_named_under_each_status_it_gives():
    # a page whose lead says the accord "will be signed" and whose body says it "was signed", against a
    # page that says it was not: the page is one voice when judging the dispute (asserted, ties going to
    # it), but each of its reports is named under its own status (newcomer review, session 19)
    incident = _one([report(doc="d1", outlet="Coast Herald", status="asserted"),
                     report(doc="d1", outlet="Coast Herald", status="pending"),
                     report(doc="d2", outlet="Lake Times", status="negated")])
    (dispute,) = incident.contradictions
    claims = {c.value: (c.outlets, c.doc_ids, len(c.event_ids)) for c in dispute.claims}
    assert claims == {"asserted": (("Coast Herald",), ("d1",), 1), "pending": (("Coast Herald",), ("d1",), 1),
                      "negated": (("Lake Times",), ("d2",), 1)}


def test_a_page_saying_two_things_beside_one_that_agrees_is_still_no_dispute():
    # by document the two pages agree (asserted): listing statuses per report must not invent a dispute
    incident = _one([report(doc="d1", status="asserted"), report(doc="d1", status="pending"),
                     report(doc="d2", status="asserted")])
    assert incident.contradictions == ()


def test_sources_that_state_neighbouring_days_disagree_on_the_date():
    incident = _one([report(doc="d1", outlet="A", date="2024-05-13", stated=True),
                     report(doc="d2", outlet="B", date="2024-05-13", stated=True),
                     report(doc="d3", outlet="C", date="2024-05-12", stated=True)])
    (dispute,) = incident.contradictions
    assert dispute.field == "date" and incident.date == "2024-05-13"
    assert {c.value: c.outlets for c in dispute.claims} == {"2024-05-12": ("C",), "2024-05-13": ("A", "B")}


def test_confidence_rises_with_independent_sources_only():
    one = [report(doc="d1", outlet="A", confidence=0.7)]
    same_outlet = one + [report(doc="d2", outlet="A", confidence=0.7)]
    two_outlets = one + [report(doc="d3", outlet="B", confidence=0.7)]
    assert confidence(one) == confidence(same_outlet) == 0.7
    assert confidence(two_outlets) == 0.91
    assert confidence(two_outlets * 20) <= 0.99


def test_a_source_is_the_outlet_else_the_site_else_the_document():
    assert source_of(report(outlet=" Lake Times ")) == "lake times"
    assert source_of(report(url="https://www.laketimes.example/a/b")) == "laketimes.example"
    assert source_of(report(doc="d9")) == "document:d9"


def test_outlets_that_name_different_attackers_of_one_attack_on_one_day_dispute_who_did_it():
    attack = dict(date="2024-05-13", stated=True)
    incident = _one([report("ASSAULT", "RWA", "COD", doc="d1", outlet="A", **attack),
                     report("ASSAULT", "RWA", "COD", doc="d2", outlet="B", **attack),
                     report("ASSAULT", "UGA", "COD", doc="d3", outlet="C", **attack)])
    (dispute,) = incident.contradictions
    assert dispute.field == "parties" and incident.source_country == "RWA"
    assert {c.value: c.outlets for c in dispute.claims} == {"RWA": ("A", "B"), "UGA": ("C",)}


def test_one_page_naming_two_attackers_reports_two_attacks_and_statements_are_never_merged():
    attack = dict(date="2024-05-13", stated=True)
    two = assign_incidents([report("ASSAULT", "RWA", "COD", doc="d1", **attack),
                            report("ASSAULT", "UGA", "COD", doc="d1", **attack)])
    assert len(two) == 2 and all(i.contradictions == () for i in two)
    statements = assign_incidents([report("ACCUSE", "RWA", "COD", doc="d1", **attack),
                                   report("ACCUSE", "UGA", "COD", doc="d2", **attack)])
    assert len(statements) == 2


def test_sources_that_name_other_pairs_disagree_on_the_parties():
    # newcomer review, session 14: an incident of one actor's act took each outlet's target, and one
    # outlet's Bolivia→Argentina report sat beside another's Bolivia→Peru under "sources agree"
    reports = [report("REQUEST", "BOL", "ARG", doc="d1", outlet="A"), report("REQUEST", "BOL", "PER", doc="d2", outlet="B")]
    (dispute,) = contradictions(reports)
    assert dispute.field == "parties"
    assert {c.value: c.outlets for c in dispute.claims} == {"BOL→ARG": ("A",), "BOL→PER": ("B",)}


def test_a_source_that_names_fewer_of_the_pairs_does_not_dispute_them():
    # "Bolivia asked Argentina and Peru" in one page, "asked Argentina" in another: an omission
    both = [report("REQUEST", "BOL", "ARG", doc="d1", trigger=1), report("REQUEST", "BOL", "PER", doc="d1", trigger=1)]
    assert contradictions(both + [report("REQUEST", "BOL", "ARG", doc="d2"), report("REQUEST", "BOL", None, doc="d3")]) == ()


def test_the_direction_of_a_meeting_is_no_dispute():
    assert contradictions([report("CONSULT", "ARG", "BOL", doc="d1"), report("CONSULT", "BOL", "ARG", doc="d2")]) == ()


def test_a_dispute_names_each_source_once_as_its_pages_name_it():
    """'negated' says baku daily, beside a report table naming Baku Daily (newcomer session 16): sources are
    told apart by source_of's lower-cased key and named as written; a site or a document when no outlet."""
    incident = _one([report(doc="d1", outlet="Caucasus Herald"), report(doc="d2", outlet="CAUCASUS HERALD"),
                     report(doc="d3", outlet="Baku Daily", status="negated"),
                     report(doc="d4", url="https://www.baku.example/x", status="negated")])
    (dispute,) = incident.contradictions
    assert {c.value: c.outlets for c in dispute.claims} == {"asserted": ("CAUCASUS HERALD",),
                                                           "negated": ("Baku Daily", "baku.example")}


def _yearless(day: str, status: str):
    """A page with a date line of day and month only ("17 Feb"), its year taken from its story: no publication date."""
    note = f"no date in the sentence; the lead's 'Wednesday' resolved against dateline {day}"
    return replace(report(doc="d1", status=status, published=None, date=day), date_source="story", date_note=note)


def test_a_plan_on_a_page_with_a_yearless_date_line_is_overtaken_by_a_later_page():
    # "Both sides are to pull back their troops" (a page of 17 February), then "both armies began pulling back"
    incident = _one([_yearless("2024-02-17", "pending"),
                     report(doc="d2", status="asserted", published="2024-03-04", date="2024-02-27", stated=True)])
    assert incident.contradictions == ()
    later = _one([_yearless("2024-03-06", "pending"),
                  report(doc="d2", status="asserted", published="2024-03-04", date="2024-03-04")])
    assert [c.field for c in later.contradictions] == ["status"]
