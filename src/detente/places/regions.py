"""Names of first-level regions: the GeoNames admin1 code an event place carries ("UA.07") → its name
("Kharkiv"), from data/admin1.tsv (compiled from GeoNames, CC BY 4.0; the file names its source).

Read at export time, so databases written before the names existed get them too.
"""
from __future__ import annotations

import functools
import re
from importlib import resources

from detente.errors import KnowledgeError

_CODE = re.compile(r"^[A-Z]{2}\.[A-Z0-9]+$")
_FILE = "detente/places/data/admin1.tsv"


@functools.lru_cache(maxsize=1)
def admin1_names() -> dict[str, str]:
    """Every admin1 code of the data file → the region's name."""
    text = resources.files("detente.places").joinpath("data", "admin1.tsv").read_text(encoding="utf-8")
    names: dict[str, str] = {}
    lines = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip() and not line.startswith("#")]
    for number, line in lines[1:]:  # the first is the header
        fields = line.split("\t")
        if len(fields) != 3 or not _CODE.match(fields[0]) or not fields[1].strip() or fields[0] in names:
            raise KnowledgeError(f"{_FILE}:{number}: expected a new code (CC.code), a name and a GeoNames id, "
                                 f"tab-separated; got {line!r}")
        names[fields[0]] = fields[1].strip()
    return names


def admin1_name(code: str | None) -> str | None:
    """The name of the region `code` names, or None (no code, or one the file does not know)."""
    return admin1_names().get(code) if code else None


# Words that name the kind of region rather than the region: "Jendouba Governorate", "Kharkiv Oblast",
# "County of Tipperary" are found as "Jendouba", "Kharkiv", "Tipperary" too.
_KIND_WORDS = re.compile(r"^(?:(?:county|province|region|state|department)\s+of\s+)|"
                         r"\s+(?:governorate|province|oblast|region|county|district|department|prefecture|"
                         r"state|municipality|wilaya|wilayah|kraj|voivodeship)$", re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def region_states() -> dict[str, frozenset[str]]:
    """A first-level region's name (folded; with and without its kind word) → the ISO2 codes of the
    countries that have a region so named ("Punjab" is in two)."""
    from detente.places.gazetteer import fold

    out: dict[str, set[str]] = {}
    for code, name in admin1_names().items():
        for form in {fold(name), fold(_KIND_WORDS.sub("", name))}:
            out.setdefault(form, set()).add(code[:2])
    return {name: frozenset(codes) for name, codes in out.items()}
