"""A pledge not to let one's ground serve attacks on another state: "Nepal would not allow its soil to be used for
any activity against China", "Kabul will never permit its territory to be used against Pakistan".

A negated verb of letting reads as a refusal (REJECT), and that is right when the other side asked for the
permission ("will not allow Peruvian boats to enter its waters"). When what is not allowed is the use of one's
own ground (cues.tsv `launchpad`: soil, territory, land, airspace) for something aimed at another state
("against", "anti-China", "attacks", "hostile"), the speaker gives that state an assurance: PLOVER SUPPORT,
asserted, as the page golds code such a pledge (wire48: the Nepali and Chinese reports of the one-China
pledge were coded REJECT NPL>CHN, two false rows; the same wording is common in South and Central Asian news).
"""
from __future__ import annotations

from detente.events.lexicon import cue_words
from detente.events.tree import subtree
from detente.records import Sentence, Token

USE_LEMMAS = frozenset({"use"})
AIMED_WORDS = frozenset({"against", "attack", "hostile"})


def hostile_ground(sentence: Sentence, token: Token) -> bool:
    """`token` is a verb of letting (cues.tsv `permission`) whose clause lets one's ground be used against
    another: the ground noun, a form of "use" and a word aiming the use at someone all under the verb."""
    if token.lemma.lower() not in cue_words("permission"):
        return False
    tree = [sentence.tokens[k] for k in subtree(sentence, token.i) if k != token.i]
    grounds = cue_words("launchpad")
    return any(t.lemma.lower() in grounds for t in tree) \
        and any(t.lemma.lower() in USE_LEMMAS for t in tree) \
        and any(_aimed(t) for t in tree)


def _aimed(token: Token) -> bool:
    word = token.text.lower()
    return token.lemma.lower() in AIMED_WORDS or word == "anti" or word.startswith("anti-")  # "anti-China"
