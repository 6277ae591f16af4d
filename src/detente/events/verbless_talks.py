"""A verbless headline that puts two named parties "in talks": "Seoul, Tokyo in talks on joint seabed survey",
"Kenya and Uganda in talks over fishing rights", "Kenya in talks with Uganda". Headlines drop the verb ("are"), so the parser makes the first
name the root, the second its conjunct or apposition, and "talks" the object of "in" hung on one of them; the
talks noun then has no subject, possessor or modifier to name its parties and was not coded (eval/sent-dev19 0238,
written blind). The names the "in" phrase hangs from are the parties, as the subject of "X and Y held talks"."""
from __future__ import annotations

from detente.events.phrases import ACTOR_POS
from detente.events.tree import children
from detente.events.verbless_visits import verbless
from detente.records import Sentence, Token

# "Chile, Bolivia in talks on ...": the parser may read the second name as an adverbial noun of the first
# (sent-dev21 0248), "Dhaka, New Delhi in talks on sharing ...": a gerund is no finite verb (sent-dev18 0121)
PARTY_DEPS = frozenset({"conj", "appos", "npadvmod"})


def verbless_parties(sentence: Sentence, token: Token) -> list[int]:
    """The proper names heading a verbless sentence whose "in" phrase holds the noun trigger `token`, or []."""
    if token.dep != "pobj" or not verbless(sentence):
        return []
    prep = sentence.tokens[token.head]
    if prep.dep != "prep" or prep.text.lower() != "in":
        return []
    name = sentence.tokens[prep.head]
    while name.dep in PARTY_DEPS and name.head != name.i:
        name = sentence.tokens[name.head]
    if name.dep != "ROOT" or name.pos != "PROPN":
        return []
    parties = [name.i] + [c.i for c in children(sentence, name.i) if c.dep in PARTY_DEPS and c.pos in ACTOR_POS]
    partner = any(c.dep == "prep" and c.text.lower() == "with" for c in children(sentence, token.i))
    return parties if len(parties) > 1 or partner else []  # "Kenya in talks with Uganda": the 'with' names the other
