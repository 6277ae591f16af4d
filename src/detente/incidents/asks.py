"""What a request asks for, and one incident's requests that ask for different things split apart.

One state's requests to another of one day, told in one incident's reports, are often several: the release of
detained men, consular access to them, an inquiry into their treatment, compensation (eval/wire17, wire24,
wire28 each hold such a page). The links of group.py join them (same type, pair and day); the words after the
trigger tell them apart (data/request_objects.tsv). A request naming no kind of its own ("the embassy's
request is being processed") goes with the kind most reports name, of equals the first reported (with the kind its own page names instead,
eval/wire26 fell .806 -> .804). A kind asked for once (an apology, an inquiry) and retold on later days links the
request parts of its story that name it (join_retold), after they are parted by kind.
"""
from __future__ import annotations

import functools
import re
from collections import defaultdict
from importlib import resources

from detente.errors import KnowledgeError
from detente.incidents.announced import EXPULSION, told_expulsion
from detente.records import Report

_FILE = "request_objects.tsv"
WINDOW = 11  # words after the trigger read for the kind ("asked that Vietnamese consular officers be allowed")
# The request's own clause ends at a quotation, a colon, a semicolon or a bracket: "at the request of the Iraqi
# side" and that al-Mansour had explained ..." (eval/wire21) is no request to explain.
_CLAUSE_END = re.compile(r"[;:\"“”(]")
# A kind a story asks for once, however often it is retold: an apology (eval/wire26: "Peru asks for an apology",
# four days on "Peru's demand for a formal apology was not met", one gold request; wire23 +0.012 with the new
# kinds, wire26 +0.001). Not a release: the men are asked for again and again and the gold counts each day's
# demand (with it wire14 and wire21 fell .009); not an inquiry, which holds both an explanation and a joint
# investigation (wire22 -0.004); withdrawal, compensation, consular access and extradition moved nothing.
RETOLD = frozenset({"apology"})
# An invitation accepted ("accepted an invitation to visit Dili", "accepted the invitation within hours"), coded
# AGREE: a visit agreed to, which every gold that has one keeps apart from the deals signed that day (eval/wire10
# "s2-accept-invite" and "s4-return-visit-accept", wire27 "s3-invitation-accept", wire30 "s3-invitation-accepted");
# it joined their incident through the pair and the day. Read as what the agreement is to (group.block_key).
INVITATION = "invitation"
# A joint body agreed to be set up ("agreed to set up a joint tariff committee that will meet every six months",
# "agreed to set up a joint expert group on fishing in the bay"): the gold keeps it apart from the deal or
# amendment signed the same day (eval/wire18 "s3-committee", "s1-expert-group", wire17 "s3-inquiry-agreed",
# wire27 "s3-committee"); through the pair and the day it joined them. So is one agreed to be revived or convened
# ("agreed to revive the working group set up under the 2010 fisheries agreement", wire17 "s4-working-group";
# "agreed ... to convene their joint border commission in Paramaribo", wire10: +0.007 and +0.005, nothing else
# moved). A body already set up is apart.BODY.
JOINT_BODY = "joint body"
_SETS_UP = re.compile(r"^agree\w*\s+(?:\S+\s+){0,6}?to\s+(?:set\s+up|establish|create|form|revive|reconvene|convene)\s+"
                      r"(?:a|an|the|their)\s+(?:\S+\s+){0,3}?(?:commission|committee|group|panel|task\s+force)\b",
                      re.IGNORECASE)
_ACCEPTS = re.compile(r"^accept\w*\s+(?:(?:an|the|a|his|her|their|its|this|that)\s+)?(?:\w+\s+)?invitation\b",
                      re.IGNORECASE)


# What a state is asked to give for a wrong done: refused, an act of its own beside the denial of the wrong
# (refusals.py). Not a release, a withdrawal or a hand-over refused: the standoff's own act, which a page's headline
# and lead tell in other words (eval/wire10, wire23, wire25, wire44: one gold refusal, parted when one of its
# sentences named the kind; every kind refused: 10 sets up, 13 down).
REDRESS = frozenset({"compensation", "apology"})
# "nothing to discuss until there is an apology": what follows "until" or "unless" is the refusal's condition, not
# what it refuses (eval/wire44: one gold refusal of talks)
_CONDITION = re.compile(r"\b(?:until|unless|till)\b")
# A refusal of "the request" or "the demand" that names nothing asked, its object alone: an answer to whatever its
# incident's one named refusal refuses (refusals.by_refusal; eval/wire30 w30_03 "turned the request down flat",
# gold s1-compensation-refuse). Not "the demand made by ... for the officers' return" (eval/wire25): it names more.
THE_ASK = "the ask"
_ASKED = re.compile(r"^\S+\s+(?:down\s+)?(?:(?:the|that|this|its|their|\S+'s)\s+)?(?:request|demand|plea)s?"
                    r"(?:\s+(?:down|flat|flatly|outright))*\s*(?:[.,\"“”]|$)")
# A comma and a participle of saying end what is asked or refused: what follows is the speaker's reason, not a
# second thing asked ("turned down the formal apology Taipei has demanded, saying an investigation was still under
# way": eval/wire59 w59_08, one gold refusal of an apology whose lead named an inquiry too and so no kind, apart
# from its headline's). Not any participle: ", including an apology" lists what is asked.
_ASIDE = re.compile(r",\s+(?:saying|adding|arguing|insisting|noting|stressing|claiming|citing|calling|describing|"
                    r"pointing|warning|maintaining|explaining)\b")
# The types whose words after the trigger asks_of reads (store/rows.py REPORT_SELECT reads them for these only).
ASKS_TYPES = frozenset({"REQUEST", "AGREE", "ACCUSE", "REJECT"})


@functools.lru_cache(maxsize=1)
def request_kinds() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(kind, stem words) of data/request_objects.tsv; raises KnowledgeError naming a bad line."""
    text = resources.files("detente.incidents").joinpath("data", _FILE).read_text(encoding="utf-8")
    entries = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#") or line.startswith("kind\t"):
            continue
        fields = line.split("\t")
        if len(fields) != 2 or not fields[0].isalpha() or not fields[1].strip():
            raise KnowledgeError(f"detente/incidents/data/{_FILE}:{number}: expected 'KIND<tab>STEM', got {line!r}")
        entries.append((fields[0], tuple(fields[1].lower().split())))
    return tuple(entries)


def asks_of(event_type: str, after: str | None) -> str | None:
    """The kind a request asks for, from the text that starts at its trigger (`after`); None when its clause
    names no kind or more than one, or for other types. For an agreement, INVITATION when its trigger is an
    invitation accepted; for an accusation, EXPULSION when it is a summons at which the envoy is told of an
    expulsion or recall (announced.py)."""
    if event_type == "ACCUSE":
        return EXPULSION if told_expulsion(after) else None
    if event_type == "REJECT":  # what a refusal refuses (refusals.py), read from the trigger on
        return _refused(after)
    if event_type == "AGREE" and after:
        return INVITATION if _ACCEPTS.match(after) else JOINT_BODY if _SETS_UP.match(after) else None
    if event_type != "REQUEST" or not after:
        return None
    found = kinds_named(clause_words(after)[1:WINDOW + 1])
    return found.pop() if len(found) == 1 else None


def clause_words(after: str) -> list[str]:
    """The lower-cased words of the clause that starts at the trigger, the trigger first."""
    return _ASIDE.split(_CLAUSE_END.split(after)[0].lower())[0].split()


def kinds_named(words: list[str]) -> set[str]:
    """The kinds of data/request_objects.tsv that the words name."""
    return {kind for kind, stems in request_kinds() if _names(words, stems)}


def _refused(after: str | None) -> str | None:
    """The kind a refusal refuses (refusals.py): read from the trigger on, the trigger included, since the refused
    thing is often the trigger itself ("there will be no compensation", "no apology"); one kind named, else None."""
    words = _CONDITION.split(" ".join(clause_words(after or "")))[0].split()
    found = kinds_named(words[:WINDOW + 1])
    if not found and _ASKED.match(" ".join(words)):
        return THE_ASK
    return found.pop() if len(found) == 1 and found <= REDRESS else None


def _names(words: list[str], stems: tuple[str, ...]) -> bool:
    """Whether consecutive words begin with the stems ("handed back": "handed", "back")."""
    n = len(stems)
    return any(all(words[i + k].startswith(stems[k]) for k in range(n)) for i in range(len(words) - n + 1))


def named_by(group: list[Report], name) -> dict[str, list[Report]]:
    """The reports of a group that `name` gives a name (an ask, a speaker), by that name; the others left out."""
    named: dict[str, list[Report]] = defaultdict(list)
    for r in group:
        if key := name(r):
            named[key].append(r)
    return named


def by_ask(group: list[Report]) -> list[list[Report]]:
    """A group of requests naming two or more kinds, split by kind; else the group itself."""
    if not group or not all(r.event_type == "REQUEST" for r in group):
        return [group]
    named = named_by(group, lambda r: r.asks)
    if len(named) < 2:
        return [group]
    first = {kind: min(r.event_id for r in members) for kind, members in named.items()}
    main = min(named, key=lambda kind: (-len(named[kind]), first[kind]))  # of equals, the first told
    named[main].extend(r for r in group if not r.asks)
    return list(named.values())


def join_retold(parts: list[list[Report]]) -> list[list[Report]]:
    """Request parts of one story and pair whose named kind is one that a story asks for once (RETOLD) joined:
    the demand retold on later days ("Peru asks for an apology" on one page, "Peru's demand for a formal apology
    was not met" four days on, eval/wire26). After by_ask, so the other kinds of those days stay apart; through
    a hash on (story, pair, kind)."""
    joined: dict[tuple, list[Report]] = {}
    out: list[list[Report]] = []
    for part in parts:
        kinds = {r.asks for r in part if r.asks}
        kind = kinds.pop() if len(kinds) == 1 and all(r.event_type == "REQUEST" for r in part) else None
        key = (part[0].story_id or part[0].doc_id, part[0].source_country, part[0].target_country, kind)
        if kind not in RETOLD:
            out.append(part)
        elif key in joined:
            joined[key].extend(part)
        else:
            joined[key] = list(part)
            out.append(joined[key])
    return out
