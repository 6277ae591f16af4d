"""One of our own sentences per pattern: the coder finds the PLOVER type and the actors' direction."""
import pytest

from events_kit import code, summary

CASES = [
    # AGREE: agree + xcomp (not the complement's type), sign, intent verbs, nominal deals
    ("Norway and Chile agreed to conduct joint naval patrols.", ("AGREE", "NOR", "CHL")),
    ("Kenya signed a trade treaty with Uganda on Monday.", ("AGREE", "KEN", "UGA")),
    ("Ghana promised to release the Togolese fishermen.", ("RETREAT", "GHA", "TGO")),  # the promised act (issue #11)
    ("Peru offered to mediate between Chile and Bolivia.", ("CONSULT", "PER", "CHL")),
    ("The Danish cabinet approved the signing of a security pact with Norway.", ("AGREE", "DNK", "NOR")),
    ("Finland will give Kenya a loan of 40 million euros.", ("AGREE", "FIN", "KEN")),
    ("Kenya reached a deal with Uganda over the disputed island.", ("AGREE", "KEN", "UGA")),
    # CONSULT
    ("The Norwegian foreign minister met his Chilean counterpart in Oslo.", ("CONSULT", "NOR", "CHL")),
    ("Kenya held talks with Uganda about the railway.", ("CONSULT", "KEN", "UGA")),
    ("The Ghanaian president visited Togo last week.", ("CONSULT", "GHA", "TGO")),
    ("A meeting was held between Danish and Finnish diplomats.", ("CONSULT", "DNK", "FIN")),
    # SUPPORT
    ("Peru welcomed the Bolivian proposal.", ("SUPPORT", "PER", "BOL")),
    ("Denmark praised Norway for its handling of the crisis.", ("SUPPORT", "DNK", "NOR")),
    ("The Kenyan government endorsed Uganda's bid for the council seat.", ("SUPPORT", "KEN", "UGA")),
    # CONCEDE
    ("Chile lifted the travel ban on Peruvian journalists.", ("CONCEDE", "CHL", "PER")),
    ("Uganda reopened the border crossing with Kenya.", ("CONCEDE", "UGA", "KEN")),
    # COOPERATE
    ("Norway cooperates with Denmark on fisheries research.", ("COOPERATE", "NOR", "DNK")),
    ("Finland shared intelligence with Norway about the smuggling ring.", ("COOPERATE", "FIN", "NOR")),
    # AID
    ("Denmark provided humanitarian aid to Kenya.", ("AID", "DNK", "KEN")),
    ("Uganda received military assistance from Kenya.", ("AID", "KEN", "UGA")),
    ("Norway donated vaccines to Ghana.", ("AID", "NOR", "GHA")),
    # RETREAT (CAMEO 084/085: releasing persons and easing sanctions end a coercive act)
    ("Togo released twelve Ghanaian prisoners on Tuesday.", ("RETREAT", "TGO", "GHA")),
    ("Chile lifted the sanctions on Peru.", ("RETREAT", "CHL", "PER")),
    ("Peru withdrew its troops from Bolivia.", ("RETREAT", "PER", "BOL")),
    ("Kenyan forces pulled out of Uganda in May.", ("RETREAT", "KEN", "UGA")),
    # REQUEST
    ("Ghana urged Togo to reopen the border.", ("REQUEST", "GHA", "TGO")),
    ("Chile asked Peru to extradite the former minister.", ("REQUEST", "CHL", "PER")),
    ("Kenya called on Uganda to withdraw its soldiers.", ("REQUEST", "KEN", "UGA")),
    ("Denmark demanded compensation from Norway.", ("REQUEST", "DNK", "NOR")),
    ("The Kenyan minister said Uganda must release the detained traders.", ("REQUEST", "KEN", "UGA")),
    # ACCUSE
    ("Bolivia accused Chile of spying on its diplomats.", ("ACCUSE", "BOL", "CHL")),
    ("Ghana blamed Togo for the border incident.", ("ACCUSE", "GHA", "TGO")),
    ("Norway criticised Denmark over the fishing quotas.", ("ACCUSE", "NOR", "DNK")),
    ("Peru condemned the Chilean decision.", ("ACCUSE", "PER", "CHL")),
    # REJECT
    ("Chile rejected the Bolivian demand for sea access.", ("REJECT", "CHL", "BOL")),
    ("Uganda turned down a Kenyan request for landing rights.", ("REJECT", "UGA", "KEN")),
    ("Togo refused to lift its ban on Ghanaian imports.", ("REJECT", "TGO", "GHA")),
    # THREATEN
    ("Norway threatened to impose sanctions on Denmark.", ("THREATEN", "NOR", "DNK")),
    ("Kenya warned Uganda of retaliation.", ("THREATEN", "KEN", "UGA")),
    ("Peru issued an ultimatum to Bolivia.", ("THREATEN", "PER", "BOL")),
    # PROTEST
    ("Thousands of Ghanaian students demonstrated against Togo outside the embassy.", ("PROTEST", "GHA", "TGO")),
    ("Bolivian farmers staged a protest against Chile.", ("PROTEST", "BOL", "CHL")),
    # SANCTION
    ("Denmark imposed sanctions on Norway.", ("SANCTION", "DNK", "NOR")),
    ("Ghana expelled two Togolese diplomats.", ("SANCTION", "GHA", "TGO")),
    ("Kenya froze Ugandan assets last month.", ("SANCTION", "KEN", "UGA")),
    ("Chile halted cooperation with Peru.", ("SANCTION", "CHL", "PER")),
    # MOBILIZE
    ("Peru deployed troops to the Bolivian border.", ("MOBILIZE", "PER", "BOL")),
    ("Uganda mobilized reservists against Kenya.", ("MOBILIZE", "UGA", "KEN")),
    # COERCE
    ("Bolivian police arrested three Chilean citizens.", ("COERCE", "BOL", "CHL")),
    ("Togo seized a Ghanaian fishing vessel.", ("COERCE", "TGO", "GHA")),
    ("Norway detained a Danish trawler crew.", ("COERCE", "NOR", "DNK")),
    # ASSAULT
    ("Kenyan jets bombed Ugandan positions.", ("ASSAULT", "KEN", "UGA")),
    ("Chilean troops attacked a Peruvian outpost.", ("ASSAULT", "CHL", "PER")),
    ("Bolivian artillery shelled Chilean villages overnight.", ("ASSAULT", "BOL", "CHL")),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_sentence_is_coded(text, expected):
    assert expected in summary(code(text))


def test_all_sixteen_types_are_covered_by_cases():
    from detente.events.lexicon import PLOVER_TYPES

    assert {c[1][0] for c in CASES} == set(PLOVER_TYPES)


def test_passive_voice_agent_is_source():
    assert ("ASSAULT", "CHL", "PER") in summary(code("The Peruvian embassy was attacked by Chilean troops."))


def test_reported_speech_speaker_is_not_the_actor():
    events = code("A Danish official said that Norway had expelled Finnish diplomats.")
    assert ("SANCTION", "NOR", "FIN") in summary(events)
    assert not any(e.source.country == "DNK" for e in events)


def test_coordinated_subjects_pair_for_symmetric_types():
    events = code("Kenya and Uganda signed an agreement.")
    assert summary(events) & {("AGREE", "KEN", "UGA"), ("AGREE", "UGA", "KEN")}


def test_between_gives_both_directions_for_fighting():
    got = summary(code("Fighting broke out between Peruvian and Bolivian forces."))
    assert {("ASSAULT", "PER", "BOL"), ("ASSAULT", "BOL", "PER")} <= got


def test_nominal_trigger_with_possessor():
    assert ("AGREE", "NOR", None) in summary(code("Norway's offer of talks surprised observers."))


def test_light_verb_complement_not_coded_twice():
    got = summary(code("Togo refused to lift its ban on Ghanaian imports."))
    assert {t for t, _, _ in got} == {"REJECT"}


def test_same_country_target_is_dropped():
    events = code("Kenya deployed Kenyan police to Nairobi.")
    assert all(e.target is None or e.target.country != "KEN" for e in events)


def test_no_trigger_no_event():
    assert code("Norway and Chile have long coastlines.") == ()


def test_comp_frame_without_complement_is_not_a_request():
    assert not any(e.event_type == "REQUEST" for e in code("A journalist asked the Kenyan minister during an interview."))
