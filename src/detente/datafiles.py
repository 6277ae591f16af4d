"""Rows of the knowledge files shipped under a stage (`detente/<stage>/data/*.tsv`), with their line numbers.

A malformed row is a KnowledgeError naming `file:line` and what the row should hold: a row with a cell
missing raised a bare IndexError ("internal error … list index out of range") from deep in a loader
(session 9 newcomer pass, issue #13). Comment lines (#) and blank lines are skipped.
"""
from __future__ import annotations

from importlib import resources

from detente.errors import KnowledgeError


def data_text(package: str, name: str) -> str:
    """The text of detente.<package>'s data file `name`."""
    return resources.files(f"detente.{package}").joinpath("data", name).read_text(encoding="utf-8")


def where(package: str, name: str, line: int) -> str:
    return f"detente/{package}/data/{name}:{line}"


def numbered_rows(package: str, name: str, fewest: int = 1, most: int | None = None,
                  header: bool = False, full: bool = False) -> list[tuple[int, list[str]]]:
    """(line number, tab-separated cells) of each row; with `header`, the first row sets `most` and is left
    out, and with `full` too every row must have all the header's cells. Raises KnowledgeError when a row has
    fewer than `fewest` or more than `most` cells."""
    rows = [(n, line.split("\t")) for n, line in enumerate(data_text(package, name).splitlines(), 1)
            if line.strip() and not line.startswith("#")]
    if header and rows:
        most = len(rows[0][1]) if most is None else most
        fewest = most if full else fewest
        rows = rows[1:]
    for n, cells in rows:
        if len(cells) < fewest or (most is not None and len(cells) > most):
            wanted = f"{fewest}" if most == fewest else f"{fewest} to {most}" if most else f"at least {fewest}"
            raise KnowledgeError(f"{where(package, name, n)}: expected {wanted} tab-separated cells, found "
                                 f"{len(cells)}: {'␉'.join(cells)[:80]!r}; fix the row (cells are separated by tabs)")
    return rows
