"""No module reaches into another's private names: a leading underscore says "only this module uses it",
so a name another module imports (`from detente.events.intent import _type_and_status`) or reads as an
attribute (`rows._now()`) is made public or moved (session 9: 20 such imports across src, scripts, tests).
Scans src/, scripts/, tests/ and benchmarks/ with the ast module."""
from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import REPO

SRC = REPO / "src"


def _is_module(dotted: str) -> bool:
    path = SRC.joinpath(*dotted.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def crossings(path: Path) -> list[str]:
    """`file:line: name` for each private detente name that `path` imports or reads off a detente module."""
    tree, found, modules = ast.parse(path.read_text(encoding="utf-8")), [], set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("detente"):
            found += [f"{path}:{node.lineno}: {node.module}.{a.name}" for a in node.names if _private(a.name)]
            modules |= {a.asname or a.name for a in node.names if _is_module(f"{node.module}.{a.name}")}
        elif isinstance(node, ast.Import):
            modules |= {a.asname for a in node.names if a.name.startswith("detente") and a.asname}
    found += [f"{path}:{n.lineno}: {n.value.id}.{n.attr}" for n in ast.walk(tree) if isinstance(n, ast.Attribute)
              and isinstance(n.value, ast.Name) and n.value.id in modules and _private(n.attr)]
    return found


def test_no_private_name_crosses_a_module_boundary():
    files = [p for folder in ("src", "scripts", "tests", "benchmarks") for p in sorted((REPO / folder).rglob("*.py"))]
    assert len(files) > 300
    assert [c for p in files for c in crossings(p)] == []


def test_the_scan_finds_both_kinds_of_crossing(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("from detente.store import rows\nfrom detente.events.intent import _hidden, public\n"
                      "rows._now()\nrows.event_row\n", encoding="utf-8")
    assert crossings(sample) == [f"{sample}:2: detente.events.intent._hidden", f"{sample}:3: rows._now"]
