"""Who acts in page context (wire14, session 17), on sentences written for these tests: an agentless release of
detained officers is the act of the state reported holding them (events/released.py); a protested arrest that
names its doer is an event even inside the protest's purpose clause (nesting.condemned_act); the participle on
the released people names whom they held, not who did it (arguments._patients_modifier)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from detente.events.lexicon import cue_words
from detente.events.lexicon import trigger_lemma
from events_kit import code, summary

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "actors"))
from helpers import events_of  # noqa: E402


@pytest.mark.parametrize("verb", ["released", "freed", "handed over", "let go"])  # let go: wire18
def test_an_agentless_release_is_the_holders_act(verb):
    events = events_of(f"Kenyan police arrested two Ugandan customs officers near Busia on Monday. The two Ugandan "
                       f"officers were {verb} on Wednesday.")
    assert ("COERCE", "KEN", "UGA") in events, events
    assert any(k in ("RETREAT", "CONCEDE") and s == "KEN" and t == "UGA" for k, s, t in events), events


def test_each_freeing_word_is_a_release_lemma_the_rule_reads():
    assert {"release", "free", "hand", "let"} <= set(cue_words("freeing"))
    assert trigger_lemma("verb:release[obj:officer|crew] src=none tgt=object") == "release"
    assert trigger_lemma("verb:hand[prt:over] src=none") == "hand"


def test_a_release_with_no_holder_on_the_page_keeps_no_doer():
    events = events_of("Two Ugandan officers were released on Wednesday after a week in Kenya.")
    assert not any(k in ("RETREAT", "CONCEDE") and s == "KEN" for k, s, t in events), events


def test_a_release_by_a_named_state_keeps_its_doer():
    events = events_of("Kenyan police arrested two Ugandan officers on Monday. Tanzania released three Ugandan "
                       "fishermen on Tuesday.")
    assert ("RETREAT", "TZA", "UGA") in events, events


def test_the_holder_is_the_latest_state_holding_those_people():
    events = events_of("Rwandan soldiers detained four Ugandan traders in May. Kenyan police arrested two Ugandan "
                       "officers on Monday. The officers were released on Friday.")
    assert any(k in ("RETREAT", "CONCEDE") and s == "KEN" and t == "UGA" for k, s, t in events), events


def test_a_protested_arrest_with_its_doer_is_an_event_in_a_purpose_clause():
    found = summary(code("Norway summoned the Chilean ambassador on Friday to protest against the arrest of two "
                         "Norwegian sailors by Chilean police."))
    assert ("COERCE", "CHL", "NOR") in found, found


def test_a_protested_arrest_without_its_doer_stays_background():
    found = summary(code("Norway summoned the Chilean ambassador on Friday to protest against the arrest of two "
                         "Norwegian sailors."))
    assert not any(k == "COERCE" and s == "NOR" for k, s, t in found), found


def test_the_nationality_on_the_released_people_is_not_the_arresting_state():
    events = events_of("Ghanaian police detained two Togolese customs officers on Friday. The two Togolese "
                       "customs officers arrested on Friday were released on Sunday.")
    assert not any(k in ("RETREAT", "CONCEDE") and s == "TGO" for k, s, t in events), events
    assert any(k in ("RETREAT", "CONCEDE") and s == "GHA" and t == "TGO" for k, s, t in events), events


def test_a_passive_whose_clause_does_not_make_its_noun_the_doer():
    found = summary(code("Six Norwegian fishermen whose boat was seized off Chile last week came home on Friday."))
    assert not any(k == "COERCE" and s == "NOR" for k, s, t in found), found


def test_an_active_relative_clause_still_acts_for_its_noun():
    found = summary(code("Chilean sailors, who seized a Norwegian trawler on Monday, returned to port."))
    assert ("COERCE", "CHL", "NOR") in found, found


# Session 19 (whoacts4): a handing over coordinated with a release, and released people of a guessed state.
ARREST = "Kenyan police arrested two Ugandan customs officers near Busia on Monday, and Uganda protested. "


@pytest.mark.parametrize("release", [
    "The two Ugandans were released on Wednesday after questioning and were handed over at the border post.",
    "The officers, held for two days, were freed on Wednesday and handed over to Ugandan officials."])
def test_a_handing_over_coordinated_with_a_release_is_the_holders(release):
    events = events_of(ARREST + release)
    freed = [(s, t) for k, s, t in events if k in ("RETREAT", "CONCEDE")]
    assert ("KEN", "UGA") in freed and ("UGA", "KEN") not in freed, events


def test_a_release_of_one_states_people_with_no_holder_on_the_page_keeps_no_doer():
    events = events_of("Uganda protested to Kenya on Monday over the detention of its officers. Kenya said the men "
                       "had crossed the border armed, and Uganda called the charge false. The two Ugandan officers "
                       "were released on Wednesday.")
    assert not any(k in ("RETREAT", "CONCEDE") and s == "KEN" and t == "UGA" for k, s, t in events), events


def test_a_verb_coordinated_with_a_passive_shares_its_agent():
    found = summary(code("Two Norwegian sailors were detained by Chilean police and taken to Valparaiso."))
    assert not any(s == "NOR" for k, s, t in found), found
    assert ("COERCE", "CHL", "NOR") in found, found


def test_a_coordinated_active_verb_keeps_the_subject_as_its_doer():
    found = summary(code("The Norwegian ambassador was summoned on Monday and will protest to Chile on Friday."))
    assert any(s == "NOR" and t == "CHL" for k, s, t in found), found


def test_czechs_are_czech():
    events = events_of("Austrian police arrested two Czech border guards on Thursday. The Czech government protested "
                       "to Austria. The two Czechs were released on Friday and handed over at the border.")
    assert any(k in ("RETREAT", "CONCEDE") and (s, t) == ("AUT", "CZE") for k, s, t in events), events


def test_released_people_known_only_by_a_guess_are_the_other_sides():
    events = events_of("Kenya said on Monday that four Ugandan policemen had crossed into Kenyan waters. Kenya's "
                       "government refused to discuss the matter for a week, and Uganda protested to Nairobi. Four "
                       "days later the officers were driven to the border post and handed over.")
    freed = [(s, t) for k, s, t in events if k in ("RETREAT", "CONCEDE")]
    assert freed == [("KEN", "UGA")], events


def test_a_coordinated_passive_with_its_own_be_does_not_borrow_the_first_agent():
    found = summary(code("The two Norwegian sailors had been visited by the Chilean consul and would be handed over "
                         "to him on Friday."))
    assert not any(k != "CONSULT" and s == "CHL" for k, s, t in found), found  # the visit is the consul's
