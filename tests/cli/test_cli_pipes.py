"""Output read by another program: a reader that stops early, and `export -f json` (newcomer session 8: a table
into `| head` exited 1, the code that says some inputs could not be read, and `export -f json` was refused)."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from detente import store

from tests.cli.test_cli_commands import detente
from tests.conftest import make_coded

TEXT = "Chile and Peru signed a fisheries accord in Lima on Monday, officials said."


@pytest.fixture(scope="module")
def many(tmp_path_factory):
    """More rows than a pipe holds, so every writer meets the closed pipe whatever the timing."""
    db = str(tmp_path_factory.mktemp("pipes") / "many.duckdb")
    store.write_batch(db, [make_coded(f"{TEXT} Talks number {i} went on.", events=3) for i in range(400)], [])
    return db


def _into_head(args: str, stderr_too: bool = False) -> subprocess.CompletedProcess:
    both = " 2>&1" if stderr_too else ""
    cmd = f"{sys.executable} -m detente {args}{both} | head -n 1"
    return subprocess.run(["bash", "-o", "pipefail", "-c", cmd], capture_output=True, text=True, timeout=300)


@pytest.mark.parametrize("args", ["events --limit 0", "incidents --limit 0", "sql 'SELECT event_id FROM events'",
                                  "events --limit 0 -f csv"])
@pytest.mark.parametrize("stderr_too", [False, True])
def test_a_list_read_by_head_ends_with_code_0_and_no_traceback(many, args, stderr_too):
    proc = _into_head(f"{args} --db {many}", stderr_too)
    assert proc.returncode == 0, (proc.stdout, proc.stderr)
    assert len(proc.stdout.splitlines()) == 1 and "Traceback" not in proc.stderr + proc.stdout


def test_export_json_is_one_array_like_events_json(many):
    exported = json.loads(detente("export", "events", "--db", many, "-f", "json", "--limit", "5").stdout)
    listed = json.loads(detente("events", "--db", many, "-f", "json", "--limit", "5").stdout)
    assert len(exported) == 5 and {e["event_id"] for e in exported} <= {e["event_id"] for e in json.loads(
        detente("export", "events", "--db", many, "-f", "json").stdout)}
    assert sorted(exported[0]) == sorted(listed[0])  # the same record fields


def test_export_json_of_a_table_and_to_a_neutral_file(many, tmp_path):
    stories = json.loads(detente("export", "stories", "--db", many, "-f", "json").stdout)
    assert isinstance(stories, list) and stories and "story_id" in stories[0]
    out = tmp_path / "events.txt"
    detente("export", "events", "--db", many, "-f", "json", "-o", str(out))
    assert len(json.loads(out.read_text())) == 1200


def test_export_json_into_a_jsonl_file_is_refused_naming_both(many, tmp_path):
    proc = detente("export", "events", "--db", many, "-f", "json", "-o", str(tmp_path / "e.jsonl"), check_codes=(2,))
    assert "--format json" in proc.stderr and ".jsonl" in proc.stderr and not (tmp_path / "e.jsonl").exists()


def test_a_progress_line_in_a_log_counts_a_batch_s_documents_and_its_inputs_together(capsys):
    # A batch reports its documents, then its inputs; a line printed between them read "0 of 5 inputs done,
    # 5 documents stored" (newcomer session 8, the seeds benchmark).
    from detente.cli.cmd_ingest import LogProgress

    progress = LogProgress(5, "x.duckdb", every=0)
    progress("documents", 5)
    progress("inputs", 5)
    lines = capsys.readouterr().err.splitlines()
    assert lines[0].startswith("ingest: 5 inputs → x.duckdb")
    assert lines[1:] == ["ingest: 5 of 5 inputs done, 5 new documents stored, 0 s"]


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="needs a folder no file can be made in: Linux's /proc")
def test_an_output_that_cannot_be_made_is_named_as_given(many):
    proc = detente("export", "events", "--db", many, "-o", "/proc/detente-test.csv", check_codes=(3,))
    assert "cannot use /proc/detente-test.csv:" in proc.stderr and ".partial" not in proc.stderr


def test_a_database_path_with_brackets_is_printed_as_written(tmp_path):
    # The fuzz test's '--db [/]' met rich markup in ingest's first log line: "internal error (MarkupError…)".
    text = tmp_path / "a.txt"
    text.write_text(TEXT + "\n", encoding="utf-8")
    db = tmp_path / "[bold]x.duckdb"
    proc = detente("ingest", str(text), "--db", str(db), "--workers", "1")
    assert f"→ {db};" in proc.stderr and "internal error" not in proc.stderr
