"""A speaker whose words say his state will act keeps that state when a second, coordinated complement of
his is about a thing, not a state ("warned that Sudan would close the pipeline ... and said the closure would
not need a second warning"; eval/wire38: the guessed minister was turned to the other party and the threat
coded in reverse)."""
from __future__ import annotations

from helpers import events_of

OPENING = ("Uganda accused Kenya of closing the border. Uganda said the closure hurt traders, and Kampala asked "
           "Kenya to reopen it. Trade Minister Paul Otieno told parliament that the lorries were still waiting. ")


def test_a_second_complement_about_a_thing_keeps_the_speakers_state():
    body = OPENING + ("Otieno warned that Kenya would close the Busia crossing if Kampala kept blocking its sugar, "
                      "and said the closure \"would not need a second warning.\"")
    found = events_of(body)
    assert ("THREATEN", "KEN", "UGA") in found and ("THREATEN", "UGA", "KEN") not in found

