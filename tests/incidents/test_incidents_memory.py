"""The incidents stage over StoredReports (how store.reports holds every event: parts shared between rows)
gives exactly the incidents it gives over plain Reports of the same values (issue #13)."""
from __future__ import annotations

import dataclasses
import random

from detente.incidents import assign_incidents
from detente.records import Report, StoredReport
from detente.store import rows

COUNTRIES = ["KEN", "TZA", "UGA", "ETH", None]
TYPES = ["AGREE", "CONSULT", "ASSAULT", "ACCUSE", "SUPPORT", "COERCE"]
NOTES = ["publication date", "month-day: 'May 13' resolved against metadata 2024-05-14",
         "rel-week: 'last week' resolved against metadata 2024-05-14",
         "iso: '2024-05-14' resolved against dateline 2024-05-14"]
RESOLUTIONS = ["Kenya → country 'Kenya' (KEN)", "Odhiambo → person 'Ruth Odhiambo'", None,
               "She → pronoun 'She' → Amina Hassan (TZA)", "Hassan → office holder 'Amina Hassan' (TZA x)"]
RULES = ["verb:summon[obj:ambassador|envoy] src=nsubj", "verb:accuse src=nsubj tgt=obj", None]


def _row(n: int, rng: random.Random) -> tuple:
    """A REPORT_SELECT row: a few documents, stories, outlets, dates and pairs, so groups form and merge."""
    doc = rng.randrange(40)
    date = rng.choice(["2024-05-13", "2024-05-14", "2024-05-16", "2024-05", "2024", None])
    return (f"e{n:05d}", f"d{doc:03d}", rng.choice([f"s{doc % 7}", None]), rng.choice(["Wire A", "wire a", None]),
            rng.choice([f"https://www.site{doc % 3}.example/{doc}", None]),
            rng.choice(["2024-05-14", "2024-05-15", None]),
            rng.choice(TYPES), rng.choice(["verbal", None]), rng.choice(["asserted", "asserted", "pending", "negated"]),
            date, rng.choice(["day", "month", None]), rng.choice(["sentence", "publication", None]),
            rng.choice(NOTES + [None]), rng.choice(COUNTRIES), rng.choice(["GOV", "MIL", None]), rng.choice(COUNTRIES),
            rng.choice(["GOV", None]), *rng.choice([("Nairobi", "KEN"), ("Arusha", "TZA"), (None, None)]),
            rng.choice([0.4, 0.7, 0.9, None]), rng.randrange(5) * 10, rng.randrange(4), rng.choice(RESOLUTIONS),
            rng.choice(RULES))


def test_incidents_over_stored_reports_equal_those_over_reports():
    rng = random.Random(13)
    table = [_row(n, rng) for n in range(600)]
    parts: dict = {}
    stored = [rows.stored_report_from_row(r, parts) for r in table]
    plain = [rows.report_from_row(r) for r in table]
    assert [s.as_report() for s in stored] == plain  # every attribute reads back
    expected = assign_incidents(plain)
    assert 30 < len(expected) < 500 and any(len(i.event_ids) > 3 for i in expected)  # groups form and merge
    assert assign_incidents(stored) == expected
    assert all(parts[s._doc] is s._doc and parts[s._date] is s._date and parts[s._act] is s._act for s in stored)


def test_stored_report_reads_every_report_field():
    values = rows.report_from_row(_row(1, random.Random(1)))
    stored = rows.stored_report_from_row(_row(1, random.Random(1)), {})
    for field in dataclasses.fields(Report):
        assert getattr(stored, field.name) == getattr(values, field.name), field.name
    assert set(StoredReport.DOC + StoredReport.DATE + StoredReport.ACT) | {"event_id", "confidence", "trigger_start",
                                                                              "sentence_idx"} \
        == {f.name for f in dataclasses.fields(Report)}
    assert repr(stored).startswith("StoredReport(event_id='e00001'")


def test_a_row_without_the_resolution_and_rule_columns_has_no_speaker_or_act():
    assert rows.report_from_row(_row(2, random.Random(2))[:22]).speaker is None
    assert rows.report_from_row(_row(2, random.Random(2))[:22]).act is None
