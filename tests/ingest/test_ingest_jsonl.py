"""JSONL and JSONL.gz: per-line records, bad lines, field options, gzip bombs and damage."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from detente import ids
from detente.ingest import IngestOptions, read_file
from detente.ingest.jsonl import reads_as_text
from detente.records import Document, Reject

OPTIONS = IngestOptions()
BODY = "Delegations from Arvonia and Keldor signed a fisheries accord on Monday."


def lines(*records: object) -> bytes:
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records).encode()


def read(tmp_path: Path, name: str, data: bytes, options: IngestOptions = OPTIONS) -> list:
    path = tmp_path / name
    path.write_bytes(data)
    return list(read_file(str(path), options))


def test_records_become_documents_with_metadata_and_line_numbers(tmp_path):
    data = lines(
        {"text": BODY, "title": "Accord signed", "url": "https://www.example-news.org/a/1", "date": "2024-03-04"},
        {"text": "<p>" + BODY + "</p>", "outlet": "Coast Herald", "date": 2024},
    )
    first, second = read(tmp_path, "a.jsonl", b"\n" + data)
    assert (first.line, first.fmt, first.title, first.date) == (2, "text", "Accord signed", "2024-03-04")
    assert first.outlet == "example-news.org" and first.url == "https://www.example-news.org/a/1"
    assert first.doc_id == ids.doc_id(BODY) and first.content == BODY
    assert (second.line, second.fmt, second.outlet, second.date, second.url) == (3, "html", "Coast Herald", "2024", None)


def test_bad_json_line_is_rejected_and_the_rest_continues(tmp_path):
    data = lines({"text": BODY}, '{"text": "unterminated', "[1, 2]", {"text": BODY + " Again."})
    items = read(tmp_path, "a.jsonl", data)
    assert [type(i).__name__ for i in items] == ["Document", "Reject", "Reject", "Document"]
    assert [(i.line, i.reason) for i in items[1:3]] == [(2, "bad_json"), (3, "bad_json")]
    assert "column" in items[1].detail and "object" in items[2].detail


def test_a_bad_line_says_its_column_once_and_whether_it_was_cut_short(tmp_path):
    # session 14 newcomer: "Unterminated string starting at at column 10", and a truncated line read as a typo
    data = lines('{"text": "Arvonia protested', '{"text" "Keldor"}', '{"text": "Keldor"} trailing')
    cut, slip, extra, last = (i.detail for i in read(tmp_path, "a.jsonl", data + b'{"text": "Arvonia sign'))
    assert "column 28" in cut and "cut short?" in cut
    assert "Unterminated string starting at column 10" in last and "at at" not in last and "cut short?" in last
    assert "delimiter at column 9" in slip and "cut short" not in slip
    assert "Extra data at column 20" in extra and "cut short" not in extra


def test_a_record_missing_its_closing_brace_names_the_column_after_its_last_character(tmp_path):
    # session 19 newcomer: '{"text": "...", "date": "2025-02-07"' then a newline read "at column 1"
    record = '{"text": "Arvonia recalled its envoy.", "date": "2025-02-07"'
    detail, = (i.detail for i in read(tmp_path, "a.jsonl", lines(record, {"text": BODY}))[:1])
    assert f"Expecting ',' delimiter at column {len(record) + 1}" in detail and "cut short?" in detail


@pytest.mark.parametrize("record, reason", [
    ({"title": "No body here", "body": BODY}, "no_text"), ({"text": None}, "no_text"), ({"text": ["a", "b"]}, "no_text"),
    ({"text": 42}, "no_text"), ({"text": "  \n "}, "empty"),
])
def test_records_without_usable_text(tmp_path, record, reason):
    (item,) = read(tmp_path, "a.jsonl", lines(record))
    assert isinstance(item, Reject) and (item.reason, item.line) == (reason, 1)


def test_a_file_of_records_with_no_text_at_all_is_one_not_article_reject(tmp_path):
    # newcomer review, s15: `detente ingest demo/` listed the eight lines of demo/gold.jsonl as failures
    data = lines(*({"doc": f"page_{n}.txt", "story": "a-story", "events": [{"type": "AGREE"}]} for n in range(8)))
    (item,) = read(tmp_path, "gold.jsonl", data)
    assert (item.reason, item.line) == ("not_article", None)
    assert "none of its 8 records" in item.detail and "doc, events, story" in item.detail and "--text-field" in item.detail


def test_a_title_only_file_is_not_articles_but_a_misnamed_body_is_a_failure_per_line(tmp_path):
    (titles,) = read(tmp_path, "titles.jsonl", lines({"title": "Accord signed"}, {"title": "Talks held"}))
    assert titles.reason == "not_article"
    misnamed = read(tmp_path, "dump.jsonl", lines({"title": "Accord"}, {"body": BODY}))
    assert [(i.reason, i.line) for i in misnamed] == [("no_text", 1), ("no_text", 2)]


def test_a_manifest_of_headlines_and_queries_is_not_articles(tmp_path):
    """A manifest beside the articles names each page's headline and search query, of sentence length but ending
    no sentence: one not_article, not a no_text failure per line (newcomer review, session 20)."""
    rows = [{"file": f"p{n}.txt", "story_title": "Arvonia and Keldor sign a fisheries accord after three years of "
             "talks (3 Mar 2025)", "query": "Arvonia Keldor fisheries accord signed northern banks quota",
             "url": f"https://news.example.org/{n}", "n_words": 640} for n in range(3)]
    (item,) = read(tmp_path, "manifest.jsonl", lines(*rows))
    assert item.reason == "not_article" and "story_title" in item.detail and "--text-field NAME" in item.detail


@pytest.mark.parametrize("value, text", [
    (BODY, True), ("Arvonia said talks would resume. Keldor did not comment", True),
    ('He said: "We will sign the accord on Monday."', True), ("Arvonia and Keldor sign a fisheries accord in Brest", False),
    ("Arvonia signs accord.", False), (42, False),
])
def test_a_field_reads_as_text_when_it_ends_a_sentence_of_sentence_length(value, text):
    assert reads_as_text(value) is text


def test_textless_lines_before_an_article_are_reported_line_by_line_in_order(tmp_path):
    items = read(tmp_path, "mixed.jsonl", lines({"id": 1}, {"id": 2}, {"text": BODY}, {"id": 4}))
    assert [(type(i).__name__, i.line, getattr(i, "reason", None)) for i in items] == [
        ("Reject", 1, "no_text"), ("Reject", 2, "no_text"), ("Document", 3, None), ("Reject", 4, "no_text")]


def test_textless_lines_held_before_gzip_damage_are_still_reported(tmp_path):
    data = gzip.compress(lines(*({"id": n} for n in range(50))))
    items = read(tmp_path, "cut.jsonl.gz", data[: len(data) - 12])
    assert items[-1].reason == "corrupt" and all(i.reason == "no_text" for i in items[:-1]) and len(items) > 1


def test_missing_text_detail_lists_fields_and_the_option(tmp_path):
    (item,) = read(tmp_path, "a.jsonl", lines({"body": BODY, "headline": "H"}))
    assert "body" in item.detail and "--text-field NAME" in item.detail


def test_alternative_field_names_only_when_configured(tmp_path):
    data = lines({"body": BODY, "headline": "H", "link": "http://news.example.com/x"}, {"content": BODY + " More."})
    options = IngestOptions(text_field=("text", "body", "content"), title_field="headline", url_field="link")
    first, second = read(tmp_path, "a.jsonl", data, options)
    assert (first.content, first.title, first.outlet) == (BODY, "H", "news.example.com")
    assert second.content.endswith("More.")
    assert all(i.reason == "no_text" for i in read(tmp_path, "b.jsonl", data))


def test_gzip_jsonl_streams_records(tmp_path):
    data = gzip.compress(lines(*({"text": f"{BODY} Item {n}."} for n in range(50))))
    items = read(tmp_path, "a.jsonl.gz", data)
    assert len(items) == 50 and all(isinstance(i, Document) for i in items) and items[-1].line == 50


def test_truncated_gzip_keeps_earlier_lines_and_reports_corrupt(tmp_path):
    data = gzip.compress(lines(*({"text": f"{BODY} Item {n} " + "x" * 200} for n in range(400))), mtime=0)
    items = read(tmp_path, "a.jsonl.gz", data[: len(data) * 2 // 3])
    documents = [i for i in items if isinstance(i, Document)]
    assert documents and items[-1].reason == "corrupt" and len(documents) < 400
    assert [i.line for i in documents] == list(range(1, len(documents) + 1))


def test_garbage_behind_gz_name_is_corrupt(tmp_path):
    (item,) = read(tmp_path, "a.jsonl.gz", b"\x1f\x8b\x08\x00" + b"\xff" * 100)
    assert item.reason == "corrupt"


def test_gzip_bomb_stops_at_max_decompressed_bytes(tmp_path):
    data = gzip.compress(lines(*({"text": BODY} for _ in range(20000))))  # ~1.6 MB of text
    items = read(tmp_path, "a.jsonl.gz", data, IngestOptions(max_decompressed_bytes=200_000))
    assert items[-1].reason == "too_large" and "max_decompressed_bytes" in items[-1].detail
    assert 1000 < len(items) < 3000


def test_gzip_bomb_stops_on_expansion_ratio(tmp_path):
    data = gzip.compress(b'{"text": "' + b" " * (40 * 1024 * 1024), compresslevel=9)  # 40 MiB in ~40 KB
    items = read(tmp_path, "a.jsonl.gz", data)
    assert len(items) == 1 and items[0].reason == "too_large" and "max_gzip_ratio" in items[0].detail
    assert items[0].line == 1


def test_line_over_max_bytes_is_skipped_in_bounded_memory(tmp_path):
    data = lines({"text": "y" * 5000}, {"text": BODY})
    too_long, ok = read(tmp_path, "a.jsonl", data, IngestOptions(max_bytes=1000))
    assert (too_long.reason, too_long.line) == ("too_large", 1) and (ok.line, ok.content) == (2, BODY)


def test_cp1252_line_and_utf8_bom_are_decoded(tmp_path):
    data = b"\xef\xbb\xbf" + lines({"text": BODY}) + '{"text": "Caf\u00e9 \u201ctalks\u201d resume in the capital"}\n'.encode("cp1252")
    first, second = read(tmp_path, "a.jsonl", data)
    assert first.content == BODY and second.content == "Café “talks” resume in the capital"


def test_utf16_jsonl_is_read(tmp_path):
    data = lines({"text": BODY}, {"text": "Second story."}).decode().encode("utf-16")
    items = read(tmp_path, "a.jsonl", data)
    assert [i.content for i in items] == [BODY, "Second story."]


def test_control_characters_and_lone_surrogates_are_removed(tmp_path):
    (item,) = read(tmp_path, "a.jsonl", b'{"text": "Talks\\u0007 resumed\\r\\nin May \\ud800today"}\n')
    assert item.content == "Talks resumed\nin May today"


@pytest.mark.parametrize("data, reason", [(b"", "empty"), (b"\n \n", "empty"), (b"\x00\x01\x02" * 50, "binary")])
def test_empty_and_binary_jsonl_files(tmp_path, data, reason):
    (item,) = read(tmp_path, "a.jsonl", data)
    assert (item.reason, item.line) == (reason, None)


def test_non_json_file_named_jsonl_gives_up_after_ten_lines(tmp_path):
    data = b"".join(b"name,value,%d\n" % n for n in range(500))
    items = read(tmp_path, "a.jsonl", data)
    assert len(items) == 11 and all(i.reason == "bad_json" for i in items) and items[-1].line is None


def test_deeply_nested_json_is_bad_json_not_a_crash(tmp_path):
    (item,) = read(tmp_path, "a.jsonl", b"[" * 100_000 + b"]" * 100_000 + b"\n")
    assert item.reason == "bad_json"


@pytest.mark.parametrize("count, width", [(40, 20), (400, 200)])
def test_a_cut_gzip_keeps_every_line_that_arrived_whole(tmp_path, count, width):
    # newcomer, session 15: a 200-line .jsonl.gz cut in half kept no line at all ("line 1: ... damaged")
    import random
    import zlib

    noise = random.Random(7)  # text that compresses little, so half the bytes hold about half the lines
    data = gzip.compress(lines(*({"text": f"{BODY} Item {n} " + "".join(noise.choices("abcdefghij ", k=width))}
                                 for n in range(count))), mtime=0)
    cut = data[: len(data) // 2]
    whole = zlib.decompressobj(wbits=31).decompress(cut).count(b"\n")  # the lines before the cut
    items = read(tmp_path, "a.jsonl.gz", cut)
    assert [i.line for i in items if isinstance(i, Document)] == list(range(1, whole + 1)) and whole > 0
    assert items[-1].reason == "corrupt" and items[-1].line == whole + 1


@pytest.mark.parametrize("fields, kept, wrong", [
    ({"url": 5}, {"url": None}, ["'url' is a number (5)"]),
    ({"url": ["https://a.example/1"], "title": {"main": "x"}}, {"url": None, "title": None},
     ["'title' is an object", "'url' is a list"]),
    ({"date": 2024, "title": 1984}, {"date": "2024", "title": "1984"}, []),  # a year, a title in figures
    ({"url": "https://a.example/1", "outlet": None}, {"url": "https://a.example/1"}, []),  # null: absent
])
def test_a_metadata_field_of_the_wrong_type_is_left_out_and_noted(tmp_path, fields, kept, wrong):
    items = read(tmp_path, "a.jsonl", lines({"text": BODY, **fields}))
    (doc,) = [i for i in items if isinstance(i, Document)]
    assert {name: getattr(doc, name) for name in kept} == kept
    notes = [i for i in items if isinstance(i, Reject)]
    assert [(n.line, n.reason) for n in notes] == ([(1, "bad_field")] if wrong else [])
    assert all(w in notes[0].detail for w in wrong)
