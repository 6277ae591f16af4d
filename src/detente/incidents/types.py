"""Which event types one incident may mix (data/same_incident_types.tsv), and which are direction-free."""
from __future__ import annotations

import functools
from importlib import resources

from detente.errors import KnowledgeError
from detente.events.lexicon import PLOVER_TYPES, SYMMETRIC
from detente.records import Report

_FILE = "same_incident_types.tsv"
# Types whose reports join their as_type's incidents only when a government acts: a state's protest
# ("Ottawa protested on Tuesday, calling the U.S. ambassador in", coded PROTEST) is the diplomatic complaint
# another outlet codes ACCUSE ("Canada lodged a formal protest"), but demonstrators marching to an embassy
# are a happening of their own. A state's military is a government here: eval/wire9's Joint Chiefs of Staff
# "sent a message to the North Korean military ... protesting the firing" (sector MIL) is the protest another
# outlet codes ACCUSE ("protested"); incident F1 .872 -> .876, the other development sets and the held-out
# summary lines unchanged.
BY_GOVERNMENT = frozenset({"PROTEST"})
GOVERNMENTS = frozenset({"GOV", "MIL"})  # the source sectors that protest as a state
NOTE = "note"  # the act (apart.act_of) of a protest handed to someone: a state's, whatever its sector
BODY = "body"  # the act (apart.act_of) of two states setting up a joint body: grouped as its agreement
FORCE = "force"  # the act (apart.act_of) of water cannon, gas or batons used on someone: grouped as an attack
PENALTY = "penalty"  # the act (apart.act_of) of a court's fine on a seized crew or boat: an incident of its own
# The act (apart.act_of) of a gesture to the other side: thanks ("thanked Cairo for it", "expressed gratitude"), an
# apology, solidarity ("stood in full solidarity with"). A gesture of its own, not the welcome of a deal that SUPPORT
# joins (same_incident_types.tsv): every gold keeps it apart from the agreement of its days (eval/wire17 s1-thanks,
# s2-thanks, s4-thanks, wire18 s3-thanks, wire33 s1-thanks, wire25 s1-apology, wire40: each had joined it). Not a
# congratulation: realnews' gold keeps congratulations on a deal with the deal (.907 -> .906 with it).
GESTURE = "gesture"


@functools.lru_cache(maxsize=1)
def incident_types() -> dict[str, str]:
    """Event type → the type whose incidents its reports join; raises KnowledgeError naming a bad line."""
    return _type_pairs(_FILE)


def _type_pairs(name: str) -> dict[str, str]:
    text = resources.files("detente.incidents").joinpath("data", name).read_text(encoding="utf-8")
    table: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#") or line.startswith("type\t"):
            continue
        fields = line.split("\t")
        if len(fields) != 2 or not all(f in PLOVER_TYPES for f in fields) or fields[0] == fields[1]:
            raise KnowledgeError(f"detente/incidents/data/{name}:{number}: expected 'TYPE<tab>AS_TYPE', two "
                                 f"different PLOVER types, got {line!r}")
        table[fields[0]] = fields[1]
    return table


def incident_type(event_type: str) -> str:
    """The type an event row is grouped under."""
    return incident_types().get(event_type, event_type)


def kind_of(report: Report) -> str:
    """The type a report is grouped under: its type's (incident_type), but its own for a report of a
    BY_GOVERNMENT type whose acting side is no government (GOVERNMENTS); AGREE for a joint body set up
    (apart.BODY: the agreement to set it up, told by another outlet). Not for one still to be set up: a
    deal's term of its own (eval/wire10's gold keeps a protocol's "joint technical commission" that the
    two governments will set up apart from the protocol; joined, incident F1 .888 -> .882). ASSAULT for force used
    with water cannon, gas or batons (apart.FORCE, coded COERCE): the attack another outlet tells as "fired water
    cannon at" (eval/wire28: "used water cannon on a Chinese fisheries patrol ship on Sunday" and "sprayed a Chinese
    government ship with water cannon" joined the trawlers' detention of that Sunday, COERCE, not the ASSAULT
    rows of the same act: two gold incidents, one of them split)."""
    if report.act == BODY and report.status == "asserted":
        return "AGREE"
    if report.act == FORCE and report.status == "asserted":
        return "ASSAULT"
    if report.act == GESTURE:
        return report.event_type
    if report.event_type in BY_GOVERNMENT and report.source_sector not in GOVERNMENTS and report.act != NOTE:
        return report.event_type
    return incident_type(report.event_type)


def direction_free(event_type: str) -> bool:
    """Whether A→B and B→A reports are one incident (the symmetric types, and types grouped with them)."""
    return incident_type(event_type) in SYMMETRIC
