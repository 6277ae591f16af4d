"""A relative clause that names its own antecedent again is the letter's, not the addressee's.

"Manama renewed its demand in a second letter to the UN Security Council, which also asked the Council to condemn
the seizure" (wire30 w30_08): the parser hangs "which" on the nearest noun, the Council, and the request went to
the Council as its own doer (REQUEST UNO→None: a body does not ask itself). When the clause's object is the
antecedent named again ("the Council" ... "asked the Council") and the antecedent is the 'to' object of a
document noun (cues.tsv kind document: letter, note, statement ...), "which" stands for the document, and the
document speaks for its writer: its possessor, else the subject of the verb it hangs on ("renewed ... in a
letter", "sent a letter"). Any other relative keeps its nearest noun.
"""
from __future__ import annotations

from detente.events.lexicon import cue_words
from detente.events.triggers import children
from detente.records import Sentence, Token


def letter_of_relative(sentence: Sentence, verb: Token, antecedent: Token) -> Token | None:
    """The document noun a relative clause on its addressee stands for, or None."""
    prep = sentence.tokens[antecedent.head]
    if antecedent.dep != "pobj" or prep.lemma.lower() != "to" or prep.head == prep.i:
        return None
    document = sentence.tokens[prep.head]
    if document.pos == "VERB":  # "sent a letter to the Council": the parser's 'to' on the verb
        document = next((c for c in children(sentence, document.i) if c.dep == "dobj"), document)
    if document.lemma.lower() not in cue_words("document") or document.pos != "NOUN":
        return None
    named_again = any(c.dep == "dobj" and c.lemma.lower() == antecedent.lemma.lower() and c.i != antecedent.i
                      for c in children(sentence, verb.i))
    return document if named_again else None


def writer_host(sentence: Sentence, document: Token) -> tuple[list[int], int | None]:
    """([possessor], None) for "X's letter"; else ([], the verb whose subject wrote it) or ([], None)."""
    poss = [c.i for c in children(sentence, document.i) if c.dep == "poss" and c.pos != "PRON"]
    if poss:
        return poss, None
    head = sentence.tokens[document.head]
    if document.dep == "dobj" and head.pos == "VERB":
        return [], head.i
    if document.dep == "pobj" and head.dep == "prep" and sentence.tokens[head.head].pos == "VERB":
        return [], head.head
    return [], None


def letter_writer(sentence: Sentence, document: Token, depth: int) -> tuple[list[int], str]:
    """Source tokens of the document's writer, in roles.source_tokens' shape."""
    from detente.events.roles import source_tokens  # roles imports this module

    poss, host = writer_host(sentence, document)
    if poss:
        return poss, "letter-relative:poss"
    if host is None:
        return [], "none"
    found, how = source_tokens(sentence, host, depth + 1)
    return found, (f"letter-relative:{how}" if found else "none")
