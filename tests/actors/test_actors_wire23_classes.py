"""Classes the blind development pages of session 21 (eval/wire23) showed in the actors stage, with our own
sentences: a known office holder's distinctive surname (leaders.tsv lists "Barroso" alone) borne by another person
of the page, named with other given names, names that other person, there and in every later bare mention;
the body the European External Action Service speaks for is the EU, not the city it sits in."""
from __future__ import annotations

from helpers import events_of, mentions_of

from detente.actors.namesakes import namesake_surnames
from detente.actors.gazetteer import scan

PAGE = ("Mozambican Foreign Minister Luísa Helena Barroso summoned the Malawian envoy on Tuesday. "
        "Barroso demanded the return of the survey boat.")


def test_a_namesake_of_an_office_holder_keeps_her_own_state():
    found = [(m.text, m.country) for m in mentions_of(PAGE, date="2021-05-12")]
    assert ("Barroso", "EUR") not in found
    events = events_of(PAGE)
    assert any(kind == "REQUEST" and source == "MOZ" for kind, source, _ in events)
    assert not any(source == "EUR" for _, source, _ in events)


def test_the_office_holder_himself_is_still_read():
    text = "Jose Manuel Barroso met the Malawian president in Brussels on Tuesday."
    assert any(m.country == "EUR" for m in mentions_of(text, date="2008-05-12"))
    text = "Commission President Barroso met the Malawian president in Brussels on Tuesday."
    assert any(m.country == "EUR" for m in mentions_of(text, date="2008-05-12"))


def test_only_given_names_make_a_namesake():
    texts = ["Commission President Barroso met the envoy.", "Later Barroso left.", "Mr Barroso left."]
    assert namesake_surnames(texts, [scan(t) for t in texts]) == frozenset()
    texts = ["Mozambican Foreign Minister Luísa Barroso met the envoy."]
    assert namesake_surnames(texts, [scan(t) for t in texts]) == frozenset({"barroso"})
    texts = ["Foreign Minister Luísa Barroso met the envoy."]  # a given name without another state: not enough
    assert namesake_surnames(texts, [scan(t) for t in texts]) == frozenset()
    texts = ["Portuguese diplomat José Barroso met the envoy."]  # the office holder's own given name, accented
    assert namesake_surnames(texts, [scan(t) for t in texts]) == frozenset()
    texts = ["Brussels Says Luisa Barroso Will Attend Summit"]  # a title-case headline names no given names
    assert namesake_surnames(texts, [scan(t) for t in texts]) == frozenset()


def test_the_external_action_service_is_the_eu():
    events = events_of("In Brussels, a spokeswoman for the European External Action Service called on Minsk "
                       "to release the two Latvian officials.")
    assert any(kind == "REQUEST" and source == "EUR" for kind, source, _ in events)
    assert not any(source == "BEL" for _, source, _ in events)


def test_an_office_before_the_surname_is_no_given_name():
    for text in ["Mozambican Secretary of State Barroso met the envoy.", "The Mozambican Foreign Secretary Barroso "
                 "met the envoy.", "He met Mozambican General Barroso on Monday."]:
        assert namesake_surnames([text], [scan(text)]) == frozenset(), text


def test_a_past_office_holders_surname_after_another_given_name_is_a_namesake():
    """wire23 w23_08: a 2019 page's "Ana Lucía Portillo and Marcela Turcios agreed ..." (the two foreign ministers,
    no nationality in that sentence) made every later "Portillo" and "she" the British defence secretary of the
    1990s. An office holder out of office at the page's date is not the person another given name names; one in
    office still needs a nationality too (a given name alone cost a held-out set one event)."""
    texts = ["Foreign Minister Luísa Barroso met the envoy."]
    assert namesake_surnames(texts, [scan(t) for t in texts], "2021-05-12") == frozenset({"barroso"})
    assert namesake_surnames(texts, [scan(t) for t in texts], "2008-05-12") == frozenset()
    page = ("Mozambique and Malawi have quarrelled over the lake since May. Meeting in Lusaka with their host, "
            "Luísa Helena Barroso and Peter Banda agreed to set up a joint commission. Barroso also rejected the "
            "Malawian request for compensation.")
    events = events_of(page)
    assert not any(source == "EUR" for _, source, _ in events)
