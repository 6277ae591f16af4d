"""Diplomatic missions: whose embassy is "its embassy in Tehran"?

An embassy, consulate or envoy belongs to the state that sends it; the place it sits in is the other
party. In "X's foreign ministry says its embassy in Y's capital has asked Y's authorities…" the
mission is X's, though "in <capital>" alone would make any state organ Y's ("officials in Y's
capital" are Y's). data/missions.tsv lists the mission nouns. For them a possessive pronoun wins over
the place phrase (a possessor noun, nationality word or "of" phrase already does, being read first).
With no owner named ("the embassy in Tehran") the place phrase names no owner either: an embassy never sits in
its own state's capital (session 30, wire48: "a consular officer of the embassy in Moscow had asked to visit" an
Estonian held in Russia was Russia's request; the owner is left to the page's context, as for envoys).
"""
from __future__ import annotations

import functools

from detente.actors.draft import Draft
from detente.actors.gazetteer import data_rows

PLACE_PREPS = frozenset({"in", "to", "at"})


@functools.lru_cache(maxsize=1)
def mission_nouns() -> frozenset[str]:
    return frozenset(row[0].lower() for row in data_rows("missions.tsv"))


@functools.lru_cache(maxsize=1)
def envoy_nouns() -> frozenset[str]:
    """The mission nouns that name a person posted abroad (holder 'person')."""
    return frozenset(row[0].lower() for row in data_rows("missions.tsv") if row[1:] == ["person"])


def posted_in(draft: Draft, prep: str) -> bool:
    """"the ambassador in Moscow", "the embassy in Moscow": the host's capital or country after 'in' is where an
    envoy or a mission is posted, so it never names its own state."""
    term = draft.root_item.term
    return prep == "in" and term is not None and term.text.lower() in mission_nouns()


def pronoun_owned_mission(draft: Draft) -> bool:
    """A mission noun whose owner is a possessive pronoun ("its embassy", "their consulate")."""
    term = draft.root_item.term
    return term is not None and term.text.lower() in mission_nouns() \
        and draft.anaphor is not None and draft.anaphor.kind == "pronoun"


def owner_pending(draft: Draft, prep: str) -> bool:
    """True when `prep` ("in", "to", "at") only places a mission whose owner is a possessive pronoun
    still to be resolved ("its embassy in Tehran"): the place phrase must wait for the pronoun."""
    return prep in PLACE_PREPS and pronoun_owned_mission(draft)
