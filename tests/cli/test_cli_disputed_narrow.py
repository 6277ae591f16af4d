"""`detente incidents --disputed` says what the sources say, and on an 80-column terminal keeps it: the list
showed only the field's name ("date") and left out reports, docs and outlets at 80 columns, so a reader had to
open every incident to see what disagrees (newcomer15, session 26, on realnews)."""
from __future__ import annotations

import io

import pytest
from rich.console import Console
from typer.testing import CliRunner

from detente.cli import cmd_incidents
from detente.cli.main import app

from tests.cli.test_cli_newcomer19 import db  # noqa: F401  (the fixture: one recall disputed on its date)

RUNNER = CliRunner()
SAID = "date: 2025-02-06 (1 outlet) vs 2025-02-07 (1 outlet)"


def _printed(db: str, width: int, *options: str) -> str:  # noqa: F811
    console = Console(file=io.StringIO(), width=width, highlight=False, markup=False)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(cmd_incidents, "out", console)
        result = RUNNER.invoke(app, ["incidents", "--db", db, *options])
    assert result.exit_code == 0, result.output
    return console.file.getvalue()


def test_at_80_columns_each_disputed_incident_is_a_block_with_what_each_side_says_and_its_counts(db):  # noqa: F811
    text = _printed(db, 80, "--disputed")
    lines = [line.rstrip() for line in text.splitlines()]
    assert any(line.startswith("incident i") and len(line.split()[1]) == 17 for line in lines), text
    assert f"  disputed    {SAID}" in lines
    assert any(line.startswith("  outlets     ") for line in lines)
    assert any(line.startswith("  reports     ") for line in lines)
    assert all(len(line) <= 80 for line in lines)


def test_a_wide_terminal_keeps_the_table_with_the_values_and_the_plain_list_keeps_field_names(db):  # noqa: F811
    wide = _printed(db, 200, "--disputed")
    assert "┃ incident" in wide and SAID in wide, wide
    plain = _printed(db, 200)
    assert "2025-02-06 (1 outlet)" not in plain and "│ date " in plain.replace("│ date       │", "")


def test_a_table_that_would_cut_what_the_sources_say_is_printed_as_blocks():
    # realnews piped (200 columns): every column fitted, but only by cutting the disagreement beside a long
    # target, "… vs 2023-03-10 (1 outl…" (newcomer16, session 27)
    from detente.cli.output import show_list

    said = "date: 2023-03-06 (2 outlets) vs 2023-03-10 (1 outlet)"
    rows = [("i1", "IRN (+SAU, IRN→CHN, IRN→IRQ, IRN→OMN, SAU→CHN)", said)]
    console = Console(file=io.StringIO(), width=90, highlight=False, markup=False)
    show_list(console, [("incident", False), ("target", True), ("disputed", True)], rows, blocks_if_cut=True,
              whole=("disputed",))
    text = console.file.getvalue()
    assert text.startswith("incident i1") and said in text, text
    plain = Console(file=io.StringIO(), width=90, highlight=False, markup=False)
    show_list(plain, [("incident", False), ("target", True), ("disputed", True)], rows)  # without: the table
    assert "incident" in plain.file.getvalue() and not plain.file.getvalue().startswith("incident i1")
