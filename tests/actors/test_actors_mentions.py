"""actors.mentions: what one sentence names, read from its text and gazetteer hits without a parse (split
out of actors.coref in session 11; coref still offers the reference records and `is_state_code`).
Sentences written for these tests."""
from __future__ import annotations

from detente.actors import coref, mentions
from detente.actors.gazetteer import scan
from detente.records import Sentence


def _read(text: str) -> tuple[Sentence, list]:
    return Sentence("test", 0, 0, "body", 0, len(text), text), scan(text)


def test_a_state_organ_and_its_own_name_are_read_from_one_sentence():
    sentence, hits = _read("Peru's customs authority, SUNAT, seized the cargo.")
    assert [(o.name, o.country) for o in mentions.organs_in(sentence, hits)] == [("SUNAT", "PER")]


def test_a_force_noun_takes_the_state_word_just_before_it():
    sentence, hits = _read("Israeli warplanes struck a depot at dawn.")
    assert [f.code for f in mentions.forces_in(sentence, hits)] == ["ISR"]


def test_two_states_named_together_are_a_pair_and_an_international_body_is_no_state():
    sentence, hits = _read("Peru and Chile signed a fisheries accord.")
    assert [p.codes for p in mentions.pairs_in(sentence, hits)] == [("PER", "CHL")]
    assert mentions.is_state_code("PER") and not mentions.is_state_code("IGO")


def test_coref_still_offers_the_names_other_modules_read_through_it():
    for name in ("StateRef", "PersonRef", "ForceRef", "StatePair", "antecedent_nouns", "is_state_code"):
        assert getattr(coref, name) is getattr(mentions, name)
