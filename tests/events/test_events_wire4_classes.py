"""Classes of issue #11 found among eval/wire4's misses, tested with our own sentences: units and vessels
sent (MOBILIZE) and engineers sent to help (AID), a conjunct clause with its own subject keeping its own
modality, officials travelling to a capital or shuttling between two (CONSULT), brushing a demand aside
(REJECT), a retold act giving the kept one its day, "moved to <place> on <day>" as a past day, and a
required object the parser made the infinitive's subject."""
from __future__ import annotations

import pytest

from events_kit import code, summary


@pytest.mark.parametrize("sentence,expected", [
    ("Kenya sent an army battalion to the border with Uganda.", ("MOBILIZE", "KEN", "UGA")),
    ("Ghana sent a brigade and two frigates to Togo.", ("MOBILIZE", "GHA", "TGO")),
    ("Norway's military has sent a 40-strong engineering platoon to Ghana.", ("AID", "NOR", "GHA")),
    ("Finland dispatched army engineers to Peru to help restore power.", ("AID", "FIN", "PER")),
])
def test_units_and_helpers_sent(sentence, expected):
    assert expected in summary(code(sentence)), [(e.event_type, e.rule) for e in code(sentence)]


def test_a_conjunct_clause_with_its_own_subject_keeps_its_own_modality():
    sentence = ("The minister said a team of army engineers would fly out on Friday, and that Norway had "
                "committed 3 million dollars in immediate relief to Ghana.")
    found = summary(code(sentence))
    assert ("AID", "NOR", "GHA") in found and ("AGREE", "NOR", "GHA") not in found, found


def test_the_modal_of_one_clause_still_reaches_a_conjunct_without_a_subject():
    found = {(e.event_type, e.status) for e in code("Norway would meet Ghana and sign a deal.")}
    assert all(status == "pending" for _type, status in found), found


@pytest.mark.parametrize("sentence,expected", [
    # an official travelling to a capital visits it; a mediator shuttling between two consults each
    ("The Norwegian foreign minister will travel to Nairobi next week to calm the dispute.", ("CONSULT", "NOR", "KEN")),
    ("The NATO envoy shuttled between Nairobi and Lima for two days.", ("CONSULT", "NATO", "KEN")),
    ("The NATO envoy shuttled between Nairobi and Lima for two days.", ("CONSULT", "NATO", "PER")),
])
def test_visits_by_travel_and_shuttle(sentence, expected):
    assert expected in summary(code(sentence)), [(e.event_type, e.rule) for e in code(sentence)]


def test_travellers_who_are_not_officials_visit_nobody():
    assert not summary(code("Kenyan refugees travelled to Uganda."))


def test_brushing_aside_a_demand_rejects_it():
    assert ("REJECT", "CHL", "PER") in summary(code("Chile brushed aside a written demand from Lima for their release."))


def test_a_background_clause_gives_the_kept_act_its_day():
    found = [e for e in code("The row came after the Norwegian minister travelled to Nairobi, where on Saturday "
                             "she held talks with her Kenyan counterpart.") if e.event_type == "CONSULT"]
    assert found and all(e.date.precision == "day" for e in found), [(e.date, e.rule) for e in found]


def test_moved_to_a_place_on_a_day_is_that_past_day():
    from detente.events.dates import is_future
    text = "troops had been moved to the border area on Thursday"
    assert not is_future(text, text.index("Thursday"))
    text = "the vote was postponed to Monday"
    assert is_future(text, text.index("Monday"))


def _misparsed_summons():
    """"Norway summoned Kenya's ambassador to explain": the parse (as spaCy gives it for a long object, wire4)
    makes the ambassador the infinitive's subject instead of the verb's object."""
    from detente.records import Sentence, Token
    words = [("Norway", "Norway", "PROPN", "NNP", "nsubj", 1), ("summoned", "summon", "VERB", "VBD", "ROOT", 1),
             ("Kenya", "Kenya", "PROPN", "NNP", "poss", 4), ("'s", "'s", "PART", "POS", "case", 2),
             ("ambassador", "ambassador", "NOUN", "NN", "nsubj", 6), ("to", "to", "PART", "TO", "aux", 6),
             ("explain", "explain", "VERB", "VB", "ccomp", 1), (".", ".", "PUNCT", ".", "punct", 1)]
    tokens, at = [], 0
    for i, (text, lemma, pos, tag, dep, head) in enumerate(words):
        tokens.append(Token(i, text, lemma, pos, tag, dep, head, "", "O", at))
        at += len(text) + 1
    text = " ".join(w[0] for w in words)
    return Sentence("dtest", 0, 0, "body", 0, len(text), text, tuple(tokens))


def test_an_object_parsed_as_the_infinitives_subject_is_the_object():
    from events_kit import article
    from detente.events import code_events
    from detente.records import Mention
    sentence = _misparsed_summons()
    norway = Mention(0, 0, 0, 0, 0, 6, "Norway", "NOR", "GOV", "country", "test", "Norway")
    envoy = Mention(0, 2, 4, 4, 16, 34, "Kenya 's ambassador", "KEN", "GOV", "role", "test", "")
    found = summary(code_events(article(sentence.text), (sentence,), (norway, envoy)))
    assert ("ACCUSE", "NOR", "KEN") in found, found


def test_due_in_a_place_on_a_day_is_a_coming_day():
    # wire8: "Ben Jeddou is due in Algiers on Sunday to meet her counterpart" is a planned visit
    from detente.events.dates import is_future
    text = "The minister is due in Algiers on Sunday to meet her counterpart"
    assert is_future(text, text.index("Sunday"))
    text = "The minister was in Algiers on Sunday to meet her counterpart"
    assert not is_future(text, text.index("Sunday"))
