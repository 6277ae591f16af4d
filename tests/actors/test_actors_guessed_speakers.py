"""Speakers whose state is only the document's main country, and "he"/"she" after a speaker's words."""
from __future__ import annotations

from helpers import events_of, mentions_of

# The page names Algeria more often than Tunisia before the minister: her state is only a guess.
ALGERIA_FIRST = ("Algeria tightened checks on Tunisian trucks on Sunday. Algerian officials said the tests "
                 "were routine, and Algerian customs posts stayed shut all week. ")


def test_a_name_shares_its_appositive_roles_guessed_state():
    mentions = mentions_of(ALGERIA_FIRST + "Leila Ben Salah, the trade minister, summoned the Algerian "
                           "ambassador on Tuesday.")
    person = next(m for m in mentions if m.text == "Leila Ben Salah")
    assert person.country is not None and "document context" in person.resolution, person.resolution


def test_a_guessed_speaker_acting_on_the_guessed_state_is_the_other_state():
    found = events_of(ALGERIA_FIRST + "Leila Ben Salah, the trade minister, summoned the Algerian "
                      "ambassador on Tuesday.")
    assert ("ACCUSE", "TUN", "DZA") in found, found


def test_a_role_in_a_speakers_words_is_not_the_next_pronoun():
    # wire4: "Foreign Minister X said the Zambian ambassador had been received … He accused Zambian
    # authorities": "he" is the minister, not the ambassador his words named
    body = ("Peruvian Foreign Minister Ana Ruiz said on Friday that the Chilean ambassador had been received "
            "at the ministry. She accused Chile of shielding the smugglers.")
    she = [m for m in mentions_of(body) if m.text == "She"]
    assert she and she[0].country == "PER", [(m.text, m.country, m.resolution) for m in mentions_of(body)]


def test_a_role_that_opens_its_own_sentence_is_still_the_next_pronoun():
    body = ("Peruvian President Ana Ruiz spoke first. Later Chile's foreign minister objected to the plan. "
            "She said it would hurt fishermen.")
    she = [m for m in mentions_of(body) if m.text == "She"]
    assert she and she[0].country == "CHL", [(m.text, m.country, m.resolution) for m in mentions_of(body)]


def test_a_pronoun_for_a_guessed_speaker_keeps_the_guess_mark():
    # wire4: "He accused Zambian authorities…" after a Congolese minister whose state was only the page's
    # main country (Zambia): the accusation aimed at that state comes from the other one
    found = events_of(ALGERIA_FIRST + "Trade Minister Leila Ben Salah said the Algerian ambassador had been "
                      "received at the ministry. She accused Algerian officials of blocking the trucks.")
    assert ("ACCUSE", "TUN", "DZA") in found and ("ACCUSE", "DZA", "TUN") not in found, found


def test_a_pronoun_whose_words_name_its_state_is_no_guess():
    # wire4: "He warned that if there was a repeat, Zambia would respond": his own state, not the other one
    found = events_of(ALGERIA_FIRST + "Trade Minister Leila Ben Salah spoke on Monday. She warned that if "
                      "the trucks were held again, Tunisia would respond.")
    assert ("THREATEN", "DZA", "TUN") not in found, found


def test_a_bare_role_whose_words_say_its_state_is_of_that_state():
    # wire2: "The spokesman warned that Iran would take reciprocal measures" on a page naming Iran most:
    # the guess was the page's main country, and the events stage then flipped it to the other state
    body = ("The European Union imposed travel bans on Iranian judges on Monday. Iran summoned the French and "
            "German ambassadors. The spokesman warned that Iran would take reciprocal measures.")
    spokesman = [m for m in mentions_of(body) if m.text == "spokesman"]
    assert spokesman and spokesman[0].country == "IRN" and "words speak for" in spokesman[0].resolution, spokesman
    assert not any(e[0] == "THREATEN" and e[1] != "IRN" for e in events_of(body)), events_of(body)
