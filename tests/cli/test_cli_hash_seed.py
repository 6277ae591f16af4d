"""One input gives the same rows whatever the process's string hash seed (session 15, determinism).

Python randomises the hash of a string per process unless PYTHONHASHSEED is set, so the order of a set of
strings (and of a dict built from one) differs between runs and between ingest's worker processes. A story
id, an incident's members, an agreement or a chosen actor that hung on that order would make re-running an
ingest give other rows. Two ingests of the same small corpus, each in its own processes with a different
seed, must store identical events, stories, incidents and agreements. The pages are written for this test:
one story told by three outlets in other words, plus an unrelated page, with a named agreement and a
person named again by surname.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import duckdb

REPORTS = {
    "a.txt": "Kenya and Tanzania sign Lake Victoria fishing accord\n\n"
             "NAIROBI, March 4, 2024 - Kenya and Tanzania signed the Lake Victoria Fishing Accord on Monday, "
             "ending a long quarrel over fishing grounds. Kenyan Foreign Minister Amina Odhiambo Wekesa said "
             "the deal would protect fishermen on both sides. Wekesa thanked Tanzania for its patience. "
             "Tanzania accused Uganda of sending patrol boats into its waters last week.",
    "b.txt": "Fishing accord signed by Nairobi and Dodoma\n\n"
             "DODOMA, March 4, 2024 - Tanzania and Kenya on Monday signed the Lake Victoria Fishing Accord, "
             "settling a dispute over fishing grounds on the lake. Foreign Minister Amina Wekesa of Kenya "
             "praised the agreement. Wekesa said talks with Uganda would follow. Tanzania accused Uganda "
             "of sending patrol boats into its waters.",
    "c.txt": "Lake deal ends Kenya-Tanzania fishing row\n\n"
             "KAMPALA, March 5, 2024 - Kenya and Tanzania signed a fishing accord for Lake Victoria on "
             "Monday, officials said, closing a quarrel about fishing grounds. Uganda rejected the charge by "
             "Tanzania that its patrol boats had entered Tanzanian waters. The Lake Victoria Fishing Accord "
             "was welcomed by Kenya's foreign minister.",
    "d.txt": "Chile and Peru hold border talks\n\n"
             "LIMA, March 5, 2024 - Chile and Peru held talks in Lima on Tuesday about their maritime border. "
             "Peru's foreign minister met his Chilean counterpart and both said they would meet again. "
             "Chile condemned an attack on its consulate in Tacna.",
}

TABLES = {  # every column but the time a row was written
    "events": "SELECT * FROM events",
    "stories": "SELECT * FROM stories",
    "incidents": "SELECT * FROM incidents",
    "agreements": "SELECT * FROM agreements",
    "agreement_stages": "SELECT * FROM agreement_stages",
    "documents": "SELECT * EXCLUDE (ingested_at) FROM documents",
}


def _ingest(folder: Path, db: Path, seed: str) -> dict[str, list[tuple]]:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run([sys.executable, "-m", "detente", "ingest", str(folder), "--db", str(db),
                           "--workers", "2", "--batch-size", "2"], env=env, capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, done.stderr
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: sorted(map(repr, con.execute(q).fetchall())) for t, q in TABLES.items()}
    finally:
        con.close()


def test_two_hash_seeds_store_identical_rows(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in REPORTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    first = _ingest(folder, tmp_path / "one.duckdb", "1")
    second = _ingest(folder, tmp_path / "two.duckdb", "2")
    assert first["events"] and first["stories"] and first["incidents"]
    for table in TABLES:
        assert first[table] == second[table], table
    story_of = dict(duckdb.connect(str(tmp_path / "one.duckdb"), read_only=True).execute(
        "SELECT d.path, s.story_id FROM stories s JOIN documents d USING (doc_id)").fetchall())
    by_name = {Path(p).name: s for p, s in story_of.items()}
    assert by_name["a.txt"] == by_name["b.txt"] == by_name["c.txt"] != by_name["d.txt"]
