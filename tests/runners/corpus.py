"""Runner test helpers: a small corpus of our own invented wire items, and a snapshot of a store."""
from __future__ import annotations

from pathlib import Path

from detente import store

PAIRS = [("Kenya", "Tanzania"), ("Chile", "Peru"), ("Norway", "Sweden"), ("Vietnam", "Japan"),
         ("Ghana", "Nigeria"), ("Poland", "Germany"), ("Egypt", "Jordan"), ("Brazil", "Argentina")]
TEMPLATES = [
    "{a} and {b} signed a trade agreement on Tuesday, officials said.",
    "The foreign minister of {a} met his counterpart from {b} in the capital on Monday.",
    "{a} accused {b} of violating its airspace, the defence ministry said.",
    "{a} pledged to send humanitarian aid to {b} after the floods.",
]


def write_corpus(folder: Path, docs: int = 24) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(docs):
        a, b = PAIRS[i % len(PAIRS)]
        lines = [f"Wire report number {i}: {a} and {b}", "March 4, 2024"]
        lines += [t.format(a=a, b=b) for t in TEMPLATES]
        lines.append(f"Analysts in {a} said the talks were the {i + 1}th round this decade, and more are planned.")
        path = folder / f"wire_{i:03d}.txt"
        path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


TABLES = {"documents": "doc_id, path, title, published, sentences, parsed",
          "segments": "doc_id, idx, role, start_char, end_char",
          "events": "event_id, doc_id, event_type, status, date, date_precision, date_source, date_note, date_start, "
                    "source_country, target_country, start_char, incident_id",
          "coded_dates": "event_id, date, date_precision, date_source, date_note",
          "incidents": "incident_id, event_type, status, date, source_country, target_country, n_mentions, "
                       "n_documents, n_outlets, confidence, contradictions",
          "stories": "doc_id, story_id", "rejects": "path, line, reason", "ledger": "input_key, path",
          "sources": "doc_id, path, line"}


def snapshot(db: str) -> dict[str, list]:
    con = store.connect(db, read_only=True)  # a DuckDB file, or a Parquet dataset's views
    try:
        return {t: sorted(con.execute(f"SELECT {cols} FROM {t}").fetchall(), key=repr) for t, cols in TABLES.items()}
    finally:
        con.close()
