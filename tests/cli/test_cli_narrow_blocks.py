"""Below 70 columns a list is printed one record per block (cli/output.show_list), as `git log` prints: at
60 columns the fitted table of `detente incidents` had left out every column it may and still cut the pairs
and what the sources disagree on (newcomer15, session 26)."""
from __future__ import annotations

import io

from rich.console import Console

from detente.cli.output import show_list

INCIDENTS = [(c, c == "target") for c in ("incident", "date", "type", "status", "source", "target", "reports",
                                          "docs", "outlets", "confidence", "disputed")]
ROWS = [("i0a1b2c3d4e5f6a7b", "2024-03-05", "ASSAULT", "asserted", "KEN MIL", "TZA (+UGA)", "4", "3", "2", "0.81",
         "status, date, parties"),
        ("i1a1b2c3d4e5f6a7b", "2024-03-04", "AGREE", "pending", "TZA", "KEN", "1", "1", "1", "0.40", "-")]


def shown(width: int) -> str:
    console = Console(file=io.StringIO(), width=width, highlight=False, markup=False)
    show_list(console, INCIDENTS, ROWS, optional=("docs", "confidence", "outlets", "reports"))
    return console.file.getvalue()


def test_under_70_columns_each_record_is_a_block_with_every_field_whole_on_its_own_line():
    text = shown(50)
    lines = text.splitlines()
    assert "incident i0a1b2c3d4e5f6a7b" in lines and "incident i1a1b2c3d4e5f6a7b" in lines
    for header, value in zip(("date", "type", "status", "source", "target", "reports", "docs", "outlets",
                              "confidence", "disputed"), ROWS[0][1:]):
        assert any(line.split() == [header] + value.split() for line in lines), (header, text)
    assert all(len(line) <= 50 for line in lines) and "┏" not in text and "…" not in text


def test_from_70_columns_the_list_is_still_a_table():
    text = shown(70)
    assert "incident i0a1b2c3d4e5f6a7b" not in text and "i0a1b2c3d4e5f6a7b" in text
    assert all(len(line) <= 70 for line in text.splitlines())


def test_sql_that_fits_is_the_wrapped_table_and_what_does_not_is_a_fitted_table_or_blocks(monkeypatch):
    from detente.cli import output

    def rendered(width: int, columns, rows) -> str:
        console = Console(file=io.StringIO(), width=width, highlight=False, markup=False)
        monkeypatch.setattr(output, "table_console", lambda: console)
        output.sql_table(columns, rows)
        return console.file.getvalue()

    sentence = "Kenya and Tanzania signed a fisheries pact on Lake Victoria on Tuesday after two years of talks."
    columns = ("event_id", "date", "event_type", "source_country", "target_country", "sentence")
    row = ("e21b7f740cd89298c", "2024-03-05", "AGREE", "KEN", "TZA", sentence)
    assert "┏" in rendered(200, columns, [row])  # fits: the usual table, as before
    text = rendered(80, columns, [row])  # 91 columns even squeezed: one block, the id and sentence whole
    assert "event_id e21b7f740cd89298c" in text and "sentence" in text and "two years of talks." in text
    assert all(len(line) <= 80 for line in text.splitlines())
    text = rendered(80, columns[:3] + columns[5:], [row[:3] + row[5:]])  # fits once the sentence shrinks
    assert "e21b7f740cd89298c" in text and "Kenya and Tanzania" in text and "…" in text and "┏" not in text
