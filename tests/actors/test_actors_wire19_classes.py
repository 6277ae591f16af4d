"""Who acts, in classes the blind development pages of session 19 (eval/wire19) showed, told with our own
sentences: a ministry "at" its seat is that seat's state; a statement "read by" a spokesman, and "the statement"
after it, speak for the spokesman's state."""
from __future__ import annotations

from helpers import events_of, mentions_of, summary


def test_a_ministry_at_its_seat_is_the_seats_state():
    found = summary(mentions_of("The Foreign Ministry at the Ballhausplatz handed a note to the Hungarian "
                                "legation on Friday."))
    assert ("Foreign Ministry at the Ballhausplatz", "AUT", "GOV", "role") in found


def test_an_embassy_at_a_seat_is_not_made_the_seats():
    found = summary(mentions_of("The embassy at the Ballhausplatz end of the square was closed on Friday."))
    assert not any(text.startswith("embassy") and country == "AUT" for text, country, _, _ in found)


def test_a_statement_read_by_a_spokesman_speaks_for_his_state_and_so_does_the_statement_after_it():
    events = events_of("Greece protested on Monday over the detention of four Greek foresters by Bulgarian troops. "
                       "A statement read by Bulgarian foreign ministry spokesman Petar Vulev rejected the Greek "
                       "protest on Friday. The statement accused the Greek authorities of holding two Bulgarian "
                       "airmen without charge.")
    assert ("REJECT", "BGR", "GRC") in events
    assert ("ACCUSE", "BGR", "GRC") in events
