"""States a report's sentence names as parties of the deal, beside the event's own two sides.

An event has two sides at most, and the actors stage may miss both: realnews s15 "We can now declare that
Finland is the 31st member of the North Atlantic treaty" is an AGREE whose source is "North Atlantic" (no
state) and no target, so `detente agreements` listed the treaty with no party; s20 "Yoon declared a complete
normalisation of the intelligence-sharing GSOMIA (...) pact, which Seoul threatened to pull out of in 2019"
listed Japan (the event's source) without South Korea, the state the relative clause makes the deal's own.
Two wordings name a party outright, whatever the event's sides:
  * membership: "<state> is / became / joined as the (31st | newest) member of / party to / signatory to <deal>";
  * a relative clause on the deal whose subject is a state doing a step of the deal's life (a stage word of
    data/stages.tsv, told or only threatened): "<deal>, which Seoul threatened to pull out of", "..., which
    Norway ratified in 2019". A state that merely talks about it ("which Oslo praised") is not named.
"""
from __future__ import annotations

import re

from detente.agreements.lifecycle import stage_in
from detente.agreements.names import NameHit

# "<state> is the 31st member of the ", "<state> became a full party to ", "<state> joined as the newest signatory of "
_MEMBER = re.compile(r"^\s+(?:is|was|becomes|became|has\s+become|had\s+become|will\s+become|would\s+become|"
                     r"joined\s+as|joins\s+as|remains|remained)\s+(?:now\s+)?(?:the\s+|a\s+|an\s+)?"
                     r"(?:\w+(?:st|nd|rd|th)\s+|newest\s+|latest\s+|full\s+|founding\s+|new\s+)?"
                     r"(?:member|party|signatory|state\s+party)\s+(?:of|to)\s+(?:the\s+)?$", re.I)
# between the deal's name and the state: an acronym's bracket or the head written after ("GSOMIA (...) pact"),
# then ", which" / "that"
_RELATIVE = re.compile(r"^[^,.;:!?]{0,40}?,?\s+(?:which|that)\s+(?:the\s+)?$", re.I)
_CLAUSE_WORDS = 6  # a stage word within six words of the state ("threatened to pull out of")


def stated_parties(sentence: str, hit: NameHit) -> frozenset[str]:
    """Codes of the states `sentence` names as parties of the deal at `hit`, by membership or by a
    relative clause telling the state's step of the deal."""
    from detente.actors.gazetteer import scan, state_code  # the actors stage's gazetteer: one list of states

    found = set()
    for state in scan(sentence):
        code = state_code(state)
        if not code or not any(t.kind in ("country", "capital") for t in state.terms):
            continue
        if state.end <= hit.start and _MEMBER.match(sentence[state.end:hit.start]):
            found.add(code)
        elif state.start >= hit.end and _RELATIVE.match(sentence[hit.end:state.start]) \
                and stage_in(" ".join(sentence[state.end:].split()[:_CLAUSE_WORDS])):
            found.add(code)
    return frozenset(found)
