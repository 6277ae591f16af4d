"""A page written from one state's side names the other state most, so its own organs named without a
country are guessed as the other state's; when one of them acts on that state (and is turned by the coder),
the page's other guessed organs are turned the same way (events/page_side.py; wire10: a Yaounde paper's
"the Government" sent troops "as Chad"). Our own sentences."""
from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

from detente.events.page_side import on_side, page_side, with_side
from detente.records import Actor, Mention

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "actors"))
from helpers import events_of  # noqa: E402

PAGE = ("Guatemalan soldiers chased two fishing skiffs on the Sarstoon river on Monday, and Guatemalan "
        "boats fired warning shots at them, Guatemala's army said. The Ministry of Foreign Affairs summoned the "
        "Guatemalan ambassador on Tuesday. The Government later deployed two army companies along the river. "
        "Belize has asked the court to rule on the boundary.")
TURNED = "Ministry → role + country GTM from document context; not GTM, the state its act is aimed at → BLZ"


def _event(resolution: str) -> SimpleNamespace:
    """What page_side reads of an event: its source."""
    return SimpleNamespace(source=Actor("x", "BLZ", "GOV", resolution))


def _mention(start: int, text: str, country: str, resolution: str) -> Mention:
    return Mention(0, 0, 0, 0, start, start + len(text), text, country, "GOV", "role", resolution)


def test_a_turned_organ_gives_the_pages_other_organs_its_side():
    events = events_of(PAGE)
    assert ("MOBILIZE", "BLZ", "GTM") in events and ("ACCUSE", "BLZ", "GTM") in events
    assert not any(kind == "MOBILIZE" and source == "GTM" for kind, source, _ in events)


def test_without_a_turned_organ_the_guess_stands():
    page = PAGE.replace("The Ministry of Foreign Affairs summoned the Guatemalan ambassador on Tuesday. ", "")
    assert ("MOBILIZE", "GTM", None) in events_of(page)


def test_the_side_is_read_only_from_turns_away_from_the_main_state_that_agree():
    assert page_side([_event(TURNED)], "GTM") == "BLZ"
    assert page_side([_event(TURNED)], "BLZ") is None
    other = TURNED.replace("BLZ", "MEX")
    assert page_side([_event(TURNED), _event(other)], "GTM") is None
    assert page_side([_event("Belize → country 'Belize' (BLZ)")], "GTM") is None


def test_a_guess_the_words_before_give_to_the_main_state_is_kept():
    text = "Guatemala's civil defence vice-ministry and the Government"
    owner = _mention(0, "Guatemala", "GTM", "Guatemala → possessor 'Guatemala' (GTM)")
    ministry = _mention(text.index("ministry"), "ministry", "GTM", "ministry → GTM from document context")
    government = _mention(text.index("Government"), "Government", "GTM", "Government → GTM from document context")
    out = with_side([owner, ministry, government], text, "GTM", "BLZ")
    assert [m.country for m in out] == ["GTM", "GTM", "BLZ"] and on_side(out[2].resolution)


GUEST = ("Peruvian trawlers were stopped by Ecuadorian patrol boats on Sunday, Peru's navy said. Peru says the "
         "trawlers were in Peruvian waters. The Peruvian ambassador was called to the foreign ministry, where the "
         "deputy minister handed him a letter condemning the incursion, an official said.")


def test_an_official_who_receives_a_named_envoy_is_not_the_envoys_state():
    # events/coder._guest_envoys (wire15): the deputy minister, guessed as the page's most-named state, Peru,
    # is the host of the Peruvian ambassador he receives
    # since session 18 "trawlers were stopped by X's patrol boats" is X's seizure (triggers.tsv stop), so Peru's
    # navy reporting it accuses Ecuador (events/allegation.py): the one ACCUSE from Peru allowed is that one
    events = events_of(GUEST)
    # since speech7 (session 18) "Peru says the trawlers were in Peruvian waters" is also Peru's charge against the
    # other side (its target is the story's counterpart, which this helper does not run): allowed with no target
    assert {t for k, s, t in events if k == "ACCUSE" and s == "PER"} <= {None, "ECU"}
    assert ("ACCUSE", "ECU", "PER") in events and ("COERCE", "ECU", "PER") in events
    # without that sentence, the host's letter is still never read as Peru's
    events = events_of(GUEST.replace(" Peru says the trawlers were in Peruvian waters.", ""))
    assert [(k, s, t) for k, s, t in events if k == "ACCUSE" and s == "PER"] in ([], [("ACCUSE", "PER", "ECU")])
    assert ("ACCUSE", "ECU", "PER") in events


# wire18: a page from the speaker's side, whose minister warns that his own state would act; his state
# is only guessed (the page names the other state most), and the clause's subject is that same state.
OWN_THREAT = ("Paraguayan customs officers held eleven Uruguayan lorries at the bridge on Sunday, and Uruguayan "
              "drivers said they had been fined. Uruguay's hauliers asked Uruguay's embassy for help. "
              "Trade Minister Ana Ferreira said the lorries must be released at once. "
              "Ferreira warned that Uruguay would suspend the transit accord if the drivers were not freed by "
              "Friday. The interior ministry sent two police units to the bridge on Monday.")


def test_a_threat_that_the_speakers_own_state_would_act_is_aimed_at_the_other_state():
    events = events_of(OWN_THREAT)
    # the target is left to the story's counterpart (events/counterpart.py), which this helper does not run
    assert {("THREATEN", "URY", None), ("REQUEST", "URY", None), ("MOBILIZE", "URY", None)} <= events
    assert not any(source == "PRY" and kind in ("THREATEN", "REQUEST", "MOBILIZE") for kind, source, _ in events)


def test_a_warning_about_the_other_state_still_aims_at_it():
    events = events_of("Uruguay's foreign minister warned that Paraguay would face a complaint at Mercosur.")
    assert ("THREATEN", "URY", "PRY") in events
