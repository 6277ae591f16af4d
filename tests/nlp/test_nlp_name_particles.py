"""Names with particles read as one person by the rule entity finder (nlp/name_particles.py, data/name_particles.tsv)."""
from __future__ import annotations

import pytest

from detente import actors
from detente.errors import KnowledgeError
from detente.nlp import parse_sentences, split_sentences
from detente.nlp import name_particles as particles

from tests.conftest import make_article


def labelled(text: str) -> list[tuple[str, str]]:
    """(word, rule entity label) of each token of a one-sentence text."""
    parsed = parse_sentences(split_sentences(make_article(text)), worth_entities=lambda s: True,
                             names=actors.entity_names)
    return [(t.text, t.ent) for s in parsed for t in s.tokens]


def labels_of(got: list[tuple[str, str]], words: list[str]) -> set[str]:
    start = next(i for i in range(len(got)) if [w for w, _ in got[i:i + len(words)]] == words)
    return {label for _, label in got[start:start + len(words)]}


@pytest.mark.parametrize("text, name", [
    ("The envoy said Tariq Al-Nuwaimi had left the talks early.", ["Tariq", "Al", "-", "Nuwaimi"]),
    ("Officials quoted Yasmin al-Dabbagh, who runs the border office.", ["Yasmin", "al", "-", "Dabbagh"]),
    ("The spokesman, Hisham el-Baroudi, denied the report on Sunday.", ["Hisham", "el", "-", "Baroudi"]),
    ("The letter was handed over by Faris bin Nasser at the ministry.", ["Faris", "bin", "Nasser"]),
    ("A statement from Hendrik van Oosterhout was read to the committee.", ["Hendrik", "van", "Oosterhout"]),
])
def test_a_name_with_a_particle_is_one_person(text, name):
    assert labels_of(labelled(text), name) == {"PERSON"}


def test_a_bare_article_and_word_is_not_made_a_person():
    # as often a place ("Al-Fao", "al-Fashaga" on the development pages) as a surname; a later surname is
    # read by the actors stage from the person named before (actors/named_people.py)
    assert labels_of(labelled("Troops moved towards Al-Zubaidat on Sunday."), ["Al", "-", "Zubaidat"]) == {""}


def test_a_spaced_hyphen_or_an_unlisted_word_does_not_join_a_name():
    got = labelled("The talks between Omar Khalid - Hassan Farouk's deputy - and the rebels failed.")
    assert dict(got)["-"] == ""
    assert labels_of(labelled("Officials said Lucia de Montero visited the region."), ["de"]) == {""}


def test_the_particles_are_loaded_with_their_kinds():
    table = particles.name_particles()
    assert table["al"] == table["el"] == "article" and table["bin"] == table["van"] == "link"
    assert "de" not in table and set(table.values()) == set(particles.KINDS)


def test_a_row_of_an_unknown_kind_is_a_clear_error(monkeypatch):
    monkeypatch.setattr(particles, "numbered_rows", lambda *a, **k: [(12, ["al", "prefix"])])
    particles.name_particles.cache_clear()
    try:
        with pytest.raises(KnowledgeError, match="name_particles.tsv:12"):
            particles.name_particles()
    finally:
        monkeypatch.undo()
        particles.name_particles.cache_clear()
