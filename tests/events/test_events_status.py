"""Status (asserted / pending / negated) and the cue that set it, on our own sentences."""
import pytest

from events_kit import code

CASES = [
    ("Norway signed a fisheries agreement with Denmark.", "AGREE", "asserted", ""),
    ("Kenya will sign a trade agreement with Uganda next week.", "AGREE", "pending", "modal:will"),
    ("Chile may impose sanctions on Peru.", "SANCTION", "pending", "modal:may"),
    ("Ghana did not sign the accord with Togo.", "AGREE", "negated", "negation:not"),
    ("Denmark never attacked Norway.", "ASSAULT", "negated", "negation:never"),
    ("Finland is finalizing an agreement with Norway.", "AGREE", "pending", "governor:finalize"),
    ("Peru plans to withdraw its troops from Bolivia.", "AGREE", "pending", "intent:plan"),
    ("Peru may withdraw its troops from Bolivia.", "RETREAT", "pending", "modal:may"),
    ("There is no agreement between Kenya and Uganda.", "AGREE", "negated", "negation:no"),
    ("Chile failed to reach a deal with Bolivia.", "AGREE", "negated", "negator:fail"),
    ("Norway promised to lift the sanctions on Denmark.", "RETREAT", "pending", "promise:intent:promise"),
    ("Togo refused to release the Ghanaian fishermen.", "REJECT", "asserted", ""),
    ("Kenya threatened to expel Ugandan diplomats.", "THREATEN", "asserted", ""),
    ("A proposed treaty between Peru and Chile was published.", "AGREE", "pending", "modifier:proposed"),
    ("Uganda would provide aid to Kenya.", "AGREE", "pending", "intent:would"),
]


@pytest.mark.parametrize("text,etype,status,cue", CASES, ids=[c[0][:40] for c in CASES])
def test_status_and_cue(text, etype, status, cue):
    events = [e for e in code(text) if e.event_type == etype]
    assert events, f"no {etype} event"
    assert events[0].status == status
    assert events[0].status_cue.startswith(cue)


def test_refused_complement_is_not_coded_as_its_own_event():
    events = code("Togo refused to release the Ghanaian fishermen.")
    assert {e.event_type for e in events} == {"REJECT"}


def test_will_plus_hostile_act_is_a_threat():
    events = code("Norway will impose sanctions on Denmark unless it changes course.")
    assert any(e.event_type == "THREATEN" and e.status == "asserted" for e in events)


# "go" is a pending cue as "going to" only, "close" as the adjective only (eval/wire10: "went further …, accusing",
# "went on to Yaoundé …, before both governments agreed", "closes the bridge and sends reinforcements")
@pytest.mark.parametrize("text, etype, status", [
    ("The Kenyan minister went further on Tuesday, accusing Uganda of arming poachers.", "ACCUSE", "asserted"),
    ("The envoy went to Kampala twice before Kenya and Uganda agreed to sign the accord.", "AGREE", "asserted"),
    ("Kenya closes the Busia crossing and sends troops to the border with Uganda.", "MOBILIZE", "asserted"),
    ("Kenya is going to expel two Ugandan diplomats.", "SANCTION", "pending"),
    ("Kenya is close to signing a trade accord with Uganda.", "AGREE", "pending"),
])
def test_a_pending_cue_only_in_the_form_it_means(text, etype, status):
    events = [e for e in code(text) if e.event_type == etype]
    assert events, f"no {etype} event"
    assert {e.status for e in events} == {status}, [e.status_cue for e in events]
