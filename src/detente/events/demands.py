"""What a that-clause under a verb of saying or demanding tells: an obligation ("that X must withdraw"), a demand
told with 'should' or the subjunctive, or a stated fact (the past, or a present after a verb that asserts).
triggers.py reads these for the requirements of demand and refusal triggers."""
from __future__ import annotations

from detente.events.tree import children
from detente.records import Sentence, Token

# Verbs that assert as often as they demand: a present-tense that-clause after them states a fact (stated_fact).
ASSERTING = frozenset({"insist"})
PRESENT = frozenset({"VBZ", "VBP"})


def obliged(sentence: Sentence, clause: Token) -> bool:
    """A that-clause stating what its subject must do ("that X must withdraw", "X must be ready to talk")."""
    kids = children(sentence, clause.i)
    return any(c.dep == "aux" and c.text.lower() == "must" for c in kids) and any(c.dep in ("nsubj", "nsubjpass") for c in kids)


def told_should(sentence: Sentence, clause: Token) -> bool:
    """"said Romania owed compensation and should shut down the unit", "said Chile should withdraw": what a
    speaker says a named party should do is a demand on it, like 'must', whether or not the act is a trigger
    word (wire8: a minister's demand told with 'should' went uncoded). The subject must name a party (a proper
    name or a national word): "said it should", "said the talks should end" are no demand on another state,
    and "said X and Y should work together" is a call on both sides, the speaker's own among them."""
    kids = children(sentence, clause.i)
    subject = next((c for c in kids if c.dep in ("nsubj", "nsubjpass")), None)
    if clause.i < clause.head or subject is None or subject.pos == "PRON" \
            or any(c.dep == "conj" for c in children(sentence, subject.i)):
        return False
    named = [subject] + [c for c in children(sentence, subject.i) if c.dep in ("amod", "compound", "poss")]
    if not any(t.pos == "PROPN" or t.ent in ("GPE", "NORP") for t in named):
        return False
    verbs = [clause] + [c for c in kids if c.dep == "conj" and not any(
        g.dep in ("nsubj", "nsubjpass") for g in children(sentence, c.i))]
    return any(a.dep == "aux" and a.text.lower() == "should" for v in verbs for a in children(sentence, v.i)) \
        or subjunctive(sentence, clause)


def subjunctive(sentence: Sentence, clause: Token) -> bool:
    """A named party's verb in the bare form with no auxiliary: the mandative subjunctive of a demand ("insisted
    that Ethiopia stop filling the reservoir"; sent-dev5: the demand went uncoded). A statement of fact in the
    present takes the inflected form ("insists Ethiopia stops", "insists the tests are routine"); only a singular
    subject shows the difference ("saying Ecuadorian troops patrol only their side" states a fact; wire18)."""
    kids = children(sentence, clause.i)
    singular = any(c.dep == "nsubj" and c.tag in ("NN", "NNP") for c in kids)  # "troops patrol" is plain present
    # with 'that' only: "declared the attache persona non grata" parses 'persona' as such a verb (newswire)
    said_that = any(c.dep == "mark" and c.text.lower() == "that" for c in kids)
    return singular and said_that and clause.tag == "VB" and sentence.tokens[clause.head].tag != "VB" and not any(
        c.dep in ("aux", "auxpass") for c in kids)


def stated_fact(sentence: Sentence, clause: Token) -> bool:
    """A that-clause in the past ("insisted that its boats had not entered the waters", "hoped that the
    talks went well") states what happened; a demand or wish looks ahead ("insisted that X withdraw").
    After a verb that asserts as often as it demands, in the present, a present-tense clause states what is
    so ("insists the tests are routine and denies singling out its neighbour"; wire8: read as a demand on the
    neighbour), where a demand takes the subjunctive or a modal ("insists that X withdraw", "insists X must
    leave")."""
    if clause.dep != "ccomp":
        return False
    auxes = [c.lemma.lower() for c in children(sentence, clause.i) if c.dep in ("aux", "auxpass")]
    verb = sentence.tokens[clause.head]
    if clause.tag in PRESENT and verb.tag in PRESENT and not auxes and verb.lemma.lower() in ASSERTING:
        return True  # "insisted that X withdraws" is still a demand: the tenses do not agree
    return (clause.tag == "VBD" and not auxes) or (clause.tag == "VBN" and "have" in auxes and len(auxes) == 1) \
        or told_done_passive(sentence, clause)


def told_done_passive(sentence: Sentence, clause: Token) -> bool:
    """A past or perfect passive ("insisted that the document was signed", "had been returned") states what
    was done, like the active past above (wire21: read as a demand that the other side sign); a demand's
    passive takes the subjunctive or a modal ("insisted that the men be freed", "should be freed")."""
    auxes = [c for c in children(sentence, clause.i) if c.dep in ("aux", "auxpass")]
    if clause.tag != "VBN" or not any(c.dep == "auxpass" for c in auxes):
        return False
    tags = {c.tag for c in auxes}
    # "insists that they are released" may still ask: only the past or the perfect tells a thing done
    return not tags & {"MD", "VB", "TO"} and ("VBD" in tags or any(c.lemma.lower() == "have" for c in auxes))
