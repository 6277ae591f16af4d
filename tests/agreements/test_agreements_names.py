"""Agreement names in sentences written for these tests."""
from __future__ import annotations

import pytest

from detente.agreements.names import find_names, head_of, heads


def names(sentence: str) -> list[tuple[str, bool]]:
    return [(h.name, h.proper) for h in find_names(sentence)]


@pytest.mark.parametrize("sentence, expected", [
    ("Norway and Iceland signed the Harbour Access Accord on Monday.", [("harbour access accord", True)]),
    ("The Harbour Access Accord took effect in May.", [("harbour access accord", True)]),
    ("Ships sailed under the Lake Fishing Initiative again.", [("lake fishing initiative", True)]),
    ("Officials said the grain deal would lapse next week.", [("grain deal", False)]),
    ("Both armies agreed to a ceasefire on Tuesday.", [("ceasefire", False)]),
    ("Talks on the airspace MOU resumed.", [("airspace deal", False)]),
    ("He called it a landmark agreement.", []),
    ("The cabinet approved the agreement.", []),
    ("The ministers signed a critical pact.", []),
])
def test_names(sentence, expected):
    assert names(sentence) == expected


def test_a_deal_named_by_its_parties_is_a_deal_of_those_states():
    (hit,) = find_names("The Norway-Iceland agreement entered into force.")
    assert (hit.name, hit.proper, hit.parties) == ("agreement", False, ("ISL", "NOR"))


def test_an_acronym_in_brackets_is_recorded_beside_the_name():
    (hit,) = find_names("Ministers signed the Lake Tana Water Sharing Agreement (LTWSA) in the capital.")
    assert hit.name == "lake tana water sharing agreement" and hit.acronym == "ltwsa"


def test_a_hyphenated_acronym_names_an_agreement_by_itself():
    assert names("The cabinet approved the KX-MOA after it lapsed.") == [("kx-moa", True)]


def test_a_title_case_headline_does_not_make_proper_names():
    assert names("Cabinet Quietly Approves New Security Pact With Neighbour") == [("security deal", False)]


def test_every_head_of_the_data_file_is_read_as_a_head():
    for head in heads():
        assert head_of(head) == head and head_of(head.capitalize() + "s") == head


def test_a_verb_of_a_deals_life_is_no_part_of_its_name():
    assert names("Iceland signs accords with Norway.") == []


@pytest.mark.parametrize("sentence, expected", [
    ("Fishermen welcomed Thursday's accord on quotas.", []),
    ("Analysts doubted last month's deal would survive.", []),
    ("The October treaty was never ratified.", []),
    ("Saturday's truce held along the river.", [("truce", False)]),
    ("The Midsummer Day Accord held.", [("midsummer day accord", True)]),
    ("Both states signed the Lake Fishing Initiative Friday in the port.", [("lake fishing initiative", True)]),
])
def test_a_word_of_time_is_no_part_of_a_name(sentence, expected):
    assert names(sentence) == expected


def test_a_head_inside_an_institutions_name_names_no_agreement():
    assert names("Envoys of the Southern Ocean Treaty Organization gathered in Hobart.") == []
    assert names("Chile joined the Southern Ocean Treaty in the spring.") == [("southern ocean treaty", True)]


def test_every_time_word_of_the_data_file_is_read():
    from detente.agreements.names import is_time_word, time_words

    assert len(time_words()) > 20
    for word in time_words():
        assert is_time_word(word.capitalize() + "'s") and names(f"They praised {word.capitalize()}'s accord.") == []


def test_a_sentence_without_a_head_noun_is_passed_over_and_no_head_form_is_missed():
    """find_names passes over a sentence in which no head noun occurs (most stored sentences): each form
    head_of takes for a head holds one in lower case, so nothing it would find is missed."""
    from detente.agreements.names import any_head

    assert find_names("The two ministers met in Oslo and spoke of trade.") == []
    for head in heads():
        for word in (head, head.upper() + "S", "CIS-" + head.upper(), head.capitalize() + "’s", head + "-s"):
            if head_of(word) is not None:
                assert any_head().search(f"They cited the {word} twice.".lower().replace("’", "'")), word
