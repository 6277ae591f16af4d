"""A page that speaks as a state ("our military", "intercepted on national territory") names the other
state most; its own organs named without a country are its own state's, not that other state's
(actors/home_voice.py, data/home_voice.tsv; wire9: a defence ministry's release, wire8: a national
outlet's page, both coded backwards). Our own sentences."""
from __future__ import annotations

import pytest

from detente.actors.gazetteer import data_rows
from detente.actors.home_voice import cue_pattern
from helpers import events_of, mentions_of

# A release in a ministry's voice: the other side named most, its own state once, by a short name.
RELEASE = ("Venezuelan patrol boats fired warning shots near Chacachacare Island on Monday. The Coast Guard "
           "sent a message to the Venezuelan navy protesting the firing. Should Venezuela fire on our "
           "territory, our forces will respond. Our military has raised its alert level. Trinidad and Tobago "
           "informed Caracas of the steps.")
# A national outlet's page: the intruders named by their nationality, its own state once.
OUTLET = ("Two armed Beninese customs agents intercepted on national territory. Two armed agents of the "
          "Beninese customs were intercepted on Tuesday inside the national territory, the Ministry of "
          "Defence said. Beninese media spoke of shots fired by the Togolese patrol. The ministry warned "
          "that every future incursion will be met with firmness.")


def _countries(body: str, text: str) -> list[str | None]:
    return [m.country for m in mentions_of(body) if m.text == text]


def test_rows_are_kinds_with_a_noun_and_an_example():
    rows = data_rows("home_voice.tsv")
    assert {r[0] for r in rows} == {"our", "national"} and all(len(r) == 3 and r[1] and r[2] for r in rows)


@pytest.mark.parametrize("kind,noun,example", data_rows("home_voice.tsv"))
def test_every_cue_is_read_in_its_example_and_in_a_page(kind, noun, example):
    assert cue_pattern().search(example)
    cue = f"our {noun}" if kind == "our" else f"on national {noun}"
    body = ("Beninese agents were seen " + cue + " on Tuesday. Beninese media denied it. "
            "The ministry warned that any incursion would be met with firmness. Togo closed one post.")
    assert _countries(body, "ministry") == ["TGO"]


def test_a_release_gives_its_own_organs_its_own_state():
    assert _countries(RELEASE, "Coast Guard") == ["TTO"]
    assert _countries(RELEASE, "military") == ["TTO"]


def test_a_national_outlet_gives_the_ministry_its_own_state():
    assert _countries(OUTLET, "ministry") == ["TGO"]
    assert any(kind == "THREATEN" and source == "TGO" for kind, source, _ in events_of(OUTLET))


def test_a_quoted_our_is_the_speakers_not_the_pages():
    body = ("Beninese agents crossed the border on Tuesday. A Beninese officer said: \"Our forces were on "
            "our territory.\" The ministry warned that any incursion would be met with firmness. Togo "
            "closed one post.")
    assert _countries(body, "ministry") == ["BEN"]


def test_a_page_naming_its_own_state_most_keeps_the_main_country():
    # the cue sentence names both states: nothing says which one the page speaks as
    body = ("Togolese gendarmes intercepted two Beninese agents on national territory. The ministry warned "
            "that any incursion would be met with firmness. Togo said the men would be returned.")
    assert _countries(body, "ministry") == ["TGO"]
    body = body.replace("Togolese gendarmes intercepted two Beninese agents", "Beninese agents were seen")
    body = body.replace("Togo said", "Benin said")
    assert _countries(body, "ministry") == ["BEN"]  # one state named only: no page voice to read


@pytest.mark.parametrize("cue", [
    "\"Our border guards acted within Kenyan territory.\"",
    "\"Our troops were operating inside the territory of the Republic of Kenya.\"",
])
def test_a_cue_naming_its_own_state_as_the_ground_owner_names_no_other_side(cue):
    # session 27 (whoacts19), wire25 w25_02 and wire22 w22_10: a spokesman's "our border guards ... within
    # Ukrainian territory" (a quotation the splitter had cut from its opening mark, so read as the page's voice)
    # names only his own state; taken as the other side, it made a Kyiv wire speak as Moldova
    body = ("Kenya on Tuesday rejected a protest by Uganda over two Ugandan officers detained at Busia. \"The "
            f"note is rejected,\" spokesman Peter Wanjala told a briefing. {cue} Kenya said the ministry would "
            "answer the note. The ministry said Kenya would not accept ultimatums.")
    assert _countries(body, "ministry") == ["KEN", "KEN"], _countries(body, "ministry")
