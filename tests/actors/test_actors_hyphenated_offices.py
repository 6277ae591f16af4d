"""A hyphenated office written with capitals ("the Secretary-General of the Arab League") is parsed with
"General" as its head and "Secretary" as a compound: the office's "of" phrase hangs on "General", and was not
read as naming the office's owner, so the receiving state's page gave the envoy its own state (wire19,
session 20 whoacts6). Every sentence here is our own."""
from __future__ import annotations

from helpers import events_of, mentions_of, summary

RECEIVED = ("Prime Minister Karim Haddad of Syria received the Assistant Secretary-General of the Arab League, "
            "Mr. Omar Nasri, who arrived from Beirut with a letter.")


def test_capitalised_secretary_general_of_a_body_is_the_body():
    found = summary(mentions_of(RECEIVED))
    office = [m for m in found if m[0].startswith("Secretary")]
    assert office and office[0][1] == "IGO"


def test_the_body_is_the_partner_of_the_meeting():
    assert ("CONSULT", "SYR", "IGO") in events_of(RECEIVED)


def test_a_director_general_of_a_body_meets_a_minister():
    events = events_of("The Director-General of the IAEA met Iranian Foreign Minister Ali Rahimi in Tehran.")
    assert ("CONSULT", "IGO", "IRN") in events or ("CONSULT", "IRN", "IGO") in events


def test_lower_case_office_still_reads_its_owner():
    found = summary(mentions_of("Haddad received the secretary-general of the Arab League, Omar Nasri."))
    assert any(m[1] == "IGO" and m[3] == "role" for m in found)


def test_the_office_heads_are_the_role_and_the_word_closing_the_office():
    from detente.actors.items import office_heads
    from detente.nlp import parse_article
    from helpers import make_article

    sentence = parse_article(make_article("Haddad received the Secretary-General of the League."))[0]
    secretary = next(t.i for t in sentence.tokens if t.text == "Secretary")
    general = next(t.i for t in sentence.tokens if t.text == "General")
    assert general in office_heads(sentence.tokens, secretary)
    assert office_heads(sentence.tokens, general) == {general}
