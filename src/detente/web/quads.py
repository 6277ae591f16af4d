"""PLOVER's quad classes (data/quad_classes.tsv): event type → class → cooperation or conflict."""
from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

from detente.errors import KnowledgeError

QUAD_CLASSES = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")
SIDES = ("cooperation", "conflict")
_FILE = "quad_classes.tsv"


@dataclass(frozen=True, slots=True)
class QuadClass:
    event_type: str
    quad_class: str
    side: str


@functools.lru_cache(maxsize=1)
def quad_table() -> dict[str, QuadClass]:
    """Event type → its quad class, in file order; raises KnowledgeError naming a bad line."""
    text = resources.files("detente.web").joinpath("data", _FILE).read_text(encoding="utf-8")
    table: dict[str, QuadClass] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#") or line.startswith("event_type\t"):
            continue
        table_row = parse_row(line, number)
        table[table_row.event_type] = table_row
    return table


def parse_row(line: str, number: int) -> QuadClass:
    fields = line.rstrip("\n").split("\t")
    if len(fields) != 3 or fields[1] not in QUAD_CLASSES or fields[2] not in SIDES:
        raise KnowledgeError(f"detente/web/data/{_FILE}:{number}: expected 'TYPE<tab>quad_class<tab>side' "
                             f"with a class in {QUAD_CLASSES} and a side in {SIDES}, got {line!r}")
    return QuadClass(fields[0].upper(), fields[1], fields[2])


def event_types() -> tuple[str, ...]:
    return tuple(quad_table())


