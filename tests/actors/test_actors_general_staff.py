"""A state's general staff is one of its military organs, never a person (session 15, wrongstate)."""
from __future__ import annotations

from helpers import mentions_of


def test_a_general_staff_speaks_for_its_state_and_is_the_it_of_its_own_warning():
    # wire9: "X's General Staff warned that it would launch strikes" - the tagger read "Staff" as a person, so
    # "it" went to the last state of the sentence before (a third state) and the threat was aimed at it
    body = ("Chilean and Argentine ships began an exercise on Monday. "
            "Peru's General Staff warned that it would respond if the exercise went ahead.")
    found = {m.text: m for m in mentions_of(body, "", None)}
    staff = found["Peru's General Staff"]
    assert (staff.country, staff.sector, staff.kind) == ("PER", "MIL", "role"), staff.resolution
    assert found["it"].country == "PER", found["it"].resolution
