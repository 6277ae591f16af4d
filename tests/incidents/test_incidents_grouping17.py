"""Session 24 (incidents17): rows the session's new coder rules found, grouped with the right neighbours.
Hand-built reports, our own wording.

  * the charge put to a summoned envoy in the sentence after the summons (apart.told_to_envoy);
  * water cannon used on a vessel grouped as the attack, not the seizure of that day (apart.FORCE, types.kind_of);
  * a unit's return "over the weekend" not joining a release of another week (weekends.py).
"""
from __future__ import annotations

from dataclasses import replace

from detente.incidents import assign_incidents
from detente.incidents.apart import FORCE, SUMMONS, act_of, told_to_envoy
from detente.incidents.types import kind_of
from detente.incidents.weekends import weekend_days

from tests.incidents.reports_kit import report

DAY = "2024-05-13"  # a Monday


def _groups(reports) -> list[set[str]]:
    return sorted((set(i.event_ids) for i in assign_incidents(reports)), key=lambda g: (len(g), sorted(g)))


def _summons(doc: str = "d1", sentence: int = 4):
    """"The foreign ministry called in the deputy head of Tanzania's mission on Monday morning.\""""
    return report("ACCUSE", "KEN", "TZA", doc=doc, sentence=sentence, date=DAY, stated=True, act=SUMMONS)


def _beside(kind: str = "ACCUSE", doc: str = "d1", sentence: int = 5, date: str = DAY):
    """"The permanent secretary told him Nairobi 'could not accept' that Tanzanian rangers had crossed ...\""""
    return replace(report(kind, "KEN", "TZA", doc=doc, sentence=sentence, date=date), date_source="text",
                   date_note=f"no date in the sentence; 'Monday' in the sentence next to it in its paragraph, "
                             f"resolved against metadata {DAY}")


def test_the_charge_put_to_the_envoy_in_the_next_sentence_is_the_summons():
    summons, charge = _summons(), _beside()
    assert told_to_envoy(charge, {("d1", 4)}, {("d1", DAY)})
    assert _groups([summons, charge]) == [{summons.event_id, charge.event_id}]


def test_a_charge_elsewhere_or_of_its_own_day_stays_apart_from_the_summons():
    """A later paragraph ("The ministry's spokesman later called the crossing 'a provocation'"), a charge on another
    page, one stating its own day, and a demand told beside the summons are acts of their own."""
    summons = _summons()
    later = _beside(sentence=9)
    other_page = _beside(doc="d2")
    own_day = replace(_beside(), date_source="sentence", date_note="weekday: 'Monday' resolved against metadata x")
    demand = _beside("REQUEST")
    for r in (later, other_page, own_day, demand):
        assert not told_to_envoy(r, {("d1", 4)}, {("d1", DAY)})
    assert len(_groups([summons, later])) == 2
    assert len(_groups([summons, other_page])) == 2


def test_water_cannon_is_an_act_of_force():
    for rule in ("verb:use[obj:baton|cannon|gas|laser|teargas]", "verb:spray[prep:with&word:cannon|gas|hose|teargas]",
                 "noun:use[obj:cannon|gas|teargas|baton]", "verb:turn[obj:cannon|hose&prep:on|against]",
                 "verb:blast[prep:with&word:cannon|hose]", "verb:douse[prep:with&word:cannon|hose]"):
        assert act_of("COERCE", rule) == FORCE, rule
    assert act_of("COERCE", "verb:seize[obj:boat|vessel]") is None
    assert act_of("ASSAULT", "verb:use[obj:cannon]") is None


def test_water_cannon_joins_the_attack_not_the_seizure_of_that_day():
    """"The coast guard sprayed a Ugandan patrol boat with water cannon on Sunday" (COERCE, force), "officers then
    boarded the fishing boats and detained their crews" (COERCE, the lead's Sunday), and another outlet's "Kenyan
    officers fired water cannon at a Ugandan government boat" (ASSAULT, the lead's Sunday)."""
    sunday = "2024-05-12"
    sprayed = replace(report("COERCE", "KEN", "UGA", doc="d1", sentence=1, date=sunday, stated=True), act=FORCE)
    boarded = replace(report("COERCE", "KEN", "UGA", doc="d1", sentence=6, date=sunday), date_source="text",
                      date_note=f"no date in the sentence; the lead's 'Sunday' resolved against metadata {DAY}")
    fired = replace(boarded, event_id="e999991", doc_id="d2", event_type="ASSAULT", sentence_idx=2)
    assert kind_of(sprayed) == "ASSAULT" and kind_of(boarded) == "COERCE"
    assert _groups([sprayed, boarded, fired]) == [{boarded.event_id}, {sprayed.event_id, fired.event_id}]


def test_water_cannon_only_threatened_keeps_its_type():
    threat = replace(report("COERCE", "KEN", "UGA", status="pending"), act=FORCE)
    assert kind_of(threat) == "COERCE"


def _weekend(anchor: str = "2024-05-23"):
    """"The company sent to Busia returned to its base over the weekend" (a page of Thursday the 23rd)."""
    return replace(report("RETREAT", "KEN", "UGA", doc="d2", date="2024-05", published=anchor), date_source="sentence",
                   date_note=f"weekend: 'over the weekend' resolved against metadata {anchor}")


def test_the_weekend_is_the_last_saturday_and_sunday_before_the_anchor():
    assert weekend_days(_weekend()) == {"2024-05-17", "2024-05-18", "2024-05-19", "2024-05-20"}
    assert weekend_days(report("RETREAT")) == frozenset()


def test_a_return_over_the_weekend_does_not_join_a_release_of_the_week_before():
    """"Kenya released the two Ugandan soldiers on Tuesday" (the 14th, stated) and, a week on, the return."""
    release = report("RETREAT", "KEN", "UGA", doc="d1", date="2024-05-14", stated=True)
    back = _weekend()
    assert _groups([release, back]) == [{release.event_id}, {back.event_id}]


def test_a_weekend_act_joins_a_group_of_a_day_of_that_weekend():
    """Another outlet's "the soldiers crossed back on Sunday" (the 19th, stated) is the same return."""
    sunday = report("RETREAT", "KEN", "UGA", doc="d1", date="2024-05-19", stated=True)
    back = _weekend()
    assert _groups([sunday, back]) == [{sunday.event_id, back.event_id}]


def _pending(date: str = "2024-05-22", **kw):
    """"Kenyan officials said they would again demand the withdrawal of the post at the meeting" (a page of
    Wednesday the 22nd, no day of its own: the lead's, resolved against the page's yearless date line)."""
    return replace(report("REQUEST", "KEN", "UGA", doc="d2", date=date, status="pending", **kw), date_source="story",
                   date_note=f"no date in the sentence; the lead's 'Wednesday' resolved against dateline {date}")


def test_a_demand_still_to_come_does_not_join_one_made_days_before():
    """"The president asked his Ugandan counterpart on Sunday to remove the post" (the 19th, stated)."""
    sunday = report("REQUEST", "KEN", "UGA", doc="d1", date="2024-05-19", stated=True)
    again = _pending()
    assert _groups([sunday, again]) == [{sunday.event_id}, {again.event_id}]


def test_an_act_still_to_come_joins_the_group_of_the_day_it_is_told():
    """"NATO will welcome Kenya as a partner in a ceremony at its headquarters" on the day another outlet states
    "Kenya became a partner on Wednesday"."""
    joined = report("REQUEST", "KEN", "UGA", doc="d1", date="2024-05-22", stated=True)
    later = report("REQUEST", "KEN", "UGA", doc="d3", date="2024-05-28", stated=True)
    again = _pending()
    groups = _groups([joined, later, again])
    assert {joined.event_id, again.event_id} in groups
    only_later = _groups([report("REQUEST", "KEN", "UGA", doc="d1", date="2024-05-19", stated=True), later, again])
    assert {later.event_id, again.event_id} in only_later


def _since(year: str = "2013"):
    """"The clash is the most serious on the border since 2013, when the two countries agreed to set up a joint
    committee" (a period's start: not stated, group.stated)."""
    return replace(report("AGREE", "KEN", "UGA", doc="d2", date=year), date_source="sentence",
                   date_note=f"year: 'since {year}' resolved against metadata 2019-08-09")


def test_an_act_since_a_year_does_not_join_a_group_of_earlier_years():
    """"Kenya and Uganda signed their border treaty in 1979" (stated) is the block's only group."""
    treaty = replace(report("AGREE", "KEN", "UGA", doc="d1", date="1979"), date_source="sentence",
                     date_note="year: 'in 1979' resolved against dateline 2019-08-10")
    since = _since()
    assert _groups([treaty, since]) == [{treaty.event_id}, {since.event_id}]


def test_an_act_since_a_year_still_joins_a_group_of_a_later_year():
    """"The first talks on the border since 2011" join the talks another page dates "in August 2019"."""
    talks = replace(report("AGREE", "KEN", "UGA", doc="d1", date="2019-08"), date_source="sentence",
                    date_note="month: 'in August 2019' resolved against dateline 2019-08-10")
    since = _since("2011")
    assert _groups([talks, since]) == [{talks.event_id, since.event_id}]
