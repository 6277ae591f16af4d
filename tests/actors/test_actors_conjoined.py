"""Phrases whose modifiers list several states ("Kenyan and Ugandan troops") are one group actor."""
from __future__ import annotations

import functools

from detente.actors import read_actors
from detente.events.role_actors import actors_at
from detente.nlp import parse_article
from detente.records import Mention

from helpers import make_article


@functools.lru_cache(maxsize=64)
def parsed(body: str):
    article = make_article(body)
    sentences = parse_article(article)
    return sentences, read_actors(article, sentences).mentions


def mentions(body: str) -> tuple[Mention, ...]:
    return parsed(body)[1]


def groups(body: str) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.entity, m.sector) for m in mentions(body) if m.kind == "group"]


def test_two_nationality_adjectives_make_one_group_with_the_head_nouns_sector():
    assert groups("Kenyan and Ugandan troops began a joint exercise near the border.") == [
        ("Kenyan and Ugandan troops", "KEN+UGA", "MIL")]
    group = [m for m in mentions("Kenyan and Ugandan troops began a joint exercise near the border.")
             if m.kind == "group"][0]
    assert group.country is None and "list of states" in group.resolution


def test_each_listed_modifier_keeps_a_nested_mention_of_its_state():
    nested = [(m.text, m.country, m.sector) for m in mentions("French and Egyptian warships held drills at sea.")
              if m.kind != "group"]
    assert nested == [("French", "FRA", "MIL"), ("Egyptian", "EGY", "MIL")]


def test_determiner_and_adjective_between_list_and_head():
    assert groups("The Chilean and Peruvian foreign ministers met on Friday.") == [
        ("Chilean and Peruvian foreign ministers", "CHL+PER", "GOV")]


def test_country_name_and_nationality_in_one_list():
    assert groups("US and Pakistani officials met in the capital.") == [
        ("US and Pakistani officials", "USA+PAK", "GOV")]


def test_multiword_nationality_in_a_list():
    assert groups("South Korean and Japanese officials met on Monday.")[0][1] == "KOR+JPN"


def test_three_member_list_chained_by_the_parser():
    assert groups("Chadian, Nigerien and Malian soldiers patrolled the border region.") == [
        ("Chadian, Nigerien and Malian soldiers", "TCD+NER+MLI", "MIL")]


def test_first_member_stranded_by_the_parser_rejoins_its_list():
    # the parser makes "Leonean" the object and the noun its conjunct
    found = groups("Guards at the camp beat dozens of Sierra Leonean and Liberian migrants, witnesses said.")
    assert found == [("Sierra Leonean and Liberian migrants", "SLE+LBR", "CVL")]
    # the stranded head stands for the whole group: no nested mention of its own
    assert "Sierra Leonean" not in {m.text for m in
                                    mentions("Guards at the camp beat dozens of Sierra Leonean and Liberian "
                                             "migrants, witnesses said.")}


def test_sentence_initial_comma_list_rejoins():
    assert groups("Kenyan, Ugandan and Tanzanian police arrested the smugglers.")[0][1] == "KEN+UGA+TZA"


def test_comma_alone_does_not_make_a_list():
    found = [(m.text, m.country) for m in mentions("He is Kenyan, Ugandan officials said on Monday.")]
    assert ("Ugandan officials", "UGA") in found and not groups("He is Kenyan, Ugandan officials said on Monday.")


def test_single_state_phrase_is_unchanged():
    found = [(m.text, m.country, m.sector, m.kind) for m in mentions("Kenyan troops began an exercise.")]
    assert found == [("Kenyan troops", "KEN", "MIL", "role")]


def test_same_state_twice_is_not_a_group():
    found = [(m.country, m.kind) for m in mentions("Kenyan and Kenyan-born officials met in the capital.")]
    assert all(kind != "group" for _, kind in found) and "KEN" in {c for c, _ in found}


def test_conjoined_subjects_stay_separate_mentions():
    found = [(m.text, m.country, m.kind) for m in mentions("Kenya and Uganda signed a deal on Friday.")]
    assert found == [("Kenya", "KEN", "country"), ("Uganda", "UGA", "country")]


def test_either_or_is_not_a_group():
    assert not groups("Kenyan or Ugandan troops may have crossed the border.")


def test_possessor_and_nationality_are_not_a_list():
    assert not groups("Pakistan's Afghan refugees fear deportation.")


def test_plural_pronoun_after_a_listed_phrase_is_the_same_group():
    they = [m for m in mentions("Kenyan and Ugandan officials said they would meet again.") if m.text == "they"]
    assert [(m.kind, m.entity, m.country) for m in they] == [("group", "KEN+UGA", None)]


def test_events_contract_expands_the_group_into_member_states():
    sentences, found = parsed("Kenyan and Ugandan troops began a joint exercise near the border.")
    head = [m for m in found if m.kind == "group"][0].head
    actors = actors_at(sentences[0], head, list(found))
    assert [(a.country, a.sector) for a in actors] == [("KEN", "MIL"), ("UGA", "MIL")]


def test_of_phrase_with_coordinated_states_is_one_group():
    assert groups("The foreign ministers of Chile and Peru met on Friday.") == [
        ("ministers of Chile and Peru", "CHL+PER", "GOV")]
    assert groups("Border guards from Kyrgyzstan and Tajikistan exchanged fire.")[0][1:] == ("KGZ+TJK", "COP")


def test_of_phrase_with_one_state_is_unchanged():
    found = [(m.text, m.country, m.kind) for m in mentions("Officials from Kenya met on Friday.")]
    assert found == [("Officials from Kenya", "KEN", "role"), ("Kenya", "KEN", "country")]


def test_wire_dateline_place_does_not_give_its_country_to_the_phrase_after_it():
    found = [(m.text, m.country) for m in mentions("LUSAKA - Border guards from Ghana arrived on Monday.")]
    assert ("Border guards from Ghana", "GHA") in found and not any("LUSAKA" in text and "guards" in text
                                                                   for text, _ in found)


def test_short_capitalised_party_before_a_dash_is_not_a_dateline():
    from detente.actors.items import dateline_end
    sentences, _ = parsed("US - Kenyan talks resumed on Monday.")
    assert dateline_end(sentences[0].tokens) == -1
    sentences, _ = parsed("LUSAKA - Border guards from Ghana arrived on Monday.")
    assert dateline_end(sentences[0].tokens) == 1


def test_a_dateline_with_a_date_and_an_agency_ends_at_its_dash():
    """"TASHKENT, Sept 10 (Agency) -" was no dateline, so the capital was read as a subject (newcomer7)."""
    from detente.actors.items import dateline_end
    sentences, _ = parsed("LUSAKA, Sept 10 (Copper Wire) - Border guards from Ghana arrived on Monday.")
    assert dateline_end(sentences[0].tokens) == 8
    sentences, _ = parsed("ACCRA, Nov 19 — Ghana recalled its envoy.")
    assert dateline_end(sentences[0].tokens) == 4
    sentences, _ = parsed("US, Kenya and Uganda - talks resumed on Monday.")
    assert dateline_end(sentences[0].tokens) == -1
