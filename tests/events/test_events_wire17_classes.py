"""Classes the blind development pages of session 18 (eval/wire17) showed, told with our own sentences:
a minister named once with his role and no state, turned to the page's own side, stays on it as "the minister";
"asked about X" and "a note on X" do not make the one asked or the note's sender X's doer; army companies and
interceptor boats are deployments; a Department of Foreign Affairs is a state organ."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "actors"))
from helpers import events_of  # noqa: E402

from detente.events.lexicon import cue_words  # noqa: E402


def test_the_minister_keeps_the_side_his_first_act_turned_him_to():
    page = ("Belizean soldiers detained four Guatemalan farmers near the Sarstoon on Monday, Belize's army said. "
            "Foreign Minister Alfredo Ochaeta called in Belize's ambassador on Tuesday. "
            "According to a ministry statement, the minister asked for the farmers to be freed at once.")
    events = events_of(page)
    assert ("REQUEST", "GTM", "BLZ") in events
    assert not any(kind == "REQUEST" and source == "BLZ" for kind, source, _ in events)


def test_the_one_asked_about_a_seizure_is_not_its_doer():
    page = ("Togo protested after the Ghanaian navy seized a Togolese trawler off Keta on Sunday. "
            "Asked about the seizure on Monday, the defence secretary said more boats would be stopped.")
    events = events_of(page)
    assert ("COERCE", "GHA", "TGO") in events
    assert not any(kind == "COERCE" and source == "TGO" for kind, source, _ in events)


def test_the_sender_of_a_note_on_a_detention_did_not_detain():
    events = events_of("Ghana's deputy foreign minister received Togo's ambassador on Friday and handed him a "
                       "diplomatic note on the detention of four Ghanaian fishermen.")
    assert not any(kind == "COERCE" and source == "GHA" for kind, source, _ in events)


def test_the_topic_cues_load():
    assert {"ask", "question", "quiz", "note", "letter"} <= set(cue_words("topic"))


def test_army_companies_and_interceptor_boats_sent_are_deployments():
    page = "Togo's gendarmes fired on a Ghanaian post on Sunday. "
    assert any(k == "MOBILIZE" and s == "GHA" for k, s, _ in events_of(
        page + "Ghana sent three more army companies to the border with Togo on Monday night."))
    assert any(k == "MOBILIZE" and s == "GHA" for k, s, _ in events_of(
        page + "Ghana's navy sent two interceptor boats to patrol off the Togolese coast."))


def test_a_department_of_foreign_affairs_is_a_state_organ():
    page = ("Ghana accused Togolese soldiers of beating two traders. "
            "In Accra, the Department of Foreign Affairs rejected the accusation on Friday.")
    assert any(k == "REJECT" and s == "GHA" for k, s, _ in events_of(page))


def test_vietnamese_spellings_of_the_state_and_its_capital_are_read():
    from helpers import mentions_of, summary

    found = summary(mentions_of("Hà Nội said on Friday that Việt Nam would send a delegation."))
    assert ("Hà Nội", "VNM", "GOV", "capital") in found and ("Việt Nam", "VNM", None, "country") in found


def test_a_threat_to_cut_what_a_state_supplies_to_another_is_aimed_at_the_receiver():
    assert ("THREATEN", "GHA", "TGO") in events_of(
        "Ghana's power minister said Accra could cut the electricity it supplies to Togo if the crossing stayed closed.")


def test_who_is_to_be_let_in_is_not_who_is_asked():
    page = ("Togo's navy said on Monday that Ghanaian sailors had detained four Togolese fishermen off Keta. "
            "Deputy Foreign Minister Kossi Amegah received the Ghanaian ambassador on Friday. "
            "He asked that Togolese consular officers be allowed to meet the fishermen.")
    assert ("REQUEST", "GHA", "TGO") not in events_of(page)


def test_an_opening_in_a_capital_places_an_unnamed_ministry():
    page = ("Togo accused Ghanaian sailors of beating four Togolese fishermen, Togo's navy said. "
            "In Accra, the ministry of foreign affairs rejected the accusation on Friday.")
    assert ("REJECT", "GHA", "TGO") in events_of(page)


def test_verbs_of_letting_in_and_letting_go_are_granting():
    from detente.events.construction_roles import granting

    assert all(granting(w) for w in ("allow", "permit", "free", "release")) and not granting("attack")


def test_boats_stopped_and_towed_are_seized():
    assert ("COERCE", "TGO", "GHA") in events_of(
        "The three Ghanaian boats were stopped on Sunday by Togolese police near Aného and towed to the harbour.")
    assert ("COERCE", "TGO", "GHA") in events_of("Togolese gendarmes stopped two Ghanaian trawlers off Keta on Sunday.")
    assert ("SANCTION", "TGO", "GHA") in events_of("Togo stopped the talks with Ghana.")


def test_a_states_police_force_named_as_a_compound_is_that_states():
    from helpers import mentions_of, summary

    found = summary(mentions_of("Togolese soldiers arrested four Ghana Police Force marine officers on Sunday."))
    assert ("Ghana Police Force marine officers", "GHA", "MIL", "role") in found
