"""Property tests: any bytes give Documents or Rejects, never an exception; valid text round-trips."""
from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from detente.errors import InputRejected
from detente.ingest import IngestOptions, read_file
from detente.ingest.decode import bytes_to_text
from detente.records import Document, Reject

SETTINGS = settings(max_examples=120, deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
OPTIONS = IngestOptions(max_bytes=20_000)
_FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\r\ud800-\udfff\ufeff]")

# Text as it survives cleaning: no control characters, surrogates, BOMs or exotic line breaks.
clean_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters="\ufeff\u2028\u2029"),
    min_size=1, max_size=300,
).map(lambda s: s + "\n").filter(lambda s: s.strip())
# Western prose, as cp1252 files hold it: plain words mixed with accents, curly quotes, dashes.
_PLAIN = st.sampled_from(["the", "minister", "said", "talks", "resumed", "on", "Monday", "border"])
_WESTERN = st.sampled_from(["café", "naïve", "Müller", "señor", "déjà", "façade", "“quoted”", "it’s", "—",
                            "crème", "Zürich", "Ångström", "ŒUVRE", "€20", "Ørsted", "garçon", "Ærø", "."])
western_text = st.lists(st.tuples(_PLAIN, _WESTERN), min_size=3, max_size=20).map(
    lambda pairs: " ".join(f"{a} {b}" for a, b in pairs) + "\n")


def read_bytes(data: bytes, suffix: str) -> list:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        return list(read_file(str(path), OPTIONS))


@SETTINGS
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".txt", ".html", ".jsonl", ".warc", ".jsonl.gz", ".warc.gz"]))
def test_any_bytes_give_documents_or_rejects(data, suffix):
    for item in read_bytes(data, suffix):
        assert isinstance(item, (Document, Reject))
        if isinstance(item, Document):
            assert item.content.strip() and not _FORBIDDEN.search(item.content)
        else:
            assert item.reason and item.detail


@SETTINGS
@given(data=st.binary(max_size=3000))
def test_decoding_raises_nothing_but_a_binary_rejection(data):
    try:
        text = bytes_to_text(data)
    except InputRejected as exc:
        assert exc.reason == "binary"
    else:
        assert not _FORBIDDEN.search(text)


@SETTINGS
@given(text=clean_text, encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32"]))
def test_unicode_text_round_trips(text, encoding):
    (doc,) = read_bytes(text.encode(encoding), ".txt")
    assert isinstance(doc, Document) and doc.content == text


@SETTINGS
@given(text=western_text)
def test_cp1252_text_round_trips(text):
    (doc,) = read_bytes(text.encode("cp1252"), ".txt")
    assert isinstance(doc, Document) and doc.content == text


@SETTINGS
@given(texts=st.lists(clean_text, min_size=1, max_size=5))
def test_jsonl_text_fields_round_trip(texts):
    data = "".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in texts).encode()
    items = read_bytes(data, ".jsonl")
    assert [i.content for i in items] == texts and [i.line for i in items] == list(range(1, len(texts) + 1))


# Control bytes a damaged scrape may hold (not tab, newline, CR, vertical tab or form feed, which are
# line breaks): NUL, BEL, ESC, DEL and the rest.
_STRAY = st.sampled_from([b for b in range(0x20) if b not in (0x09, 0x0A, 0x0B, 0x0C, 0x0D)] + [0x7F])
_PROSE = st.lists(st.sampled_from(["The", "minister", "said", "talks", "on", "the", "border", "resumed",
                                   "Monday", "after", "envoys", "met", "in", "Geneva", "."]),
                  min_size=80, max_size=200).map(lambda words: " ".join(words) + "\n")


@SETTINGS
@given(prose=_PROSE, stray=st.lists(st.tuples(st.floats(0, 1), _STRAY), min_size=1, max_size=5))
def test_prose_with_a_few_stray_control_bytes_is_that_prose(prose, stray):
    data = bytearray(prose.encode())
    for where, byte in stray:  # at most 5 bytes among at least 160: a few, not a binary file's share
        data.insert(int(where * len(data)), byte)
    (doc,) = read_bytes(bytes(data), ".txt")
    assert isinstance(doc, Document), doc
    assert doc.content == prose


@SETTINGS
@given(utf8=western_text, western=western_text)
def test_utf8_prose_with_a_pasted_cp1252_passage_reads_both_right(utf8, western):
    """A UTF-8 file with a cp1252 passage pasted in (newcomer session 17): each part decodes as written, when the
    UTF-8 part has accented letters to tell it by and the pasted part is no more than four stray bytes for each."""
    from hypothesis import assume
    wellformed = sum(1 for ch in utf8 if ord(ch) > 0x7F)
    stray = sum(1 for byte in western.encode("cp1252") if byte > 0x7F)
    assume(wellformed and stray <= 4 * wellformed)
    assert bytes_to_text(utf8.encode() + western.encode("cp1252")) == utf8 + western
