"""Session 30 (issue #11): a denial wrapped around the act gives the act, negated, beside the denial's REJECT
(events/denials.py, status.py, counterpart.py). The development golds code the denied act, negated, for a denied
clause whose doer is named ("denied that Eritrean sailors had opened fire": wire31, wire36, wire20), for a gerund
("denies using drones": wire22, wire26, wire32), for an unnamed force or a pronoun ("denied claims that sailors had
fired", "denied reports that it had sent troops": wire22, wire26, wire33) and for "rejected reports that ..."
(wire33, wire38, wire40). Our own sentences; near misses keep their old reading."""
from __future__ import annotations

import pytest

from events_kit import code
from detente.events.denials import denied_acts, denied_clauses
from detente.events.lexicon import cue_words
from detente.events.triggers import Hit, match_token
from detente.records import Sentence, Token


def _negated(text: str) -> set[tuple]:
    return {(e.event_type, e.source.country, e.target.country if e.target else None)
            for e in code(text) if e.status == "negated"}


@pytest.mark.parametrize("text,expected", [
    # a doer named by a nationality adjective
    ("Kenya denied that Kenyan artillery had shelled Ugandan villages.", ("ASSAULT", "KEN", "UGA")),
    # a gerund complement: the denier's own act
    ("Kenya's army denied firing on Ugandan villages.", ("ASSAULT", "KEN", "UGA")),
    # a force with no owner named is the denier's own (cues.tsv answerable)
    ("Kenya's ministry denied that the patrol boat had rammed the Ugandan trawler.", ("ASSAULT", "KEN", "UGA")),
    # a pronoun subject is the denier
    ("Kenya rejected claims that it had closed the border with Uganda.", ("SANCTION", "KEN", "UGA")),
    # a verb of rejecting with a claim noun's that-clause (cues.tsv claimnoun)
    ("Kenya's ministry rejected reports that the patrol boat had rammed the Ugandan trawler.", ("ASSAULT", "KEN", "UGA")),
    ("Kenya's minister rejected reports in the Ugandan press that Kenyan troops had fired on Ugandan villages.",
     ("ASSAULT", "KEN", "UGA")),
])
def test_a_denied_act_is_coded_negated(text, expected):
    assert expected in _negated(text)


@pytest.mark.parametrize("text", [
    "Kenya denied that Kenyan artillery had shelled Ugandan villages.",
    "Kenya's ministry rejected reports that the patrol boat had rammed the Ugandan trawler.",
])
def test_the_denial_keeps_its_reject(text):
    assert any(e.event_type == "REJECT" and e.source.country == "KEN" and e.status == "asserted" for e in code(text))


@pytest.mark.parametrize("text,absent", [
    # a rejected demand is a refusal of a request, not a denial that its content happened
    ("Kenya rejected Uganda's demand that Kenyan troops withdraw from the island.", "RETREAT"),
    # a rejected protest names no claim
    ("Kenya rejected the protest that Uganda had lodged over the detention.", "ACCUSE"),
])
def test_no_denied_act_without_a_claim(text, absent):
    assert not any(e.event_type == absent and e.status == "negated" for e in code(text))


def test_the_new_cue_kinds_load():
    assert {"soldier", "sailor", "boat", "navy"} <= set(cue_words("answerable"))
    assert {"report", "claim", "suggestion"} <= set(cue_words("claimnoun"))
    assert "accusation" not in cue_words("claimnoun")  # a charge keeps its REJECT of the accuser (wire41)
    assert "demand" not in cue_words("claimnoun")


def _slipped_headline() -> Sentence:
    """'Nairobi calls Ugandan note "a provocation", denies shots crossed the line' as the parser read such a
    headline on a development page (wire19): the first verb hung before "denies" as its ccomp."""
    words = ["Nairobi", "calls", "Ugandan", "note", '"', "a", "provocation", '"', ",", "denies", "shots",
             "crossed", "the", "line"]
    parse = [("call", "VERB", "VBZ", "ccomp", 9), ("Ugandan", "ADJ", "JJ", "amod", 3), ("note", "NOUN", "NN", "dobj", 1),
             ('"', "PUNCT", "``", "punct", 6), ("a", "DET", "DT", "det", 6),
             ("provocation", "NOUN", "NN", "oprd", 1), ('"', "PUNCT", "''", "punct", 6),
             (",", "PUNCT", ",", "punct", 9), ("deny", "VERB", "VBZ", "ROOT", 9), ("shot", "NOUN", "NNS", "nsubj", 11),
             ("cross", "VERB", "VBD", "ccomp", 9), ("the", "DET", "DT", "det", 13), ("line", "NOUN", "NN", "dobj", 11)]
    text = " ".join(words)
    starts = [sum(len(w) + 1 for w in words[:i]) for i in range(len(words))]
    tokens = (Token(0, "Nairobi", "Nairobi", "PROPN", "NNP", "nsubj", 1, "GPE", "B", 0),) + tuple(
        Token(i, words[i], lemma, pos, tag, dep, head, "", "O", starts[i])
        for i, (lemma, pos, tag, dep, head) in enumerate(parse, start=1))
    return Sentence("d", 0, 0, "title", 0, len(text), text, tokens)


def test_a_clause_before_the_denying_verb_is_not_denied():
    sentence = _slipped_headline()
    deny, call = (Hit(i, match_token(sentence, sentence.tokens[i])) for i in (9, 1))
    assert deny.entry.event_type == "REJECT" and call.entry is not None
    assert denied_acts(sentence, deny, (call,)) == ()
    # the parser's ccomp is still the denial's clause; only the act under it is no longer coded, negated
    assert denied_clauses(sentence, sentence.tokens[9])[0].i == 1


# Session 31 (denials27): denied passives, "no" on the act's noun, a denied claim's clause, and a named doer that
# is a state. Our own sentences.

def _two(first: str, second: str) -> set[tuple]:
    return _negated(f"{first} {second}")


def test_a_denied_passive_is_the_deniers_not_its_places():
    # the place of a denied arrest is where it was said to happen, not the state that did it (wire43 w43_08)
    assert ("COERCE", "KEN", "UGA") in _negated(
        "Kenya's Interior Ministry denied on Thursday that 41 Ugandan farm workers had been arrested in Kisumu.")


def test_no_on_the_acts_noun_answers_the_other_state():
    # "carried out no strike" answers the story's other state, as a denial does (wire42 w42_02)
    assert ("ASSAULT", "KEN", "UGA") in _two(
        "Uganda accused Kenya of bombing a resort in Uganda.",
        "Kenya's ministry rejected Uganda's accusations and said Kenyan forces had carried out no strike on civilians.")


def test_no_choice_but_to_act_is_no_denial():
    # "no" on "choice" negates nothing the speaker did; no target is added to that misread row (wire34 w34_09)
    assert not any(t == "UGA" for _, _, t in _two(
        "Uganda accused Kenya of an attack on its customs patrol.",
        "If the attacks go on, Kenya will have no choice but to reinforce its troops along the border, a Kenyan "
        "senator said."))


def test_a_denied_claims_clause_is_no_background_and_its_press_no_party():
    # "reports in the Ugandan press that the gendarmes had fired": the act is denied, not background, and the
    # press's state does not keep the act from the story's other state (wire34 w34_10, wire33 w33_02)
    assert ("ASSAULT", "KEN", "UGA") in _two(
        "Uganda accused Kenya of an attack on its customs patrol.",
        "Kenya's minister denied reports in the Ugandan press that the gendarmes had fired on the patrol.")


def test_a_named_doer_is_a_state_or_its_force_not_a_person():
    from events_kit import parsed
    from detente.events.denials import named_doer
    _, sentences = parsed("Kenya's ministry denied that Mwangi had shelled the Ugandan village.")
    person = sentences[0]
    assert not named_doer(person, next(t for t in person.tokens if t.text == "shelled"))
    _, sentences = parsed("Kenya's ministry denied that Uganda had closed the border.")
    state = sentences[0]
    assert named_doer(state, next(t for t in state.tokens if t.text == "closed"))


def test_said_no_shot_was_fired_is_the_sayers_denial():
    # an agentless "no shot had been fired" behind "said" is a denial told as a statement (wire20 w20_02); the
    # other state named in its "when" clause does not keep it from the story's other state
    assert ("ASSAULT", "KEN", "UGA") in _two(
        "Uganda accused Kenya of firing on its boat.",
        "Kenya's minister said no shot had been fired when the Ugandan boat was stopped on Sunday.")


def test_said_no_soldier_was_killed_is_no_denial():
    assert not any(s == "KEN" for _, s, _ in _negated("Kenya said no Kenyan soldier had been killed."))


def test_denied_handcuffing_is_a_denied_coercion():
    # handcuffing restrains by force (triggers.tsv handcuff, mistreat; wire21 w21_10, wire25 w25_02, wire27 w27_02)
    assert ("COERCE", "KEN", "UGA") in _two(
        "Uganda accused Kenya of mistreating its officers.",
        "Kenya's minister denied that the Ugandan officers had been handcuffed or mistreated.")
