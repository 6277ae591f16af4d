"""`detente ingest --engine spark` says what it is doing while Spark starts (a small run printed nothing for its
first 60-70 s: newcomer16, session 27), and an error in the start still ends in one `error:` line."""
from __future__ import annotations

from typer.testing import CliRunner

from detente.cli.main import app
from detente.errors import ConfigError
from detente.runners import spark

RUNNER = CliRunner()


def _stopped_at_start(monkeypatch, tmp_path):
    (tmp_path / "a.txt").write_text("Kenya and Tanzania signed a trade deal on Monday.", encoding="utf-8")

    def session(master, scratch):
        raise ConfigError("the test stops here, where the JVM would start")

    monkeypatch.setattr(spark, "_session", session)
    return RUNNER.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--engine", "spark", "--db",
                               str(tmp_path / "s.duckdb")])


def test_a_line_says_spark_is_starting_before_the_jvm_starts(monkeypatch, tmp_path):
    result = _stopped_at_start(monkeypatch, tmp_path)
    out = result.output
    assert "ingest: starting Spark (local[*]) for 1 of 1 inputs" in out
    assert "about a minute" in out
    assert out.index("starting Spark") < out.index("error: the test stops here")
    assert result.exit_code == 2 and "Traceback" not in out


def test_each_phase_is_said_once_in_order(monkeypatch, tmp_path):
    said = []

    class Session:
        sparkContext = None

        def stop(self):
            said.append("stopped")

    monkeypatch.setattr(spark, "_session", lambda master, scratch: Session())
    monkeypatch.setattr(spark, "_coded_results", lambda *args, **kwargs: iter(()))
    (tmp_path / "a.txt").write_text("Kenya and Tanzania signed a trade deal on Monday.", encoding="utf-8")
    options = spark.RunOptions(db=str(tmp_path / "s.duckdb"), workers=1)
    spark.run_ingest_spark([str(tmp_path / "a.txt")], options, say=said.append)
    assert [line.split(" ")[0] for line in said] == ["starting", "Spark", "stopped", "0"]
    assert said[1].startswith("Spark started in ") and said[3].startswith("0 new documents coded in ")
