"""The compiled-table cache: the same table from the cache as from its sources, and never a failure."""
from __future__ import annotations

import os

import pytest

from detente import compiled
from detente.places import gazetteer


@pytest.fixture
def source(tmp_path):
    path = tmp_path / "words.txt"
    path.write_text("alpha beta gamma", encoding="utf-8")
    return path


def _build(path):
    calls = []

    def build():
        calls.append(1)
        return {"words": path.read_text(encoding="utf-8").split(), "bytes": b"\x00\x01"}
    return build, calls


def test_the_second_load_reads_the_file_the_first_wrote(tmp_path, source, monkeypatch):
    monkeypatch.setenv(compiled.CACHE_ENV, str(tmp_path / "cache"))
    build, calls = _build(source)
    first = compiled.load_or_build("words", [source], b"v1", build)
    second = compiled.load_or_build("words", [source], b"v1", build)
    assert first == second == {"words": ["alpha", "beta", "gamma"], "bytes": b"\x00\x01"} and len(calls) == 1


def test_a_changed_source_or_builder_is_built_again_and_replaces_the_old_file(tmp_path, source, monkeypatch):
    cache = tmp_path / "cache"
    monkeypatch.setenv(compiled.CACHE_ENV, str(cache))
    build, calls = _build(source)
    compiled.load_or_build("words", [source], b"v1", build)
    source.write_text("alpha beta gamma delta", encoding="utf-8")
    os.utime(source, ns=(1, 1))  # a new size and mtime
    assert compiled.load_or_build("words", [source], b"v1", build)["words"][-1] == "delta"
    compiled.load_or_build("words", [source], b"v2", build)
    assert len(calls) == 3 and len(list(cache.glob("words-*.marshal"))) == 1


def test_two_installs_sharing_the_cache_keep_each_its_own_file(tmp_path, monkeypatch):
    # Two virtual environments (the same data file at two paths) share ~/.cache/detente: each must find its own
    # table on its next start, not a rebuild because the other install dropped it (docs/scaling.md, session 34).
    cache = tmp_path / "cache"
    monkeypatch.setenv(compiled.CACHE_ENV, str(cache))
    sources = []
    for env in ("venv-a", "venv-b"):
        (tmp_path / env).mkdir()
        sources.append(tmp_path / env / "words.txt")
        sources[-1].write_text("alpha beta gamma", encoding="utf-8")
    builds = [_build(path) for path in sources]
    for _round in range(3):
        for path, (build, _calls) in zip(sources, builds):
            assert compiled.load_or_build("words", [path], b"v1", build)["words"] == ["alpha", "beta", "gamma"]
    assert [len(calls) for _build_it, calls in builds] == [1, 1]
    assert len(list(cache.glob("words-*.marshal"))) == 2


def test_a_file_named_before_the_install_tag_is_dropped(tmp_path, source, monkeypatch):
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / ("words-" + "0" * 20 + ".marshal")).write_bytes(b"old")
    monkeypatch.setenv(compiled.CACHE_ENV, str(cache))
    build, calls = _build(source)
    compiled.load_or_build("words", [source], b"v1", build)
    assert [p.name.count("-") for p in cache.glob("words-*.marshal")] == [2]


def test_a_corrupt_file_is_rebuilt(tmp_path, source, monkeypatch):
    cache = tmp_path / "cache"
    monkeypatch.setenv(compiled.CACHE_ENV, str(cache))
    build, calls = _build(source)
    compiled.load_or_build("words", [source], b"v1", build)
    for path in cache.glob("words-*.marshal"):
        path.write_bytes(b"\xff\x00 not marshal")
    assert compiled.load_or_build("words", [source], b"v1", build)["words"] == ["alpha", "beta", "gamma"]
    assert len(calls) == 2


def test_an_unwritable_cache_or_none_still_gives_the_table(tmp_path, source, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv(compiled.CACHE_ENV, str(blocked / "cache"))  # its parent is a file: mkdir fails
    build, calls = _build(source)
    assert compiled.load_or_build("words", [source], b"v1", build)["words"] == ["alpha", "beta", "gamma"]
    monkeypatch.setenv(compiled.CACHE_ENV, "")
    assert compiled.cache_dir() is None
    assert compiled.load_or_build("words", [source], b"v1", build)["bytes"] == b"\x00\x01" and len(calls) == 2


def test_the_towns_index_from_the_cache_is_the_index_built_from_the_json(tmp_path, monkeypatch):
    monkeypatch.setenv(compiled.CACHE_ENV, str(tmp_path / "cache"))
    gazetteer.towns_by_name.cache_clear()
    try:
        built = gazetteer.towns_by_name()
        gazetteer.towns_by_name.cache_clear()
        cached = gazetteer.towns_by_name()
        assert list(tmp_path.joinpath("cache").glob("towns-*.marshal"))
        assert cached is not built and len(cached) == len(built) > 100_000
        for name in ("paris", "kharkiv", "kiev", "tripoli", "springfield", *list(built)[::5000]):
            assert cached[name] == built[name]
    finally:
        gazetteer.towns_by_name.cache_clear()
