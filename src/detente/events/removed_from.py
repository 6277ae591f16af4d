"""Who sent people out: "The OSCE's election observers were barred from Belarus", "Cuban doctors were ordered
out of Bolivia by the new government", "Two activists were deported from Tanzania". An agentless passive of
keeping or sending people out of a state (or one whose agent names no state: "by the new government") has the
state they were sent out of or kept from as its doer: only it can bar, expel or deport from its own soil.
Before, such acts had no doer (sent-dev23 0196, 0224), or the reporter was guessed. The verbs are cues.tsv
`removal`; forces moved out of a town are events/parties.py moved_from."""
from __future__ import annotations

from detente.actors import country_of_place
from detente.actors.coref import is_state_code
from detente.events.lexicon import cue_words
from detente.events.locations import entity_text
from detente.events.phrases import pobjs
from detente.events.tree import children
from detente.records import Actor, Sentence

REMOVALS = frozenset({"SANCTION", "COERCE", "REJECT"})


def removed_from(event_type: str, sentence: Sentence, trigger: int) -> Actor | None:
    """The one state named as where the people were sent out of or kept from, for a removal verb's act."""
    if event_type not in REMOVALS or sentence.tokens[trigger].lemma.lower() not in cue_words("removal"):
        return None
    places = pobjs(sentence, trigger, frozenset({"from"}))
    places += [o for p in children(sentence, trigger) if p.lemma.lower() == "out"
               for o in pobjs(sentence, p.i, frozenset({"of"}))]  # "ordered out of Bolivia"
    found = {(code, name) for p in places
             if (code := country_of_place(name := entity_text(sentence, p), sentence.text)) and is_state_code(code)}
    if len({code for code, _ in found}) != 1:
        return None
    code, name = min(found)
    return Actor(name, code, None, f"sent out of {name} ({code}) by its state")
