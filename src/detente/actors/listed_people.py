"""People named in a list set off after their offices, read from raw text (coref.py gathers them per page).

Two forms of issue #11's "parties named as people" (session 36, people36): the signatories of a deal named
together after their plural office, "the ministers of environment of Bulgaria and Romania, Mr. A and Mr. B,
put their signatures…" (eval/wire8 w8_15) or "the two foreign ministers, A for the Comoros and B for
Madagascar, signed…" (eval/wire10 w10_10), and the holder of an international body's office, "ECOWAS
Commission chairperson, X Y," (realnews s19). Each name was read with no state, so its later bare surname
("B also used the occasion to accuse France…") had no actor. A list takes its states either from a "for
<state>" after every name or, in order, from the states its office names, only when the counts agree.
"""
from __future__ import annotations

import functools
import re

from detente.actors.gazetteer import Hit, data_rows, state_code
from detente.actors.items import token_end
from detente.actors.mentions import NAME_LINK, NAME_WORD, PersonRef, is_state_code
from detente.records import Sentence

HONORIFIC = r"(?:(?:Mr|Mrs|Ms|Dr|Mme)\.?\s+)?"
NAME = re.compile(rf"{HONORIFIC}({NAME_WORD}(?:\s+(?:{NAME_LINK}\s+)?{NAME_WORD}){{1,3}})")
FOR_STATE = re.compile(r"\s+(?:for|of)\s+(?:the\s+)?")
LISTED = "one of a list after"
SEPARATOR = re.compile(r"\s*,\s+(?:and\s+)?|\s+and\s+")
OFFICE_TO_STATES = re.compile(r"(?:\s+[a-z][\w-]*){0,3}\s+(?:of|from)\s+(?:the\s+)?$")
BETWEEN_STATES = re.compile(r"\s*(?:,|and|,\s+and)\s+(?:the\s+)?$")
STATES_BEFORE = re.compile(r"^(?:\s*(?:,|and)\s+|\s+)$")
OFFICE_AFTER_STATE = re.compile(r"^(?:\s+[a-z][\w-]*){0,2}\s+$")


@functools.lru_cache(maxsize=1)
def body_offices() -> frozenset[str]:
    """data/body_offices.tsv: the office words of an international body's official."""
    return frozenset(row[0].lower() for row in data_rows("body_offices.tsv"))


def listed_people(sentence: Sentence, hits: list[Hit], people: list[PersonRef]) -> list[PersonRef]:
    """The people of a list after a plural office ("the two foreign ministers, A for X and B for Y,") and the
    holder of a body's office ("the AU Commission chairperson, A,"), each with the state or body the office
    gives; names already read as people are left as they are."""
    named = {p.start for p in people if p.sentence == sentence.index}
    out: list[PersonRef] = []
    for i, hit in enumerate(hits):
        if hit.term.kind == "role" and hit.term.sector and hit.text.lower().endswith("s"):
            out += _respective(sentence, hits, i)
        elif hit.term.kind == "body" and (code := state_code(hit)) and not is_state_code(code):
            out += _body_official(sentence, hits, hit, code)
    return [p for p in out if p.start not in named]


def _respective(sentence: Sentence, hits: list[Hit], i: int) -> list[PersonRef]:
    """A comma-set-off list of two or more names after the plural office `hits[i]`, each given its state."""
    text, office = sentence.text, hits[i]
    states, end = _office_states(text, hits, i)
    comma = re.compile(r"\s*,\s+").match(text, end)
    if comma is None:
        return []
    names = _names(text, hits, comma.end())
    if len(names) < 2:
        return []
    if all(code for _, _, code in names):
        codes = [code for _, _, code in names]
    elif len(states) == len(names) == len(set(states)) and not any(code for _, _, code in names):
        codes = states
    else:
        return []
    how = f"{LISTED} '{office.text}'"
    return [PersonRef(sentence.index, sentence.start + start, name, code, office.term.sector, how)
            for (start, name, _), code in zip(names, codes)]


def _office_states(text: str, hits: list[Hit], i: int) -> tuple[list[str], int]:
    """The states a plural office names, in order ("Bulgarian and Romanian ministers", "the ministers of
    Bulgaria and Romania"), and where its phrase ends."""
    before: list[str] = []
    j = i - 1
    if j >= 0 and (code := state_code(hits[j])) and OFFICE_AFTER_STATE.match(text[hits[j].end:hits[i].start]):
        before.append(code)
        while j > 0 and (code := state_code(hits[j - 1])) and STATES_BEFORE.match(text[hits[j - 1].end:hits[j].start]):
            before.insert(0, code)
            j -= 1
    after, end, k = [], hits[i].end, i + 1
    while k < len(hits) and (code := state_code(hits[k])) \
            and (OFFICE_TO_STATES.match(text[end:hits[k].start]) if not after else BETWEEN_STATES.match(text[end:hits[k].start])):
        after.append(code)
        end, k = hits[k].end, k + 1
    states = before + after
    return (states if all(is_state_code(c) for c in states) else []), end


def _names(text: str, hits: list[Hit], at: int) -> list[tuple[int, str, str | None]]:
    """(offset, name, state of its "for X" or None) of each name of a list starting at `at`."""
    out = []
    while (match := NAME.match(text, at)) and not _place_inside(hits, match):
        at, code = match.end(), None
        tail = FOR_STATE.match(text, at)
        hit = next((h for h in hits if tail and h.start == tail.end()), None)
        if hit is not None and (code := state_code(hit)) and is_state_code(code):
            at = hit.end
        else:
            code = None
        out.append((match.start(1), match.group(1).rstrip("."), code))
        separator = SEPARATOR.match(text, at)
        if separator is None:
            break
        at = separator.end()
    return out


def _place_inside(hits: list[Hit], match: re.Match[str]) -> bool:
    """A state, place, body or title word inside the would-be name: "Ghana and Togo" are no people, and a titled
    "Ambassador X Y" is read by the titled-name rule (mentions.people_in)."""
    return any(h.start < match.end(1) and h.end > match.start(1) for h in hits)


def listed_here(person: PersonRef, sentence: Sentence) -> bool:
    """A person of a respective list read again in the list's own sentence: the parse keeps him there as one
    member of his office's group ("the ministers of X and Y, A and B, signed…" is one agreement of X and Y),
    and given his own state he made a second party of every member (one test sentence: AGREE X -> A, Y -> B,
    and X, Y -> nobody). Only his later mentions take his state."""
    return person.sentence == sentence.index and person.how.startswith(LISTED)


BODY_OFFICE = re.compile(r"((?:\s+[A-Za-z][\w-]*){1,2}),\s+")


def _body_official(sentence: Sentence, hits: list[Hit], body: Hit, code: str) -> list[PersonRef]:
    """"the ECOWAS Commission chairperson, X Y,": the holder of a body's office named after it."""
    text = sentence.text
    office = BODY_OFFICE.match(text, body.end)
    if office is None or office.group(1).strip().lower() not in body_offices() \
            and office.group(1).split()[-1].lower() not in body_offices():
        return []
    match = NAME.match(text, office.end())
    if match is None or _place_inside(hits, match) or not re.match(r"\s*(?:,|\.?$)", text[match.end():]):
        return []
    return [PersonRef(sentence.index, sentence.start + match.start(1), match.group(1).rstrip("."), code,
                      body.term.sector, f"holder of the office '{office.group(1).strip()}' of '{body.text}'")]


LIST_OPENS = re.compile(rf"\s*,\s+{HONORIFIC}$")


def listed_offices(drafts: list, sentence: Sentence, people: tuple[PersonRef, ...]) -> None:
    """"The foreign ministers, A for X and B for Y, signed…": a plural office with no state of its own before
    its respective list is the group of the list's states, so the signing is one agreement of X and Y (eval/wire29
    w29_09: the office took one state from the document context and the memorandum had no other party)."""
    listed = [p for p in people if p.sentence == sentence.index and p.how.startswith(LISTED)]
    if not listed:
        return
    tokens = sentence.tokens
    for draft in drafts:
        if draft.countries or draft.kind not in ("role", "group") or draft.entity:
            continue
        end = token_end(tokens[draft.last])
        after = sorted((p for p in listed if p.start > end), key=lambda p: p.start)
        if not after or not LIST_OPENS.match(sentence.text[end - sentence.start:after[0].start - sentence.start]):
            continue
        codes = list(dict.fromkeys(p.country for p in after if p.how == after[0].how and p.country))
        if len(codes) >= 2:
            draft.kind, draft.entity, draft.context_ok = "group", "+".join(codes), False
            draft.notes.append(f"the offices of the list after it ({', '.join(codes)}); expand in events")
