"""A state's refusals of different asks are different incidents, apart from its denial of the act
(incidents/refusals.py). Our own wording: Tanzania "denied that its patrol boat had fired on the Kenyan dhow",
"said there would be no compensation for a shooting that never happened", "ruled out paying damages to the
owners", and another page's "Dodoma also refused to apologise"."""
from __future__ import annotations

from dataclasses import replace

from detente.incidents import assign_incidents
from detente.incidents.asks import THE_ASK, asks_of
from detente.incidents.refusals import by_refusal
from detente.store import rows

from tests.incidents.reports_kit import report

DAY = "2024-05-13"


def _refusal(words: str, doc: str = "d1", sentence: int = 3, event_type: str = "REJECT"):
    r = report(event_type, "TZA", "KEN", doc=doc, sentence=sentence, date=DAY, stated=True)
    return replace(r, asks=asks_of(event_type, words))


def test_a_refusal_names_what_it_refuses_from_its_trigger_on():
    assert asks_of("REJECT", "compensation for a shooting that never happened") == "compensation"
    assert asks_of("REJECT", "ruled out paying damages to the owners") == "compensation"
    assert asks_of("REJECT", "refused to apologise for the remarks") == "apology"
    assert asks_of("REJECT", "apology would be offered, the minister said") == "apology"


def test_a_denial_or_a_rejected_charge_names_no_kind():
    assert asks_of("REJECT", "denied that its patrol boat had fired on the Kenyan dhow") is None
    assert asks_of("REJECT", "rejected the accusation as baseless") is None
    assert asks_of("REJECT", "refused to apologise or to pay compensation") is None  # two kinds: none


def test_refusals_of_different_asks_are_apart_from_the_denial():
    denial = _refusal("denied that its patrol boat had fired on the Kenyan dhow")
    charge = _refusal("accused Kenya of staging the incident", sentence=4, event_type="ACCUSE")
    money = _refusal("compensation for a shooting that never happened", sentence=6)
    damages = _refusal("ruled out paying damages to the owners", doc="d2")
    sorry = _refusal("refused to apologise", doc="d2", sentence=5)
    groups = sorted(sorted(i.event_ids) for i in assign_incidents([denial, charge, money, damages, sorry]))
    assert sorted([money.event_id, damages.event_id]) in groups
    assert [sorry.event_id] in groups
    assert not any(denial.event_id in g and money.event_id in g for g in groups)


def test_one_kind_alone_or_no_kind_stays_one_group():
    both = [_refusal("refused to apologise"), _refusal("no apology was owed, the minister said", doc="d2")]
    assert by_refusal(both) == [both]
    denials = [_refusal("denied the shooting"), _refusal("rejected the charge", doc="d2")]
    assert by_refusal(denials) == [denials]


def test_the_store_reads_the_same_kind_of_a_refusal():
    row = ("e1", "d1", "s1", None, None, "2024-05-14", "REJECT", None, "asserted", DAY, "day", "sentence",
           "note", "TZA", "GOV", "KEN", "GOV", None, None, 0.7, 10, 3, None, "verb:refuse", "refused to apologise")
    assert rows.report_from_row(row).asks == "apology"
    assert "'REJECT'" in rows.REPORT_SELECT


def test_money_for_the_harm_is_compensation_asked_or_refused():
    # eval/wire25, wire30: "asked ... to pay for the damaged post", "would not pay for a bullet"
    assert asks_of("REQUEST", "asked Dodoma to pay for the sunk dhow") == "compensation"
    assert asks_of("REQUEST", "asked to be reimbursed for the fuel") == "compensation"
    assert asks_of("REQUEST", "demanded that Dodoma indemnify the owners") == "compensation"
    assert asks_of("REJECT", "pay for a shot we did not fire") == "compensation"


def test_a_release_refused_or_a_condition_names_no_kind_of_a_refusal():
    # a release or a hand-over refused is the standoff's own act, which headline and lead tell in other words
    assert asks_of("REJECT", "refused to free the fishermen") is None
    # "until" opens the refusal's condition, not what it refuses (eval/wire44)
    assert asks_of("REJECT", "discuss until there is an apology") is None


def test_a_reason_given_after_a_comma_and_saying_is_no_second_thing_refused():
    # eval/wire59 w59_08: an apology turned down "saying" an inquiry was under way read two kinds, so none, and
    # the lead's refusal stood apart from its headline's refusal of the apology
    assert asks_of("REJECT", "declined the apology Nairobi wanted, saying an investigation must come first") == "apology"
    assert asks_of("REJECT", "would not apologise, adding that the inquiry was Kenya's affair") == "apology"
    assert asks_of("REQUEST", "asked Dodoma for compensation, arguing the inquiry had shown who fired") == \
        "compensation"
    # a list of what is asked is no reason: both kinds named, so none
    assert asks_of("REQUEST", "asked for compensation, including an apology to the crew") is None


def test_a_headline_and_lead_refusing_one_apology_with_a_reason_are_one_refusal():
    denial = _refusal("denied that its patrol boat had fired on the Kenyan dhow")
    headline = _refusal("rejects Kenya's demand for an apology", sentence=0)
    lead = _refusal("turned down the apology Nairobi demanded, saying an investigation was still open", sentence=1)
    parts = by_refusal([denial, headline, lead])
    assert [headline, lead] in parts and [denial] in parts


def test_a_bare_request_turned_down_answers_the_one_kind_its_incident_refuses():
    assert asks_of("REJECT", "turned the request down flat.") == THE_ASK
    assert asks_of("REJECT", "rejected Nairobi's demand, the spokesman said") == THE_ASK
    # a request that names what it asked for, beyond the window or not, is no bare answer
    assert asks_of("REJECT", "rejected the demand made by Kenya on Friday for the fishermen's return") != THE_ASK
    assert asks_of("REJECT", "turned down a request to reopen the crossing") is None
    denial = _refusal("denied that its patrol boat had fired on the Kenyan dhow")
    money = _refusal("rejected a Kenyan request for compensation for the dhow", sentence=6)
    answer = _refusal("turned the request down flatly.", doc="d2")
    parts = by_refusal([denial, money, answer])
    assert [money, answer] in parts and [denial] in parts


def test_a_bare_answer_stays_with_the_denial_when_the_incident_refuses_no_kind_or_two():
    denial = _refusal("denied that its patrol boat had fired on the Kenyan dhow")
    answer = _refusal("turned the request down.", doc="d2")
    assert by_refusal([denial, answer]) == [[denial, answer]]
    money = _refusal("rejected a request for compensation", sentence=6)
    sorry = _refusal("refused to apologise", sentence=7)
    assert [denial, answer] in by_refusal([denial, money, sorry, answer])
