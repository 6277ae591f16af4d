"""A state's own step back told under 'will' or 'would' ("Denmark will withdraw its troops", "Kuwait would lift
the ban in the coming days", "Kenya to reopen the crossing"): the real-page golds code the step itself, pending
(RETREAT or CONCEDE, sometimes with AGREE as an alternative: realnews "will lift export curbs", wire20, wire22,
wire35, wire38, wire42, wire44, and the sentence golds of sent-dev9 and sent-dev15), not a promise (AGREE, the
CAMEO 03x reading the coder gave every cooperative act under 'will'). Only the verbs of pulling out, lifting,
easing and reopening (cues.tsv `ownstep`): the PLOVER and CAMEO sentence sets code "will release the hostages"
and "will return the weapons" as AGREE, so release and return keep the promise; "is willing to withdraw" or
"is prepared to lift" (an intent word, not the modal) stays an offer (plover_gsr, cameo 0351); a step offered on a
condition ("would withdraw if the rebels disarmed") or warned of stays with the other rules. The modal must be
the step's own: "the deal, which will see the two countries reopen embassies" is the deal's content (realnews: the
two CONCEDE rows it made were false positives, precision 0.947 -> 0.939), not a step either side announced."""
from __future__ import annotations

from detente.events.lexicon import cue_words
from detente.events.triggers import children
from detente.records import Sentence, Token

STEP_TYPES = frozenset({"RETREAT", "CONCEDE"})
# "Neither side said it would pull back the troops" (wire21), "Nobody will reopen a border while ..." (wire37): no
# one announced the step; read as the step pending it took wire21's status 0.966 -> 0.949
NOBODY = frozenset({"neither", "nobody", "none", "no one", "noone"})


def stated_step(event_type: str, lemma: str, marker: str) -> bool:
    """The trigger is a step back (RETREAT, CONCEDE) of the `ownstep` verbs under the modal 'will'/'would'."""
    return event_type in STEP_TYPES and cue_words("modal").get(marker) == "intent" \
        and lemma.lower() in cue_words("ownstep")


def untold(sentence: Sentence, chain: list[Token]) -> bool:
    """The step or the saying of it has a negative subject ("neither side said it would ..."): the step's own
    subject, its governors', and the subject of the verb of saying whose clause (ccomp) it heads."""
    tellers = chain[:1] + [sentence.tokens[chain[0].head]] if chain and chain[0].dep == "ccomp" else chain[:1]
    subjects = [c for t in tellers + chain[1:3] for c in children(sentence, t.i) if c.dep in ("nsubj", "nsubjpass")]
    return any(c.lemma.lower() in NOBODY or any(d.dep == "det" and d.lemma.lower() in NOBODY | {"no"}
                                                  for d in children(sentence, c.i)) for c in subjects)
