"""The story's other state named in the act's own clause as what the act is done to (events/counterpart.py
named_as_patient), and the roles that do not make it the target (our own sentences)."""
from __future__ import annotations

from dataclasses import replace

import pytest

from events_kit import code, parsed, mentions_for

from detente.events import code_events
from detente.events.counterpart import clause_of, named_as_patient, without_participles

STORY = "Chile accused Peru of an incursion. Peru denied the charge. "


def _named(text: str, trigger: str) -> set[tuple]:
    """(type, source, target) of the events of `trigger` whose target is the named counterpart."""
    return {(e.event_type, e.source.country, e.target.country) for e in code(STORY + text)
            if e.evidence.trigger == trigger and e.target is not None and "document-counterpart" in e.rule}


@pytest.mark.parametrize("text, trigger, expected", [
    # the nationality of what a complement leaves open for (wire9; "open to X" names X as the target itself,
    # the predicate adjective's 'to' phrase: test_events_made_available.py)
    ("Chile agreed to keep the bridge open for Peruvian lorries until May.", "agreed", ("AGREE", "CHL", "PER")),
    # the goods a closure leaves stuck (wire9)
    ("Chile closed the border crossing, leaving Peruvian lorries stuck for days.", "closed",
     ("SANCTION", "CHL", "PER")),
])
def test_the_counterpart_named_as_what_the_act_is_done_to_is_its_target(text, trigger, expected):
    assert _named(text, trigger) == {expected}
    assert all(e.rule.endswith("tgt→document-counterpart:patient") for e in code(STORY + text)
               if e.evidence.trigger == trigger and e.target is not None and e.target.country == "PER")


@pytest.mark.parametrize("text, trigger", [
    ("Chile sent troops to the frontier after Peruvian militias raided a village.", "sent"),  # background clause
])
def test_the_counterpart_in_another_role_is_no_target(text, trigger):
    assert _named(text, trigger) == set()


def _story_target(text: str, trigger: str) -> set[tuple]:
    """(type, source, target, how) of the events of `trigger`, `how` the counterpart rule's mark or ""."""
    return {(e.event_type, e.source.country, e.target.country if e.target else None,
             e.rule.split("tgt→")[-1] if "tgt→document-counterpart" in e.rule else "")
            for e in code(STORY + text) if e.evidence.trigger == trigger}


@pytest.mark.parametrize("text, trigger, expected", [
    # the teller is the story's other state: not the patient (no ":patient" reading), and it no longer stops
    # the plain counterpart reading (wire9: "…, according to the ministry"; wire4: "…, he said")
    ("Chile closed the border crossing on Monday, according to Peruvian officials.", "closed",
     ("SANCTION", "CHL", "PER", "document-counterpart")),
    ("Chile closed the border crossing on Monday, a Peruvian official said, and lorries queued.", "closed",
     ("SANCTION", "CHL", "PER", "document-counterpart")),
    # a teller of a third state names no party either (Peru named twice more: still clearly the other state)
    ("Peru complained to Peru's neighbours. Chile closed the border crossing on Monday, according to Kenyan "
     "diplomats.", "closed",
     ("SANCTION", "CHL", "PER", "document-counterpart")),
    # near miss: a third state in the act's own clause still keeps the counterpart out
    ("Chile closed the border crossing to Kenyan lorries on Monday, according to Peruvian officials.", "closed",
     ("SANCTION", "CHL", "KEN", "")),
])
def test_who_tells_the_act_does_not_block_the_counterpart(text, trigger, expected):
    assert _story_target(text, trigger) == {expected}


def _patient(text: str, trigger: str, code_: str, event_type: str) -> str:
    _, sentences = parsed(text)
    sentence = sentences[0]
    i = next(t.i for t in sentence.tokens if t.text == trigger)
    return named_as_patient(sentence, i, clause_of(sentence, i), list(mentions_for(sentences)), code_, event_type)


def test_the_place_a_material_act_lands_in_is_told_apart_from_its_patient():
    assert _patient("Chilean jets bombed an area near a camp in Peru's northern province.", "bombed", "PER",
                    "ASSAULT") == "place"
    assert _patient("Chile kept the bridge open to Peruvian lorries.", "kept", "PER", "AGREE") == "patient"
    # a verbal act has no place: "denied reports in Peruvian media" does not aim the denial at Peru
    assert _patient("Chile denied reports in Peruvian media.", "denied", "PER", "REJECT") == ""


def test_a_doer_or_a_second_party_of_the_act_is_no_patient():
    assert _patient("Chile repelled an invasion by Peruvian troops.", "invasion", "PER", "ASSAULT") == ""
    assert _patient("Chile and Peru opened a crossing, doubling exports to Peruvian mills.", "opened", "PER",
                    "CONCEDE") == ""



def _protests(text: str, sector: str) -> set[tuple]:
    """PROTEST events of a two-state story whose protesters' mention has the given sector."""
    art, sentences = parsed(STORY + text)
    mentions = tuple(replace(m, sector=sector) if m.sentence == sentences[-1].index else m
                     for m in mentions_for(sentences))
    return {(e.event_type, e.source.country, e.target.country if e.target else None)
            for e in code_events(art, sentences, mentions) if e.event_type == "PROTEST"}


def test_a_government_protest_is_addressed_to_the_story_counterpart():
    assert _protests("Chile protested on Tuesday.", "GOV") == {("PROTEST", "CHL", "PER")}


def test_a_street_protest_gets_no_guessed_addressee():
    assert _protests("Chilean farmers protested on Tuesday.", "CVL") <= {("PROTEST", "CHL", None)}


def test_a_participial_adjunct_naming_the_counterpart_does_not_keep_the_act_open():
    # wire4: "whose boats were boarded by the Nicaraguan navy, crossed by land and were met by the Honduran
    # minister"; here our own sentence with a participle telling what else the doer did
    events = code(STORY + "Chile seized two trawlers on Sunday, towing them to Arica past Peruvian patrol boats.")
    assert {(e.event_type, e.source.country, e.target.country) for e in events
            if e.evidence.trigger == "seized" and e.target is not None} == {("COERCE", "CHL", "PER")}


@pytest.mark.parametrize("text, trigger, dropped", [
    ("Chile closed the border crossing on Monday, citing Peruvian smuggling.", "closed", {"citing", "Peruvian"}),
    # a clause with its own subordinator and subject stays: a party named there may be a background doer
    ("Chile closed the border crossing after Peruvian smugglers attacked a post.", "closed", set()),
])
def test_only_participial_adjuncts_leave_the_clause(text, trigger, dropped):
    _, sentences = parsed(text)
    sentence = sentences[0]
    i = next(t.i for t in sentence.tokens if t.text == trigger)
    clause = clause_of(sentence, i)
    left = {sentence.tokens[j].text for j in clause - without_participles(sentence, clause)}
    assert dropped <= left and bool(left) == bool(dropped)
