"""One state's requests of one incident that ask for different things are different requests (incidents/asks.py).
Our own wording: Kenya's ministry "asked Dodoma to free the fishermen at once", "also asked that Kenyan consular
officers be allowed to see them", and another page's "Nairobi has asked for compensation for the lost catch"."""
from __future__ import annotations

from dataclasses import replace

from detente.incidents import assign_incidents
from detente.incidents.asks import asks_of, by_ask, request_kinds
from detente.store import rows

from tests.incidents.reports_kit import report

DAY = "2024-05-13"


def _ask(words: str, doc: str = "d1", sentence: int = 3):
    r = report("REQUEST", "KEN", "TZA", doc=doc, sentence=sentence, date=DAY, stated=True)
    return replace(r, asks=asks_of("REQUEST", words))


def test_the_words_after_the_trigger_name_what_is_asked():
    assert asks_of("REQUEST", "asked Dodoma to free the fishermen at once") == "release"
    assert asks_of("REQUEST", "asked that Kenyan consular officers be allowed to see them") == "consular"
    assert asks_of("REQUEST", "asked for compensation for the lost catch") == "compensation"
    assert asks_of("REQUEST", "request that the boats be handed back to their owners") == "release"
    assert asks_of("REQUEST", "urged Tanzania to investigate the shooting") == "inquiry"


def test_a_clause_naming_two_kinds_or_none_names_none():
    assert asks_of("REQUEST", "demanded the release of the crew and compensation for the boat") is None
    assert asks_of("REQUEST", "urged both sides to show restraint") is None
    assert asks_of("REQUEST", 'request of the Kenyan side" and that the envoy had explained it') is None
    assert asks_of("ACCUSE", "accused Tanzania of refusing to free the men") is None


def test_requests_for_different_things_are_different_incidents():
    free, consular = _ask("asked Dodoma to free the fishermen"), _ask("also asked for consular access", sentence=4)
    again = _ask("demanded that the men be released", doc="d2")
    pending = _ask("said the request was being processed", doc="d2", sentence=6)
    groups = sorted(sorted(i.event_ids) for i in assign_incidents([free, consular, again, pending]))
    assert groups == sorted([sorted([free.event_id, again.event_id, pending.event_id]), [consular.event_id]])


def test_one_kind_or_other_types_stay_one_group():
    one = [_ask("asked Dodoma to free the fishermen"), _ask("asked for the request to be processed", doc="d2")]
    assert by_ask(one) == [one]
    mixed = [_ask("asked for consular access"), replace(report("ACCUSE", date=DAY), asks=None)]
    assert by_ask(mixed) == [mixed]


def test_the_store_reads_the_same_kind():
    row = ("e1", "d1", "s1", None, None, "2024-05-14", "REQUEST", None, "asserted", DAY, "day", "sentence",
           "note", "KEN", "GOV", "TZA", "GOV", None, None, 0.7, 10, 3, None, "verb:ask", "asked for consular access")
    assert rows.report_from_row(row).asks == "consular"
    assert rows.report_from_row(row[:-1]).asks is None


def test_every_kind_of_the_data_file_is_loaded():
    kinds = {kind for kind, _ in request_kinds()}
    assert kinds == {"consular", "compensation", "inquiry", "extradition", "release", "apology", "withdrawal",
                     "crackdown"}


def test_an_apology_and_a_withdrawal_are_kinds_of_their_own():
    assert asks_of("REQUEST", "asked Dodoma for a formal apology") == "apology"
    assert asks_of("REQUEST", "asked us to say sorry") == "apology"
    assert asks_of("REQUEST", "demanded the withdrawal of the Tanzanian post from the island") == "withdrawal"
    assert asks_of("REQUEST", "urged Tanzania to pull back its patrol boats") == "withdrawal"
    assert asks_of("REQUEST", "demanded an apology and the withdrawal of the post") is None


def test_a_demand_for_an_explanation_and_one_for_an_apology_are_two():
    # session 24 (eval/wire23): a note demanding that the other side explain, and later "asked ... for an apology"
    explain = _ask("demands that Dodoma explain on what basis the officers were seized")
    apology = replace(_ask("had asked Dodoma for an apology", doc="d2"), date="2024-05", date_note="")
    groups = sorted(sorted(i.event_ids) for i in assign_incidents([explain, apology]))
    assert groups == sorted([[explain.event_id], [apology.event_id]])


def test_a_kind_asked_for_once_and_retold_later_is_one_demand():
    # session 24 (eval/wire26): "Peru asks for an apology" and, four days on, "Peru's demand for a formal apology
    # was not met": stated days apart, one demand; another page's release demands of those days stay apart
    first = _ask("asks for an apology")
    later = replace(_ask("demand for a formal apology was not met", doc="d2"), date="2024-05-17")
    free = _ask("asked Dodoma to free the fishermen", doc="d3")
    again = replace(_ask("demanded that the men be freed", doc="d4"), date="2024-05-17")
    groups = sorted(sorted(i.event_ids) for i in assign_incidents([first, later, free, again]))
    assert [first.event_id, later.event_id] in groups
    assert [free.event_id] in groups and [again.event_id] in groups


def test_people_handed_over_and_a_crackdown_asked_for_are_two_demands():
    # session 29 (eval/wire4): "has again asked Kabul to hand over the men behind the attack" and another page's
    # "still expected Kabul to act against militants", one day apart, two gold requests, were one incident
    assert asks_of("REQUEST", "asked Dodoma to hand over the men behind the raid") == "extradition"
    assert asks_of("REQUEST", "urged Tanzania to hand over the suspects in the raid") == "extradition"
    assert asks_of("REQUEST", "asked Dodoma to hand over the lorry's driver") is None  # a national held: no kind
    assert asks_of("REQUEST", "expected Dodoma to act against the gunmen it shelters") == "crackdown"
    assert asks_of("REQUEST", "called for action against the smuggling gangs") == "crackdown"
    assert asks_of("REQUEST", "urged Tanzania to crack down on the armed groups") == "crackdown"
    assert asks_of("REQUEST", "asked Dodoma to rein in the militia") == "crackdown"
    hand = _ask("has again asked Dodoma to hand over the men behind the raid")
    act = replace(_ask("still expected Dodoma to act against the gunmen", doc="d2"), date="2024-05-12")
    groups = sorted(sorted(i.event_ids) for i in assign_incidents([hand, act]))
    assert groups == sorted([[hand.event_id], [act.event_id]])
