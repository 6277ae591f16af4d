"""Session 35 dates31: a nominal act after "over the" takes its own day, not the day written just before the
preposition, which is the answering act's ("summoned the envoy on Wednesday over the shooting of a herder by police
who crossed the river on Monday": eval/wire57 w57_07); a day in a reduced relative clause written without a comma
after the trigger's object is its participle's ("asked the police to return goats stolen from farms on Sunday night":
eval/wire57 w57_08); a sentence whose verb is "also" done is no "after" clause's cause (eval/wire57 w57_09).
events/answered_days.py, events/bare_participles.py, events/after_clause.py. Our own sentences; the page is published on
Thursday 2019-03-14."""
from __future__ import annotations

import pytest

from detente import pipeline
from detente.events.answered_days import answers_noun
from detente.events.bare_participles import in_bare_participle
from detente.events.dates import find_dates
from detente.records import Document

OTHER = "\n\nThe ministry gave no further details.\n"


def _dates(text: str, event_type: str) -> set:
    doc = Document("d0", "t0.txt", None, "text", text, date="2019-03-14")
    return {e.date.value for e in pipeline.code_documents([doc])[0].events if e.event_type == event_type}


@pytest.mark.parametrize("lead", [
    "Namibia summoned Botswana's High Commissioner on Wednesday over the shooting of a herder by Botswana police who, "
    "the government says, crossed the Chobe river on Monday night in pursuit of stolen goats.",
    "Namibia protested to Botswana yesterday over the shooting of a herder by Botswana police who had crossed the "
    "river on Monday afternoon.",
])
def test_a_protested_shooting_takes_its_own_day(lead):
    text = "Namibia summons Botswana envoy\n\n" + lead + OTHER
    assert _dates(text, "ASSAULT") == {"2019-03-11"}
    assert "2019-03-13" in _dates(text, "ACCUSE")


def test_answers_noun_reads_the_day_before_the_preposition():
    sentence = "Namibia protested on Wednesday over the arrest of two fishermen on Monday."
    offset = sentence.index("arrest")
    assert [answers_noun(sentence, m, offset) for m in find_dates(sentence)] == [True, False]
    said = "Namibia said on Wednesday that the arrest was unlawful."
    assert [answers_noun(said, m, said.index("arrest")) for m in find_dates(said)] == [False]


PAGE = ("Namibia and Botswana agree to joint border patrols\n\n"
        "Namibia and Botswana agreed on Tuesday to patrol the Chobe river together.\n\n"
        "Namibia asked Botswana's police to trace and return about 60 goats stolen from farms near Katima on Sunday "
        "night, the ministry said." + OTHER)


def test_a_request_is_not_dated_by_the_theft_it_names():
    assert _dates(PAGE, "REQUEST") == {"2019-03-12"}


@pytest.mark.parametrize("sentence, trigger, wanted", [
    ("It asked the police to return the goats stolen from farms on Sunday night.", "asked", [True]),
    ("It urged the navy to free the fishermen arrested near the island on Sunday.", "urged", [True]),
    ("It asked for the return of the boats seized by the navy on Sunday.", "asked", [False]),
    ("It closed the crossings to lorries registered in the north from midnight on Sunday.", "closed", [False]),
    ("It asked the navy to free the fishermen held at the port on Sunday.", "asked", [False]),
    ("They agreed to take the claim to the court under a treaty signed in 2008.", "agreed", [False]),
    ("It said the boats seized by the navy on Sunday were returned.", "returned", [False]),
    ("It protested after troops crossed into its land on Sunday.", "protested", [False]),
    ("The navy seized the boats near the island on Sunday.", "seized", [False]),
    ("It welcomed the ceasefire agreement signed in Gaborone on Sunday.", "agreement", [False]),
])
def test_in_bare_participle(sentence, trigger, wanted):
    offset = sentence.index(trigger)
    assert [in_bare_participle(sentence, m, offset) for m in find_dates(sentence)] == wanted


def test_an_also_sentence_is_not_the_after_clauses_cause():
    """eval/wire57 w57_09: a sentence whose verb is "also" done tells another act, not the "after" clause's cause
    (events/after_clause.ALSO)."""
    text = ("Namibia and Botswana agree joint inquiry\n\n"
            "Namibia and Botswana agreed on Wednesday to a joint inquiry into the shooting of a herder, after their "
            "foreign ministers met for three hours at Kasane. The two ministers said the inquiry would report within "
            "a month. Namibia had also asked SADC on Monday to put the incident on its agenda." + OTHER)
    assert _dates(text, "CONSULT") == {"2019-03-13"}
