"""actors.gazetteer.written_terms: a written form's terms and acronym flag, read once per form (issue #13)."""
from __future__ import annotations

from detente.actors import gazetteer
from detente.actors.gazetteer import case_matches, term_index, written_terms

FORMS = ["France", "france", "French", "UN", "Un", "un", "U.S.", "US", "us", "President", "president",
         "Security Council", "NATO", "Nato", "LeT", "Let", "European Union"]


def _filtered(found: str):
    return tuple(t for t in term_index()[found.lower()] if case_matches(t.text, found))


def test_the_same_terms_as_the_case_filter():
    for found in FORMS:
        if found.lower() not in term_index():
            continue
        terms, acronym = written_terms(found)
        assert terms == _filtered(found), found
        assert acronym == (bool(terms) and terms[0].acronym), found
    assert written_terms("US")[1] and written_terms("US")[0]
    assert written_terms("us")[0] == ()  # the pronoun is no state
    assert not written_terms("France")[1]


def test_a_repeated_form_is_not_filtered_again(monkeypatch):
    written_terms("Germany")
    asked = []
    monkeypatch.setattr(gazetteer, "case_matches", lambda term, found: asked.append(found) or True)
    assert written_terms("Germany")[0]
    assert asked == []


def test_a_rebuilt_index_is_read_anew(monkeypatch):
    written_terms("Germany")
    monkeypatch.setattr(gazetteer, "term_index", lambda: {"germany": ()})
    assert written_terms("Germany") == ((), False)


def test_scan_still_applies_the_case_rules():
    found = [h.text for h in gazetteer.scan("The US and France met; us and france did not.")]
    assert found == ["US", "France"]
