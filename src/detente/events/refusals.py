"""A refusal told as a transfer that will not happen: "Turkey will not pay the Georgian fine", "Zagreb would not
return the money", "Indonesia will not give Singapore the names". The bare verb names no act of any type (a fine
paid or money returned is not in the lexicon), so the trigger rows that read it (triggers.tsv requirement
`refused`) fire only when the verb is negated under a committing modal, and the refusal reading of
`intent.type_and_status` turns them into REJECT. The page golds code each of these as REJECT, asserted (wire29
"Zagreb will not return the fines", wire31 "Indonesia will not give Singapore the company names", wire33 "Turkey
will not pay the Georgian fine", wire8 "the institute will not pay the Russian fine"); "did not pay" only
reports that nothing happened and stays uncoded."""
from __future__ import annotations

from detente.events.lexicon import cue_words
from detente.events.tree import children
from detente.records import Sentence, Token

REFUSING_MODALS = frozenset({"can", "could", "ca"})  # "cannot return the money"; "ca" is how "can't" splits
WONT = frozenset({"wo"})  # "won't" is split into "wo" + "n't"


def committed_refusal(sentence: Sentence, token: Token) -> bool:
    """A committing modal on the negated verb: "will not accept", "would not agree", "won't pay" refuse for
    the future, and "cannot accept", "could not spare helicopters" decline a request, where "did not sign"
    only reports that nothing happened."""
    kids = children(sentence, token.i)
    if not any(c.dep == "neg" for c in kids):
        return False
    modals = cue_words("modal")
    return any(c.dep == "aux" and (modals.get(c.text.lower()) == "intent" or c.text.lower() in REFUSING_MODALS | WONT)
               for c in kids)


def named_dative(sentence: Sentence, kids: list[Token]) -> bool:
    """A proper noun as the indirect object: "will not give Singapore the names" (not "give reporters details")."""
    return any(c.dep == "dative" and c.pos == "PROPN" for c in kids)


def committed(sentence: Sentence, token: Token) -> bool:
    """A committing modal on the verb ("further steps will follow"): a warning given now of what is to come;
    "further steps followed" only tells what happened (triggers.tsv requirement `future`; wire44)."""
    modals = cue_words("modal")
    return any(c.dep == "aux" and (modals.get(c.text.lower()) == "intent" or c.text.lower() in WONT)
               for c in children(sentence, token.i))
