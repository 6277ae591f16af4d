"""A dispute taken to a regional or world body: "would take the matter to the Organization of American States".

cues.tsv `tribunal` entries with the value `forum` name bodies of states (the OAS, the African Union, a SADC organ,
the UN General Assembly) where a state can take its quarrel with another, as it takes one to a court. Unlike a
court, such a body is mostly asked for help ("asked the African Union to send observers", "appealed to ASEAN"):
it is a venue only when what is taken there is a dispute (cues.tsv `dispute`: matter, dispute, case, issue), so
the recourse rule reads it as a threat or a charge against the other state (events/recourse.py; wire18 "would take
the matter to the Organization of American States if the spraying did not stop", wire20 "we shall take this matter
to the SADC Organ on Politics, Defence and Security": both went uncoded).
"""
from __future__ import annotations

from detente.events.lexicon import cue_words, fold_spelling, triggers_by_lemma
from detente.events.tree import children
from detente.records import Sentence

FORUM = "forum"


# A hostile act raised at a body is a quarrel taken there as much as "the matter" is ("will raise the blockade at the
# United Nations and the OSCE if the wagons are not released", eval/wire52 w52_04: the blockade was read as the
# speaker's own, threatened at the UN and the OSCE). Aid, talks or deals brought to a body are not.
HOSTILE_ACTS = frozenset({"SANCTION", "COERCE", "ASSAULT", "MOBILIZE"})


def disputed_matter(sentence: Sentence, trigger: int) -> bool:
    """The trigger's direct object is a dispute ("take this matter to", "refer the dispute to") or a hostile act
    ("raise the blockade at")."""
    return any(c.dep == "dobj" and (c.lemma.lower() in cue_words("dispute") or hostile_act(c.lemma))
               for c in children(sentence, trigger))


def hostile_act(lemma: str) -> bool:
    entries = triggers_by_lemma().get((fold_spelling(lemma.lower()), "NOUN"), ())
    return any(e.event_type in HOSTILE_ACTS and not e.requires for e in entries)


def sitting_venue(sentence: Sentence, trigger: int) -> int | None:
    """The body whose sitting a trigger asks for on a condition ("would ask for an urgent session of the OAS
    Permanent Council if the crew were not back by Wednesday", wire21): the quarrel is taken there, so the body is
    the venue of a threat (events/recourse.py). Without the condition a request for a sitting stays a request."""
    if not _conditioned(sentence, trigger):
        return None
    kids = children(sentence, trigger)
    asked = [c for c in kids if c.dep == "dobj"] + [o for p in kids if p.dep == "prep" and p.lemma.lower() == "for"
                                                   for o in children(sentence, p.i) if o.dep == "pobj"]
    bodies = [o for n in asked if n.lemma.lower() in cue_words("sitting") for p in children(sentence, n.i)
              if p.dep == "prep" and p.lemma.lower() == "of" for o in children(sentence, p.i) if o.dep == "pobj"]
    return next((b.i for b in bodies if names_forum(sentence, b.i)), None)


def _conditioned(sentence: Sentence, trigger: int) -> bool:
    """An 'if' or 'unless' clause on the trigger."""
    return any(c.dep == "advcl" and any(m.dep == "mark" and m.text.lower() in ("if", "unless")
                                        for m in children(sentence, c.i)) for c in children(sentence, trigger))


def phrase_text(sentence: Sentence, i: int) -> str:
    """The words of the noun at i with its modifiers before it and its 'of' phrase after ("the Organization of
    American States"), lower case, space-separated, padded with spaces."""
    kids = children(sentence, i)
    start = min([c.i for c in kids if c.dep in ("compound", "amod") and c.i < i] + [i])
    return f" {' '.join(t.text.lower() for t in sentence.tokens[start:_of_end(sentence, i) + 1])} "


def _of_end(sentence: Sentence, i: int, depth: int = 0) -> int:
    """The last word of the noun at i with its 'of' phrases, nested ones too: "the Permanent Council of the
    Organization of American States" ends at "States" (wire23: the council of a body took the body's name off)."""
    ends = [i] + [_of_end(sentence, o.i, depth + 1) if depth < 3 else o.i for p in children(sentence, i)
                  if p.dep == "prep" and p.lemma.lower() == "of" for o in children(sentence, p.i) if o.dep == "pobj"]
    return max(ends)


def names_forum(sentence: Sentence, i: int) -> bool:
    """The noun phrase at i names a body of cues.tsv `tribunal` valued `forum`."""
    words = phrase_text(sentence, i)
    return any(f" {cue} " in words for cue, kind in cue_words("tribunal").items() if kind == FORUM)
