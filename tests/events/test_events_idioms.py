"""Idioms whose "no" negates only the idiom (events/idioms.py, cue kind `negidiom`): the act they govern keeps the
status the rest of the sentence gives it. Our own sentences; each entry of the list is used by one of them."""
import pytest

from detente.events.lexicon import cue_words
from events_kit import code

# entry -> (sentence, event type, status the act must have)
IDIOMS = {
    "objection": ("Finland had no objection to a meeting with Denmark next month.", "CONSULT", "pending"),
    "doubt": ("Ghana left no doubt that it would expel Togo's ambassador.", "THREATEN", "asserted"),
    "effort": ("Norway spared no effort in its talks with Chile.", "CONSULT", "asserted"),
    "secret": ("Denmark made no secret of its support for Finland.", "SUPPORT", "asserted"),
    "hesitation": ("Uganda had no hesitation in accepting Kenya's offer of talks.", "AGREE", "asserted"),
    "hurt": ("No one was hurt in the shelling of the Kenyan border post by Ugandan troops.", "ASSAULT", "asserted"),
    "injure": ("Nobody was injured when Ugandan troops fired on a Kenyan patrol.", "ASSAULT", "asserted"),
    "harm": ("No one was harmed during the Ugandan raid on the Kenyan border post.", "ASSAULT", "asserted"),
    "casualty": ("No casualties were reported in the Ugandan attack on the Kenyan patrol.", "ASSAULT", "asserted"),
    "injury": ("No injuries were reported after Ugandan troops shelled a Kenyan border post.", "ASSAULT", "asserted"),
    "die": ("No one died in the Ugandan attack on the Kenyan patrol.", "ASSAULT", "asserted"),
}


def test_a_light_verb_negated_over_the_idiom_noun():
    events = [e for e in code("Peru did not have any objection to talks with Bolivia.") if e.event_type == "CONSULT"]
    assert [(e.status, e.status_cue) for e in events] == [("pending", "idiom:objection")]


def test_no_doubt_that_asserts_the_act():
    events = [e for e in code("There was no doubt that Ugandan troops attacked the Kenyan post.") if e.event_type == "ASSAULT"]
    assert events and events[0].status == "asserted"


def test_every_entry_has_a_case():
    assert set(cue_words("negidiom")) == set(IDIOMS)
    assert set(cue_words("negidiom").values()) == {"-", "pending"}


@pytest.mark.parametrize("entry", sorted(IDIOMS))
def test_the_idiom_leaves_its_act_unnegated(entry):
    text, etype, status = IDIOMS[entry]
    # the act the idiom governs, not "killed" or "wounded" read as an attack of its own (negated: no one was)
    events = [e for e in code(text) if e.event_type == etype and not e.evidence.trigger.lower().startswith(entry[:3])]
    assert events, f"no {etype} event in {text!r}"
    assert events[0].status == status, (events[0].status, events[0].status_cue)


# A "no" that says the act itself did not happen still negates it.
DENIALS = [
    ("No Ugandan soldier fired on the Kenyan boat.", "ASSAULT"),
    ("Peru made no concession to Bolivia.", "CONCEDE"),
    ("Norway said no agreement with Chile had been reached.", "AGREE"),
    ("There is no agreement between Kenya and Uganda.", "AGREE"),
    ("No one planned to use force against Ghana, Togo said.", "ASSAULT"),
    ("Ugandan troops did not kill anyone in Kenya.", "ASSAULT"),
]


@pytest.mark.parametrize("text,etype", DENIALS, ids=[d[0][:40] for d in DENIALS])
def test_a_denial_still_negates(text, etype):
    events = [e for e in code(text) if e.event_type == etype]
    assert events and events[0].status == "negated", [(e.event_type, e.status) for e in code(text)]


def test_a_reporters_request_for_comment_is_no_request():
    assert not [e for e in code("The Kenyan embassy in Kampala did not respond to requests for comment.")
                if e.event_type == "REQUEST"]
    assert set(cue_words("pressask")) == {"comment", "interview"}
    assert not [e for e in code("The Ugandan mission made no reply to a request for an interview.")
                if e.event_type == "REQUEST"]


def test_a_request_between_states_stays():
    events = [e for e in code("Kenya rejected Uganda's request for talks.") if e.event_type == "REQUEST"]
    assert [(e.source.country, e.target.country) for e in events] == [("UGA", "KEN")]
