"""The side a page speaks from, read from its own acts: an organ guessed as the main state that acts on it.

The actors stage gives an organ or person named without a country ("the Government", "the trade minister,
X") the state the page names most. A page written from one state's side names the OTHER state most, so its
own organs get the wrong state; the coder already corrects one of them when its act is aimed at that state
("the Government held N'Djamena responsible" is not Chad's: coder._other_home). That correction is evidence
about the page, not only about one sentence: the other organs and people of the page guessed the same way are
the same side's (wire10: a Yaounde paper's "the Government ordered the closure of the bridge" stayed Chadian;
wire8: a Tunis paper's trade minister, named once by name and role, threatened Algeria "as Algeria").
The page is re-coded once with those guesses turned to the side its acts show, when every such correction
on the page points the same way.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from detente.records import Event, Mention

GUESSED = "document context"
# the note coder._other_home leaves on a source it turned away from the state its act is aimed at; written
# with turn_note and read back with TURNED, so the two cannot drift apart
TURN_NOTE = "; not {guess}, the state its act is aimed at → {side}"
TURNED = re.compile(re.escape(TURN_NOTE).replace(r"\{guess\}", "([A-Z]{3})").replace(r"\{side\}", "([A-Z]{3})"))


def turn_note(guess: str, side: str) -> str:
    """The resolution note of a source turned from `guess` (the state its act is aimed at) to `side`."""
    return TURN_NOTE.format(guess=guess, side=side)
# what may stand between a possessor and its organ: "'s civil defence vice-" (no "and", no comma)
POSSESSIVE = re.compile(r"['’]s?\s+(?:(?!and\b|or\b)[a-z]\w*(?:\s+|-)){0,3}$")
SIDE = "the page's own side, as its acts aimed at {guess} show"


def page_side(events: Iterable[Event], main: str | None) -> str | None:
    """The state a page's guessed organs turn out to be when one of them acts on the main state `main`,
    if all such turns agree; else None."""
    turns = {m.groups() for e in events if (m := TURNED.search(e.source.resolution))}
    if main is None or len(turns) != 1:
        return None
    guess, side = turns.pop()
    return side if guess == main else None


def with_side(mentions: Sequence[Mention], text: str, main: str, side: str) -> tuple[Mention, ...]:
    """The mentions, with every organ or person guessed as `main` from the document context given `side`,
    but one the words just before it give to `main` after all ("Bolivia's civil defence vice-ministry",
    which the guess had missed; wire9: turned, it became an aid event to the other state)."""
    note = SIDE.format(guess=main)
    owned = [m for m in mentions if m.country == main and GUESSED not in m.resolution]
    return tuple(replace(m, country=side, resolution=f"{m.resolution}; not {main}: {note} → {side}")
                 if m.country == main and GUESSED in m.resolution and not _owned(m, owned, text) else m
                 for m in mentions)


def _owned(mention: Mention, owners: Iterable[Mention], text: str) -> bool:
    """A state named as a possessor a few words before the mention ("X's civil defence ministry")."""
    return any(o.sentence == mention.sentence and 0 <= mention.start - o.end
               and POSSESSIVE.match(text[o.end:mention.start]) for o in owners)


def on_side(resolution: str) -> bool:
    """Whether a mention's state was already set from the page's side (no second turn)."""
    return "the page's own side" in resolution
