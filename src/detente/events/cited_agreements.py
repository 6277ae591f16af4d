"""An agreement cited as the basis of something else, or kept or broken, is not one made in the sentence
that names it ("withdraw under the deal", "violated the accord"): realnews coded a breach charge as a new deal."""
from __future__ import annotations

from detente.events.lexicon import cue_words
from detente.events.nesting import Candidate
from detente.events.tree import children, subtree
from detente.records import Sentence

CITING_PREPS = frozenset({"under", "per", "despite"})


def cited_agreement(sentence: Sentence, candidate: Candidate) -> bool:
    """"rights under 19th-century treaties", "withdraw under the deal", "per the accord", "violated the
    accord": an agreement cited as the basis of something else, or kept or broken, is not an agreement made
    in this sentence."""
    return cited_hit(sentence, candidate.hit)


def cited_hit(sentence: Sentence, hit) -> bool:
    """The same test on one trigger hit, a candidate's own or one nested in it."""
    token = sentence.tokens[hit.token]
    if hit.entry.event_type != "AGREE" or hit.entry.pos != "NOUN":
        return False
    prep = sentence.tokens[token.head]
    if token.dep == "pobj" and (prep.lemma.lower() in CITING_PREPS or _standard(sentence, prep)):
        return not (prep.lemma.lower() == "under" and signed_there(sentence, token))
    # "violated the consensus of the two sides", "abide by the truce", "the accord was not honoured": an
    # agreement kept or broken is one already made (realnews: a breach charge coded as a new agreement)
    verb = sentence.tokens[prep.head] if token.dep == "pobj" and prep.dep == "prep" else prep
    return (token.dep in ("dobj", "pobj", "nsubjpass") and verb.pos == "VERB"
            and verb.lemma.lower() in cue_words("breach"))


# Where or when a signing took place: "signed in Doha", "signed on Friday", "struck at the summit", "initialled last week".
SIGNING_PLACES = frozenset({"in", "on", "at"})
SIGNING_TIMES = frozenset({"npadvmod", "tmod"})


def signed_there(sentence: Sentence, token) -> bool:
    """"under a deal signed in Doha", "under an agreement signed on Friday": the agreement noun carries a
    participle of signing (cues.tsv signing) with its own place or day, so the sentence tells the signing as
    news and what is done "under" it is its content, not a deal only cited (session 36: sent-dev 0006, sent-dev11
    0082, sent-dev15 0097, sent-dev20 0171, AGREE in the gold, were coded nothing). "withdrew under the 1994
    accord" and "under the deal" name no signing and stay cited."""
    signing = cue_words("signing")
    for participle in children(sentence, token.i):
        if participle.dep != "acl" or participle.lemma.lower() not in signing:
            continue
        if any(c.dep == "prep" and c.lemma.lower() in SIGNING_PLACES or c.dep in SIGNING_TIMES
               for c in children(sentence, participle.i)):
            return True
    return False


# "in the spirit of the CIS agreements", "in line with the 1996 accord", "in accordance with the treaty": agreements
# held up as the standard an act should follow (eval/wire52 w52_06: a Russian call "to resolve transit problems ...
# in the spirit of the CIS agreements" was read as a call on the CIS, the agreements' maker, nested in it).
STANDARD_NOUNS = frozenset({"spirit", "letter", "framework", "basis", "terms"})
STANDARD_WITH = frozenset({"line", "accordance", "keeping", "conformity", "compliance"})


def _standard(sentence: Sentence, prep) -> bool:
    """An 'of' under a noun of standards ("the spirit of"), or a 'with' after "in line", "in accordance"."""
    holder = sentence.tokens[prep.head]
    word = prep.lemma.lower()
    if word == "of":
        return holder.lemma.lower() in STANDARD_NOUNS and holder.i != prep.i
    before = sentence.tokens[prep.i - 1] if prep.i > 0 else None
    return word == "with" and before is not None and before.lemma.lower() in STANDARD_WITH \
        or word == "with" and holder.lemma.lower() in ("consistent", "compatible")


def standard_hit(sentence: Sentence, hit) -> bool:
    """An agreement noun held up as a standard ("in the spirit of the X agreements", "in line with the accord"); a
    breached or kept one ("violated the ceasefire with X") still names the other party."""
    token = sentence.tokens[hit.token]
    if hit.entry.event_type != "AGREE" or hit.entry.pos != "NOUN" or token.dep != "pobj":
        return False
    return _standard(sentence, sentence.tokens[token.head])


def cited_span(sentence: Sentence, hit) -> set[int]:
    """The words of a cited standard: the agreement's phrase, or the whole "spirit of the X agreements" phrase, whose
    head the parser may give the act as its place or object."""
    token = sentence.tokens[hit.token]
    prep = sentence.tokens[token.head]
    holder = sentence.tokens[prep.head]
    top = holder.i if prep.lemma.lower() == "of" and holder.lemma.lower() in STANDARD_NOUNS else token.i
    return subtree(sentence, top)
