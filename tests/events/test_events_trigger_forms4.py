"""Session 13 trigger classes (triggers4): a trigger word whose requirement was too strict for a class of phrasing
or for a parse the requirement did not expect. Each class is tested with our own sentences, and with a near miss
that must stay uncoded."""
from __future__ import annotations

import pytest

from events_kit import code, summary


@pytest.mark.parametrize("sentence,expected", [
    # a thing handed back to a named state, whatever the thing (sent-dev: an artefact returned)
    ("Norway returned a carved wooden mask to Chile at a ceremony.", ("RETREAT", "NOR", "CHL")),
    # a trade stopped by its verb (sent-dev: a border post stopped clearing milk)
    ("Kenya has stopped clearing milk from Uganda at the border post.", ("SANCTION", "KEN")),
    ("Kenya halted buying Ugandan sugar.", ("SANCTION", "KEN")),
    # a counted span given to a named party is an ultimatum, whatever is due in it (wire10)
    ("The minister said Norway would give Chile seven days.", ("THREATEN", "NOR", "CHL")),
    ("Kenya gives Uganda ten days to restore the river flow or face a complaint.", ("THREATEN", "KEN", "UGA")),
    # two parties opening a crossing together cooperate (sent-dev); one state opening it yields
    ("Kenya and Uganda opened a new rail crossing on Saturday.", ("COOPERATE",)),
    ("Kenya opened the crossing to Ugandan lorries.", ("CONCEDE", "KEN", "UGA")),
    # letting the other government know is a consultation (wire9)
    ("Kenya let Uganda know the next day that the men wanted to go home.", ("CONSULT", "KEN", "UGA")),
    # "it" granted after a request stands for what was asked for (wire4: consular access read as aid)
    ("Kenya asked Uganda for consular access to its sailors, and Uganda granted it.", ("CONCEDE", "UGA")),
    # the verb's object hung by the parser on the noun of a phrase before it (wire8)
    ("The governor of Kenya received at the border post the envoy of Uganda.", ("CONSULT", "KEN", "UGA")),
])
def test_trigger_forms_code(sentence, expected):
    found = summary(code(sentence))
    assert any((t, s, g)[:len(expected)] == expected for t, s, g in found), found


def test_an_as_phrase_hung_on_the_object_is_the_predicate():
    # sent-dev: "described the treatment of its nationals by X's police as xenophobic": 'as' hangs on the object
    found = summary(code("Kenya described the treatment of Kenyan traders in Uganda as unacceptable."))
    assert "ACCUSE" in {t for t, _, _ in found}, found


@pytest.mark.parametrize("sentence,absent", [
    ("Norway returned fire to Chile.", "RETREAT"),  # fire returned is an attack
    ("The Norwegian minister returned to Oslo on Monday.", "RETREAT"),  # no object handed back
    ("Kenya stopped at the border to clear customs.", "SANCTION"),  # no trade stopped
    ("Norway gave firms six months to register.", "THREATEN"),  # no named party given the time
    ("Kenya described the talks with Uganda as useful.", "ACCUSE"),  # no censure in the 'as' phrase
    ("Kenya let the deadline pass.", "CONSULT"),
    ("The Kenyan ministry let it be known that the threat against Uganda was off the table.", "CONSULT"),
])
def test_near_misses_stay_uncoded(sentence, absent):
    assert absent not in {t for t, _, _ in summary(code(sentence))}


def test_the_prefilter_keeps_a_span_given_to_a_name():
    from detente.events.prefilter import mentions_trigger
    assert mentions_trigger("The minister said Norway would give Chile seven days.")
    assert not mentions_trigger("Officials gave the committee two weeks.")


def test_the_doer_named_by_by_is_the_target_of_a_condemnation():
    # sent-dev: "the treatment of its nationals by X's police": the phrase names the doer, not the condemner's own people
    found = summary(code("Kenya condemned the treatment of Kenyan traders by Ugandan police."))
    assert ("ACCUSE", "KEN", "UGA") in found, found
    found = summary(code("Kenya described the treatment of Kenyan traders by Ugandan police as unacceptable."))
    assert ("ACCUSE", "KEN", "UGA") in found, found
