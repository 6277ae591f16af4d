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
