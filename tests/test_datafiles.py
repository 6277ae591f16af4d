"""Knowledge files read through detente.datafiles: a malformed row is an error naming file:line (a missing
cell raised a bare IndexError, shown as "internal error", before session 9)."""
from __future__ import annotations

import pytest

from detente import datafiles
from detente.errors import KnowledgeError


def serve(monkeypatch, files: dict[str, str]) -> None:
    """Make datafiles read `files` ({"package/name": text}) instead of the shipped ones."""
    real = datafiles.data_text
    monkeypatch.setattr(datafiles, "data_text", lambda package, name: files.get(f"{package}/{name}") or real(package, name))


def test_rows_carry_their_line_numbers_and_skip_comments_and_blanks(monkeypatch):
    serve(monkeypatch, {"agreements/x.tsv": "# note\nword\tkind\n\naccord\tinstrument\n"})
    assert datafiles.numbered_rows("agreements", "x.tsv", 2, 2, header=True) == [(4, ["accord", "instrument"])]


@pytest.mark.parametrize("text, fewest, most, found", [
    ("a\tb\n", 3, 3, "expected 3 tab-separated cells, found 2"),
    ("a\tb\tc\td\n", 2, 3, "expected 2 to 3 tab-separated cells, found 4"),
])
def test_a_row_of_the_wrong_width_names_its_file_and_line(monkeypatch, text, fewest, most, found):
    serve(monkeypatch, {"agreements/x.tsv": "# comment\n" + text})
    with pytest.raises(KnowledgeError, match=f"^detente/agreements/data/x.tsv:2: {found}"):
        datafiles.numbered_rows("agreements", "x.tsv", fewest, most)


def test_a_gazetteer_row_missing_a_cell_names_its_file_and_line(monkeypatch):
    from detente.actors import gazetteer

    header = "code\tname\tdemonyms\tcapitals\tsector\taliases\n"
    serve(monkeypatch, {"actors/countries.tsv": header + "XLA\tLakeland\tLakelander\tPort Lake\tGOV\t-\nXRV\tRivia\n"})
    gazetteer.load_terms.cache_clear()
    try:
        with pytest.raises(KnowledgeError, match=r"^detente/actors/data/countries.tsv:3: expected 5 to 6"):
            gazetteer.load_terms("countries.tsv")
    finally:
        gazetteer.load_terms.cache_clear()


def test_the_shipped_files_still_load_through_it():
    from detente.actors import gazetteer
    from detente.agreements import lifecycle, names
    from detente.cli import glossary

    assert len(gazetteer.load_terms("countries.tsv")) > 1000 and "treaty" in names.heads()
    assert "monday" in {w.lower() for w in names.time_words()} and lifecycle.stage_words()
    assert glossary.terms()["type"]


def test_a_malformed_glossary_row_names_its_file_and_line(monkeypatch):
    from detente.cli import glossary

    serve(monkeypatch, {"cli/explain_terms.tsv": "kind\tterm\tmeaning\ntype\tAGREE\nmood\tx\ty\n"})
    glossary.terms.cache_clear()
    try:
        with pytest.raises(KnowledgeError, match=r"^detente/cli/data/explain_terms.tsv:2: expected 3"):
            glossary.terms()
        serve(monkeypatch, {"cli/explain_terms.tsv": "kind\tterm\tmeaning\nmood\tx\ty\n"})
        glossary.terms.cache_clear()
        with pytest.raises(KnowledgeError, match=r"^detente/cli/data/explain_terms.tsv:2: kind 'mood'"):
            glossary.terms()
    finally:
        glossary.terms.cache_clear()


def _raises_at(monkeypatch, loader, files: dict[str, str], message: str) -> None:
    """`loader`, reading `files` instead of the shipped ones, raises a KnowledgeError matching `message`."""
    serve(monkeypatch, files)
    loader.cache_clear()
    try:
        with pytest.raises(KnowledgeError, match=message):
            loader()
    finally:
        loader.cache_clear()


TRIGGERS_HEADER = "lemma\tpos\ttype\tmode\trequires\trole\tnotes\n"


@pytest.mark.parametrize("row, found", [
    ("parley\tVERB\tCONSULT", r"triggers.tsv:2: expected 7 tab-separated"),
    ("parley\tVERB\tCHAT\t-\t-\t-\tours", r"triggers.tsv:2: unknown PLOVER type 'CHAT'; use one of ACCUSE, AGREE"),
    ("parley\tVERB\tCONSULT\t-\tobj:@nosuchkind\t-\tours", r"triggers.tsv:2: no cue words of kind 'nosuchkind'"),
])
def test_a_bad_trigger_row_names_its_file_and_line(monkeypatch, row, found):
    from detente.events import lexicon

    _raises_at(monkeypatch, lexicon.load_triggers, {"events/triggers.tsv": TRIGGERS_HEADER + row + "\n"},
               "^detente/events/data/" + found)


def test_a_confidence_weight_that_is_not_a_number_names_its_line(monkeypatch):
    from detente.events import confidence

    _raises_at(monkeypatch, confidence.weights, {"events/confidence.tsv": "# weights\nbias\t0.5\nverb:strong\tlots\n"},
               r"^detente/events/data/confidence.tsv:3: weight 'lots'")


def test_the_shipped_events_files_load_through_it():
    from detente.events import confidence, lexicon

    assert len(lexicon.load_triggers()) > 500 and lexicon.load_cues()["tribunal"]
    assert lexicon.irregular_forms() and len(confidence.weights()) > 20
