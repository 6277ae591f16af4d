"""Two parser slips the coder now reads through (realnews, session 8); our own invented sentences."""
from __future__ import annotations

from events_kit import code, summary


def test_an_open_compound_matches_its_one_word_spelling():
    # "air space" in two words is the "airspace" of the enter/violate rows
    for text in ("Norway said a Finnish jet had entered its air space.",
                 "Norway said Finnish jets violated its air space."):
        assert ("ACCUSE", "NOR", "FIN") in summary(code(text)), text


def test_a_finite_clause_without_subject_borrows_no_subject_from_the_main_clause():
    # the parser hangs "had entered" on "shot" as an adverbial clause; its doer is the warplane, not Norway
    found = summary(code("NATO will hold an emergency session today after Finland shot down a Chilean warplane it "
                         "claimed had entered its airspace."))
    assert ("ASSAULT", "FIN", "CHL") in found
    assert not any(source == "NATO" and kind in ("MOBILIZE", "THREATEN") for kind, source, _ in found)


def test_a_participle_clause_still_borrows_the_main_subject():
    found = summary(code("Norway gave Finland a week to leave, warning it would use force."))
    assert any(kind == "THREATEN" and source == "NOR" for kind, source, _ in found)


def test_a_past_verb_cannot_share_a_did_not():
    # "imposed" is hung on "rule out" by the parser; it shares neither its "did not" nor its warning
    found = {(e.event_type, e.source.country, e.target.country if e.target else None, e.status)
             for e in code("Norway gave Finland one week to cede power, warning they did not rule out the use of "
                           "force, and imposed immediate financial sanctions.")}
    assert ("SANCTION", "NOR", "FIN", "asserted") in found


def test_a_bare_verb_under_did_not_stays_negated():
    found = {(e.event_type, e.source.country, e.status)
             for e in code("Norway did not rule out force and did not impose sanctions on Finland.")}
    assert ("SANCTION", "NOR", "negated") in found


def test_a_past_verb_cannot_share_a_modal_of_the_reported_clause():
    # session 9 (wire8): "accused" is hung on "would stay"; it is the speaker's, and asserted
    found = {(e.event_type, e.source.country, e.target.country if e.target else None, e.status)
             for e in code("Norway answered that the trawler would stay in port until inspectors had finished, "
                           "and accused Finland of sending spies along its coast.")}
    assert ("ACCUSE", "NOR", "FIN", "asserted") in found


def test_a_bare_verb_under_a_modal_shares_it():
    found = {(e.event_type, e.source.country, e.target.country if e.target else None, e.status)
             for e in code("Officials said Norway would send a delegation and sign the accord with Finland.")}
    assert ("AGREE", "NOR", "FIN", "pending") in found
