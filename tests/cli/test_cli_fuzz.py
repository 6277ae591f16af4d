"""Every command of the `detente` app, with random and hostile arguments: no run shows a traceback or
an internal error, and every exit code is one the README lists (0, 1, 2, 3).

The commands are discovered from the Typer app, so a command added later is driven too. Runs are
in-process (typer's CliRunner) inside a scratch folder, so relative paths land there; absolute paths
come only from the pools below (never a system file that a write could replace).
"""
from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
import typer
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from detente import store
from detente.cli.edge import EXIT_CODES
from detente.cli.main import app
from tests.conftest import make_coded

COMMANDS = typer.main.get_command(app).commands
RUNNER = CliRunner()
HOSTILE = ["", " ", "-", "--", "-5", "0", "1", "99999", "-99999999999999999999", "1e309", "nan", "inf", "0x1F",
           "FOO", "agree", "AGREE", "maybe", "negated", "PAK", "PAK-USA", "PAK-", "-USA", "USA-PAK-AFG",
           "2024", "2024-13", "2024-02-30", "2024-02-29", "0000-00-00", "9999-12-31", "20240101",
           "jsonl", "csv", "parquet", "xml", "events", "documents", "local", "foo",
           "'; DROP TABLE events; --", "%s %n", "{0}", "[red]markup[/red]", "[/]", "\\", "日本語", "💥",
           "x" * 5000, "a\x00b", "line\nbreak", "\t", "~", "..", ".", "nonexistent.duckdb", "e.jsonl", "e.parquet",
           "127.0.0.1", "0.0.0.0", "::1", "nowhere.invalid", "local[*]", "spark://nowhere:7077", "text,body,,"]
# Random text without path separators: a relative name in the scratch folder, never a system path.
RANDOM_TEXT = st.text(alphabet=st.characters(blacklist_characters="/\\", blacklist_categories=("Cs",)), max_size=25)


@pytest.fixture(scope="module")
def workspace(tmp_path_factory) -> dict[str, list[str]]:
    """Databases and files of every kind a user might point a command at."""
    root = tmp_path_factory.mktemp("fuzz")
    good = str(root / "good.duckdb")
    coded = make_coded("Kenya and Tanzania signed a border trade agreement on Tuesday, officials said.", events=2)
    store.write_batch(good, [coded], [])
    empty = str(root / "empty.duckdb")
    store.connect(empty).close()
    other = str(root / "other.duckdb")
    con = duckdb.connect(other)
    con.execute("CREATE TABLE t (x INTEGER)")
    con.close()
    (root / "prose.txt").write_text("Not a database, only a sentence about talks.\n", encoding="utf-8")
    (root / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (root / "folder").mkdir()
    event_ids = [e.event_id for e in coded.events]
    return {
        "db": [good, good, good, empty, other, str(root / "prose.txt"), str(root / "folder"), str(root / "missing" / "x.duckdb")],
        "path": [str(root / "prose.txt"), str(root / "binary.txt"), str(root / "folder"), str(root / "absent.txt")],
        "output": [str(root / "out.jsonl"), str(root / "out.csv"), str(root / "out.parquet"), str(root / "folder"),
                   str(root / "missing" / "out.jsonl")],
        "id": event_ids + [coded.article.doc_id, "e000"],
        "root": [str(root)],
    }


# Values a user would plausibly give, by parameter name, so that runs get past the first check and
# reach the database and the writers; a parameter of a later command falls back to its type.
PLAUSIBLE = {"country": ["KEN", "tza", "USA"], "dyad": ["KEN-TZA", "usa-pak"], "type": ["AGREE", "assault"],
             "since": ["2024", "2024-03", "2024-03-05"], "until": ["2025", "2024-03-05"], "status": ["asserted"],
             "what": ["events", "documents"], "format": ["jsonl", "csv", "tsv", "parquet"], "engine": ["local"],
             "limit": ["0", "1", "10"], "workers": ["1"], "batch_size": ["1", "64"], "max_mb": ["0.5", "10"],
             "port": ["8765", "18765"], "host": ["127.0.0.1", "localhost"]}
_BY_TYPE = {"int": ["0", "1", "3"], "float": ["0.5", "2"]}


HOSTILE_VALUES = st.one_of(st.sampled_from(HOSTILE), RANDOM_TEXT, st.integers(-2**70, 2**70).map(str))


def _plausible(param, pools: dict[str, list[str]]) -> list[str]:
    name = (param.name or "").lower()
    pool = next((pools[key] for key in ("db", "output", "path", "id") if key in name), None)
    return pool or PLAUSIBLE.get(name) or _BY_TYPE.get(_type_name(param), pools["id"])


def _type_name(param) -> str:
    bare = getattr(param, "bare_type", None)  # typer's parameters; a plain click one has .type
    return bare() if bare else getattr(getattr(param, "type", None), "name", "")


@st.composite
def invocations(draw, pools: dict[str, list[str]]) -> list[str]:
    name = draw(st.sampled_from(sorted(COMMANDS)))
    hostility = draw(st.sampled_from([0, 15, 50, 100]))  # percent of values that are hostile or random

    def value(param) -> str:
        hostile = draw(st.integers(0, 99)) < hostility
        return draw(HOSTILE_VALUES if hostile else st.sampled_from(_plausible(param, pools)))

    args = [name]
    for param in COMMANDS[name].params:
        if param.param_type_name == "argument":
            count = draw(st.integers(0, 3 if param.nargs == -1 else 1)) if draw(st.integers(0, 9)) == 0 else 1
            args += [value(param) for _ in range(count)]
        elif draw(st.integers(0, 9)) < (9 if param.required or "db" in (param.name or "") else 3):
            args.append(draw(st.sampled_from(param.opts + param.secondary_opts)))
            if not param.is_flag:
                args.append(value(param))
    if draw(st.integers(0, 4)) == 0:  # a stray word or option on the line
        args.append(draw(st.one_of(st.sampled_from(HOSTILE), RANDOM_TEXT)))
    return args


@contextlib.contextmanager
def inside(folder: str):
    before = os.getcwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(before)


def run(args: list[str], folder: str):
    with inside(folder):
        return RUNNER.invoke(app, args, input="")


def assert_clean(result, args: list[str]) -> None:
    shown = result.output  # typer's runner mixes standard error into output
    assert result.exit_code in EXIT_CODES, (args, result.exit_code, shown[-2000:], result.exception)
    assert result.exception is None or isinstance(result.exception, SystemExit), (args, repr(result.exception))
    assert "Traceback" not in shown, (args, shown[-2000:])
    assert "internal error" not in shown, (args, shown[-2000:])


@pytest.fixture(autouse=True)
def no_server(monkeypatch):
    """`detente web` with good arguments would serve forever: record the call instead."""
    import uvicorn

    monkeypatch.setattr(uvicorn, "run", lambda *a, **k: None)


def test_every_command_is_driven():
    assert {"ingest", "events", "show", "explain", "export", "web"} <= set(COMMANDS)


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_has_help_and_refuses_an_unknown_option(name, tmp_path):
    assert_clean(help_result := run([name, "--help"], str(tmp_path)), [name, "--help"])
    assert help_result.exit_code == 0 and "Usage" in help_result.output
    refused = run([name, "--no-such-option"], str(tmp_path))
    assert_clean(refused, [name, "--no-such-option"])
    assert refused.exit_code == 2


@pytest.mark.filterwarnings("error::pytest.PytestUnhandledThreadExceptionWarning")  # a thread's traceback counts
def test_random_and_hostile_arguments(workspace):
    @settings(max_examples=int(os.environ.get("DETENTE_FUZZ_EXAMPLES", "250")), deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(args=invocations(workspace))
    def check(args):
        assert_clean(run(args, workspace["root"][0]), args)

    check()


@pytest.mark.parametrize("args", [
    [b"events", b"--db", b"\xff.duckdb"], [b"ingest", b"caf\xe9.txt", b"--db", b"t.duckdb"],
    [b"events", b"--db", b"t.duckdb", b"--type", b"\xff\xfe"], [b"export", b"events", b"-o", b"\xff/e.jsonl"],
    [b"\xff"], [b"web", b"--host", b"\xff", b"--db", b"t.duckdb"],
])
def test_arguments_that_are_not_utf8_in_a_real_process(args, tmp_path):
    # Only a real process gets argv bytes that are not UTF-8 (Python keeps them as lone surrogates).
    (tmp_path / os.fsdecode(b"caf\xe9.txt")).write_text("Talks on the border resumed on Monday.\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "detente", *args], capture_output=True, cwd=tmp_path, timeout=300)
    shown = (proc.stdout + proc.stderr).decode("utf-8", "replace")
    assert proc.returncode in EXIT_CODES and "Traceback" not in shown and "internal error" not in shown, (args, shown)
