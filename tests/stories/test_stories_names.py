"""Same-topic pages whose vocabulary falls short are one story when they share a quarter of their names."""
from __future__ import annotations

from dataclasses import replace

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from detente.stories import assign_stories, fingerprint
from detente.stories import names as _names
from detente.stories.fingerprint import jaccard
from detente.stories.names import (MAX_NAMES, MIN_SHARED, NAMES_JACCARD, name_hashes, name_matrix, named_alike,
                                   names, not_names)
from detente.stories.topics import TOPIC_JACCARD

from tests.conftest import make_article

SHELLING = ("Troops of Ruritania shelled the border village of Kessel on Monday, and the Ruritanian commander, "
            "General Oskar Brandt, said his gunners had answered fire from Vellmar. Residents of Kessel fled "
            "toward Ostrava as the Vellmar garrison returned fire.")
RETOLD = ("Artillery hit homes in Kessel overnight. Ruritania blamed the garrison at Vellmar, and Brandt told "
          "reporters that his batteries only replied; families from Kessel walked to Ostrava. Medics counted "
          "wounded farmers, shattered windows, burning barns and frightened cattle, while schools stayed shut, "
          "bakeries ran short of flour, and volunteers carried blankets, water bottles and bread along muddy lanes "
          "past abandoned tractors and empty orchards under grey autumn skies.")
OTHER = ("Negotiators from Ruritania and Graustark met in Zenda to discuss grain quotas, the trade minister "
         "Lena Vogt said. Graustark asked Ruritania to cut tariffs on barley shipped through Strelsau.")


def _fp(text: str, topic: tuple[str, ...] = ("GRA-RUR",)):
    return replace(fingerprint(make_article(text)), topics=topic)


def _stories(*fps) -> int:
    return len({link.story_id for link in assign_stories(fps)})


def test_names_are_capitalised_words_that_do_not_open_a_sentence_less_calendar_words():
    found = names(make_article(SHELLING))
    assert found[0] == "kessel"  # the most frequent first
    assert {"ruritanian", "oskar", "brandt", "vellmar", "ostrava"} <= set(found)
    assert "troops" not in found and "residents" not in found and "monday" not in found
    assert not_names() >= {"monday", "december"} and all(w == w.lower() for w in not_names())


def test_a_page_keeps_at_most_max_names_as_distinct_hashes():
    many = " ".join(f"Officials met Envoy{chr(97 + i // 26)}{chr(97 + i % 26)}." for i in range(MAX_NAMES + 10))
    kept = names(make_article("It began. " + many))
    assert len(kept) == MAX_NAMES
    hashes = np.frombuffer(name_hashes(kept), dtype="<u4")
    assert len(hashes) == MAX_NAMES and (np.diff(hashes.astype(np.int64)) > 0).all() and (hashes != 0).all()


def test_a_retold_page_below_the_topic_threshold_joins_on_its_names():
    a, b = _fp(SHELLING), _fp(RETOLD)
    assert jaccard(a, b) < TOPIC_JACCARD
    assert named_alike(name_matrix([a, b]), np.array([[0, 1]]))[0]
    assert _stories(a, b) == 1
    assert _stories(a, replace(b, topics=("OTH-RUR",))) == 2  # names count only for pages of one country pair


def test_another_story_of_the_pair_shares_too_few_names():
    a, c = _fp(SHELLING), _fp(OTHER)
    assert not named_alike(name_matrix([a, c]), np.array([[0, 1]]))[0]
    assert _stories(a, c) == 2


def test_pages_without_names_are_never_alike_by_name():
    empty = np.zeros((2, MAX_NAMES), dtype=np.uint32)
    assert not named_alike(empty, np.array([[0, 1]]))[0]
    assert NAMES_JACCARD > 0


def test_pages_naming_only_a_few_names_need_min_shared_of_them_in_common():
    base = _fp(SHELLING)
    few = [replace(base, names=name_hashes(n)) for n in (("kessel", "brandt"), ("kessel", "vogt"),
                                                            ("kessel", "brandt", "vellmar", "zenda"),
                                                            ("kessel", "brandt", "vellmar", "ostrava"))]
    alike = named_alike(name_matrix(few), np.array([[0, 1], [2, 3]]))
    assert MIN_SHARED == 3 and not alike[0]  # one name of three in common: a third, but one name
    assert alike[1]  # three of five


def test_the_head_word_of_an_institution_name_is_no_name_but_its_own_words_are():
    heads = ["authority", "agency", "commission", "corporation", "company", "department", "directorate",
             "bureau", "service"]
    assert set(heads) <= not_names()
    text = "Officials of Ruritania met in Zenda. " + " ".join(
        f"Officials said the Kessel {h.title()} and the Vellmar {h.title()} agreed." for h in heads)
    found = names(make_article(text))
    assert "kessel" in found and "vellmar" in found
    assert not set(heads) & set(found)


def test_transliterations_of_one_name_hash_alike_and_other_names_do_not():
    # outlets of other countries spell one name their own way ("Korday", "Kordai"); other names stay apart
    from detente.stories.names import spelling_key
    for a, b in (("Korday", "Kordai"), ("Serikbayev", "Serikbaev"), ("Zhanybek", "Dzhanibek"),
                 ("Abdrakhmanov", "Abdrahmanov"), ("Mussa", "Musa")):
        assert spelling_key(a) == spelling_key(b)
        assert name_hashes((a.lower(),)) == name_hashes((b.lower(),))
    for a, b in (("Hassan", "Hussein"), ("Lima", "Lome"), ("Kessel", "Kassel")):
        assert spelling_key(a) != spelling_key(b)


def test_each_spelling_row_loads_and_is_needed_for_its_example(monkeypatch):
    from detente.stories import names as module
    rows = module.spellings()
    assert rows and all(written != sound for written, sound, _ in rows)
    for row in rows:
        a, b = row[2].split("|")
        assert module.spelling_key(a) == module.spelling_key(b)
        monkeypatch.setattr(module, "spellings", lambda row=row: tuple(r for r in rows if r != row))
        assert module.spelling_key(a) != module.spelling_key(b), row
        monkeypatch.undo()


def test_a_malformed_spelling_row_names_its_file_and_line(monkeypatch):
    import pytest
    from detente.errors import KnowledgeError
    from detente.stories import names as module

    class _Text:
        def joinpath(self, *_):
            return self

        def read_text(self, encoding):
            return "written\tsound\texample\nkh\th\n"
    module.spellings.cache_clear()
    monkeypatch.setattr(module.resources, "files", lambda _: _Text())
    with pytest.raises(KnowledgeError, match="spellings.tsv:2"):
        module.spellings()
    monkeypatch.undo()
    module.spellings.cache_clear()


# session 25 (speed): the character before a name, read without copying the text before it

@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=st.sampled_from(list(" \t\n\u00a0\u2003\x1cab.“(—")), max_size=12), st.integers(0, 14))
def test_last_before_is_the_stripped_prefix_end(text, end):
    end = min(end, len(text))
    assert _names.last_before(text, end) == text[:end].rstrip()[-1:]
