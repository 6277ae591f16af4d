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
