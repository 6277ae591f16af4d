"""Session 18 (precision8): false positives of the blind pages eval/wire14, eval/wire15 and eval/wire17. A
participle the parser hangs on the one written or turned to ("had written to X's chief asking the Union to ...")
is the writer's request (events/voice.py writer, cues.tsv addressee); a passive without its auxiliary
("fishermen detained near the reef are home") is not done by its subject (voice.reduced_passive, cues.tsv
undergone); private people complaining accuse no one (triggers.tsv notsubj); held drivers and crews are
detained, not goods held; an act aimed at states left unnamed ("to several Caribbean states") is not given the
story's counterpart (counterpart.unnamed_states, cues.tsv polity). The sentences are this file's own."""
from __future__ import annotations

import pytest

from detente.events.counterpart import unnamed_states
from detente.events.lexicon import cue_words
from events_kit import code, mentions_for, parsed, summary


def pairs(text: str) -> set[tuple]:
    return {(t, s, g) for t, s, g in summary(code(text))}


@pytest.mark.parametrize("text, writer, written_to", [
    ("Peru had also written to NATO's secretary general asking the alliance to raise the matter with Chile.",
     "PER", "NATO"),
    ("The Kenyan foreign minister wrote to Uganda's president asking him to free the fishermen.", "KEN", "UGA"),
])
def test_the_writer_asks_not_the_one_written_to(text, writer, written_to):
    askers = {s for t, s, _ in pairs(text) if t == "REQUEST"}
    assert writer in askers and written_to not in askers, pairs(text)


@pytest.mark.parametrize("text, kept", [
    ("Peru wrote to Chile asking for the release of the crew.", ("REQUEST", "PER", "CHL")),
    ("Kenya asked Uganda to free the fishermen.", ("REQUEST", "KEN", "UGA")),
    ("Norwegian officials met Danish envoys seeking a deal on the fishing zone.", ("CONSULT", "NOR", "DNK")),
])
def test_other_askers_stay(text, kept):
    assert kept in pairs(text), pairs(text)


def test_addressee_verbs_load():
    assert {"write", "turn", "appeal"} <= set(cue_words("addressee"))


@pytest.mark.parametrize("text", [
    "Kenyan traders in Nairobi complained that fuel deliveries from Uganda had stopped.",
    "Fishermen from Kenya and Uganda have complained for years about unclear markings.",
    "Chilean farmers complained about Peruvian imports.",
])
def test_private_people_complaining_is_no_state_s_charge(text):
    # wire15 (a blind page): traders' and fishermen's grievances coded as their states' accusations
    assert not {p for p in pairs(text) if p[0] == "ACCUSE"}, pairs(text)


@pytest.mark.parametrize("text, kept", [
    ("Kenya complained that Ugandan police had harassed its traders.", ("ACCUSE", "KEN", "UGA")),
    ("Peru complained to Chile about the treatment of its fishermen.", ("ACCUSE", "PER", "CHL")),
])
def test_a_state_complaining_about_its_people_still_accuses(text, kept):
    assert kept in pairs(text), pairs(text)


@pytest.mark.parametrize("text, right", [
    ("The twenty Kenyan lorry drivers held by Ugandan customs since Monday crossed back on Saturday.",
     ("COERCE", "UGA", "KEN")),
    ("Ugandan police are holding nine Kenyan fishermen.", ("COERCE", "UGA", "KEN")),
])
def test_held_drivers_and_crews_are_detained_not_goods(text, right):
    # wire14 (a blind page): 'lorry drivers' matched the goods row through its compound 'lorry' (SANCTION)
    found = pairs(text)
    assert right in found and not {p for p in found if p[0] == "SANCTION"}, found


def test_held_goods_stay_a_sanction():
    assert ("SANCTION", "UGA", "KEN") in pairs("Uganda held 40 Kenyan lorries at the border.")


@pytest.mark.parametrize("text, sufferer", [
    ("The fourteen Kenyan fishermen detained near the island earlier this month are home.", "KEN"),
    ("Two Kenyan customs officers wounded; envoy called in; Kenya wants an inquiry", "KEN"),
    ("The fourteen Kenyan fishermen detained near Lamu Reefs earlier this month are home.", "KEN"),
])
def test_a_passive_without_its_were_is_not_done_by_its_subject(text, sufferer):
    # wire17 (a blind page): the detained fishermen's and the wounded officers' state coded as the doer
    doers = {s for t, s, _ in pairs(text) if t in ("COERCE", "ASSAULT")}
    assert sufferer not in doers, pairs(text)


@pytest.mark.parametrize("text, kept", [
    ("Four Kenyan fishermen detained by Uganda", ("COERCE", "UGA", "KEN")),
    ("Ugandan troops wounded two Kenyan officers.", ("ASSAULT", "UGA", "KEN")),
    ("Ugandan police arrested and deported two Kenyan traders.", ("COERCE", "UGA", "KEN")),
    ("Uganda detained two Kenyan traders on Monday.", ("COERCE", "UGA", "KEN")),
])
def test_active_acts_and_named_agents_stay(text, kept):
    assert kept in pairs(text), pairs(text)


def test_undergone_verbs_load():
    assert {"detain", "wound", "arrest"} <= set(cue_words("undergone"))


@pytest.mark.parametrize("text, unnamed", [
    ("Kenya has supplied power on favourable terms to several African states since 2005.", True),
    ("Kenya has sold maize to its neighbours for years.", True),
    ("Kenya has supplied power to Uganda since 2005.", False),
    ("Kenya has supplied power on favourable terms since 2005.", False),
])
def test_an_act_aimed_at_unnamed_states_is_not_for_the_counterpart(text, unnamed):
    # wire17 (a blind page): Venezuela's oil "to several Caribbean states" was coded as aid to Trinidad
    article, sentences = parsed(text)
    sentence = sentences[0]
    trigger = next(t.i for t in sentence.tokens if t.lemma in ("supply", "sell"))
    assert unnamed_states(sentence, trigger, list(mentions_for(sentences))) is unnamed


def test_polity_nouns_load():
    assert {"state", "country", "neighbour"} <= set(cue_words("polity"))
