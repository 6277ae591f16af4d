"""`detente web`: refuses a missing or foreign file, and serves 127.0.0.1 by default."""
from __future__ import annotations

import typer
from typer.testing import CliRunner

from detente.cli import cmd_web

from tests.web.web_corpus import build_store


def said(result) -> str:
    return " ".join(result.output.split())  # rich wraps long messages at the terminal width


def web_cli() -> typer.Typer:
    app = typer.Typer()
    cmd_web.register(app)
    app.command("noop", hidden=True)(lambda: None)  # a second command keeps `web` a subcommand
    return app


def test_missing_database_is_refused_with_exit_2(tmp_path):
    result = CliRunner().invoke(web_cli(), ["web", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2 and "does not exist" in said(result) and "detente ingest" in said(result)


def test_a_folder_that_is_not_a_dataset_is_refused(tmp_path):
    result = CliRunner().invoke(web_cli(), ["web", "--db", str(tmp_path)])
    assert result.exit_code == 3 and "not a detente Parquet dataset" in said(result)
    result = CliRunner().invoke(web_cli(), ["web", "--db", str(tmp_path / "none") + "/"])
    assert result.exit_code == 2 and "does not exist" in said(result)


def test_a_file_that_is_not_a_database_is_exit_3(tmp_path):
    bad = tmp_path / "notes.duckdb"
    bad.write_text("not a database")
    result = CliRunner().invoke(web_cli(), ["web", "--db", str(bad)])
    assert result.exit_code == 3 and "is not a DuckDB database file" in said(result)


def test_serves_the_app_on_localhost_by_default(tmp_path, monkeypatch):
    import uvicorn

    db = str(tmp_path / "ok.duckdb")
    build_store(db)
    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append((app, kw)))
    result = CliRunner().invoke(web_cli(), ["web", "--db", db, "--port", "9911"])
    assert result.exit_code == 0, result.output
    (app, kw), = calls
    assert kw["host"] == "127.0.0.1" and kw["port"] == 9911
    assert {"/api/summary", "/api/events"} <= {r.path for r in app.routes}


def test_a_parquet_dataset_folder_is_served_as_the_help_says(tmp_path, monkeypatch):
    import uvicorn

    from detente import store
    from tests.conftest import make_coded

    root = str(tmp_path / "news") + "/"
    store.write_part(root, [make_coded("Kenya and Tanzania signed a trade agreement on Tuesday, officials said.")])
    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append(app))
    result = CliRunner().invoke(web_cli(), ["web", "--db", root])
    assert result.exit_code == 0, result.output
    assert len(calls) == 1
