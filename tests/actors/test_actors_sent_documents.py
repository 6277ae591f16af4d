"""A document as the doer: "the note warned" is the state that sent the note (sent_documents.py).
Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers import events_of, mentions_of

from detente.actors.gazetteer import data_rows
from detente.actors.sent_documents import document_words


def _document(body: str, word: str):
    return next((m for m in mentions_of(body) if m.kind == "document" and m.text.lower() == word), None)


def test_the_note_speaks_for_the_state_that_handed_it():
    body = ("On Monday Latvia's foreign ministry handed a note of protest to the Estonian embassy. "
            "The note warned that Riga would take the matter to arbitration.")
    found = _document(body, "note")
    assert found is not None and found.country == "LVA"
    assert any(kind == "THREATEN" and source == "LVA" for kind, source, _ in events_of(body))


def test_a_note_with_an_owner_or_no_named_sender_gets_nothing():
    owned = ("Latvia's foreign ministry handed a note to the Estonian embassy. "
             "Estonia's note warned that Tallinn would go to court.")
    assert _document(owned, "note") is None
    passive = ("The Estonian ambassador was summoned and handed a note. "
               "The note asks Estonia to withdraw its ships.")
    assert _document(passive, "note") is None  # no other state named: no sender


def test_the_sender_may_be_the_subject_of_the_first_of_two_joined_verbs():
    # wire10: "The Ministry … summoned Suriname's ambassador … and handed him a note … said the note demanded"
    body = ("Latvia's foreign ministry summoned the Estonian ambassador on Monday and handed him a note of protest. "
            "The minister said the note demanded the return of the fishing boats.")
    found = _document(body, "note")
    assert found is not None and found.country == "LVA"
    assert any(kind == "REQUEST" and source == "LVA" for kind, source, _ in events_of(body))


def test_a_note_handed_to_an_envoy_is_sent_by_the_other_state_of_the_page():
    # wire10: "The U.S. ambassador … was called to the … Building … and handed a diplomatic note. The note asks…"
    body = ("Latvia protested to Estonia on Monday over the seizure of two fishing boats. "
            "The Estonian ambassador was called to the ministry and handed a note. "
            "The note asks Estonia to return the boats within a week.")
    found = _document(body, "note")
    assert found is not None and found.country == "LVA"


@pytest.mark.parametrize("noun", sorted(document_words("noun")))
def test_every_document_noun_is_read(noun):
    body = f"Latvia's foreign ministry sent a {noun} to Estonia on Monday. The {noun} asked Estonia to reply."
    found = _document(body, noun)
    assert found is not None and found.country == "LVA", noun


@pytest.mark.parametrize("verb", sorted(document_words("verb")))
def test_every_sending_verb_is_read(verb):
    past = {"send": "sent", "write": "wrote", "submit": "submitted", "dispatch": "dispatched"}.get(verb, verb + "ed")
    past = past.replace("eed", "ed")
    body = f"Latvia's foreign ministry {past} a letter to Estonia on Monday. The letter asked Estonia to reply."
    found = _document(body, "letter")
    assert found is not None and found.country == "LVA", verb


def test_data_rows_have_known_kinds():
    assert {row[0] for row in data_rows("sent_documents.tsv")} == {"noun", "verb", "voice"}


@pytest.mark.parametrize("verb", sorted(document_words("voice")))
def test_every_speaking_verb_issues_the_document_of_its_in_phrase(verb):
    # wire43, wire17 (written blind): "the ministry said in a statement ... '...,' the statement said" and
    # "In a statement, the ministry said ... The statement accused ..." left the later statement sourceless
    past = {"say": "said", "state": "stated", "declare": "declared", "announce": "announced"}.get(verb, verb + "ed")
    body = (f"Latvia's foreign ministry {past} in a statement on Monday that the talks were over. "
            "The statement asked Estonia to withdraw its patrol boats.")
    found = _document(body, "statement")
    assert found is not None and found.country == "LVA", verb


def test_a_fronted_in_phrase_names_the_speaker_and_its_statement_accuses():
    body = ("In a statement, Latvia's foreign ministry said it would not accept pressure from Tallinn. "
            "The statement accused Estonia of encouraging smugglers to cross the river.")
    assert ("ACCUSE", "LVA", "EST") in events_of(body)
    # the 'in' phrase of a verb that does not speak is no issuing: nobody sent "the statement"
    other = ("Latvia's foreign minister arrived in a hurry on Monday. "
             "The statement accused Estonia of encouraging smugglers to cross the river.")
    assert ("ACCUSE", "LVA", "EST") not in events_of(other)


def test_a_released_statement_speaks_for_its_issuer():
    # realnews: "The US Department of Defense released a statement ... The statement went on to say, 'X was
    # developing plans to attack American diplomats'": the charge is the issuing state's
    body = ("Latvia's defence ministry released a statement on Friday after the drone strike. "
            "The statement went on to say that Estonian officers were developing plans to attack Latvian border posts.")
    found = _document(body, "statement")
    assert found is not None and found.country == "LVA"
    assert ("ACCUSE", "LVA", "EST") in events_of(body)


def test_the_documents_own_participle_names_its_sender_or_receiver():
    # wire18: "The note, delivered to the X embassy on Tuesday, asks …" had no source
    page = ("Peru has protested to Chile over the spraying. The note, delivered to the Chilean embassy on Tuesday, "
            "asks the Chilean government to stop all spraying near the border.")
    assert ("REQUEST", "PER", "CHL") in events_of(page)
    page = "Chile and Peru met. The letter, sent by Peru's foreign ministry, asks Chile to stop spraying."
    assert ("REQUEST", "PER", "CHL") in events_of(page)
    assert ("REQUEST", None, "CHL") in events_of("Chile and Peru met. The note asks Chile to stop spraying.")
