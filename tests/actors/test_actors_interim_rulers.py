"""A bare "the junta" / "the transitional government" is the government of the one state the page named as ruled
by such a body (actors/interim_rulers.py; eval/wire42's Mali pages, realnews s24). Our own sentences."""
from __future__ import annotations

import pytest
from helpers import events_of, mentions_of

from detente.actors.interim_rulers import phrase, ruled_states, the_ruled_state, words

# A Dakar wire about Guinea: Senegal is named more often than Guinea before the bare bodies.
PAGE = ("Guinea's transitional authorities ordered Senegal's ambassador to leave the country. Senegal called the "
        "decision regrettable, and Senegal's foreign minister said Senegal would respond. Last week the transitional "
        "government asked Mali to close its border post. The junta's spokesman repeated the request on Monday.")


def _country(body: str, text: str) -> str | None:
    found = [m for m in mentions_of(body) if m.text.lower() == text]
    assert found, (text, [m.text for m in mentions_of(body)])
    return found[0].country


@pytest.mark.parametrize("text", ["government", "junta's spokesman"])
def test_a_bare_body_is_the_ruled_states(text):
    assert _country(PAGE, text) == "GIN"


def test_a_bare_junta_by_agent_has_the_ruled_state():
    body = "The junta in Burkina Faso has ruled since September. Ghana's envoy left after being expelled by the junta."
    assert _country(body, "junta") == "BFA"


def test_the_transitional_government_asks_as_the_ruled_state():
    assert ("REQUEST", "GIN", "MLI") in events_of(PAGE)


@pytest.mark.parametrize("body", [
    "The transitional government of Chad met. Nigeria, Nigeria and Nigeria's army said the junta refused the plan.",
    "Chadian military rulers met. Nigeria, Nigeria and Nigeria's army said the junta refused the plan.",
])
def test_owner_named_before_or_after(body):
    assert _country(body, "junta") == "TCD"


def test_two_ruled_states_decide_nothing():
    body = "Mali's junta and the junta in Niger met. Algeria said the junta refused the plan."
    assert _country(body, "junta") is None


def test_a_plain_government_is_not_such_a_body():
    # "the government" names no junta: it keeps the page's main country (Senegal), as before
    body = ("Guinea's junta ordered Senegal's ambassador to leave. Senegal, Senegal and Senegal's president said "
            "the government would respond.")
    assert _country(body, "government") == "SEN"


def test_an_indefinite_body_is_none_in_particular():
    body = "Guinea's junta ordered Senegal's ambassador to leave. Senegal said a military council would not last."
    assert not any(m.country == "GIN" and "council" in m.text for m in mentions_of(body))


def test_every_word_of_the_data_file_is_read():
    table = words()
    assert set(table) == {"noun", "modifier", "head", "prefix"}
    for noun in table["noun"]:
        assert phrase().fullmatch(noun) and phrase().fullmatch(f"{table['prefix'][0]} {noun}")
    for modifier in table["modifier"]:
        for head in table["head"]:
            assert phrase().fullmatch(f"{modifier} {head}"), (modifier, head)
    for prefix in table["prefix"]:
        assert phrase().fullmatch(f"{prefix} junta")


def test_the_ruled_state_is_one_state_or_none():
    assert the_ruled_state(("MLI", "MLI")) == "MLI"
    assert the_ruled_state(("MLI", "NER")) is None
    assert the_ruled_state(()) is None


def test_ruled_states_of_a_sentence():
    from detente.actors.gazetteer import scan
    from detente.records import Sentence
    text = "Niger's ruling junta met the junta in Bamako and a military government."
    sentence = Sentence("test", 0, 0, "body", 0, len(text), text)
    assert ruled_states(sentence, scan(text)) == ["NER", "MLI"]
