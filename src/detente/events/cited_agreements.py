"""An agreement cited as the basis of something else, or kept or broken, is not one made in the sentence
that names it ("withdraw under the deal", "violated the accord"): realnews coded a breach charge as a new deal."""
from __future__ import annotations

from detente.events.lexicon import cue_words
from detente.events.nesting import Candidate
from detente.records import Sentence

CITING_PREPS = frozenset({"under", "per", "despite"})


def cited_agreement(sentence: Sentence, candidate: Candidate) -> bool:
    """"rights under 19th-century treaties", "withdraw under the deal", "per the accord", "violated the
    accord": an agreement cited as the basis of something else, or kept or broken, is not an agreement made
    in this sentence."""
    token = sentence.tokens[candidate.hit.token]
    if candidate.hit.entry.event_type != "AGREE" or candidate.hit.entry.pos != "NOUN":
        return False
    prep = sentence.tokens[token.head]
    if token.dep == "pobj" and prep.lemma.lower() in CITING_PREPS:
        return True
    # "violated the consensus of the two sides", "abide by the truce", "the accord was not honoured": an
    # agreement kept or broken is one already made (realnews: a breach charge coded as a new agreement)
    verb = sentence.tokens[prep.head] if token.dep == "pobj" and prep.dep == "prep" else prep
    return (token.dep in ("dobj", "pobj", "nsubjpass") and verb.pos == "VERB"
            and verb.lemma.lower() in cue_words("breach"))
