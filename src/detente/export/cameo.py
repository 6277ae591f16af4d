"""CAMEO code, Goldstein value and quad classes of a coded event, for the CAMEO-based formats (GDELT, ICEWS).

The code comes from the trigger word when data/cameo_lemmas.tsv names a subcategory for it, else from the
PLOVER type and mode (data/cameo_defaults.tsv); the Goldstein value from the published table
(data/goldstein.tsv). Computed at export time, so databases written before this module get them too.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources

from detente.errors import KnowledgeError
from detente.events.lexicon import trigger_lemma

# GDELT's QuadClass from the CAMEO root code: 1 verbal cooperation (01-05), 2 material cooperation (06-08),
# 3 verbal conflict (09-13), 4 material conflict (14-20).
_GDELT_QUAD = {**dict.fromkeys(range(1, 6), 1), **dict.fromkeys(range(6, 9), 2),
               **dict.fromkeys(range(9, 14), 3), **dict.fromkeys(range(14, 21), 4)}
_CODE = re.compile(r"^\d{2,4}$")


@dataclass(frozen=True, slots=True)
class Cameo:
    code: str  # "0841"
    base: str  # first three digits ("084")
    root: str  # first two digits ("08")
    description: str
    goldstein: float
    quad_class: int  # GDELT QuadClass 1-4


def _rows(name: str, width: int) -> list[tuple[int, list[str]]]:
    text = resources.files("detente.export").joinpath("data", name).read_text(encoding="utf-8")
    rows = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != width:
            raise KnowledgeError(f"detente/export/data/{name}:{number}: expected {width} tab-separated fields, got {line!r}")
        rows.append((number, fields))
    return rows[1:]  # the header


@functools.lru_cache(maxsize=1)
def goldstein_table() -> dict[str, float]:
    table = {}
    for number, (code, value) in _rows("goldstein.tsv", 2):
        if not _CODE.match(code):
            raise KnowledgeError(f"detente/export/data/goldstein.tsv:{number}: {code!r} is not a CAMEO code")
        table[code] = float(value)
    return table


def _coded(name: str) -> dict[tuple[str, str], tuple[str, str]]:
    table = {}
    for number, (event_type, key, code, description) in _rows(name, 4):
        if code not in goldstein_table():
            raise KnowledgeError(f"detente/export/data/{name}:{number}: {code!r} has no Goldstein value")
        table[(event_type, key)] = (code, description)
    return table


@functools.lru_cache(maxsize=1)
def default_table() -> dict[tuple[str, str], tuple[str, str]]:
    """(PLOVER type, mode or '-') → (CAMEO code, description)."""
    return _coded("cameo_defaults.tsv")


@functools.lru_cache(maxsize=1)
def lemma_table() -> dict[tuple[str, str], tuple[str, str]]:
    """(PLOVER type, trigger lemma) → (CAMEO code, description)."""
    return _coded("cameo_lemmas.tsv")


@functools.lru_cache(maxsize=1)
def icews_sector_table() -> dict[str, str]:
    """detente sector code ("MIL") → the ICEWS sector names ("Government,Military"), from data/icews_sectors.tsv."""
    table = {}
    for number, (code, names) in _rows("icews_sectors.tsv", 2):
        if not re.fullmatch(r"[A-Z]{3}", code) or not names.strip():
            raise KnowledgeError(f"detente/export/data/icews_sectors.tsv:{number}: bad row {code!r} {names!r}")
        table[code] = names
    return table


def icews_sectors(code: str | None) -> str:
    """The ICEWS "Sectors" cell for a detente sector code: its names, the code itself when unmapped, "" for none."""
    return icews_sector_table().get(code, code) if code else ""


def cameo_of(event_type: str, mode: str | None, rule: str | None) -> Cameo | None:
    """The CAMEO reading of an event; None for a type the tables do not know."""
    hit = (lemma_table().get((event_type, trigger_lemma(rule) or ""))
           or default_table().get((event_type, mode or "-")) or default_table().get((event_type, "-")))
    if hit is None:
        return None
    code, description = hit
    return Cameo(code, code[:3], code[:2], description, goldstein_table()[code], _GDELT_QUAD[int(code[:2])])
