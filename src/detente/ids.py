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


# The letter each kind of id starts with, and the command that shows one of that kind: a newcomer who gives an
# event id to `detente incidents` (or the reverse) is told what the id is and where it works (session 7).
ID_KINDS = {"e": ("an event", "detente show {id}"), "i": ("an incident", "detente incidents {id}"),
            "a": ("an agreement", "detente agreements {id}"),
            "d": ("a document", "detente sql \"SELECT * FROM documents WHERE doc_id LIKE '{id}%'\""),
            "s": ("a story", "detente web, Story field: {id}")}


def other_kind_hint(given: str, expected: str) -> str:
    """"; 'e082f7ee' is an event id: `detente show e082f7ee`" when `given` has the shape of another kind's id
    (its letter, then hexadecimal digits); "" when it looks like the `expected` kind ("e", "i", "a") or none."""
    kind = ID_KINDS.get(given[:1])
    if not kind or given[:1] == expected or len(given) < 2 or any(c not in "0123456789abcdef" for c in given[1:]):
        return ""
    return f"; {given!r} looks like {kind[0]} id: try `{kind[1].format(id=given)}`"
