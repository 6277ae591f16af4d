"""Session 29 dates25: an undated act of force on a page that reports its denial or a counter-claim shares the day
the page states for the incident ("over Thursday's fighting", "during Sunday's boarding", "shelled ... on Sunday
morning"), not the lead's later day of the denial (eval/wire18 w18_02, wire32 w32_02, wire35 w35_02;
events/incident_days.py). Our own sentences; the page is published on Friday 2019-03-15."""
from __future__ import annotations

from detente import pipeline
from detente.events.date_patterns import find_dates
from detente.events.incident_days import force_trigger, in_force_clause, incident_words, possessed_incident
from detente.events.lexicon import data_rows
from detente.records import Document

POSSESSED = ("Freedonia on Friday rejected a protest note from Ruritania over Wednesday's fighting at the Ama "
             "crossing and said Ruritanian guards had opened fire first.\n\n")
CLAUSE = ("Freedonia on Friday rejected Ruritania's complaint, saying the trouble began when Ruritanian mortars "
          "shelled Freedonian herders near Ama on Tuesday morning.\n\n")
DENIAL = "Freedonia says Ruritanian guards opened fire first at Ama, rejects protest\n\n"
QUOTE = "The spokesman said Ruritanian soldiers had fired on a Freedonian patrol near the river.\n\n"


def _events(text: str, start: str) -> set:
    doc = Document("d0", "t0.txt", None, "text", text, date="2019-03-15")
    coded = pipeline.code_documents([doc])[0]
    return {(e.event_type, e.date.value) for e in coded.events if e.evidence.sentence.startswith(start)}


def test_every_entry_is_loaded_under_its_kind():
    rows = data_rows("incident_days.tsv")
    assert rows and all(cols[1] in incident_words()[cols[0]] for _, cols in rows)


def test_the_incident_day_is_read_from_a_possessed_noun_or_a_force_clause():
    text = "The note was about Wednesday's fighting."
    assert possessed_incident(text, find_dates(text)[0])
    assert not possessed_incident("They met at Wednesday's summit.", find_dates("They met at Wednesday's summit.")[0])
    text = "Mortars shelled the herders near Ama on Tuesday morning."
    assert in_force_clause(text, find_dates(text)[0])
    text = "The ministers met near Ama on Tuesday morning."
    assert not in_force_clause(text, find_dates(text)[0])
    assert force_trigger("guards opened fire first", 7) and not force_trigger("guards rejected it", 7)


def test_a_headline_act_of_force_takes_the_possessed_incident_day():
    found = _events(DENIAL + POSSESSED + "Officials in both capitals urged calm.\n", "Freedonia says")
    assert ("ASSAULT", "2019-03-13") in found


def test_a_quoted_act_of_force_takes_the_day_of_the_lead_s_force_clause():
    found = _events(CLAUSE + QUOTE + "Officials in both capitals urged calm.\n", "The spokesman")
    assert ("ASSAULT", "2019-03-12") in found


def test_an_act_that_is_not_force_keeps_the_lead_s_day():
    found = _events(CLAUSE + "The spokesman said Freedonia would protest to Ruritania.\n\n", "The spokesman")
    assert not any(day == "2019-03-12" for _, day in found)


def test_an_opener_is_force_only_before_fire():
    assert force_trigger("guards opened fire first", 7)
    assert not force_trigger("guards opened the crossing", 7)
    text = "Ruritania opened the Ama crossing on Wednesday."
    assert not in_force_clause(text, find_dates(text)[0])
    assert "opened" in incident_words()["opener"] and "opened" not in incident_words()["verb"]


def test_a_force_noun_after_a_determiner_counts_only_with_its_of():
    for text, expected in (("The shelling of Ama on Sunday night left two dead.", True),
                           ("The shelling began just after nine on Sunday night.", True),
                           ("The minister condemned the attack on Thursday.", False),
                           ("The president widened his attack on Tuesday.", False)):
        assert in_force_clause(text, find_dates(text)[0]) is expected
