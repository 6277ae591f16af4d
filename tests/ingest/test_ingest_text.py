"""Whole-file inputs (.txt, .html): encodings, binary data, empty files, size limits."""
from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from detente import ids
from detente.ingest import IngestOptions, read_file, read_inputs
from detente.records import Document, Reject
from tests.conftest import SEEDS

OPTIONS = IngestOptions()
ARTICLE = "The foreign minister of Norland met her Sudovian counterpart in Vell on Tuesday.\nTalks will resume in May.\n"
ACCENTED = "Le ministre a déclaré « nous négocions » — l’accord reste fragile, naïveté à part.\n"


def read_one(path: Path, options: IngestOptions = OPTIONS) -> Document | Reject:
    items = list(read_file(str(path), options))
    assert len(items) == 1, items
    return items[0]


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_plain_text_file_becomes_one_document(tmp_path):
    doc = read_one(write(tmp_path, "a.txt", ARTICLE.encode()))
    assert isinstance(doc, Document)
    assert (doc.fmt, doc.line, doc.content, doc.path) == ("text", None, ARTICLE, str(tmp_path / "a.txt"))
    assert doc.doc_id == ids.doc_id(ARTICLE)


def test_html_file_keeps_markup_for_the_clean_stage(tmp_path):
    html = f"<html><head><title>T</title></head><body><p>{ARTICLE}</p></body></html>"
    doc = read_one(write(tmp_path, "a.HTM", html.encode()))
    assert doc.fmt == "html" and doc.content == html


def test_same_content_under_two_names_gets_the_same_id(tmp_path):
    write(tmp_path, "one.txt", ARTICLE.encode())
    write(tmp_path, "two.txt", ARTICLE.replace("\n", "\r\n").encode("utf-8-sig"))
    first, second = read_inputs([str(tmp_path)], OPTIONS)
    assert first.doc_id == second.doc_id and first.path != second.path


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252", "latin-1"])
def test_encodings_are_detected(tmp_path, encoding):
    text = ACCENTED * 3
    if encoding == "latin-1":  # no curly quote or dash in latin-1
        text = text.replace("’", "'").replace("—", "-")
    data = text.encode(encoding)
    if encoding in ("utf-16-le", "utf-16-be"):  # with an explicit byte-order mark
        data = (codecs.BOM_UTF16_LE if encoding.endswith("le") else codecs.BOM_UTF16_BE) + data
    doc = read_one(write(tmp_path, "a.txt", data))
    assert doc.content == text


def test_utf16_without_bom_is_still_read(tmp_path):
    doc = read_one(write(tmp_path, "a.txt", ARTICLE.encode("utf-16-le")))
    assert doc.content == ARTICLE


def test_html_meta_charset_is_used_when_bytes_are_not_utf8(tmp_path):
    html = '<html><head><meta charset="windows-1251"></head><body><p>Министр заявил о переговорах</p></body></html>'
    doc = read_one(write(tmp_path, "ru.html", html.encode("cp1251")))
    assert doc.content == html


def test_latin1_label_is_read_as_cp1252_like_browsers_do(tmp_path):
    html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"></head><body><p>“Talks” resume</p></body></html>'
    assert read_one(write(tmp_path, "a.html", html.encode("cp1252"))).content == html


def test_mixed_encodings_in_one_file_read_each_part_right(tmp_path):
    # newcomer session 17: the UTF-8 part came out as mojibake ("Armenia’s" → "Armeniaâ€™s") when one pasted
    # cp1252 word made the whole file cp1252
    data = "Café talks — ".encode() + "déjà vu, “quoted”".encode("cp1252") + b"\n"
    doc = read_one(write(tmp_path, "mixed.txt", data))
    assert isinstance(doc, Document) and doc.content == "Café talks — déjà vu, “quoted”\n"
    data = "Armenia’s envoy said".encode() + " the café closed \xff.".encode("latin-1") + b"\n"
    assert read_one(write(tmp_path, "mixed2.txt", data)).content == "Armenia’s envoy said the café closed ÿ.\n"


@pytest.mark.parametrize("encoding, text", [
    ("gbk", "中国外交部发言人周一表示，双方将在北京举行会谈。"), ("shift_jis", "日本政府は月曜日、中国との首脳会談を開くと発表した。"),
    ("euc_kr", "한국 정부는 월요일 일본과 회담을 열 것이라고 밝혔다."), ("big5", "中華民國外交部週一表示"),
    ("cp1251", "Министерство иностранных дел заявило в понедельник"), ("koi8_r", "Министерство заявило в понедельник"),
    ("cp1253", "Το υπουργείο Εξωτερικών της Ελλάδας"), ("cp1256", "قالت وزارة الخارجية يوم الاثنين"),
    ("cp1250", "Ministerstwo oświadczyło w poniedziałek"), ("cp1252", "crème brûlée à Zürich, “quoted” — 20 €")])
def test_a_single_byte_or_east_asian_file_is_not_read_as_utf8_with_stray_bytes(encoding, text):
    from detente.ingest.decode import mixed_utf8
    assert mixed_utf8(text.encode(encoding)) is None  # the few bytes that happen to be UTF-8 are no evidence


def test_control_characters_are_stripped_and_newlines_normalised(tmp_path):
    data = b"Line one\r\nLine\x07 two\rLine\x1b three\tend\x0cpage two\x00"[:-1]
    doc = read_one(write(tmp_path, "a.txt", data))
    assert doc.content == "Line one\nLine two\nLine three\tend\npage two"


@pytest.mark.parametrize("data", [b"hello\x00world" * 20, bytes(range(256)) * 4, b"\x1f\x8b\x08\x00" + b"x" * 50,
                                  b"%PDF-1.7\n" + bytes(range(1, 32)) * 10, b"PK\x03\x04" + b"\x00" * 40])
def test_binary_behind_a_text_name_is_rejected(tmp_path, data):
    for name in ("a.txt", "a.html"):
        reject = read_one(write(tmp_path, name, data))
        assert isinstance(reject, Reject) and reject.reason == "binary", reject
        assert reject.detail


def test_stray_nul_and_bel_bytes_in_prose_are_removed_not_rejected(tmp_path):
    # A damaged scrape: a handful of NUL/BEL bytes inside ordinary prose is text, minus those bytes.
    damaged = ARTICLE.replace("minister", "mini\x00ster").replace("Tuesday", "Tues\x07day\x00").replace("May", "\x00May")
    doc = read_one(write(tmp_path, "scrape.txt", damaged.encode()))
    assert isinstance(doc, Document), doc
    assert doc.content == ARTICLE


def test_real_binary_files_are_still_rejected(tmp_path):
    import gzip
    import io
    import zipfile
    import zlib

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("article.txt", ARTICLE * 50)
    pdf = b"%PDF-1.4\n1 0 obj << /Length 60 /Filter /FlateDecode >> stream\n" + zlib.compress(ARTICLE.encode() * 9)
    jpeg = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(range(256)) * 8
    # No signature at all: a raw deflate stream is rejected on its share of control bytes alone.
    unsigned = zlib.compress(("".join(f"{ARTICLE} {i}" for i in range(200))).encode())[2:]
    for name, data in (("a.zip.txt", buffer.getvalue()), ("a.pdf.txt", pdf), ("a.jpg.txt", jpeg),
                       ("a.gz.txt", gzip.compress(ARTICLE.encode())), ("deflate.txt", unsigned)):
        reject = read_one(write(tmp_path, name, data))
        assert isinstance(reject, Reject) and reject.reason == "binary", (name, reject)


def test_high_share_of_control_characters_is_binary(tmp_path):
    data = (b"ab\x01\x02\x03\x04cd" * 100)
    assert read_one(write(tmp_path, "a.txt", data)).reason == "binary"


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  ", "\ufeff  \n".encode("utf-8"), "  \n".encode("utf-16"), b"\x07\n" + b" " * 60])
def test_empty_or_blank_files_are_rejected(tmp_path, data):
    reject = read_one(write(tmp_path, "blank.txt", data))
    assert isinstance(reject, Reject) and reject.reason == "empty", reject


def test_file_over_max_bytes_is_too_large_with_a_helpful_detail(tmp_path):
    path = write(tmp_path, "big.txt", b"word " * 400)
    reject = read_one(path, IngestOptions(max_bytes=1000))
    assert reject.reason == "too_large"
    assert "2000 bytes" in reject.detail and "max_bytes" in reject.detail
    assert isinstance(read_one(path, IngestOptions(max_bytes=2000)), Document)


def test_seed_articles_read_without_rejects():
    seeds = SEEDS
    if not seeds.is_dir():
        pytest.skip("seed articles not available")
    items = [i for i in read_inputs([str(p) for p in sorted(seeds.glob("*.txt"))], OPTIONS)]
    assert items and all(isinstance(i, Document) and i.fmt == "text" and len(i.content) > 200 for i in items)
    assert len({i.doc_id for i in items}) == len(items)
