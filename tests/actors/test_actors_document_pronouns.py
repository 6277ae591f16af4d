"""An "It" opening the sentence right after one whose main verb's subject is a sent document is that document, and
speaks for its sender (session 35, helper recall35b; eval/wire58 w58_02, eval/wire59 w59_04). Sentences written
for these tests."""
from __future__ import annotations

from helpers import events_of, mentions_of

BODY = ("OSLO, May 4 (Fjord Wire) - Norway has closed its fishing zone to foreign trawlers, the fisheries ministry "
        "said in a statement on Friday. The statement repeated the charge that Kenya lets its boats fish in Norwegian "
        "waters. It also accused Kenya of ignoring the quota agreed last year.")


def test_it_after_the_statement_is_the_statements_sender():
    its = [m for m in mentions_of(BODY) if m.text == "It"]
    assert its and all(m.country == "NOR" for m in its), its
    assert ("ACCUSE", "NOR", "KEN") in events_of(BODY)


def test_it_after_a_state_subject_is_still_a_pronoun():
    # the sentence before has a state, not a document, as its subject: "It" is left to the pronoun rules
    body = ("OSLO, May 4 (Fjord Wire) - Norway has closed its fishing zone to foreign trawlers, the fisheries ministry "
            "said in a statement on Friday. Kenya rejected the statement on Saturday. It also accused Norway of "
            "breaking the quota agreed last year.")
    its = [m for m in mentions_of(body) if m.text == "It"]
    assert its and all(m.kind != "document" for m in its), its


def test_a_dummy_it_after_a_statement_names_nobody():
    body = ("OSLO, May 4 (Fjord Wire) - Norway has closed its fishing zone, the fisheries ministry said in a statement "
            "on Friday. The statement repeated the charge that Kenya lets its boats fish in Norwegian waters. It is "
            "not clear whether the zone will reopen.")
    assert not [m for m in mentions_of(body) if m.text == "It" and m.kind == "document"]


def test_it_after_an_unparsed_statement_line_is_the_statements_sender():
    # "..., the statement said." names no act, so the prefilter leaves it unparsed; its text still says who speaks
    from helpers import make_article

    from detente.actors import find_mentions
    from detente.nlp import parse_article
    from detente.pipeline import candidate_sentence

    body = ("OSLO, May 4 (Fjord Wire) - Norway has recalled its ambassador from Nairobi, the foreign ministry said in "
            "a statement on Friday. The boats had been seen near the coast for weeks, the statement said. It "
            "accused Kenya of stoking tension in the region.")
    article = make_article(body)
    sentences = parse_article(article, candidate_sentence)
    assert not sentences[1].parsed
    its = [m for m in find_mentions(article, sentences) if m.text == "It"]
    assert its and all(m.country == "NOR" and m.kind == "document" for m in its), its
