"""target_tokens reads a verb's attendants ("with the League's envoy as witness", roles.attendants) once, not once
for every prepositional object it filters (work done again for each object; docs/scaling.md session 25)."""
from __future__ import annotations

from detente.events import roles
from tests.events.events_kit import parsed


def _verb(text: str, lemma: str):
    _art, sentences = parsed(text)
    sentence = sentences[0]
    return sentence, next(t.i for t in sentence.tokens if t.lemma == lemma)


def test_attendants_read_once_for_many_objects(monkeypatch):
    sentence, sent = _verb("Kenya sent aid to Uganda, to Chile and to Peru on Monday.", "send")
    plain = roles.target_tokens(sentence, sent, [0])
    calls = []
    real = roles.attendants
    monkeypatch.setattr(roles, "attendants", lambda s, i: calls.append(i) or real(s, i))
    assert roles.target_tokens(sentence, sent, [0]) == plain
    assert len(roles.pobjs(sentence, sent, roles.VERB_TARGET_PREPS, roles.PREP_DEPS)) >= 2
    assert calls == [sent]


def test_an_attendant_is_still_left_out():
    sentence, signed = _verb("Kenya signed the treaty on Monday with the envoy as a witness.", "sign")
    envoy = next(t.i for t in sentence.tokens if t.text == "envoy")
    assert roles.attendants(sentence, signed) == [envoy]
    assert envoy in roles.pobjs(sentence, signed, roles.VERB_TARGET_PREPS, roles.PREP_DEPS)
    assert envoy not in roles.target_tokens(sentence, signed, [0])[0]
