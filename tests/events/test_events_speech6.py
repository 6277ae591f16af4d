"""Session 17 (speech6): a conditional threat in a participle of saying ("demanded ..., saying it would otherwise
..."), the pronoun there, and taking a dispute to the UN Security Council or going to a court.

Full pipeline (actors stage included), since the pronoun in the participle's clause must reach the speaker."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "actors"))
from helpers import events_of, mentions_of  # noqa: E402


@pytest.mark.parametrize("text, event", [
    ("Kenya summoned Uganda's ambassador and demanded the return of the boat, saying it would otherwise go to "
     "the UN Security Council.", ("THREATEN", "KEN", None)),  # the pronoun is the speaker, not Uganda
    ("Kenya moved troops to the border, saying it would respond with force if Uganda attacked.",
     ("THREATEN", "KEN", "UGA")),
    ("Kenya demanded the return of the boat, saying it would impose sanctions on Uganda unless the boat was "
     "returned.", ("THREATEN", "KEN", "UGA")),
])
def test_a_conditional_threat_in_a_participle_of_saying_is_read_as_said(text, event):
    assert event in events_of(text)


@pytest.mark.parametrize("text, unwanted", [
    ("Kenya closed the border, saying it would impose sanctions on Uganda.", "THREATEN"),  # no condition
    ("Kenya welcomed Uganda to the bloc, noting that Tanzania would otherwise have opposed the expansion.",
     "REJECT"),  # not a verb of making a claim
    ("Kenya refused to meet the Ugandan president in Kampala, saying it would only welcome him in Nairobi.",
     "AGREE"),
])
def test_other_claims_in_a_participle_stay_background(text, unwanted):
    assert not any(e[0] == unwanted for e in events_of(text))


def test_a_pronoun_in_a_participle_of_saying_is_the_speaker():
    """"X summoned Y's envoy and demanded ..., saying it would ...": "it" is X, not the state named last."""
    mentions = mentions_of("Kenya summoned Uganda's ambassador and demanded the return of the boat, saying it "
                           "would otherwise go to the UN Security Council.")
    assert [m.country for m in mentions if m.text == "it"] == ["KEN"]


@pytest.mark.parametrize("text, event", [
    # "the dispute with Uganda" names the other party (session 20, reqs5: recourse._opponent reads 'with' on the object)
    ("Kenya said it would take the dispute with Uganda to the U.N. Security Council.", ("THREATEN", "KEN", "UGA")),
    ("Kenya said it would take Uganda to the International Court of Justice.", ("THREATEN", "KEN", "UGA")),
    ("Kenya will go to the WTO over Uganda's tariffs.", ("THREATEN", "KEN", "UGA")),
])
def test_taking_a_dispute_to_the_security_council_or_going_to_a_court(text, event):
    assert event in events_of(text)


def test_a_request_to_the_security_council_stays_a_request_to_it():
    assert ("REQUEST", "KEN", "UNO") in events_of("Kenya asked the UN Security Council to condemn Uganda.")


def test_it_takes_time_keeps_its_dummy_subject():
    assert not events_of("Kenya said it would take years to rebuild the bridge with Uganda.")


def test_going_to_a_state_is_no_legal_action():
    assert not events_of("The Kenyan president will go to Uganda next week.")


def test_a_case_no_longer_taken_to_a_court_is_no_threat():
    assert not events_of("Bolivia said it would no longer take the matter to the regional tribunal.")
