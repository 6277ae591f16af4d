"""A state's refusals of different asks are different incidents, apart from its denial of the act
(incidents/refusals.py). Our own wording: Tanzania "denied that its patrol boat had fired on the Kenyan dhow",
"said there would be no compensation for a shooting that never happened", "ruled out paying damages to the
owners", and another page's "Dodoma also refused to apologise"."""
from __future__ import annotations

from dataclasses import replace

from detente.incidents import assign_incidents
from detente.incidents.asks import asks_of
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
