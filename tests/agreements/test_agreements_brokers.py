"""A deal's broker is no party, an accusation of breaking it is its "violated" step, and talks told in the
sentence of the deal reached are no step of their own (newcomer20, session 32). Sentences are our own."""
from __future__ import annotations

import itertools

from detente.agreements import follow_agreements
from detente.agreements.brokers import breach_word
from detente import datafiles
from detente.records import AgreementReport

_serial = itertools.count()
_BROKER = "mediation:broker src=broker tgt=side"
_AGREED = "Mali and Niger agreed a ceasefire on Monday after talks in Algiers brokered by Algeria."


def report(sentence: str, trigger: str, source: str | None, target: str | None, date: str = "2025-03-03",
           event_type: str = "AGREE", status: str = "asserted", rule: str | None = None) -> AgreementReport:
    return AgreementReport(f"e{next(_serial):05d}", "d1", event_type, status, date, "day", "2025-03-04",
                           source, target, sentence, trigger, rule=rule)


def _agreed_with_broker() -> list[AgreementReport]:
    return [report(_AGREED, "agreed", "MLI", "NER"),
            report(_AGREED, "brokered", "DZA", "MLI", event_type="CONSULT", rule=_BROKER),
            report(_AGREED, "brokered", "DZA", "NER", event_type="CONSULT", rule=_BROKER)]


def test_the_broker_of_a_deal_is_no_party():
    (truce,) = follow_agreements(_agreed_with_broker())
    assert truce.parties == ("MLI", "NER") and [s.stage for s in truce.stages] == ["agreed"]


def test_a_deal_told_only_by_its_broker_is_between_the_sides():
    sentence = "Algeria brokered a ceasefire between Mali and Niger on Monday."
    (truce,) = follow_agreements([report(sentence, "brokered", "DZA", "MLI", event_type="CONSULT", rule=_BROKER),
                                  report(sentence, "brokered", "DZA", "NER", event_type="CONSULT", rule=_BROKER)])
    assert truce.parties == ("MLI", "NER") and truce.stage == "agreed"


def test_an_accusation_of_breaking_the_deal_is_its_violated_step():
    accused = "Niger on Friday accused Malian soldiers of breaking the ceasefire near the border."
    (truce,) = follow_agreements(_agreed_with_broker() + [
        report(accused, "accused", "NER", "MLI", "2025-03-07", event_type="ACCUSE")])
    assert truce.stage == "violated" and [s.stage for s in truce.stages] == ["agreed", "violated"]


def test_a_denied_breach_or_an_accusation_about_something_else_is_no_step():
    denied = "Mali denied that it had violated the ceasefire."
    other = "Niger accused Mali of shelling villages, days after the ceasefire was agreed."
    (truce,) = follow_agreements(_agreed_with_broker() + [
        report(denied, "violated", "MLI", "NER", "2025-03-07", event_type="ASSAULT", status="negated"),
        report(other, "accused", "NER", "MLI", "2025-03-08", event_type="ACCUSE")])
    assert "violated" not in [s.stage for s in truce.stages]


def test_talks_told_in_the_sentence_of_the_deal_reached_are_no_step():
    (truce,) = follow_agreements(_agreed_with_broker() + [
        report(_AGREED, "talks", "MLI", "NER", "2025-02-27", event_type="CONSULT")])
    assert [s.stage for s in truce.stages] == ["agreed"] and truce.first_date == "2025-03-03"


def test_talks_of_their_own_sentence_stay_a_step():
    talks = "Mali and Niger opened talks on a ceasefire in Algiers."
    (truce,) = follow_agreements(_agreed_with_broker() + [
        report(talks, "talks", "MLI", "NER", "2025-02-27", event_type="CONSULT")])
    assert [s.stage for s in truce.stages] == ["negotiating", "agreed"]


def test_every_breach_word_loads_and_is_read():
    rows = [row for _, row in datafiles.numbered_rows("agreements", "breaches.tsv", 1, 2)]
    for row in rows:
        assert breach_word().match(row[0] + "ing"), row[0]
    assert not breach_word().match("broker") and not breach_word().match("breakthrough")


def test_a_headlines_truce_and_the_bodys_ceasefire_of_two_states_are_one_deal():
    headline = "Mali and Niger agree truce after Algiers talks"
    (truce,) = follow_agreements(_agreed_with_broker() + [report(headline, "agree", "MLI", "NER")])
    assert truce.name == "ceasefire" and "truce" in truce.aliases and truce.parties == ("MLI", "NER")


def test_truces_of_other_states_stay_apart():
    other = "Chad and Sudan agreed a truce on Tuesday."
    assert len(follow_agreements(_agreed_with_broker() + [report(other, "agreed", "TCD", "SDN")])) == 2


def test_a_denial_of_a_breach_is_no_exit():
    denied = "Mali denied on Friday that it had violated the ceasefire."
    (truce,) = follow_agreements(_agreed_with_broker() + [
        report(denied, "denied", "MLI", "NER", "2025-03-07", event_type="REJECT")])
    assert [s.stage for s in truce.stages] == ["agreed"]


def test_a_broker_named_as_the_subject_is_no_party():
    sentence = "Algeria brokered a ceasefire between Mali and Niger on Monday."
    rule = "verb:broker+noun:ceasefire src=nsubj tgt=brokered-parties"
    (truce,) = follow_agreements([report(sentence, "brokered", "DZA", "MLI", event_type="CONSULT", rule=rule),
                                  report(sentence, "brokered", "DZA", "NER", event_type="CONSULT", rule=rule)])
    assert truce.parties == ("MLI", "NER")
