"""What kind of list a state is taken off: "removed X from its list of trusted trading partners", "from its white
list" withdraw a privilege (a penalty, SANCTION), where "removed X from its list of state sponsors of terrorism"
eases one (CONCEDE, triggers.tsv remove rows). The words that tell them apart sit three or four levels under the
verb, below the reach of a 'word:' requirement (wire36 w36_05: Japan's removal of Korea from its trusted-partner
list was coded as a concession; its gold is SANCTION)."""
from __future__ import annotations

from detente.events.tree import children, folded_lemmas
from detente.records import Sentence, Token


def from_list_words(sentence: Sentence, kids: list[Token], words: frozenset[str]) -> bool:
    """A 'from' object of the trigger that is a list ("list", "whitelist") with one of the words on it: its own
    lemma, its modifiers, its 'of' object or that object's modifiers."""
    lists = [o for p in kids if p.dep == "prep" and p.lemma.lower() == "from"
             for o in children(sentence, p.i) if o.dep == "pobj" and o.lemma.lower().endswith("list")]
    return any(folded_lemmas(w) & words for lst in lists for w in _list_words(sentence, lst))


def _list_words(sentence: Sentence, lst: Token) -> list[Token]:
    own = [lst] + children(sentence, lst.i)
    named = [o for p in own if p.dep == "prep" and p.lemma.lower() == "of"
             for o in children(sentence, p.i) if o.dep == "pobj"]
    return own + named + [m for o in named for m in children(sentence, o.i)]
