"""The places gazetteer (data/places.tsv): every row loads, every name and spelling resolves to its own
state, no name is filed under two states unless data/ambiguous.tsv says how to tell them apart, and a
strike reported only by the place it hit gets that place's state as target. Sentences written for
these tests."""
from __future__ import annotations

import functools

import pytest

from detente import pipeline
from detente.actors import country_of_place
from detente.actors.ambiguous import place_in_context, readings
from detente.actors.gazetteer import ISO_KINDS, data_rows, load_terms, split_list, term_index
from detente.records import CodedArticle, Document

ROWS = data_rows("places.tsv")
STATE_KINDS = ISO_KINDS | {"place", "seat"}


def forms(row: list[str]) -> list[str]:
    code, name, alternates = (row + ["", ""])[:3]
    return [name, *split_list(alternates)]


def test_every_row_loads_as_place_terms():
    terms = load_terms("places.tsv")
    loaded = {(t.code, t.text) for t in terms}
    assert len(ROWS) > 900  # the expanded list, not the original hundred-odd towns
    for row in ROWS:
        assert 2 <= len(row) <= 3 and len(row[0]) == 3 and row[1], row
        assert all((row[0], form) in loaded for form in forms(row)), row
    assert all(t.kind == "place" for t in terms)


@pytest.mark.parametrize("row", ROWS, ids=[row[1] for row in ROWS])
def test_each_name_resolves_to_its_state(row):
    code = row[0]
    for form in forms(row):
        if form.lower() in readings():
            continue  # read by context (ambiguous.tsv), tested below
        assert country_of_place(form) == code, (form, code)


def test_no_name_denotes_two_states_unless_context_decides():
    clashes = {}
    for form, terms in term_index().items():
        codes = {t.code for t in terms if t.kind in STATE_KINDS and t.code}
        if len(codes) > 1 and any(t.kind == "place" for t in terms) and form not in readings():
            clashes[form] = codes
    assert not clashes, clashes


def test_no_row_repeats_a_name():
    seen: dict[str, str] = {}
    repeated = []
    for row in ROWS:
        for form in forms(row):
            key = form.lower()
            if key in seen and not (seen[key] != row[0] and key in readings()):
                repeated.append(form)
            seen[key] = row[0]
    assert not repeated, repeated


def test_names_of_two_states_read_by_context():
    assert place_in_context("Rafah", "Israeli tanks pushed into Rafah.").code == "PSE"
    egyptian = "Egyptian officials inspected the crossing at Rafah, near El Arish in North Sinai."
    assert place_in_context("Rafah", egyptian).code == "EGY"
    assert place_in_context("Beni", "Rebels attacked villages outside Beni.").code == "COD"
    assert place_in_context("Beni", "Floods hit the Bolivian department of Beni.").code == "BOL"


@functools.lru_cache(maxsize=1)
def coded(texts: tuple[str, ...]) -> list[CodedArticle | Exception]:
    docs = [Document(f"d{i}", f"t{i}.txt", None, "text", text) for i, text in enumerate(texts)]
    return pipeline.code_documents(docs, on_error=lambda d, e: e)


# Invented reports whose target state is named only by the place struck.
STRIKES = [
    ("Israeli jets struck a weapons depot near Latakia on Tuesday, a monitoring group said.", "ISR", "SYR"),
    ("Ukrainian drones attacked an oil refinery in Bryansk early on Sunday, the governor said.", "UKR", "RUS"),
    ("Turkish warplanes bombed militant positions near Sinjar on Wednesday, local officials said.", "TUR", "IRQ"),
    ("Indian forces fired artillery at army posts near Muzaffarabad, Pakistani officials said.", "IND", "PAK"),
    ("American aircraft struck a weapons depot near Saada on Monday, residents said.", "USA", "YEM"),
    ("Chinese coast guard vessels rammed a supply boat near Palawan on Monday, officials said.", "CHN", "PHL"),
    ("Russian drones struck a power substation in Zaporizhzhia on Friday, the governor said.", "RUS", "UKR"),
]


@pytest.mark.parametrize("text,source,target", STRIKES, ids=[s[0].split(" near ")[0][:30] for s in STRIKES])
def test_place_gives_the_target_state(text, source, target):
    result = coded(tuple(s[0] for s in STRIKES))[[s[0] for s in STRIKES].index(text)]
    assert isinstance(result, CodedArticle), result
    pairs = {(e.event_type, e.source.country, e.target.country if e.target else None) for e in result.events}
    assert ("ASSAULT", source, target) in pairs, pairs


def test_substations_around_a_city():
    # the recogniser labels this town ORG; events.role_actors.place_actor still reads it from the gazetteer
    assert country_of_place("Kharkiv") == "UKR"
    text = "Russian drones struck power substations around Kharkiv on Friday, the regional governor said."
    result = pipeline.code_documents([Document("d0", "t0.txt", None, "text", text)], on_error=lambda d, e: e)[0]
    assert ("ASSAULT", "RUS", "UKR") in {(e.event_type, e.source.country, e.target.country if e.target else None)
                                         for e in result.events}
