"""Context-dependent readings: names of places in two states (ambiguous.tsv), "he"/"she" after a role
phrase and bare "the jets" after "X warplanes" (antecedents.tsv). Sentences written for these tests."""
from __future__ import annotations

import functools

import pycountry
import pytest

from detente.actors import country_of_place
from detente.actors.ambiguous import choose_reading, place_in_context, readings
from detente.actors.coref import antecedent_nouns, build_context, recent_force, recent_person
from detente.actors.gazetteer import data_rows, load_terms, scan
from detente.nlp import parse_article
from detente.records import Mention
from helpers import make_article, mentions_of

KINDS = {"country", "demonym", "capital", "place"}
ALL_READINGS = [r for rows in readings().values() for r in rows]


@functools.lru_cache(maxsize=None)
def cached(body: str, title: str = "") -> tuple[Mention, ...]:
    return mentions_of(body, title)


def countries_named(body: str, text: str) -> list[str | None]:
    return [m.country for m in cached(body) if m.text == text]


# --- ambiguous.tsv -----------------------------------------------------------------------------------

def test_ambiguous_rows_are_well_formed():
    rows = data_rows("ambiguous.tsv")
    assert rows
    for form, code, kind, default, *cues in rows:
        assert code == "XKX" or pycountry.countries.get(alpha_3=code), (form, code)
        assert kind in KINDS and default in {"y", "-"} and cues, (form, kind, default)
    for form, options in readings().items():
        assert len(options) >= 2 and len({(r.code, r.kind) for r in options}) == len(options), form
        assert sum(r.default for r in options) <= 1, form


@pytest.mark.parametrize("form", sorted(readings()))
def test_every_ambiguous_form_is_scanned_whole(form):
    name = readings()[form][0].form
    hits = scan(f"Reports came from {name} today.")
    assert any(h.text == name for h in hits), name


def _cue_sentence(reading) -> str:
    """A sentence naming the reading's first cue (or its state's name) next to the form."""
    if reading.cues:
        cue = reading.cues[0]
        return cue if reading.form in cue else f"Fighting in {reading.form} worried people in {cue}."
    state = next(t.text for t in load_terms("countries.tsv") if t.code == reading.code and t.kind == "country")
    return f"Fighting in {reading.form} worried {state} on Monday."


@pytest.mark.parametrize("reading", ALL_READINGS, ids=lambda r: f"{r.form}-{r.code}")
def test_every_reading_is_chosen_by_its_cues(reading):
    sentence = _cue_sentence(reading)
    chosen = place_in_context(reading.form, sentence)
    assert (chosen.code, chosen.kind) == (reading.code, reading.kind), sentence


@pytest.mark.parametrize("form", sorted(readings()))
def test_without_cues_the_default_reading_stays(form):
    default = next((r for r in readings()[form] if r.default), None)
    name = readings()[form][0].form
    chosen = place_in_context(name, f"Heavy rain fell on {name} overnight.")
    assert (chosen and chosen.code) == (default and default.code)


def test_sentence_cues_beat_document_cues():
    sentence = "Gunmen shelled Tripoli, the Lebanese army said."
    document = "Libya and Libyan militias were blamed. " + sentence
    assert country_of_place("Tripoli", sentence, document) == "LBN"
    assert country_of_place("Tripoli", "Gunmen shelled Tripoli.", document) == "LBY"
    assert country_of_place("Tripoli") == "LBY"  # no context: the gazetteer's reading


def test_a_tie_decides_nothing():
    both = "Talks between Lebanon and Libya over Tripoli stalled."
    hits = scan(both)
    at = both.index("Tripoli")
    assert choose_reading("Tripoli", (both, hits), (at, at + 7), [(both, hits)]).code == "LBY"
    assert country_of_place("Punjab", "Floods hit Punjab as India and Pakistan traded blame.") is None


def test_cue_holding_the_form_speaks_only_for_its_own_occurrence():
    text = "Iran sent aid to East Azerbaijan while Azerbaijan closed the border."
    hits = scan(text)
    spans = [(h.start, h.end) for h in hits if h.text == "Azerbaijan"]
    codes = [choose_reading("Azerbaijan", (text, hits), span, [(text, hits)]).code for span in spans]
    assert codes == ["IRN", "AZE"]


def test_mentions_take_the_reading_of_their_context():
    lebanese = "Tripoli reopened its port on Monday, the Lebanese army said."
    assert countries_named(lebanese, "Tripoli") == []  # a Lebanese city is a place, not an actor
    assert countries_named("Tripoli rejected the plan on Monday, officials said.", "Tripoli") == ["LBY"]
    assert countries_named("Congo and Gabon signed a border accord in Brazzaville.", "Congo") == ["COG"]
    assert countries_named("Congo accused Rwanda of backing rebels in Kivu.", "Congo") == ["COD"]


def test_the_document_decides_when_the_sentence_does_not():
    body = ("Officials in Brazzaville reopened the river crossing on Monday. "
            "Congo also asked Gabon to extradite two suspects.")
    assert countries_named(body, "Congo") == ["COG"]


def test_a_georgian_story_keeps_the_country():
    body = "Georgia accused Russia of moving border posts, officials in Tbilisi said."
    assert countries_named(body, "Georgia") == ["GEO"]
    assert countries_named("Georgia passed a new voting law, Atlanta officials said.", "Georgia") == []


# --- antecedents.tsv ---------------------------------------------------------------------------------

def test_antecedent_nouns_are_role_terms():
    roles = {t.text.lower() for t in load_terms("roles.tsv")}
    rows = data_rows("antecedents.tsv")
    assert {row[0] for row in rows} == {"person", "force", "ruler"}
    for use in ("person", "force", "ruler"):
        nouns = antecedent_nouns(use)
        assert nouns and set(nouns) <= roles, set(nouns) - roles


def _role_spelling(noun: str) -> str:
    return next(t.text for t in load_terms("roles.tsv") if t.text.lower() == noun)


def _context(body: str):
    article = make_article(body)
    return build_context(article, parse_article(article))


@pytest.mark.parametrize("noun", sorted(antecedent_nouns("person")))
def test_every_person_noun_is_an_antecedent_for_he(noun):
    body = f"President Ana Ortiz of Chile spoke first. Then Peru's {_role_spelling(noun)} spoke. He objected."
    ctx = _context(body)
    person = recent_person(ctx, 2, body.index("He objected"))
    assert person is not None and person.country == "PER", (noun, ctx.roles)


def test_every_force_noun_is_found_with_its_state():
    nouns = antecedent_nouns("force")
    body = " ".join(f"Chilean {_role_spelling(n)} moved." for n in nouns)
    ctx = _context(body)
    assert [f.code for f in ctx.forces] == ["CHL"] * len(nouns)
    assert {f.group for f in ctx.forces} == set(nouns.values())
    assert recent_force(ctx, "aircraft", 0) is None


def test_she_after_a_role_phrase_prefers_the_role():
    body = ("Chilean President Ana Ortiz opened the summit on Monday. Later, Japan's foreign minister "
            "criticised the plan. She said it was unfair.")
    assert countries_named(body, "She") == ["JPN"]
    same = "Chilean President Ana Ortiz met Peru's envoy. Japan's foreign minister arrived, and she said it was late."
    assert countries_named(same, "she") == ["JPN"]


def test_he_without_a_role_still_finds_the_named_person():
    body = "Chilean President Ana Ortiz opened the summit on Monday. She said the talks would go on."
    assert countries_named(body, "She") == ["CHL"]


def test_a_bare_force_noun_refers_back_to_its_state():
    body = ("Peru said on Sunday that Chilean warplanes crossed into its airspace near Tacna. "
            "Peruvian officials said the jets circled the city twice.")
    assert countries_named(body, "jets") == ["CHL"]
    ships = "Chinese warships sailed near the islands, Philippine officials said. The ships later left."
    assert countries_named(ships, "ships") == ["CHN"]


def test_a_force_noun_with_no_earlier_force_keeps_the_old_rule():
    body = "Peru raised its alert on Sunday. Peruvian officials said the troops were ready."
    assert countries_named(body, "troops") == ["PER"]
    assert set(countries_named("Merchant ships waited outside the harbour. The ships left.", "ships")) == {None}


# --- the capital a sentence opens in -----------------------------------------------------------------

def test_a_briefing_in_a_capital_gives_the_spokesman_its_country():
    body = ("Peru protested to Chile on Monday over the arrest of a Peruvian fisherman. "
            "At a news conference in Santiago on Tuesday, foreign ministry spokesman Tomas Vidal rejected "
            "the protest. He warned that Lima would bear the consequences.")
    assert countries_named(body, "foreign ministry spokesman Tomas Vidal") == ["CHL"]
    assert countries_named(body, "He") == ["CHL"]


def test_a_capital_elsewhere_in_the_sentence_is_no_opening():
    body = ("Peru protested to Chile on Monday over the arrest of a Peruvian fisherman. "
            "The foreign ministry said on Tuesday that the envoy had left for Santiago.")
    assert countries_named(body, "foreign ministry") == ["PER"]
