"""The CLI end to end on the seed articles: ingest, events, show, explain, export; exit codes."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import SEEDS, need_shared
from tests.runners.corpus import write_corpus


def detente(*args: str, check_codes=(0,)) -> subprocess.CompletedProcess:
    proc = subprocess.run([sys.executable, "-m", "detente", *args], capture_output=True, text=True, timeout=600)
    assert proc.returncode in check_codes, (args, proc.returncode, proc.stdout[-3000:], proc.stderr[-3000:])
    assert "Traceback" not in proc.stderr
    return proc


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory):
    need_shared()
    db = str(tmp_path_factory.mktemp("cli") / "seeds.duckdb")
    proc = detente("ingest", *sorted(str(p) for p in SEEDS.glob("*.txt")), "--db", db)
    assert "5 new documents" in proc.stdout
    return db


@pytest.fixture(scope="module")
def exported(seeds_db, tmp_path_factory):
    out = tmp_path_factory.mktemp("export") / "events.jsonl"
    detente("export", "events", "--db", seeds_db, "--format", "jsonl", "--output", str(out))
    return [json.loads(line) for line in out.read_text().splitlines()]


def test_ingest_codes_interstate_events_from_the_seeds(exported):
    pairs = {(e["source"]["country"], e["target"]["country"]) for e in exported if e["target"]}
    assert {("PAK", "USA"), ("USA", "PAK")} & pairs and {("PAK", "AFG"), ("AFG", "PAK")} & pairs
    assert all(e["evidence"]["segment_role"] in ("title", "body", "caption") for e in exported)


def test_events_filters_by_dyad_and_type(seeds_db, exported):
    agree = [e for e in exported if e["event_type"] == "AGREE" and e["target"]
             and {e["source"]["country"], e["target"]["country"]} == {"PAK", "USA"}]
    proc = detente("events", "--db", seeds_db, "--dyad", "USA-PAK", "--type", "AGREE", "--limit", "0")
    assert f"{len(agree)} events" in proc.stdout and len(agree) > 0


def test_events_and_export_keep_only_confident_events(seeds_db, exported, tmp_path):
    sure = [e for e in exported if e["confidence"] >= 0.9]
    proc = detente("events", "--db", seeds_db, "--min-confidence", "0.9", "--limit", "0")
    assert f"{len(sure)} events" in proc.stdout
    out = tmp_path / "sure.jsonl"
    detente("export", "events", "--db", seeds_db, "--min-confidence", "0.9", "--output", str(out))
    assert sorted(json.loads(line)["event_id"] for line in out.read_text().splitlines()) == sorted(e["event_id"] for e in sure)
    bad = detente("events", "--db", seeds_db, "--min-confidence", "90", check_codes=(2,))
    assert bad.returncode == 2 and "between 0 and 1" in bad.stdout + bad.stderr


def test_show_and_explain_an_event(seeds_db, exported):
    event = exported[0]
    shown = detente("show", event["event_id"], "--db", seeds_db).stdout
    # piped, the trigger is marked »thus« in the evidence (no terminal to draw reverse video): the sentence reads
    # whole once the marks are taken out, and the marked words are the event's trigger
    evidence = shown.replace("\n", " ")
    assert event["event_type"] in shown and event["evidence"]["sentence"][:30] in evidence.replace("»", "").replace("«", "")
    assert f"»{event['evidence']['trigger']}«" in evidence and f"trigger: {event['evidence']['trigger']} (chars" in shown
    explained = detente("explain", event["event_id"], "--db", seeds_db).stdout
    for label in ("trigger", "rule", "source", "status", "date"):
        assert label in explained


@pytest.mark.parametrize("fmt", ["csv", "tsv", "parquet"])
def test_export_formats(seeds_db, exported, tmp_path, fmt):
    out = tmp_path / f"events.{fmt}"
    proc = detente("export", "events", "--db", seeds_db, "--format", fmt, "--output", str(out))
    assert f"wrote {len(exported)} events" in proc.stderr and out.stat().st_size > 0


def test_usage_errors_exit_2_with_a_message(seeds_db):
    assert "PAK-USA" in detente("events", "--db", seeds_db, "--dyad", "PAKUSA", check_codes=(2,)).stderr
    assert "no event" in detente("show", "e000", "--db", seeds_db, check_codes=(2,)).stderr
    detente("export", "events", "--db", seeds_db, "--format", "xml", "--output", "x", check_codes=(2,))
    detente("ingest", check_codes=(2,))


def test_partial_failure_exits_1_and_lists_reasons(tmp_path):
    write_corpus(tmp_path / "in", docs=2)
    (tmp_path / "in" / "bad.jsonl").write_text('{"text": \n', encoding="utf-8")
    (tmp_path / "in" / "page.html").write_bytes(b"\x00\x01\x02binary")
    proc = detente("ingest", str(tmp_path / "in"), "--db", str(tmp_path / "t.duckdb"), check_codes=(1,))
    assert "bad_json" in proc.stdout and "binary" in proc.stdout and "2 new documents" in proc.stdout


def test_clean_input_exits_0(tmp_path):
    write_corpus(tmp_path / "in", docs=2)
    detente("ingest", str(tmp_path / "in"), "--db", str(tmp_path / "t.duckdb"), check_codes=(0,))


def test_reading_a_missing_database_is_a_clear_error(tmp_path):
    # A path that names nothing is the user's mistake (exit 2, as sqlite-utils and datasette do), said in words.
    proc = detente("events", "--db", str(tmp_path / "none.duckdb"), check_codes=(2,))
    assert "none.duckdb does not exist" in proc.stderr and "detente ingest" in proc.stderr
    assert "IO Error" not in proc.stderr


def test_jsonl_field_names_are_configurable(tmp_path):
    line = ('{"body": "Kenya and Tanzania signed a border trade agreement on Tuesday in Arusha, officials said.", '
            '"headline": "Kenya, Tanzania sign deal"}\n')
    (tmp_path / "feed.jsonl").write_text(line, encoding="utf-8")
    default = detente("ingest", str(tmp_path / "feed.jsonl"), "--db", str(tmp_path / "a.duckdb"), check_codes=(1,))
    assert "no_text" in default.stdout
    custom = detente("ingest", str(tmp_path / "feed.jsonl"), "--db", str(tmp_path / "b.duckdb"),
                     "--text-field", "text,body", "--title-field", "headline")
    assert "1 new document," in custom.stdout


def test_standard_input_is_ingested(tmp_path):
    text = "Chile and Peru agreed on Monday to reopen their border crossing, the two foreign ministries said.\n"
    proc = subprocess.run([sys.executable, "-m", "detente", "ingest", "-", "--db", str(tmp_path / "s.duckdb")],
                          input=text, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0 and "1 new document," in proc.stdout, proc.stderr


@pytest.mark.parametrize("flag", ["--ner", "--fast"])
def test_ingest_with_the_recogniser_or_the_old_fast_flag(tmp_path, flag):
    """`--ner` (entities from the model's recogniser) stores the same kind of events through the CLI as the
    default (entities from rules); `--fast`, the rules' flag before they became the default, is still accepted."""
    text = "Chile and Peru agreed on Monday to reopen their border crossing, the two foreign ministries said.\n"
    (tmp_path / "a.txt").write_text(text)
    db = str(tmp_path / "f.duckdb")
    proc = detente("ingest", str(tmp_path / "a.txt"), "--db", db, flag)
    assert "1 new document," in proc.stdout
    out = detente("sql", "SELECT source_country, target_country FROM events", "--db", db, "--format", "csv").stdout
    assert "CHL" in out and "PER" in out


def test_incidents_count_each_real_world_event_once_and_show_their_reports(seeds_db, exported):
    assert all(e["incident_id"] for e in exported)
    incidents = {e["incident_id"] for e in exported}
    assert len(incidents) < len(exported)  # the seeds report some acts in several sentences
    proc = detente("incidents", "--db", seeds_db, "--limit", "0")
    assert f"{len(incidents)} incidents" in proc.stdout
    busiest = max(incidents, key=lambda i: sum(e["incident_id"] == i for e in exported))
    shown = detente("incidents", busiest, "--db", seeds_db)
    for event in (e for e in exported if e["incident_id"] == busiest):
        assert event["event_id"] in shown.stdout
    assert "reports in" in shown.stdout  # event rows are its reports, as on the web page


def test_incidents_as_json_lines_carry_counts_contradictions_and_event_ids(seeds_db, exported):
    lines = [json.loads(line) for line in detente("incidents", "--db", seeds_db, "--limit", "0", "-f", "jsonl")
             .stdout.splitlines()]
    assert sorted(e for i in lines for e in i["event_ids"]) == sorted(e["event_id"] for e in exported)
    assert all(i["n_mentions"] == len(i["event_ids"]) and isinstance(i["contradictions"], list) for i in lines)


def test_an_unknown_incident_is_a_usage_error(seeds_db):
    proc = detente("incidents", "i0000", "--db", seeds_db, check_codes=(2,))
    assert "no incident" in proc.stderr
