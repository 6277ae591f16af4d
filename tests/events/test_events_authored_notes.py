"""Whose rejected text it is: the author named only in a relative clause or participle on the rejected noun is the
rejection's target (events/authored_notes.py, cues.tsv `authored`; wire23 w23_02, wire42 w42_07, wire16 w16_05 had
a core REJECT with no target). Our own sentences."""
from __future__ import annotations

import pytest

from events_kit import code, mentions_for, parsed

from detente.events.authored_notes import relative_author
from detente.events.lexicon import cue_words

STORY = ("Denmark accused Norway of seizing a trawler off Svalbard. Norway denied the charge. Denmark and Norway "
         "have argued over the fishing zone for years. ")


def _found(text: str, story: str = STORY, index: int = 3) -> set[tuple]:
    return {(e.event_type, e.source.country, e.target.country if e.target else None) for e in code(story + text)
            if e.evidence.sentence_index == index}


@pytest.mark.parametrize("word", sorted(cue_words("authored")))
def test_every_authored_noun_answers_its_relative_clause_subject(word):
    found = _found(f"Norway's foreign ministry on Friday rejected the {word} that Denmark put forward on Thursday.")
    assert ("REJECT", "NOR", "DNK") in found, found


def test_a_relative_clause_told_under_said():
    found = _found("The Norwegian foreign ministry said that Norway had rejected the protest note that Denmark delivered to the "
                   "Norwegian consul in Copenhagen on Monday.")
    assert ("REJECT", "NOR", "DNK") in found, found


def test_a_minister_named_by_his_states_adjective():
    found = _found("The talks stalled when the Norwegian delegation objected to the text that the Danish "
                   "minister wanted to read aloud.")
    assert ("REJECT", "NOR", "DNK") in found, found


def test_a_note_handed_to_the_rejecting_states_own_envoy_came_from_the_other_side():
    # the other state's capital named as where the envoy sits is no third party (wire16 w16_05)
    story = ("Kenya accused Uganda of detaining six fishermen near Migingo island. Uganda denied the charge. Kenya "
             "and Uganda have argued over the island for years. ")
    found = _found("Uganda rejected the note of protest handed to the Ugandan ambassador in Nairobi over the arrests.",
                   story)
    assert ("REJECT", "UGA", "KEN") in found, found


def test_a_state_the_relative_clause_merely_mentions_is_no_author():
    found = _found("The Norwegian government rejected the proposal that the mediators sent to Chile on Friday.")
    assert ("REJECT", "NOR", "CHL") not in found, found


def test_a_content_clause_names_what_the_text_says_not_its_author():
    # the coder may still read a charge's subject as the target (nested-subject, base behaviour); the author rule
    # itself must not take a content clause's subject for the text's author
    _, sentences = parsed("The Norwegian government rejected the statement that Finland had fired on the patrol.")
    sentence = sentences[0]
    trigger = next(t.i for t in sentence.tokens if t.text == "rejected")
    assert relative_author(sentence, trigger, "REJECT", "NOR", list(mentions_for(sentences))) is None


def test_the_doers_own_state_is_no_author():
    _, sentences = parsed("Norway rejected the proposal that the Norwegian delegation had put forward.")
    sentence = sentences[0]
    trigger = next(t.i for t in sentence.tokens if t.text == "rejected")
    assert relative_author(sentence, trigger, "REJECT", "NOR", list(mentions_for(sentences))) is None


# session 33 (eval/wire54 w54_05, w54_08): the author named in a contact clause ("the allegations X made"), the
# rejected noun shifted after the verdict ("rejected as baseless the N X made"), and a person put forward who is
# refused under an infinitive ("refused to accept the nominee X proposed")
@pytest.mark.parametrize("text", [
    'Norway on Friday rejected as "baseless" the allegations Denmark made against its coast guard.',
    "Norway dismissed the charges Denmark brought against two of its officers.",
    "Norway has refused to accept the diplomat Denmark proposed as its new consul in Tromso.",
    "Norway turned down the nominee Denmark put forward for the joint commission.",
])
def test_the_author_in_a_contact_clause_or_under_an_infinitive(text):
    assert ("REJECT", "NOR", "DNK") in _found(text)
