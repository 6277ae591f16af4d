"""Session 24 (precision14): false positives of the fresh page sets: a participle the parser hangs on a handed
note's recipient, a request written "to which" a relative clause's noun, and a quarrel "over fishing rights" read
as a fight (wire24, wire22). The sentences are this file's own; each rule has its near misses. (The home-critics
rule of this pass, lawmakers and the opposition acting on their own unnamed government, was dropped: see
docs/quality.md.)"""
from __future__ import annotations

import pytest
from events_kit import code, coded_pages, summary


# A participle the parser hangs on the recipient of a handed note speaks in the note (events/nesting.py
# _handed_document): wire24's "handed a diplomatic note to Vietnam's ambassador in Phnom Penh asking Hanoi to
# halt ..." was coded as Vietnam's request, from the ambassador's owner. Troops sent to posts that guard a road
# are no document: the posts keep their participle.
NOTE_PAGES = [
    ("Cambodia protests Vietnamese dredging\n\nThe foreign ministry on Tuesday handed a note to Vietnam's envoy in "
     "Phnom Penh asking Hanoi to stop dredging the river.", ("KHM", "VNM")),
    ("Kenya protests Ugandan road\n\nThe ministry sent a letter to Uganda's high commissioner in Nairobi urging "
     "Kampala to stop the work at once.", ("KEN", "UGA")),
]


@pytest.fixture(scope="module")
def note_pages() -> dict[str, set[tuple]]:
    return coded_pages([t for t, _ in NOTE_PAGES] + WRITTEN_TO)


@pytest.mark.parametrize("text, pair", NOTE_PAGES)
def test_a_note_handed_to_an_envoy_asks_for_its_sender(note_pages, text, pair):
    rows = note_pages[text]
    assert ("REQUEST", *pair) in rows, rows
    assert not any(t == "REQUEST" and s == pair[1] for t, s, _ in rows), rows


def test_a_participle_on_another_recipient_keeps_its_noun():
    from events_kit import parsed
    from detente.events.nesting import issued_document
    _, sentences = parsed("Kenya sent troops to the border posts guarding the road to Uganda.")
    s = sentences[0]
    guarding = next(t for t in s.tokens if t.text == "guarding")
    assert issued_document(s, guarding) is None


# "The Forum, to which Tonga had written asking for mediation": the request is addressed to the relative
# clause's noun, never to the story's other state (events/counterpart.py written_to_antecedent; wire24 twice).
# A relative clause with a named addressee keeps it.
WRITTEN_TO = [
    "Kenya and Uganda row over island\n\nKenya accused Uganda of seizing the island. Uganda denied it. "
    "The Forum Secretariat, to which Kenya wrote last week asking for mediation, said it was ready to help.",
    "Kenya and Uganda row over island\n\nKenya accused Uganda of seizing the island. Uganda denied it. "
    "The minister, who wrote to Kampala asking for talks, said Kenya was patient.",
]


def test_a_request_written_to_a_relative_clause_s_noun_is_not_aimed_at_the_other_state(note_pages):
    rows = note_pages[WRITTEN_TO[0]]
    assert not any(t == "REQUEST" and s == "KEN" and g == "UGA" for t, s, g in rows), rows


def test_a_relative_clause_that_names_its_addressee_keeps_it(note_pages):
    assert ("REQUEST", "KEN", "UGA") in note_pages[WRITTEN_TO[1]], note_pages[WRITTEN_TO[1]]


# Two states that "have fought over fishing rights for three decades" quarrel (triggers.tsv `fight` not:
# right, policy, quota, ...; wire22: coded ASSAULT). Troops that fought, or states that fought over an island,
# still fight.
def test_a_quarrel_over_rights_is_no_fight():
    rows = code("Kenya and Uganda have fought over fishing rights in the lake for more than three decades.")
    assert not any(e.event_type == "ASSAULT" for e in rows), summary(rows)


@pytest.mark.parametrize("text", ["Kenyan troops fought Ugandan soldiers on the island on Monday.",
                                  "Kenya and Uganda fought over the island in 2008."])
def test_a_fight_stays_a_fight(text):
    assert any(e.event_type == "ASSAULT" for e in code(text)), summary(code(text))
