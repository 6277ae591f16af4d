"""WARC / WARC.gz: HTML responses become documents; other records pass; damage is reported."""
from __future__ import annotations

import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from detente.ingest import IngestOptions, read_file
from detente.records import Document, Reject

PAGE = "<html><body><article><p>Envoys of Ostria and Pelland agreed to reopen the border crossing.</p></article></body></html>"


def http_response(writer: WARCWriter, url: str, body: bytes, content_type: str = "text/html; charset=utf-8",
                  status: str = "200 OK", extra: list | None = None):
    headers = StatusAndHeaders(status, [("Content-Type", content_type)] + (extra or []), protocol="HTTP/1.1")
    return writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)


def build_warc(records: list[tuple], gz: bool) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gz)
    writer.write_record(writer.create_warcinfo_record("test.warc", {"software": "tests"}))
    for args in records:
        if args[0] == "request":
            record = writer.create_warc_record(args[1], "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
        else:
            record = http_response(writer, *args)
        writer.write_record(record)
    return buffer.getvalue()


def read(tmp_path: Path, name: str, data: bytes, options: IngestOptions = IngestOptions()) -> list:
    path = tmp_path / name
    path.write_bytes(data)
    return list(read_file(str(path), options))


MIXED = [
    ("request", "http://www.coastal-times.example/a"),
    ("http://www.coastal-times.example/a", PAGE.encode()),
    ("http://www.coastal-times.example/logo.png", b"\x89PNG....", "image/png"),
    ("http://www.coastal-times.example/gone", b"<html>missing</html>", "text/html", "404 Not Found"),
    ("https://valley.example/b?x=1", PAGE.replace("Ostria", "Lunaria").encode("cp1252"), "text/html; charset=windows-1252",
     "200 OK", [("Last-Modified", "Tue, 02 Apr 2024 10:00:00 GMT")]),
]


@pytest.mark.parametrize("gz", [False, True])
def test_only_html_responses_become_documents(tmp_path, gz):
    items = read(tmp_path, "crawl.warc.gz" if gz else "crawl.warc", build_warc(MIXED, gz))
    assert [type(i) for i in items] == [Document, Document]
    first, second = items
    assert (first.line, first.fmt, first.url, first.outlet) == (3, "html", "http://www.coastal-times.example/a", "coastal-times.example")
    assert first.content == PAGE and first.date and first.date.startswith("20")
    assert (second.line, second.outlet) == (6, "valley.example") and "Lunaria" in second.content


def test_truncated_warc_keeps_earlier_records(tmp_path):
    data = build_warc([("http://a.example/1", PAGE.encode()), ("http://a.example/2", PAGE.encode() * 40)], gz=False)
    items = read(tmp_path, "cut.warc", data[:-400])
    assert isinstance(items[0], Document) and items[0].url == "http://a.example/1"
    assert items[-1].reason == "corrupt" and items[-1].line == 3 and "earlier records were kept" in items[-1].detail


@pytest.mark.parametrize("name, data", [("notes.warc", b"Minutes of the Ostria-Pelland border talks.\nDay two.\n"),
                                        ("crawl.warc.gz", b"\x1f\x8b\x08\x00not really a gzip stream")])
def test_a_file_that_is_no_warc_at_all_is_not_said_to_keep_earlier_records(tmp_path, name, data):
    # session 19 newcomer: a text file named .warc read "damaged at record 1 ...; earlier records were kept"
    reject, = read(tmp_path, name, data)
    assert (reject.reason, reject.line) == ("corrupt", 1)
    assert reject.detail.startswith("not a WARC file") and "earlier records" not in reject.detail


def test_truncated_warc_gz_keeps_earlier_records(tmp_path):
    pages = [(f"http://a.example/{n}", (PAGE * 30).encode()) for n in range(4)]
    data = build_warc(pages, gz=True)
    items = read(tmp_path, "cut.warc.gz", data[: len(data) * 3 // 4])
    documents = [i for i in items if isinstance(i, Document)]
    assert 1 <= len(documents) < 4 and items[-1].reason == "corrupt"


@pytest.mark.parametrize("cut", [1, 4, 8])
def test_a_warc_gz_cut_inside_the_last_gzip_trailer_is_corrupt_not_silently_complete(tmp_path, cut):
    # The record's bytes decode whole, so warcio stops quietly; only the gzip member's CRC and size are missing.
    data = build_warc([(f"http://a.example/{n}", PAGE.encode()) for n in range(3)], gz=True)
    items = read(tmp_path, "cut.warc.gz", data[:-cut])
    assert [type(i) for i in items] == [Document, Document, Document, Reject]
    assert items[-1].reason == "corrupt" and items[-1].line == 5 and "may be missing" in items[-1].detail
    assert [type(i) for i in read(tmp_path, "whole.warc.gz", data)] == [Document] * 3


@pytest.mark.parametrize("gz", [False, True])
def test_a_warc_cut_inside_a_record_s_http_headers_is_corrupt_not_silently_empty(tmp_path, gz):
    # Cut before the Content-Type header arrives, the response no longer looks like a page; it is damage all the same.
    whole = build_warc([("http://a.example/1", PAGE.encode())], gz=False)
    cut = whole[: whole.index(b"Content-Type: text/html")]
    if gz:
        import gzip

        cut = gzip.compress(cut)
    items = read(tmp_path, "cut.warc.gz" if gz else "cut.warc", cut)
    assert [i.reason for i in items] == ["corrupt"] and items[0].line == 2


@pytest.mark.parametrize("data", [b"this is not an archive\n\nat all", b"\x1f\x8b\x08\x00garbage" * 3])
def test_not_a_warc_is_corrupt(tmp_path, data):
    (item,) = read(tmp_path, "x.warc.gz", data)
    assert item.reason == "corrupt" and item.line == 1


def test_empty_warc(tmp_path):
    (item,) = read(tmp_path, "x.warc", b"")
    assert item.reason == "empty"


def test_record_over_max_bytes_is_too_large_and_reading_goes_on(tmp_path):
    data = build_warc([("http://a.example/big", PAGE.encode() * 100), ("http://a.example/ok", PAGE.encode())], gz=True)
    big, ok = read(tmp_path, "x.warc.gz", data, IngestOptions(max_bytes=5000))
    assert (big.reason, big.line) == ("too_large", 2) and ok.url == "http://a.example/ok"


def test_binary_payload_labelled_html_is_rejected(tmp_path):
    data = build_warc([("http://a.example/bin", bytes(range(256)) * 8)], gz=False)
    (item,) = read(tmp_path, "x.warc", data)
    assert isinstance(item, Reject) and (item.reason, item.line) == ("binary", 2)


@pytest.mark.parametrize("gz", [False, True])
def test_a_warc_without_any_page_says_so_with_its_record_types(tmp_path, gz):
    # newcomer session 12: a crawl of requests and metadata only ended 'no input held an article', naming no file
    data = build_warc([("request", "http://a.example/x"), ("http://a.example/logo.png", b"\x89PNG", "image/png")], gz)
    (item,) = read(tmp_path, "meta.warc.gz" if gz else "meta.warc", data)
    assert isinstance(item, Reject) and item.reason == "not_article" and item.line is None
    assert "no web page among its 3 records (1 request, 1 response, 1 warcinfo)" in item.detail


def test_a_warc_with_a_page_has_no_not_article_reject(tmp_path):
    items = read(tmp_path, "x.warc", build_warc([("request", "http://a.example/x"), ("http://a.example/x", PAGE.encode())], False))
    assert [type(i) for i in items] == [Document]


def test_a_warc_header_line_with_no_record_headers_is_corrupt(tmp_path):
    # newcomer session 12: 'WARC/1.0' followed by junk read as one empty record of no type, and no reject
    (item,) = read(tmp_path, "x.warc", b"WARC/1.0\r\nnot a header\r\n")
    assert (item.reason, item.line) == ("corrupt", 1) and "no WARC-Type header" in item.detail


def test_a_warc_gz_compressed_as_one_stream_is_read_whole(tmp_path):
    # newcomer review, session 14: `gzip crawl.warc` makes one gzip stream, not a member per record; warcio
    # read the warcinfo record and stopped with 'non-chunked gzip', so the pages after it were lost
    import gzip

    data = gzip.compress(build_warc([(f"http://a.example/{n}", PAGE.encode()) for n in range(3)], gz=False))
    items = read(tmp_path, "one.warc.gz", data)
    assert [type(i) for i in items] == [Document] * 3 and [i.url for i in items][0] == "http://a.example/0"


def test_a_cut_one_stream_warc_gz_keeps_the_records_before_the_cut_and_says_where(tmp_path):
    import gzip

    plain = build_warc([(f"http://a.example/{n}", (PAGE * 20).encode()) for n in range(3)], gz=False)
    data = gzip.compress(plain)
    third = plain.index(b"WARC/1.0", plain.index(b"http://a.example/2") - 400)  # the third page's record
    cut = data[: len(data) - 40]  # well inside the last record's compressed bytes
    items = read(tmp_path, "cut.warc.gz", cut)
    assert [i.url for i in items if isinstance(i, Document)] == ["http://a.example/0", "http://a.example/1"]
    last = items[-1]
    assert (last.reason, last.line) == ("corrupt", 4) and f"byte {len(cut):,}" in last.detail
    assert f"after byte {third - 4:,} of the uncompressed WARC" in last.detail  # the end of the record before it


def _one_stream_bomb(filler: int) -> bytes:
    """A page, then a resource record of `filler` spaces (not a page: warcio reads it to its end), gzipped whole."""
    import gzip

    head = build_warc([("http://a.example/0", PAGE.encode())], gz=False)
    bomb = (b"WARC/1.0\r\nWARC-Type: resource\r\nWARC-Target-URI: http://a.example/pad\r\n"
            b"Content-Type: application/octet-stream\r\nContent-Length: %d\r\n\r\n" % filler)
    stream = io.BytesIO()
    with gzip.GzipFile(fileobj=stream, mode="wb", compresslevel=9) as out:
        out.write(head + bomb)
        for _ in range(filler // (1 << 20)):
            out.write(b" " * (1 << 20))
        out.write(b" " * (filler % (1 << 20)) + b"\r\n\r\n")
    return stream.getvalue()


def test_a_one_stream_warc_gz_bomb_stops_on_expansion_ratio_keeping_the_page_before(tmp_path):
    # newcomer review, session 15: only the per-record max_bytes applied to a one-stream .warc.gz, so a
    # record that is not a page (read to its end by warcio) could expand without bound
    data = _one_stream_bomb(64 * 1024 * 1024)  # 64 MiB of spaces in ~64 KB
    items = read(tmp_path, "bomb.warc.gz", data)
    assert [type(i) for i in items] == [Document, Reject] and items[0].url == "http://a.example/0"
    last = items[-1]
    assert (last.reason, last.line) == ("too_large", 3) and "max_gzip_ratio" in last.detail
    assert "by byte " in last.detail and "of the uncompressed WARC" in last.detail and last.path.endswith("bomb.warc.gz")


def test_a_one_stream_warc_gz_stops_at_max_decompressed_bytes(tmp_path):
    data = _one_stream_bomb(3 * 1024 * 1024)
    items = read(tmp_path, "big.warc.gz", data, IngestOptions(max_decompressed_bytes=2 * 1024 * 1024,
                                                               max_gzip_ratio=1e9))
    assert isinstance(items[0], Document) and items[-1].reason == "too_large"
    assert "max_decompressed_bytes (2.0 MiB)" in items[-1].detail


@pytest.mark.parametrize("before", [0, 1])
def test_a_response_record_with_no_target_uri_is_corrupt_not_an_internal_error(tmp_path, before):
    """Hand-made or cut WARCs: a response record with no WARC-Target-URI made warcio raise AttributeError
    ('NoneType' object has no attribute 'startswith'), and `ingest` stopped on an internal error (session 24
    newcomer). It is a counted corrupt row now, and the records before it are kept."""
    good = build_warc([("http://a.example/1", PAGE.encode())], gz=False) if before else b""
    bad = (b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 60\r\n\r\n"
           b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>Ostria")
    items = read(tmp_path, "hand.warc", good + bad)
    assert items[-1].reason == "corrupt" and "WARC-Target-URI" in items[-1].detail
    assert "NoneType" not in items[-1].detail and "attribute" not in items[-1].detail  # Python's words (newcomer18)
    assert [i.url for i in items if isinstance(i, Document)] == ["http://a.example/1"] * before


def test_a_damaged_warc_s_reject_names_no_python_class(tmp_path):
    """A cut .warc.gz read "(ValueError: the file ends inside its gzip stream, …)" and a hand-made WARC
    "(ArchiveLoadFailed: a record whose headers …)" in the rejects table: class names that read as a crash
    (newcomer review, session 30). The words stay; the class names go."""
    import gzip

    cut = gzip.compress(build_warc([("http://a.example/0", (PAGE * 20).encode())], gz=False))[:120]
    [reject] = read(tmp_path, "cut.warc.gz", cut)
    assert reject.reason == "corrupt" and "the file ends inside its gzip stream, at byte 120" in reject.detail
    hand = (b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 60\r\n\r\n"
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>Ostria")
    [other] = read(tmp_path, "hand.warc", hand)
    for detail in (reject.detail, other.detail):
        assert "ValueError" not in detail and "ArchiveLoadFailed" not in detail, detail
