"""A state called by its style: "the kingdom", "the emirate", "the sultanate" (data/state_styles.tsv).

"the country" takes the state named last, but a style names only a state of that form: in "The UAE said it
stands with the Kingdom" the kingdom is Saudi Arabia, named earlier on the page, not the UAE named a few words
before (eval/wire43 w43_05; wire49 w49_09, where "the kingdom" followed a Saudi ministry's words; sent-dev14
0114). Read before anaphora's "the country" rules; a style with no state of its form named before it keeps
those rules when its row allows (a kingdom the data does not list), else names no state.
"""
from __future__ import annotations

import functools
from typing import NamedTuple

from detente.actors.coref import DocContext
from detente.actors.gazetteer import data_rows, split_list
from detente.actors.items import Item
from detente.records import Sentence


class Style(NamedTuple):
    noun: str
    states: frozenset[str]
    fallback: bool  # with none of its states named before it, read as "the country"


@functools.lru_cache(maxsize=None)
def styles() -> dict[str, Style]:
    """state_styles.tsv: style noun → its row."""
    return {noun.lower(): Style(noun.lower(), frozenset(split_list(states)), fallback == "y")
            for noun, states, fallback in data_rows("state_styles.tsv")}


def style_of(sentence: Sentence, item: Item) -> Style | None:
    """The style the place noun names ("the Gulf kingdom", "the Sultanate's"), if it is one."""
    word = sentence.tokens[item.last].text.lower()
    return styles().get(word) or styles().get(sentence.tokens[item.last].lemma.lower())


def styled_state(ctx: DocContext, sentence: Sentence, item: Item, style: Style) -> str | None:
    """The state of that style named last before the noun, in its sentence or an earlier one."""
    at = sentence.tokens[item.first].start
    named = [s.code for s in ctx.states if s.code in style.states
             and (s.sentence < sentence.index or s.sentence == sentence.index and s.start < at)]
    return named[-1] if named else None
