"""`detente ingest --engine spark` gives its rate over the time after Spark's start: "8 new documents in 96 s
(0.1 documents/s)" counted the JVM's start-up and read as detente's speed (newcomer17, session 28)."""
from __future__ import annotations

import types

from typer.testing import CliRunner

from detente.cli import cmd_ingest
from detente.cli.main import app
from detente.runners import spark
from detente.runners.summary import RunSummary

RUNNER = CliRunner()


def _summary_line(monkeypatch, tmp_path, summary: RunSummary) -> str:
    (tmp_path / "a.txt").write_text("Kenya and Tanzania signed a trade deal on Monday.", encoding="utf-8")
    monkeypatch.setattr(spark, "run_ingest_spark", lambda paths, options, master, say: summary)
    result = RUNNER.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--engine", "spark", "--db",
                                 str(tmp_path / "s.duckdb")])
    assert result.exit_code == 0, result.output
    return next(line for line in result.output.splitlines() if "new documents" in line)


def test_the_rate_leaves_out_sparks_start(monkeypatch, tmp_path):
    line = _summary_line(monkeypatch, tmp_path, RunSummary(documents=8, events=73, seconds=96.0, startup_seconds=56.0))
    assert "in 96.0s (56 s of it starting Spark; 0.2 documents/s in the 40 s after" in line
    assert "(0.1 documents/s)" not in line


def test_a_run_that_coded_nothing_still_says_what_the_time_was(monkeypatch, tmp_path):
    line = _summary_line(monkeypatch, tmp_path, RunSummary(documents=0, seconds=30.0, startup_seconds=29.0))
    assert line.endswith("in 30.0s (29 s of it starting Spark)")


def test_the_local_engine_says_its_rate_includes_loading_the_model():
    """One page ingested locally said "(0.1 documents/s)": 15 s, most of it the model's loading (newcomer18)."""
    assert cmd_ingest.rate_note(RunSummary(documents=50, seconds=10.0)) == " (5.0 documents/s, the model's loading included)"
    assert cmd_ingest.rate_note(RunSummary(documents=0, seconds=10.0)) == ""


def test_the_spark_runner_counts_its_start(monkeypatch, tmp_path):
    clock = iter([100.0, 127.0, 150.0, 160.0])
    monkeypatch.setattr(spark, "time", types.SimpleNamespace(monotonic=lambda: next(clock)))

    class Session:
        sparkContext = None

        def stop(self):
            pass

    monkeypatch.setattr(spark, "_session", lambda master, scratch: Session())
    monkeypatch.setattr(spark, "_coded_results", lambda *args, **kwargs: iter(()))
    (tmp_path / "a.txt").write_text("Kenya and Tanzania signed a trade deal on Monday.", encoding="utf-8")
    said = []
    summary = spark.run_ingest_spark([str(tmp_path / "a.txt")], spark.RunOptions(db=str(tmp_path / "s.duckdb"), workers=1),
                                     say=said.append)
    assert summary.startup_seconds == 27.0 and summary.seconds == 60.0
    # the progress line too: "8 new documents coded in 87 s" counted the start (a real run on demo/texts)
    assert said[-1].startswith("0 new documents coded in 23 s after Spark's start (50 s in all);")
