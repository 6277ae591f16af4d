"""Links between date groups: one actor's act on several targets, one meeting with several partners,
reports naming one side only, and a page's date line that is no statement of the event's day."""
from __future__ import annotations

from dataclasses import replace

from detente.incidents import assign_incidents
from detente.incidents.apart import VISIT
from detente.incidents.group import stated

from tests.incidents.reports_kit import report


def _sizes(reports) -> list[int]:
    return sorted(len(i.event_ids) for i in assign_incidents(reports))


def _noted(r, note: str):
    return replace(r, date_note=note)


# --- the page's own date line -----------------------------------------------------------------------

def test_a_date_line_read_as_part_of_the_first_sentence_states_no_date():
    # "date 2024-05-16 Eleven fishermen were detained off ..." : the iso date is the page's, not the act's
    line = _noted(report(date="2024-05-16", stated=True), "iso: '2024-05-16' resolved against dateline 2024-05-16")
    assert stated(line) is None
    said = _noted(report(date="2024-05-13", stated=True), "weekday: 'Monday' resolved against dateline 2024-05-16")
    assert stated(said) == "2024-05-13"


def test_the_date_line_does_not_split_a_report_from_the_act_it_reports():
    act = [report("ASSAULT", "AZE", "ARM", doc=f"d{i}", date="2024-05-13", stated=True) for i in range(3)]
    line = _noted(report("ASSAULT", "AZE", "ARM", doc="d4", published="2024-05-15", date="2024-05-15", stated=True),
                  "iso: '2024-05-15' resolved against dateline 2024-05-15")
    assert _sizes(act + [line]) == [4]


# --- one actor, one act, several targets --------------------------------------------------------------

def test_one_actors_act_reported_against_several_targets_on_one_day_is_one_incident():
    # "Ruritania suspended its part in the river treaty": one outlet names the neighbour, another the
    # treaty's depositary, a third nobody
    reports = [report("REJECT", "BOL", "PER", doc="d1", date="2024-05-13", stated=True),
               report("REJECT", "BOL", "UNO", doc="d2", date="2024-05-13", stated=True),
               report("REJECT", "BOL", None, doc="d3", date="2024-05-13", stated=True)]
    assert _sizes(reports) == [3]


def test_other_days_other_actors_or_other_stories_stay_apart():
    base = report("REJECT", "BOL", "PER", doc="d1", date="2024-05-13", stated=True)
    assert _sizes([base, report("REJECT", "BOL", "UNO", doc="d2", date="2024-06-20", stated=True)]) == [1, 1]
    assert _sizes([base, report("REJECT", "CHL", "UNO", doc="d2", date="2024-05-13", stated=True)]) == [1, 1]
    other_story = report("REJECT", "BOL", "UNO", doc="d2", story="s2", date="2024-05-13", stated=True)
    assert _sizes([base, other_story]) == [1, 1]


def test_direction_free_acts_are_not_joined_by_one_party():
    # Kenya signing with Tanzania and Kenya signing with Uganda on one day are two agreements
    reports = [report("AGREE", "KEN", "TZA", doc="d1", date="2024-05-13", stated=True),
               report("AGREE", "KEN", "UGA", doc="d2", date="2024-05-13", stated=True)]
    assert _sizes(reports) == [1, 1]


# --- one meeting, several partners ------------------------------------------------------------------

def test_one_meeting_with_several_partners_is_one_incident():
    # "The foreign minister held talks with the UN and the African Union envoys": one trigger, two pairs
    reports = [report("CONSULT", "KEN", "UNO", trigger=40), report("CONSULT", "KEN", "IGO", trigger=40)]
    assert _sizes(reports) == [2]
    apart = [report("CONSULT", "KEN", "UNO", trigger=40), report("CONSULT", "KEN", "IGO", trigger=90)]
    assert _sizes(apart) == [1, 1]


def test_one_journey_to_several_capitals_is_a_visit_to_each():
    # "The bloc's envoy would travel to Nairobi and Dodoma next week", "shuttled between Nairobi and Kampala":
    # one verb of travel, a visit to each capital (apart.VISIT), unlike one table with several partners
    trip = [report("CONSULT", "IGO", "KEN", trigger=40, act=VISIT), report("CONSULT", "IGO", "TZA", trigger=40, act=VISIT)]
    assert _sizes(trip) == [1, 1]
    # each visit still gathers the other reports of its own pair
    assert _sizes(trip + [report("CONSULT", "IGO", "KEN", doc="d2", trigger=7)]) == [1, 2]


# --- reports naming one side only ---------------------------------------------------------------------

def test_a_report_without_its_attacker_joins_the_attack_on_the_same_target_that_day():
    # "Two Armenian border guards were killed on Monday" beside "Azerbaijani troops shelled Armenian posts"
    attack = [report("ASSAULT", "AZE", "ARM", doc="d1", date="2024-05-13", stated=True),
              report("ASSAULT", "AZE", "ARM", doc="d2", date="2024-05-13", stated=True)]
    victims = report("ASSAULT", None, "ARM", doc="d3", date="2024-05-13", stated=True)
    (incident,) = assign_incidents(attack + [victims])
    assert (incident.source_country, incident.target_country, incident.n_mentions) == ("AZE", "ARM", 3)


def test_a_one_sided_report_of_another_day_or_another_target_stays_apart():
    attack = [report("ASSAULT", "AZE", "ARM", doc="d1", date="2024-05-13", stated=True)]
    assert _sizes(attack + [report("ASSAULT", None, "ARM", doc="d2", date="2024-04-02", stated=True)]) == [1, 1]
    assert _sizes(attack + [report("ASSAULT", None, "GEO", doc="d2", date="2024-05-13", stated=True)]) == [1, 1]
    assert _sizes(attack + [report("ASSAULT", "ARM", None, doc="d2", date="2024-05-13", stated=True)]) == [1, 1]


def test_a_one_sided_report_joins_the_largest_fitting_incident():
    # two capitals accuse Yerevan the same day (two accusations); "Yerevan was accused of ..." this month
    big = [report("ACCUSE", "AZE", "ARM", doc=f"d{i}", date="2024-05-13", stated=True) for i in range(3)]
    small = [report("ACCUSE", "TUR", "ARM", doc="d9", date="2024-05-13", stated=True)]
    victims = report("ACCUSE", None, "ARM", doc="d10", date="2024-05", stated=True)
    incidents = assign_incidents(big + small + [victims])
    assert sorted((i.source_country, i.n_mentions) for i in incidents) == [("AZE", 4), ("TUR", 1)]


def test_a_partner_named_on_either_side_fits_a_direction_free_act():
    deal = [report("AGREE", "KEN", "TZA", doc="d1", date="2024-05-13", stated=True)]
    partner = report("AGREE", "TZA", None, doc="d2", date="2024-05-13", stated=True)
    assert _sizes(deal + [partner]) == [2]


def test_a_one_sided_report_dated_only_by_its_page_joins_a_request_its_page_dates_alike():
    # "Bolivia asked Argentina for helicopters" and "Buenos Aires said it was studying Bolivia's request",
    # neither sentence stating a day: both dated by their page, and the same month
    request = [report("REQUEST", "BOL", "ARG", doc="d1"), report("REQUEST", "BOL", "ARG", doc="d2")]
    studied = report("REQUEST", "BOL", None, doc="d2")
    assert _sizes(request + [studied]) == [3]
    older = report("REQUEST", "BOL", None, doc="d3", published="2023-11-02", date="2023-11-02")
    assert _sizes(request + [older]) == [1, 2]


# --- a broker's part in a deal between two others -------------------------------------------------------

def _brokered(talks_date: str = "2024-05-10", talks_stated: bool = True):
    """Ruritania and Freedonia sign an accord (three outlets); Sylvania hosted the talks (CONSULT with
    each side) and co-signed the statement with each (AGREE)."""
    deal = [report("AGREE", "BOL", "PER", doc=f"d{i}", date="2024-05-10", stated=True) for i in range(3)]
    talks = [report("CONSULT", "CHL", "BOL", doc="d4", date=talks_date, stated=talks_stated),
             report("CONSULT", "CHL", "PER", doc="d5", date=talks_date, stated=talks_stated)]
    signed = [report("AGREE", "CHL", "BOL", doc="d6", date="2024-05-10", stated=True),
              report("AGREE", "PER", "CHL", doc="d6", date="2024-05-10", stated=True, trigger=900)]
    return deal, talks, signed


def test_a_brokers_talks_and_signature_with_one_party_are_one_incident_apart_from_the_deal():
    deal, talks, signed = _brokered()
    assert _sizes(deal + talks + signed) == [2, 2, 3]  # the deal; Chile with Bolivia; Chile with Peru
    assert _sizes(deal + talks) == [1, 1, 3]  # no signature: the talks stay apart per partner


def test_the_brokers_talks_in_another_month_or_without_a_deal_stay_apart():
    deal, talks, signed = _brokered(talks_date="2024-02-20")
    assert _sizes(deal + talks + signed) == [1, 1, 1, 1, 3]
    _, talks, signed = _brokered()
    assert _sizes(talks + signed) == [1, 1, 1, 1]  # Chile's own accords, not a brokered deal


def test_a_party_to_the_deal_is_no_broker_of_it():
    # Bolivia's talks and accord with Peru are the deal's pair itself, not a mediation
    deal, _, _ = _brokered()
    talks = report("CONSULT", "BOL", "PER", doc="d7", date="2024-03-02", stated=True)
    assert _sizes(deal + [talks]) == [1, 3]


# --- "last week" is not the anchor's week ---------------------------------------------------------------

def _last_week(r, anchor: str = "2024-05-16"):
    return replace(r, date="2024-05", date_precision="month",
                   date_note=f"rel-week: 'last week' resolved against dateline {anchor}")


def test_an_act_of_last_week_does_not_join_the_act_of_the_pages_day():
    # "Turkey shot down the jet on Thursday" and "Ankara had summoned the envoy last week"
    today = [report("ACCUSE", "TUR", "RUS", doc=f"d{i}", date="2024-05-16", stated=True) for i in range(2)]
    before = _last_week(report("ACCUSE", "TUR", "RUS", doc="d1", stated=True))
    assert _sizes(today + [before]) == [1, 2]
    near = report("ACCUSE", "TUR", "RUS", doc="d3", date="2024-05-16")  # the page's day, not stated
    assert _sizes([before, near]) == [1, 1]


def test_an_act_of_last_week_joins_one_pinned_to_a_day_of_that_week():
    earlier = [report("ACCUSE", "TUR", "RUS", doc=f"d{i}", date="2024-05-08", stated=True) for i in range(2)]
    before = _last_week(report("ACCUSE", "TUR", "RUS", doc="d3", stated=True))
    assert _sizes(earlier + [before]) == [3]


def test_one_trigger_coded_for_each_side_without_a_target_does_not_chain_the_two_sides_attacks():
    # "Ruritanian and Graustarkian units exchanged fire on Sunday" (coded once per side, no target) beside
    # each side's own attack on the other that day: the two attacks stay two incidents
    ours = [report("ASSAULT", "GRA", "RUR", doc="d1", date="2024-05-12", stated=True)]
    theirs = [report("ASSAULT", "RUR", "GRA", doc="d2", date="2024-05-12", stated=True)]
    exchange = [report("ASSAULT", side, None, doc="d3", trigger=77, date="2024-05-12", stated=True) for side in ("GRA", "RUR")]
    incidents = assign_incidents(ours + theirs + exchange)
    assert sorted((i.source_country, i.n_mentions) for i in incidents) == [("GRA", 2), ("RUR", 2)]


def test_one_directed_trigger_with_two_targets_is_still_one_act():
    reports = [report("ACCUSE", "IGO", "NER", doc="d1", trigger=40), report("ACCUSE", "IGO", "MLI", doc="d1", trigger=40),
               report("ACCUSE", "IGO", None, doc="d1", trigger=40)]
    assert len(assign_incidents(reports)) == 1
