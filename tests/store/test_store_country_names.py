"""A country or body given by name where a code is asked for: the error names the code to write."""
from __future__ import annotations

import pytest

from detente.errors import ConfigError
from detente.store.queries import country_code


@pytest.mark.parametrize("value, code", [("kenya", "KEN"), ("Iran", "IRN"), ("Kenyan", "KEN"), ("ECOWAS", "IGO"),
                                         ("united states", "USA")])
def test_a_name_is_refused_with_the_code_it_is_coded(value, code):
    with pytest.raises(ConfigError) as caught:
        country_code(value)
    assert f"{value} is coded {code}" in str(caught.value)


def test_a_word_the_gazetteer_does_not_know_gets_no_name_hint():
    with pytest.raises(ConfigError) as caught:
        country_code("xyzzy")
    assert "is coded" not in str(caught.value) and "ISO 3166 alpha-3" in str(caught.value)


def test_a_seat_of_power_is_not_offered_as_a_name():
    # 'Kremlin' stands for Russia in a sentence, but a filter on it would read as a typo answered by a guess
    with pytest.raises(ConfigError) as caught:
        country_code("Kremlin")
    assert "is coded" not in str(caught.value)


def test_codes_still_pass_in_any_case():
    assert (country_code("ken"), country_code(" USA ")) == ("KEN", "USA")


@pytest.mark.parametrize("typed, near", [("PAL", "PAK"), ("PKA", "PAK"), ("USS", "USA")])
def test_a_code_one_slip_away_is_suggested(typed, near):
    with pytest.raises(ConfigError) as caught:
        country_code(typed)
    assert "did you mean" in str(caught.value) and near in str(caught.value).split("did you mean")[1]


@pytest.mark.parametrize("typed", ["XXQ", "ZZZ", "QQQQ"])
def test_a_code_two_slips_from_every_code_gets_no_suggestion(typed):
    # newcomer review, s15: `--country XXQ` was answered "did you mean XKX?" (two letters wrong)
    with pytest.raises(ConfigError) as caught:
        country_code(typed)
    assert "did you mean" not in str(caught.value) and "no country or body has this code" in str(caught.value)
