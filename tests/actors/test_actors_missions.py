"""Diplomatic missions belong to their owner (possessor, nationality, "of"), not to the place they sit in."""
from __future__ import annotations

import pytest

from detente.actors.gazetteer import load_terms
from detente.actors.missions import mission_nouns
from helpers import mentions_of

ROLE_TERMS = {t.text.lower() for t in load_terms("roles.tsv")}


def test_every_mission_noun_is_a_role():
    assert mission_nouns() and mission_nouns() <= ROLE_TERMS, mission_nouns() - ROLE_TERMS


@pytest.mark.parametrize("noun", sorted(mission_nouns()))
def test_its_mission_in_a_capital_belongs_to_the_pronoun_owner(noun):
    mentions = mentions_of(f"Peru's foreign ministry said on Monday that its {noun} in Santiago had "
                           "protested to the Chilean government over the detained fishermen.")
    owned = [m for m in mentions if m.text.lower().startswith(f"its {noun}")]
    assert owned and owned[0].country == "PER", (noun, mentions)


def test_mission_with_no_owner_is_not_the_host_s():
    # session 30 (wire48): an embassy never sits in its own state's capital, so "the embassy in Nairobi" is some
    # other state's (here the one protesting to Kenya); it was Kenya's until then, and "a consular officer of the
    # embassy in Moscow had asked to visit" an Estonian held in Russia was coded as Russia's request
    mentions = mentions_of("The embassy in Nairobi said on Monday that it had protested to the Kenyan "
                           "government over the detained fishermen.")
    assert all(m.country != "KEN" for m in mentions if m.text.lower().startswith(("embassy", "the embassy")))


@pytest.mark.parametrize("phrase,owner", [("Peru's embassy in Santiago", "PER"),
                                          ("the Peruvian embassy in Santiago", "PER"),
                                          ("the embassy of Peru in Santiago", "PER")])
def test_possessor_nationality_and_of_win_over_the_place(phrase, owner):
    mentions = mentions_of(f"On Monday {phrase} protested to the Chilean government over the fishermen.")
    embassy = [m for m in mentions if "embassy" in m.text]
    assert embassy and embassy[0].country == owner, mentions


def test_the_host_state_is_no_antecedent_for_its():
    mentions = mentions_of("Peru said on Monday that its ambassador to Chile and its consul in Santiago "
                           "had been recalled for talks.")
    assert [m.country for m in mentions if m.text.startswith("its")] == ["PER", "PER"]


def test_appositive_nationality_gives_the_person_and_later_surname():
    mentions = mentions_of("Croatia protested on Monday. Colonel Ivan Markov, the Bulgarian attache, had been "
                           "declared persona non grata by Croatia. Croatian police said Markov left on Tuesday.")
    assert [m.country for m in mentions if "Markov" in m.text] == ["BGR", "BGR"]


def test_it_after_an_organisation_named_after_its_state_is_that_state():
    from detente import actors, clean, nlp
    from detente.records import Document
    text = ("Kenya seized a Ugandan ferry on Monday. The Uganda Maritime Authority, where the ferry is "
            "registered, says it has asked Kenya for information on the crew.")
    article = clean.clean_document(Document("d0", "t0.txt", None, "text", text))
    cast = actors.read_actors(article, nlp.parse_article(article))
    its = [m for m in cast.mentions if m.text == "it"]
    assert [m.country for m in its] == ["UGA"]


@pytest.mark.parametrize("phrase", ["the ambassador in Santiago", "the consul in Santiago", "the envoy in Chile"])
def test_an_envoy_posted_in_a_state_is_not_that_state_s(phrase):
    # wire14 (a blind page): "the ambassador in Moscow had been instructed to repeat the protest" was Russia's
    mentions = mentions_of(f"A Peruvian diplomat said {phrase} had been told to repeat the protest on Friday.")
    posted = [m for m in mentions if m.text.lower().startswith(phrase.split()[1])]
    assert all(m.country != "CHL" for m in posted), mentions


@pytest.mark.parametrize("phrase,owner", [("Peru's ambassador in Santiago", "PER"),
                                          ("the Peruvian consul in Santiago", "PER"),
                                          ("officials in Santiago", "CHL")])
def test_a_named_owner_or_a_non_envoy_keeps_its_state(phrase, owner):
    mentions = mentions_of(f"On Monday {phrase} protested to the government over the fishermen.")
    found = [m for m in mentions if m.text.lower().endswith(phrase.split()[-3].lower()) or phrase.split()[-3] in m.text]
    assert found and found[0].country == owner, mentions
