"""Parser slips the coder now reads through (realnews, session 8; plover_gsr, session 9); our own invented
sentences."""
from __future__ import annotations

import pytest

from detente.events.shifted_objects import shifted_object
from events_kit import code, parsed, summary


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


@pytest.mark.parametrize("text", [
    "Kenya on Friday denounced as an ugly crime Uganda's suppression of unrest in Togo.",
    "Kenya denounced as illegal Uganda's decision to expel diplomats.",
    "Kenya on Monday condemned as a crime Uganda's crackdown on Togolese traders.",
])
def test_an_object_moved_past_its_as_predicate_is_the_target(text):
    # plover_gsr: the parser reads "as <predicate> X's <act>" as one 'as' phrase and the verb lost its object
    assert ("ACCUSE", "KEN", "UGA") in summary(code(text))


def test_a_plain_as_role_phrase_is_no_object():
    assert not any(kind == "ACCUSE" for kind, _, _ in summary(code("Kenya served as Uganda's envoy to Norway.")))
    assert shifted_object_of("Kenya served as Uganda's envoy to Norway.") == []


def shifted_object_of(text: str) -> list[int]:
    sentence = parsed(text)[1][0]
    verb = next(t.i for t in sentence.tokens if t.dep == "ROOT")
    return shifted_object(sentence, verb)


def test_a_past_verb_cannot_share_the_subject_of_a_small_clause():
    # newswire: the parser reads "persona" as a verb whose subject is the attache, and hangs "gave" on it;
    # the expelling state gave the deadline and made the accusation, not the attache
    found = summary(code("Chile's foreign ministry declared the Peruvian attache persona non grata on Monday and "
                         "gave him 48 hours to leave, accusing him of spying on Chilean bases."))
    assert not any(k == "ACCUSE" and s == "PER" for k, s, t in found)
    assert any(k == "ACCUSE" and s == "CHL" for k, s, t in found)


def test_a_passive_keeps_its_stranded_preposition():
    # "fired on" in the passive: the parser tags the stranded "on" a particle, and the requirement failed
    found = summary(code("A Chilean patrol boat was fired on by Peruvian soldiers on Monday."))
    assert ("ASSAULT", "PER", "CHL") in found


def test_fire_came_under_keeps_the_from_phrase_hung_on_the_verb():
    found = summary(code("Chilean troops came under fire from Peruvian positions across the river on Monday."))
    assert ("ASSAULT", "PER", "CHL") in found


def test_trading_accusations_is_mutual():
    found = summary(code("Chile and Peru traded accusations on Wednesday over the arrest of fishermen."))
    assert {("ACCUSE", "CHL", "PER"), ("ACCUSE", "PER", "CHL")} <= found



def _full(text: str) -> set[tuple]:
    """Coded with the actors stage (a role 'of' a state names the state)."""
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "actors"))
    from helpers import events_of
    return events_of(text)


def test_a_sentence_read_as_a_noun_phrase_keeps_its_subject():
    # wire18: with a time phrase before the object the parser hangs the verb on its subject as a participle
    found = _full("The ambassador of Japan, Mr Taro Ito, signed on Tuesday a grant agreement with Laos.")
    assert ("AGREE", "JPN", "LAO") in found
    found = _full("Thai border police detained six Lao traders on Friday. Thai border police released on "
                  "Sunday the six Lao traders they had held.")
    assert ("RETREAT", "THA", "LAO") in found


def test_a_participle_without_an_object_is_still_a_passive():
    found = _full("The tanker seized by Iran on Monday.")
    assert any(kind == "COERCE" and source == "IRN" for kind, source, _ in found)


def test_a_particle_after_the_object_keeps_the_phrasal_verb():
    # wire18: "turned the request down" with 'down' parsed as an adverb went uncoded
    from detente.events.particles import split_particles
    from detente.records import Token
    def tok(i, text, dep, tag):
        return Token(i, text, text.lower(), "ADV" if dep == "advmod" else "NOUN", tag, dep, 0, "", "O", i * 5)
    kids = [tok(2, "request", "dobj", "NN"), tok(3, "down", "advmod", "RB")]
    assert [t.text for t in split_particles(kids)] == ["down"]
    assert not split_particles([tok(3, "down", "advmod", "RB")])  # no object: an adverb ("prices went down")
    assert not split_particles([tok(1, "down", "advmod", "RB"), tok(2, "request", "dobj", "NN")])
    found = _full("Peru asked Chile to allow joint patrols along the river; Chile turned the request down, "
                  "saying its troops patrol only Chilean land.")
    assert ("REJECT", "CHL", "PER") in found
