"""Plain-English meanings of the words `detente explain` prints (data/explain_terms.tsv): the PLOVER type,
the pieces of the rule string, where the date came from and what set the status. A newcomer found the bare
output ("verb:deny src=nsubj tgt=complement-subject", "rel-month", "governor:schedule") unreadable (session 7)."""
from __future__ import annotations

import functools
from importlib import resources

KINDS = ("type", "rule", "date_source", "date_note", "status", "field")


@functools.cache
def terms() -> dict[str, dict[str, str]]:
    """{kind: {term: meaning}} from the data file, in its order; a malformed row is an error, not skipped."""
    text = resources.files("detente.cli").joinpath("data/explain_terms.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    table: dict[str, dict[str, str]] = {kind: {} for kind in KINDS}
    for row in rows[1:]:  # rows[0] is the header
        if len(row) != 3 or row[0] not in table or not row[2].strip():
            raise ValueError(f"explain_terms.tsv: malformed row {row!r}")
        table[row[0]][row[1]] = row[2]
    return table


def rule_terms(rule: str) -> list[tuple[str, str]]:
    """The glossary entries a rule string uses: 'src=…'/'tgt=…' terms as whole words, the others anywhere."""
    words = set(rule.split())
    return [(t, m) for t, m in terms()["rule"].items() if (t in words if "=" in t or "→" in t else t in rule)]


def named(kind: str, value: str | None) -> list[tuple[str, str]]:
    """The entry for the name at the start of a date note or status cue ('rel-month: …', 'governor:schedule')."""
    name = (value or "").split(":", 1)[0].strip()
    meaning = terms()[kind].get(name)
    return [(name, meaning)] if meaning else []
