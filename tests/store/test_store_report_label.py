"""store.queries.report_label: what a report is called wherever reports are listed."""
from __future__ import annotations

from detente.store import queries


def test_a_report_is_labelled_by_outlet_else_host_else_file_name():
    """The label wherever reports are listed: .txt inputs have no outlet (newcomer review, session 12)."""
    assert queries.report_label("East Wire", "https://www.lake.example/a", "x.txt") == "East Wire"
    assert queries.report_label(None, "https://www.lake.example/a", "x.txt") == "lake.example"
    assert queries.report_label(None, None, "/bench/texts/pact__1.txt") == "pact__1.txt"
    assert queries.report_label("", None, "feeds/wire.jsonl", 12) == "wire.jsonl:12"
    assert queries.report_label(None, None, None) is None


def test_a_dispute_names_a_source_without_outlet_or_url_as_its_reports_are_named(tmp_path):
    # session 18 newcomer: "'negated' says document:d1095714774cd1b19" above a report table naming that report
    # by its file name; the stored claim keeps the key the incidents stage told sources apart with
    import dataclasses

    from detente import store
    from detente.records import Claim, CodedArticle, Contradiction, Incident
    from detente.stories import fingerprint
    from detente.web.incidents import incident_detail, list_incidents

    from tests.conftest import make_article, make_event

    said = make_article("Ostrian troops shelled a Vardian border post on Tuesday, officials in Vardia said.")
    denied = make_article("Ostria denied on Wednesday that its troops had shelled a Vardian border post.")
    hit, nope = make_event(said, "ASSAULT"), dataclasses.replace(make_event(denied, "ASSAULT"), status="negated")
    db = str(tmp_path / "news.duckdb")
    store.write_batch(db, [CodedArticle(a, 1, 1, (e,), fingerprint(a)) for a, e in ((said, hit), (denied, nope))], [])
    dispute = Contradiction("status", (Claim("asserted", (hit.event_id,), (said.doc_id,), (f"document:{said.doc_id}",)),
                                       Claim("negated", (nope.event_id,), (denied.doc_id,),
                                             (f"document:{denied.doc_id}",))))
    store.write_incidents(db, [Incident("i-shell", "ASSAULT", None, "asserted", "2024-03-05", "day", "KEN", None, "TZA",
                                        None, None, None, 2, 2, 2, "2024-03-05", "2024-03-05", 0.9, (dispute,),
                                        (hit.event_id, nope.event_id))])
    outlets = [k.outlets for k in queries.get_incident(db, "i-shell").contradictions[0].claims]
    assert outlets == [(f"{said.doc_id}.txt",), (f"{denied.doc_id}.txt",)]
    page = incident_detail(db, "i-shell")
    assert [k["outlets"] for k in page["incident"]["contradictions"][0]["claims"]] == [list(o) for o in outlets]
    assert {r["label"] for r in page["reports"]} == {o for (o,) in outlets}
    assert [k.outlets for k in queries.incidents(db)[0].contradictions[0].claims] == outlets  # `incidents -f json`
    (row,) = list_incidents(db, queries.EventFilter(), 10, 0)["incidents"]  # the list row's tooltip
    assert [k["outlets"] for k in row["contradictions"][0]["claims"]] == [list(o) for o in outlets]
