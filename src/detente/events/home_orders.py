"""An order that names no addressee of another state is a command at home, not a request of the page's other state.

"The court ordered the vessels confiscated" (eval/wire17 w17_03), "the president had ordered the state energy
company not to renew the contract" (wire39 w39_06), "a patrol boat had ordered the vessel to stop" (wire33 w33_01):
a state orders its own courts, companies, forces and officials; another state it asks, urges or demands of. The
document counterpart (events/counterpart.py) made each a REQUEST of the other state, three false rows of the
session 35 count. An order whose addressee is another state or its envoy names it, so its row has a target before
the counterpart is asked; the order verbs' own SANCTION, COERCE, RETREAT and MOBILIZE rows are not requests and
keep it.
"""
from __future__ import annotations

from detente.events.lexicon import cue_words
from detente.records import Event, Sentence

COMMANDS = frozenset({"REQUEST"})


def home_order(sentence: Sentence, trigger: int, events: list[Event]) -> bool:
    """Whether the trigger is a verb of command (cues.tsv `commandverb`: "order") whose acts are all requests: those left
    without a target get none from the page's other state."""
    return bool(events) and sentence.tokens[trigger].lemma.lower() in cue_words("commandverb") \
        and all(e.event_type in COMMANDS for e in events)
