"""Content-hash identifiers: the same content always gets the same id, so writes are idempotent."""
from __future__ import annotations

import hashlib
import re
import unicodedata

_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Unicode-normalise and fold white space so trivially different copies hash alike."""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def digest(*parts: object, size: int = 16) -> str:
    """A short hex SHA-256 over the parts, separated so ("ab", "c") differs from ("a", "bc")."""
    h = hashlib.sha256()
    for part in parts:
        h.update(str(part).encode("utf-8", "surrogatepass"))
        h.update(b"\x1f")
    return h.hexdigest()[:size]


def doc_id(content: str) -> str:
    """Id of a document: the hash of its normalised content (not its path)."""
    return "d" + digest(normalise(content))


def event_id(doc: str, trigger_start: int, event_type: str, source: str | None, target: str | None) -> str:
    """Id of an event: document, trigger position, type and actors."""
    return "e" + digest(doc, trigger_start, event_type, source or "", target or "")
