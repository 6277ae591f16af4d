"""List tables on a narrow terminal (cli/output.fitted_table): at 80 columns Rich shrank every no-wrap column of
`detente events` to nothing, ids to "ead039…" and date, type, status, source and target to zero width (newcomer
session 25, realnews)."""
from __future__ import annotations

import io

from rich.console import Console

from detente.cli.output import fitted_table

EVENTS = [(c, c == "evidence") for c in ("event", "date", "type", "status", "source", "target", "evidence")]
ROWS = [("e0a1b2c3d4e5f6a7b", "2024-03-05", "THREATEN", "asserted", "KEN GOV", "TZA",
         "The Kenyan government warned on Tuesday that it would close the lake border if the talks failed."),
        ("e1a1b2c3d4e5f6a7b", "2024-03-04", "AGREE", "pending", "TZA", "-", "Tanzania said it would sign the pact.")]


def printed(width: int, columns=EVENTS, rows=ROWS, optional=("evidence", "status")) -> tuple[str, list[str]]:
    console = Console(file=io.StringIO(), width=width, highlight=False, markup=False)
    table, left_out = fitted_table(console, columns, rows, optional=optional)
    console.print(table)
    return console.file.getvalue(), left_out


def test_at_80_columns_ids_and_codes_stay_whole_and_the_text_column_is_left_out_and_named():
    text, left_out = printed(80)
    assert left_out == ["evidence"]
    for cell in ROWS[0][:6] + ROWS[1][:6]:
        assert cell in text, (cell, text)  # the whole id, to paste into `detente show`
    assert all(len(line) <= 80 for line in text.splitlines())


def test_a_wide_terminal_gets_every_column_in_the_usual_boxed_table():
    text, left_out = printed(200)
    assert left_out == [] and "┏" in text and "close the lake border" in text


def test_between_the_text_column_shrinks_with_an_ellipsis_and_shares_its_room():
    text, left_out = printed(110)
    assert left_out == [] and "The Kenyan government" in text and "…" in text
    assert all(len(line) <= 110 for line in text.splitlines())
    columns = [("agreement", False), ("name", True), ("parties", True), ("stage", False), ("last", False)]
    rows = [("a602afb86a4369021", "Lake Victoria Fisheries Management Agreement", "KEN, TZA, UGA", "signed",
             "2024-03-05")]
    text, left_out = printed(70, columns, rows, optional=())
    assert "a602afb86a4369021" in text and "2024-03-05" in text and "signed" in text, text
    assert all(len(line) <= 70 for line in text.splitlines())
