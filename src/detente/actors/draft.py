"""The mutable working record of one actor phrase while the resolution passes run."""
from __future__ import annotations

from dataclasses import dataclass, field

from detente.actors.items import Item, token_end
from detente.records import Sentence


# Ends the resolution note of a phrase that names a people or hired group, not a state; the events stage
# reads it so that such a named party is not replaced by the story's counterpart state.
NO_STATE = "not a state's actor: no country"


@dataclass(slots=True)
class Draft:
    """An actor phrase being resolved (mutable while the passes run, then frozen to Mentions)."""

    items: list[Item]
    first: int
    last: int
    root: int  # token index of the phrase's head
    kind: str
    countries: list[str] = field(default_factory=list)
    sector: str | None = None
    entity: str = ""
    notes: list[str] = field(default_factory=list)
    context_ok: bool = False  # may take the document's country
    anaphor: Item | None = None  # a pronoun or "the country" to resolve against earlier phrases
    stateless: bool = False  # a people or hired group, not a state (resolve._nationals): "their" after it is theirs
    listed: bool = False  # its states are a list of modifiers ("Kenyan and Ugandan troops"): one group actor
    follows: "Draft | None" = None  # "it" whose reporter is an organ not yet given its state (anaphora.follow_reporters)

    @property
    def root_item(self) -> Item:
        return self.items[-1]


def add_country(draft: Draft, code: str | None, explicit: bool = True) -> None:
    if code and code not in draft.countries and (explicit or not draft.countries):
        draft.countries.append(code)


def inherit(draft: Draft, source: Draft, how: str) -> None:
    """Give `draft` the (first) country of `source`, and its sector where `draft` has none or is a
    head noun ("the head of the armed forces")."""
    add_country(draft, source.countries[0])
    head_role = draft.root_item.term is not None and draft.root_item.term.use == "head"
    if source.sector and (draft.sector is None or head_role):
        draft.sector = source.sector
    draft.notes.append(f"{how} ({source.countries[0]}{' ' + source.sector if source.sector else ''})")


def draft_text(draft: Draft, sentence: Sentence) -> str:
    """The phrase's text as the sentence writes it (resolution notes quote it)."""
    tokens = sentence.tokens
    return sentence.text[tokens[draft.first].start - sentence.start : token_end(tokens[draft.last]) - sentence.start]
