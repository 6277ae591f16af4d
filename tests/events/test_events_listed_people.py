"""People listed after a plural title, each with a state, stand for both states (events/listed_people.py; wire26
w26_11 and wire18 w18_10 class, our own sentences): "the two foreign ministers, A of Peru and B of Chile, signed
an accord" is one state's AGREE with the other (a symmetric act). A list of one state's people, or a single person, keeps the
argument's one state."""
from __future__ import annotations

from detente.events.listed_people import listed_people

from events_kit import code, mentions_for, parsed, summary


def test_two_ministers_of_two_states_sign_with_each_other():
    found = summary(code("The two foreign ministers, Marta Quispe of Peru and Luis Rojas of Chile, signed an accord "
                         "on fishing quotas on Tuesday."))
    assert found & {("AGREE", "PER", "CHL"), ("AGREE", "CHL", "PER")}, found  # one symmetric act, either way


def test_listed_people_after_a_preposed_day_meet_and_sign():
    found = summary(code("On Tuesday the two deputy ministers of trade, Marta Quispe of Peru and Luis Rojas of "
                         "Bolivia, met in Arica and signed an accord on fishing quotas."))
    assert found & {("AGREE", "PER", "BOL"), ("AGREE", "BOL", "PER")}, found


def test_people_of_one_state_give_no_list():
    text = "The two envoys, Marta Quispe of Peru and Luis Rojas of Peru, signed an accord with Chile on Tuesday."
    _, sentences = parsed(text)
    sentence = sentences[0]
    envoys = next(t.i for t in sentence.tokens if t.text == "envoys")
    assert listed_people(sentence, envoys, list(mentions_for(sentences))) == []


def test_a_single_apposed_person_gives_no_list():
    text = "The minister, Marta Quispe of Peru, signed an accord with Chile on Tuesday."
    _, sentences = parsed(text)
    sentence = sentences[0]
    minister = next(t.i for t in sentence.tokens if t.text == "minister")
    assert listed_people(sentence, minister, list(mentions_for(sentences))) == []
    assert ("AGREE", "PER", "CHL") in summary(code(text))
