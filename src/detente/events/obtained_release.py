"""Who obtains a release is not who lets the people go: "Oman had helped to secure the release of British
nationals held in Iran", "Turkey secured the release of two Iraqi nationals".

The noun "release" is a RETREAT trigger whose doer, when the noun is an object, is found by climbing to the
governing verb's subject. Under a verb of obtaining (cues.tsv kind `obtaining`: secure, win, obtain, gain) that
subject is the one who asked, pressed or mediated for it; the holder who frees them is another state (wire30:
"helped to secure the release of British and American nationals held in Iran in previous years" coded RETREAT
OMN GBR and OMN USA; the page golds code a release by its holder, and a request for one ("asked the Council to
take the measures necessary to secure the release") as REQUEST). Such a release is left uncoded: the verb
names no holder, and the obtainer's own act, when it is one, is coded from its own words (seek, ask, mediate).
"""
from __future__ import annotations

from detente.events.lexicon import cue_words
from detente.records import Sentence


def obtained_release(sentence: Sentence, trigger: int, arg_rule: str) -> bool:
    """Whether the trigger is a release noun that is the object of a verb of obtaining, and the event's doer
    was read by climbing from it to that verb's subject (or the subject of a verb above it: "helped to")."""
    token = sentence.tokens[trigger]
    if token.pos != "NOUN" or token.lemma.lower() not in cue_words("freeing") or token.dep != "dobj":
        return False
    verb = sentence.tokens[token.head]
    return verb.lemma.lower() in cue_words("obtaining") and arg_rule.startswith("src=climb:dobj")
