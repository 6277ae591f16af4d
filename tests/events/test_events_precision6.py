"""Session 16 (precision6): acts in words aimed at the press (events/press.py). The class comes from
eval/sent-fp, 78 wire-style sentences written before the coder was run on them: a newspaper, journalists or
an unattributed report are no state, so a thanks, a denial or a dismissal aimed at them names no target
state, whatever state the report comes from or tells of."""
from __future__ import annotations

from dataclasses import replace

import pytest

from detente.events import code_events
from detente.events.lexicon import cue_words
from events_kit import code, mentions_for, parsed, summary


def pairs(text: str) -> set[tuple]:
    return {(t, s, g) for t, s, g in summary(code(text)) if s and g and s != g}


@pytest.mark.parametrize("text, dropped", [
    ("Chile denied reports that it would lease a port to Peru.", ("REJECT", "CHL", "PER")),
    ("The Chilean defence minister denied press reports from Lima that a patrol had crossed the border.",
     ("REJECT", "CHL", "PER")),
    ("Kenya dismissed as false media reports that Ugandan troops had entered the island.", ("REJECT", "KEN", "UGA")),
])
def test_a_denied_report_is_aimed_at_no_state_it_names(text, dropped):
    assert dropped not in pairs(text), pairs(text)


@pytest.mark.parametrize("text, kept", [
    ("Chile rejected Peru's report on the border clash.", ("REJECT", "CHL", "PER")),
    ("Kenya rejected the Ugandan report on the shooting.", ("REJECT", "KEN", "UGA")),
    ("Chile accused Peru of moving troops to the border.", ("ACCUSE", "CHL", "PER")),
])
def test_a_report_its_state_made_and_a_plain_charge_keep_their_target(text, kept):
    assert kept in pairs(text), pairs(text)


def test_the_medium_a_warning_is_given_on_is_no_report_denied():
    # wire2: "warning on state television that Minsk could shut the Polish consulate" kept its addressee
    found = pairs("The Chilean minister warned on state television that Chile could close the Peruvian consulate "
                  "if Peru continued down this road.")
    assert ("THREATEN", "CHL", "PER") in found, found


def _with_press(text: str, word: str) -> set[tuple]:
    """Code with the mention of `word` resolved as the actors stage resolves "Kenyan journalists": its state,
    sector MED (roles.tsv)."""
    art, sentences = parsed(text)
    mentions = tuple(replace(m, sector="MED") if m.text == word else m for m in mentions_for(sentences))
    return summary(code_events(art, sentences, mentions))


def test_thanks_to_another_state_s_journalists_is_no_support_of_that_state():
    found = _with_press("The Kenyan president thanked Ugandan journalists for their coverage of the vote.", "Ugandan")
    assert ("SUPPORT", "KEN", "UGA") not in found, found
    assert ("SUPPORT", "KEN", None) in found, found


def test_thanks_to_the_state_itself_stays_support():
    found = summary(code("The Kenyan president thanked Uganda for its help after the floods."))
    assert ("SUPPORT", "KEN", "UGA") in found, found


def test_a_material_act_on_journalists_is_left_alone():
    # the news gold codes seizures and releases of another state's nationals (wire4, wire9: fishermen)
    found = _with_press("Kenyan police detained two Ugandan journalists at the border on Monday.", "Ugandan")
    assert not any(t in ("SUPPORT", "REJECT") for t, *_ in found), found


# --- a game between national sides (events/sport.py, cues.tsv sport) ----------------------------------------

@pytest.mark.parametrize("text", [
    "Chile beat Peru 3-1 in Santiago on Tuesday.",
    "Kenya and Uganda will meet in the rugby final in Nairobi on Saturday.",
    "Norway will host Denmark's women's handball team in a qualifier next month.",
    "Ghana knocked Togo out of the cup on penalties.",
])
def test_a_game_between_national_sides_is_no_event(text):
    assert pairs(text) == set(), pairs(text)


@pytest.mark.parametrize("text, kept", [
    ("The Kenyan and Ugandan foreign ministers will meet in the final week of March.", "CONSULT"),
    ("Kenya and Uganda signed the final accord on Monday.", "AGREE"),
    ("Kenyan soldiers beat Ugandan traders with sticks at the border crossing.", "ASSAULT"),
])
def test_words_of_sport_in_other_senses_leave_the_act(text, kept):
    assert any(t == kept for t, *_ in pairs(text)), pairs(text)


def test_the_meeting_without_sport_is_coded():
    assert ("CONSULT", "KEN", "UGA") in pairs("Kenya will meet Uganda in Nairobi on Sunday.")


@pytest.mark.parametrize("word", sorted(cue_words("sport")))
def test_every_sport_cue_is_read(word):
    text = f"Kenya will meet Uganda in the {word} in Nairobi on Sunday."
    assert not any(t == "CONSULT" for t, *_ in pairs(text)), (word, pairs(text))


# --- a state's mission abroad as the place of an act (construction_roles.MISSIONS) ---------------------------

def test_an_arrest_outside_another_state_s_embassy_is_not_aimed_at_that_state():
    found = pairs("Police in Nairobi arrested three men outside the Ugandan embassy during a protest over fuel prices.")
    assert ("COERCE", "KEN", "UGA") not in found, found


def test_a_gathering_outside_an_embassy_still_faces_its_state():
    # no object of its own: the mission is what the crowd gathers at (only the object-taking act loses it)
    found = summary(code("Protesters gathered outside the Ugandan embassy in Nairobi to denounce the shooting."))
    assert any(t == "PROTEST" and g == "UGA" for t, _, g in found), found


def test_a_place_in_a_state_still_names_it():
    found = pairs("Kenyan police arrested three Ugandan soldiers near the town of Busia in Uganda.")
    assert ("COERCE", "KEN", "UGA") in found, found



# --- a plan said not to exist (intent.UNPLANNED) -------------------------------------------------------------

@pytest.mark.parametrize("text, event_type", [
    ("The Kenyan president has no plans to visit Uganda this year, his office said.", "CONSULT"),
    ("Kenya does not intend to sign the treaty with Uganda.", "AGREE"),
])
def test_no_plan_to_act_is_the_act_negated_not_a_refusal(text, event_type):
    found = {(t, s, g, st) for t, s, g, st in {(e.event_type, e.source.country, e.target.country if e.target else None,
                                                e.status) for e in code(text)}}
    assert (event_type, "KEN", "UGA", "negated") in found, found
    assert not any(t == "REJECT" for t, *_ in found), found


def test_a_committing_modal_still_refuses():
    assert ("REJECT", "KEN", "UGA") in pairs("Kenya will not accept any more refugees from Uganda.")


# --- still wrong in eval/sent-fp (strict xfails: a fix shows as an unexpected pass) ----------------------------

@pytest.mark.xfail(strict=True, reason="a court's or prosecutor's act on a private foreigner is read as aimed at "
                   "his state (sent-dev's gold codes such detentions on type alone; wire4/wire9 code seized "
                   "fishermen as interstate, so the line is not drawn yet)")
def test_a_prosecution_of_a_private_foreigner_is_no_interstate_act():
    found = pairs("Kenyan prosecutors charged a Ugandan refugee with murder in Nairobi on Thursday.")
    assert ("ACCUSE", "KEN", "UGA") not in found, found
