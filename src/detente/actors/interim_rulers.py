"""A bare "the junta" or "the transitional government" is the government of the state the page named as ruled by one.

eval/wire42's Mali pages name "Mali's transitional authorities" once and go on with "the transitional government
asked Denmark to withdraw" (a Paris wire: given France, the page's main country), "the junta's spokesman ...
repeated a request" (France) and "expelled by the junta" (no state: "junta" takes none from context); realnews s24
has "Mali's ruling junta ... the junta returned to an agreement". When the page names exactly one state as ruled by
such a body ("Mali's junta", "the junta in Mali", "the transitional government of Mali", "the military authorities
in Bamako"), a bare definite one is that state's. Two states named so, or none, decide nothing (the bare noun keeps
its old reading). The words are data/interim_rulers.tsv's.
"""
from __future__ import annotations

import functools
import re

from detente.actors.draft import Draft, add_country
from detente.actors.gazetteer import Hit, data_rows, split_list, state_code
from detente.records import Sentence
from detente.scan_starts import fold

# Between an owner and the body: "Mali's junta", "Malian junta", "Mali junta" (the prefix is in the phrase).
OWNER_BEFORE = re.compile(r"^\s*(?:['’]s?\s+)?$")
# Between the body and its place: "the junta in Mali", "the junta in power in Mali", "the government of Mali".
PLACE_AFTER = re.compile(r"^\s+(?:in\s+(?:power\s+in\s+)?|of\s+)(?:the\s+)?$")


@functools.lru_cache(maxsize=1)
def words() -> dict[str, tuple[str, ...]]:
    """kind (noun, modifier, head, prefix) → its words, from data/interim_rulers.tsv."""
    return {row[0]: tuple(split_list(row[1])) for row in data_rows("interim_rulers.tsv")}


@functools.lru_cache(maxsize=1)
def phrase() -> re.Pattern[str]:
    """The body's name: "junta", "ruling junta", "transitional government", "military authorities"."""
    w = {kind: "|".join(re.escape(x) for x in sorted(ws, key=len, reverse=True)) for kind, ws in words().items()}
    return re.compile(rf"\b(?:(?:{w['prefix']})\s+)?(?:(?:{w['noun']})|(?:{w['modifier']})\s+(?:{w['head']}))\b",
                      re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _needed() -> tuple[str, ...]:
    """Words one of which every match of `phrase` holds: a noun, or the modifier before a head."""
    return tuple(words()["noun"]) + tuple(words()["modifier"])


def ruled_states(sentence: Sentence, hits: list[Hit]) -> list[str]:
    """The states this sentence names as ruled by a junta or an interim regime, one code per naming."""
    text, out = sentence.text, []
    # `phrase` opens with \b under re.I, so `re` tries it at every position of every sentence (0.4 % of a
    # worker's samples on 300 real-text pages, docs/scaling.md session 31); most sentences hold none of its words.
    # `fold` writes the text as re.I reads it (detente/scan_starts.py), so no match is missed.
    folded = fold(text)
    if not any(word in folded for word in _needed()):
        return out
    for match in phrase().finditer(text):
        before = [h for h in hits if h.end <= match.start() and OWNER_BEFORE.match(text[h.end:match.start()])]
        after = [h for h in hits if h.start >= match.end() and PLACE_AFTER.match(text[match.end():h.start])]
        for hit in before[-1:] + after[:1]:
            if (code := state_code(hit)) and len(code) == 3:
                out.append(code)
    return out


def the_ruled_state(ruled: tuple[str, ...]) -> str | None:
    """The one state a page named as so ruled, else None."""
    return ruled[0] if ruled and len(set(ruled)) == 1 else None


def interim_rulers(drafts: list[Draft], sentence: Sentence, ruled: str | None) -> None:
    """Give a bare definite junta-family body ("the junta", "the junta's spokesman", "the transitional
    government") with no state the page's one ruled state."""
    if ruled is None:
        return
    for draft in drafts:
        if draft.countries or draft.stateless:
            continue
        body = next((item for item in draft.items if item.kind == "role" and _bare_body(sentence, item.first, item.last)),
                    None)
        if body is not None:
            add_country(draft, ruled)
            draft.notes.append(f"country {ruled} as the state the page named as ruled by such a body")


def _bare_body(sentence: Sentence, first: int, last: int) -> bool:
    """Whether the words ending at token `last` are "the" + a junta-family body ("the ruling junta"); "Mali's
    junta" or "a military government" is not bare (its owner is named, or it is no particular one)."""
    tokens = sentence.tokens
    start, end = tokens[max(0, first - 3)].start, tokens[last].start + len(tokens[last].text)
    text = sentence.text[start - sentence.start:end - sentence.start]
    ends = [m for m in phrase().finditer(text) if m.end() == len(text)]
    return bool(ends) and re.search(r"(?:^|\s)the\s+$", text[:ends[-1].start()], re.IGNORECASE) is not None
