"""stories.fingerprint.word_hash: each word's SHA-1 prefix computed once, the signature unchanged (issue #13)."""
from __future__ import annotations

import hashlib
import struct
import types

import importlib

fingerprint = importlib.import_module("detente.stories.fingerprint")  # the package exports the function of that name


def _sha1_32(word: str) -> int:
    return struct.unpack_from("<I", hashlib.sha1(word.encode("utf-8")).digest())[0]


def test_the_hash_is_the_sha1_prefix():
    for word in ("ceasefire", "Kyiv", "ministry", "naïve", "东京", "1994"):
        assert fingerprint.word_hash(word) == _sha1_32(word)


def test_a_known_word_is_not_hashed_again(monkeypatch):
    fingerprint.word_hash("negotiators")

    def refuse(_data):
        raise AssertionError("hashed again")

    monkeypatch.setattr(fingerprint, "hashlib", types.SimpleNamespace(sha1=refuse))
    assert fingerprint.word_hash("negotiators") == _sha1_32("negotiators")


def test_the_table_is_bounded():
    assert fingerprint.word_hash.cache_info().maxsize == fingerprint.MAX_HASHES


def test_signature_the_same_with_the_table_warm_or_cold():
    words = ["envoy", "summoned", "border", "talks", "ministry"]
    warm = fingerprint.signature(words).tolist()
    fingerprint.word_hash.cache_clear()
    assert fingerprint.signature(words).tolist() == warm  # datasketch's values: tests/stories/test_stories_minhash.py
