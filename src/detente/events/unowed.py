"""An act its doer says it owes nobody: "X has nothing to apologise for", "the spokesman said there was nothing
to apologise for" (wire21, wire23, wire26: a refused apology went uncoded, or came out as an apology with no
doer). The trigger is a relative clause on a word of cues.tsv `unowed` ("nothing"); the act is refused, so it
is a REJECT, and the refuser is the subject of the verb that holds "nothing" or, behind an expletive "there",
the subject of the verb of saying that reports it."""
from __future__ import annotations

from detente.events.lexicon import cue_words
from detente.events.phrases import with_conjuncts
from detente.events.tree import children
from detente.records import Sentence


def unowed(sentence: Sentence, i: int) -> bool:
    """Token i is a relative clause on "nothing" ("nothing to apologise for")."""
    token = sentence.tokens[i]
    return token.dep in ("relcl", "acl") and token.head != i and \
        sentence.tokens[token.head].lemma.lower() in cue_words("unowed")


def unowed_owner(sentence: Sentence, i: int) -> list[int]:
    """Who owes nothing: the subject of "has nothing", else of the nearest verb above it with an active subject
    ("said ... that there was nothing": the sayer), three verbs up at most."""
    verb = sentence.tokens[sentence.tokens[sentence.tokens[i].head].head]
    for _ in range(3):
        subjects = [c.i for c in children(sentence, verb.i) if c.dep == "nsubj" and c.pos != "PRON"]
        if subjects:
            return with_conjuncts(sentence, subjects[0])
        if verb.head == verb.i:
            break
        host = sentence.tokens[verb.head]
        # "told radio that his sailors had acted correctly and that there was nothing to apologise for" (wire29
        # w29_12): a second that-clause shares its first one's governor, not that clause's subject
        verb = sentence.tokens[host.head] if verb.dep == "conj" and host.head != host.i else host
    return []
