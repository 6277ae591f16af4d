"""The synthetic benchmark corpus: deterministic, realistic sizes, page clutter, varied events."""
from __future__ import annotations

import importlib.util
import json
import random
import re
import statistics
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

SYNTH_PATH = Path(__file__).resolve().parents[2] / "benchmarks" / "synth.py"


def _load_synth():
    spec = importlib.util.spec_from_file_location("detente_bench_synth", SYNTH_PATH)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # NamedTuple needs its module registered
    spec.loader.exec_module(module)
    return module


synth = _load_synth()
SAMPLE = list(synth.generate_articles(300, seed=11))


def _names(country) -> tuple[str, ...]:
    return (country.name, country.name.removeprefix("the "), country.demonym, country.capital)


def test_same_seed_gives_same_texts_and_other_seeds_differ():
    first = list(synth.generate(25, seed=4))
    assert first == list(synth.generate(25, seed=4))
    other = list(synth.generate(25, seed=5))
    assert all(a[1] != b[1] for a, b in zip(first, other))


def test_article_depends_only_on_seed_and_index():
    assert list(synth.generate(3, seed=2)) == list(synth.generate(8, seed=2))[:3]
    assert synth.synth_article(2, 6).text == list(synth.generate(7, seed=2))[6][1]


def test_generate_streams_instead_of_building_a_list():
    stream = synth.generate(10**9, seed=0)  # would never finish if it built the corpus first
    name, text = next(stream)
    assert name == "synth_0_000000" and text


def test_sizes_are_in_range_with_mean_near_700():
    words = [len(a.text.split()) for a in SAMPLE]
    assert min(words) >= 400 and max(words) <= 1200
    assert 650 <= statistics.mean(words) <= 750
    assert statistics.pstdev(words) > 100  # lengths vary, not one fixed size
    assert all(6 <= a.paragraphs <= 20 for a in SAMPLE)


def test_every_template_slot_is_filled():
    assert not [a.name for a in SAMPLE if re.search(r"[{}]", a.text)]


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 10**6), index=st.integers(0, 10**6))
def test_any_seed_and_index_gives_a_bounded_filled_article(seed, index):
    article = synth.synth_article(seed, index)
    assert 400 <= len(article.text.split()) <= 1200
    assert "{" not in article.text and article.title in article.text


def test_page_furniture_is_present():
    for article in SAMPLE:
        top = article.text.split("\n")[:4]
        assert any(line in synth.NAV_LINES for line in top), article.name
        assert any(header in article.text for header in synth.RELATED_HEADERS), article.name
        assert re.search(r"In this photo, .*, \w+ \d{1,2}, \d{4}\.|Photo: ", article.text), article.name
        assert re.search(r"\w+ \d{1,2}, \d{4}", article.text.split("\n\n")[2]), article.name  # byline date
        assert f"{article.outlet}. All rights reserved." in article.text
    comment = re.compile(r"\w+ on \w+ \d{1,2}(st|nd|rd|th), \d{4} at \d\d:\d\d UTC »")
    with_comments = [a for a in SAMPLE if comment.search(a.text)]
    assert 0.2 <= len(with_comments) / len(SAMPLE) <= 0.5


def test_related_block_lists_other_headlines():
    article = SAMPLE[0]
    lines = article.text.split("\n")
    header = next(i for i, line in enumerate(lines) if line in synth.RELATED_HEADERS)
    teasers = [line for line in lines[header + 1:] if line][:3]
    assert len(teasers) == 3 and all(len(t.split()) >= 3 for t in teasers)


def test_event_share_of_body_sentences_is_15_to_30_percent():
    share = sum(a.events for a in SAMPLE) / sum(a.sentences for a in SAMPLE)
    assert 0.15 <= share <= 0.30
    assert min(a.events for a in SAMPLE) >= 1


@pytest.mark.parametrize("kind", synth.PLOVER_TYPES)
@pytest.mark.parametrize("status", ["asserted", "pending", "negated"])
def test_event_sentence_names_both_countries_for_every_type_and_status(kind, status):
    rng = random.Random(f"{kind}{status}")
    for _ in range(20):
        src, tgt = rng.sample(synth.COUNTRIES, 2)
        sentence = synth.event_sentence(rng, kind, src, tgt, status)
        assert any(n in sentence for n in _names(src)) and any(n in sentence for n in _names(tgt)), sentence
        assert sentence[0].isupper() and sentence.endswith(".") and "{" not in sentence
        if status == "negated":
            assert re.search(r"\b(not|denied)\b", sentence), sentence
        if status == "pending":
            assert re.search(r"\b(will|expected|plans?|set|offered|could)\b", sentence), sentence


def test_all_sixteen_types_have_triggers_and_headlines():
    assert len(synth.PLOVER_TYPES) == 16 and set(synth.HEADLINES) == set(synth.TRIGGERS)


def test_distinct_documents_differ_and_vary():
    assert len({a.text for a in SAMPLE}) == len(SAMPLE)
    assert len({a.title for a in SAMPLE}) > 250
    assert len({a.outlet for a in SAMPLE}) == len(synth.OUTLETS)
    assert len({a.date[:4] for a in SAMPLE}) >= 10
    countries = {c.name for c in synth.COUNTRIES if any(c.name in a.title for a in SAMPLE)}
    assert len(synth.COUNTRIES) >= 60 and len(countries) >= 50


def test_cli_writes_text_files(tmp_path):
    assert synth.main(["--docs", "4", "--out", str(tmp_path), "--seed", "9"]) == 0
    files = sorted(tmp_path.glob("*.txt"))
    assert [f.read_text(encoding="utf-8") for f in files] == [text for _, text in synth.generate(4, seed=9)]


def test_cli_writes_one_jsonl_file(tmp_path):
    synth.main(["--docs", "4", "--out", str(tmp_path), "--format", "jsonl"])
    (path,) = tmp_path.glob("*.jsonl")
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert [r["text"] for r in records] == [text for _, text in synth.generate(4, seed=0)]
    for record in records:
        assert set(record) == {"text", "title", "date", "outlet", "url"}
        assert re.fullmatch(r"\d{4}-\d\d-\d\d", record["date"]) and record["url"].startswith("https://")


def test_fast_enough_for_ten_thousand_documents_in_30_seconds():
    started = time.process_time()  # CPU time: other processes on the machine do not count
    for _ in synth.generate(1000, seed=1):
        pass
    assert time.process_time() - started < 3.0
