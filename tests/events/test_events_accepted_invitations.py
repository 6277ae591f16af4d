"""An acceptance of "the invitation" or "the offer" answers whoever made it, not the page's other state
(events/accepted_invitations.py). Sentences written for these tests."""
from __future__ import annotations

from events_kit import code, summary

from detente.events.lexicon import cue_words

STORY = ("Chile accused Peru of seizing two fishing boats. Peru denied the charge and said the boats had been in "
         "Peruvian waters. Peru and Chile have argued over the sea boundary for years. ")


def test_an_accepted_invitation_answers_the_inviter_told_before():
    coded = summary(code(STORY + "Kenya offered to host talks between Chile and Peru. "
                                 "Chile accepted the invitation on Friday."))
    assert ("AGREE", "CHL", "KEN") in coded and ("AGREE", "CHL", "PER") not in coded, coded


def test_an_offer_whose_maker_is_not_coded_keeps_the_other_state():
    # an offer told in a sentence with no coded act is most often the other side's (wire14 w14_06)
    coded = summary(code(STORY + "Chile accepted the offer on Friday."))
    assert ("AGREE", "CHL", "PER") in coded, coded


def test_an_offer_the_sentence_owns_keeps_its_owner():
    coded = summary(code(STORY + "Chile accepted Peru's offer on Friday."))
    assert ("AGREE", "CHL", "PER") in coded, coded


def test_the_cues_load():
    assert {"invitation", "offer"} <= set(cue_words("invitenoun"))
