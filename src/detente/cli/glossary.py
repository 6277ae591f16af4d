"""Plain-English meanings of the words `detente explain` prints (data/explain_terms.tsv): the PLOVER type,
the pieces of the rule string, where the date came from and what set the status. A newcomer found the bare
output ("verb:deny src=nsubj tgt=complement-subject", "rel-month", "governor:schedule") unreadable (session 7)."""
from __future__ import annotations

import functools
import re

from detente import datafiles
from detente.errors import KnowledgeError

KINDS = ("type", "rule", "date_source", "date_note", "status", "field")


@functools.cache
def terms() -> dict[str, dict[str, str]]:
    """{kind: {term: meaning}} from the data file, in its order; a malformed row is an error, not skipped."""
    table: dict[str, dict[str, str]] = {kind: {} for kind in KINDS}
    for n, row in datafiles.numbered_rows("cli", "explain_terms.tsv", 3, 3, header=True):
        if row[0] not in table or not row[2].strip():
            raise KnowledgeError(f"{datafiles.where('cli', 'explain_terms.tsv', n)}: kind {row[0]!r} is not one of "
                                 f"{', '.join(KINDS)}, or the meaning is empty")
        table[row[0]][row[1]] = row[2]
    return table


# How the coder says it reached an argument before naming it: 'src=climb:dobj>nsubj' (climbed from the trigger
# to the verb it is the object of, then took that verb's subject), 'src=nested:poss', 'tgt=nested-subject:between'.
# A newcomer met 40 such words on real news that explain left unexplained (session 8): each is read as its
# steps (explained once, by the prefix entries) and the role it ends in ('src=nsubj').
_STEPS = re.compile(r"^(?:climb:[a-z]+>|nested:|nested-subject:|compound-head:|issuer:|design:)+")


def rule_terms(rule: str) -> list[tuple[str, str]]:
    """The glossary entries a rule string uses: 'src=…'/'tgt=…' terms as whole words (or the role a word ends
    in after its steps), the others anywhere."""
    words = set(rule.split())
    words |= _roles(words)
    return [(t, m) for t, m in terms()["rule"].items() if (t in words if "=" in t or "→" in t else t in rule)]


def named(kind: str, value: str | None) -> list[tuple[str, str]]:
    """The entry for the name at the start of a date note or status cue ('rel-month: …', 'governor:schedule')."""
    name = (value or "").split(":", 1)[0].strip()
    meaning = terms()[kind].get(name)
    return [(name, meaning)] if meaning else []


def _roles(words: set[str]) -> set[str]:
    """'src=climb:dobj>nsubj' → 'src=nsubj': the role each argument word ends in once its steps are taken off."""
    roles = set()
    for word in words:
        side, sep, rest = word.partition("=")
        if sep:
            roles.add(f"{side}={_STEPS.sub('', rest)}")
    return roles
