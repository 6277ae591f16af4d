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
    assert kinds == {"consular", "compensation", "inquiry", "extradition", "release"}
