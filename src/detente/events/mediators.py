"""Mediators are no parties: the states a page names as brokers of the two sides' deal or talks.

The document counterpart (events/counterpart.py) is the state other than an act's doer that the page names
most, clearly ahead of any third. On a page about two states' dispute told from the mediator's capital, the
mediator is named nearly as often as the other side ("DOHA: ... in an exchange arranged by Qatar", "Qatar's
mediation", "the Qatari embassy"), and the counterpart was lost: "Djibouti has asked for it back", "Eritrea has
also refused to hand back the patrol boat" had no target (eval/wire31, three core misses on the Doha pages).

A state is a mediator when a broker phrase (events/mediation.py `brokers`) names it with a word only a third
party is named by (cues.tsv `thirdparty`: mediation, mediator, brokered, auspices ...), or with any broker word
that also names the sides it stands between ("talks hosted by X between A and B"), and the page names two other
states at least twice each (its two sides). A mediator keeps its place in the counts with a count of zero
(`party_counts`), so it can never be a counterpart and never outranks one; and on such a page only the two
sides (`sides_of`) have a counterpart, a third state's act is aimed at nobody it does not name.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from detente.actors.coref import is_state_code

from detente.events.lexicon import cue_words, fold_spelling
from detente.events.mediation import brokers
from detente.records import Mention, Sentence

SIDE_NAMED = 2  # as counterpart.MIN_NAMED: a side is named at least twice


def mediator_states(sentences: tuple[Sentence, ...], by_sentence: Mapping[int, list[Mention]],
                    states: Counter[str]) -> frozenset[str]:
    """States the page names as third parties to the sides' deal or talks, when two other states are its sides."""
    third = cue_words("thirdparty")
    found: set[str] = set()
    for sentence in (s for s in sentences if s.parsed):
        for broker in brokers(sentence, by_sentence.get(sentence.index, [])):
            token = sentence.tokens[broker.token]
            if fold_spelling(token.lemma) in third or token.text.lower() in third or broker.sides:
                found |= {a.country for a in broker.actors if a.country and is_state_code(a.country)}
    return frozenset(code for code in found if len(_parties(states, code)) >= 2)


def _parties(states: Counter[str], mediator: str) -> list[str]:
    """The states other than `mediator` the page names at least twice: a mediator has two sides to stand
    between (on the Doha page the mediator is named most, 9 times, the sides 8 and 7)."""
    return [code for code, n in states.items() if code != mediator and is_state_code(code) and n >= SIDE_NAMED]


def party_counts(states: Counter[str], mediators: frozenset[str]) -> Counter[str]:
    """The page's state counts with each mediator's set to zero."""
    return Counter({code: 0 if code in mediators else n for code, n in states.items()})


def mediators_of(states: Mapping[str, int]) -> frozenset[str]:
    """The mediators `party_counts` marked: states the page names, counted zero."""
    return frozenset(code for code, n in states.items() if n == 0)


def sides_of(states: Mapping[str, int]) -> frozenset[str]:
    """The two states a mediated page names most, its mediators left out: the sides. A third state has no
    counterpart there: "the Gulf states perceive the US slowly withdrawing from the Middle East" on a page of a deal
    China brokered between Saudi Arabia and Iran is no US act on Iran (realnews: with China counted zero, the US had
    a lead). An international body keeps its counterpart: "Guterres said the decision would hurt people in need"
    is the UN's charge against Russia on a page of a grain deal Turkey brokered (realnews)."""
    ranked = [code for code, n in sorted(states.items(), key=lambda kv: -kv[1]) if n and is_state_code(code)]
    return frozenset(ranked[:2])
