"""A body's name that only describes one of its members: "an unfriendly act against a NATO ally", "attacking a NATO
country", "not an EU member". The phrase means some member state, not the body, so the body is no actor of it
(eval/wire59 w59_01, session 35: Britain's asset freeze "against a NATO ally" was coded SANCTION GBR>NATO; the golds
of sent-dev4 0048 and sent-dev10 0083 code no event of NATO for "a NATO member", "a NATO country")."""
from __future__ import annotations

from detente.records import Sentence

MEMBER_NOUNS = frozenset({"ally", "member", "partner", "country", "state", "nation", "neighbour", "neighbor"})
SOME_WORDS = frozenset({"a", "an", "another", "one", "fellow"})
NAME_DEPS = frozenset({"compound", "amod", "nmod"})


def names_some_member(first: int, last: int, sentence: Sentence) -> bool:
    """The body's name (tokens first..last) modifies a member noun ("ally", "member", "country" ...) that an
    indefinite article or "another" / "fellow" opens: "a NATO ally", "another EU member state"."""
    tokens = sentence.tokens
    head = tokens[last].head
    while head > last and tokens[head].lemma.lower() in ("member",) and tokens[head].dep == "compound":
        head = tokens[head].head  # "an EU member state": "member" hangs on "state"
    if head <= last or head >= len(tokens) or tokens[last].dep not in NAME_DEPS:
        return False
    noun = tokens[head]
    if noun.lemma.lower() not in MEMBER_NOUNS and noun.text.lower() not in MEMBER_NOUNS:
        return False
    return any(t.head == head and t.i < first and t.text.lower() in SOME_WORDS for t in tokens)
