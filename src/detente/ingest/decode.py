"""Bytes → clean text: binary sniffing, encoding detection and control-character removal.

Detection order: byte-order mark, then strict UTF-8 (most of the web), then a declared
charset (HTTP header or <meta>), then UTF-8 with a few stray Western bytes (a UTF-8 page with a
pasted cp1252 snippet), then charset-normalizer. Decoding never raises: when nothing
fits, the caller gets a `binary` verdict instead of mojibake or an exception.
"""
from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from detente.errors import InputRejected

# UTF-32 marks first: the UTF-32-LE mark begins with the UTF-16-LE one.
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Signatures of common non-text files that land in news folders by mistake.
_MAGIC = (
    (b"\x1f\x8b", "a gzip archive (name it .jsonl.gz or .warc.gz, or unpack it)"),
    (b"PK\x03\x04", "a zip archive or Office document (unpack or convert it to text)"),
    (b"%PDF-", "a PDF (convert it to text first)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x7fELF", "an executable"),
    (b"SQLite format 3", "an SQLite database"),
)
_SAMPLE = 64 * 1024
_CONTROL_BYTES = frozenset(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D} | {0x7F}
# Share of control bytes (NUL included) above which a file is binary. Text has almost none, and
# a damaged scrape a few stray NUL or BEL bytes (stripped when cleaning); random bytes (compressed
# or encrypted data) have about 11 %, and binary formats are full of NUL padding. A single NUL is
# no verdict: the share of the file that is not text is.
_CONTROL_SHARE = 0.05
# C0/C1 controls except tab and newline, plus lone surrogates that JSON "\ud800" escapes make.
_STRIP = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
# Vertical tab and form feed (page breaks of converted documents) become line breaks too.
_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x85\x0b\x0c]")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.I)
# Western single-byte encodings win ties: the engine reads English news.
_WESTERN_LABELS = frozenset({"iso8859-1", "latin-1", "ascii", "iso-8859-1"})
_PREFERRED = {"cp1252": 0, "latin_1": 1, "iso8859_15": 2}
# DOS, EBCDIC and Mac code pages: charset-normalizer often ranks them first on short Western
# text (a latin-1 French sentence came out as Baltic DOS cp775), yet news files almost never
# use them, so they only win when nothing else reads the bytes as well.
_RARE = frozenset({
    "cp037", "cp273", "cp424", "cp437", "cp500", "cp720", "cp737", "cp775", "cp850", "cp852", "cp855",
    "cp856", "cp857", "cp858", "cp860", "cp861", "cp862", "cp863", "cp864", "cp865", "cp866", "cp869",
    "cp875", "cp1006", "cp1026", "cp1125", "cp1140", "hp_roman8", "kz1048", "ptcp154",
})


def bom_encoding(data: bytes) -> tuple[str, int] | None:
    """(encoding, length of the mark) when the data starts with a byte-order mark."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding, len(bom)
    return None


def utf16_without_bom(sample: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' for BOM-less UTF-16 of mostly-ASCII text (every other byte NUL)."""
    if len(sample) < 8 or len(sample) % 2:
        sample = sample[: len(sample) - len(sample) % 2]
    if len(sample) < 8:
        return None
    even_nul = sample[0::2].count(0) / (len(sample) / 2)
    odd_nul = sample[1::2].count(0) / (len(sample) / 2)
    if odd_nul > 0.7 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.7 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def binary_verdict(sample: bytes) -> str | None:
    """Why the sample is not text (for the Reject detail), or None if it may be text."""
    if bom_encoding(sample) or utf16_without_bom(sample):
        return None
    for magic, what in _MAGIC:
        if sample.startswith(magic):
            return f"looks like {what}"
    controls = sum(1 for byte in sample if byte in _CONTROL_BYTES)
    if sample and controls / len(sample) > _CONTROL_SHARE:
        nul = f", {sample.count(0)} of them NUL" if 0 in sample else ""
        return f"{controls / len(sample):.0%} of the first {len(sample)} bytes are control characters{nul}"
    return None


def declared_charset(data: bytes, header: str | None = None) -> str | None:
    """Charset named by a Content-Type header or an HTML <meta> tag, if Python knows it."""
    match = _HEADER_CHARSET.search(header or "")
    name = match.group(1) if match else None
    if name is None:
        meta = _META_CHARSET.search(data[:_SAMPLE])
        name = meta.group(1).decode("ascii", "ignore") if meta else None
    try:
        codec = codecs.lookup(name).name if name else None
    except LookupError:
        return None
    # As browsers do: pages labelled latin-1 or ASCII are nearly always cp1252 (curly quotes).
    return "cp1252" if codec in _WESTERN_LABELS else codec


def _rank(match) -> tuple:
    """Common code pages first, then low chaos, then language coherence, then Western ones."""
    rare = match.encoding in _RARE or match.encoding.startswith("mac_")
    return (rare, round(match.chaos, 2), -round(match.coherence, 2), _PREFERRED.get(match.encoding, 9))


def _mostly_non_latin(text: str) -> bool:
    """Are most letters outside the Latin blocks (Cyrillic, Greek, Arabic, CJK, …)?"""
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and sum(1 for ch in letters if ord(ch) > 0x24F) > len(letters) / 2


def _normalizer_guess(data: bytes) -> str | None:
    """Text for bytes that are neither UTF-8 nor in their declared charset; None if nothing fits.

    charset-normalizer is reliable about the alphabet but not about which Latin code page a
    few accented words came from: "crème" came out as Croatian cp1250, "déjà" as Baltic
    cp1257, "naïve" as a CJK character in Big5. So when its best reading is mostly Latin
    letters and the bytes are valid cp1252 (the Western default of English news), cp1252
    wins. Cost: Polish or Turkish files in cp1250/cp1254 lose a few letters.
    """
    # BOM-less UTF-16 was ruled out above (no NUL pattern); guessing it here turns ASCII into CJK.
    matches = [m for m in from_bytes(data) if not m.encoding.startswith(("utf_16", "utf_32"))]
    best = str(min(matches, key=_rank)) if matches else None
    western = _strict(data, "cp1252")
    if western is not None and (best is None or not _mostly_non_latin(best)):
        return western
    return best


def _western_byte(err: UnicodeDecodeError) -> tuple[str, int]:
    """Error handler "detente-cp1252": a byte that is not UTF-8 is read as cp1252 (latin-1 where cp1252 has none)."""
    byte = err.object[err.start:err.start + 1]
    return byte.decode("cp1252", errors="ignore") or byte.decode("latin-1"), err.start + 1


codecs.register_error("detente-cp1252", _western_byte)


def mixed_utf8(data: bytes) -> str | None:
    """UTF-8 text with a few bytes of a Western code page in it, each read on its own terms; None unless the
    UTF-8 sequences it holds make that the likely story.

    Newcomer session 17: a UTF-8 file with a pasted cp1252 "café" was read whole as cp1252, so "Armenia’s"
    became "Armeniaâ€™s". A genuine single-byte file almost never holds a valid multi-byte UTF-8 sequence
    (Western text has an accented letter before a space or a letter, not before a symbol in 0x80-0xBF), and
    in Cyrillic, Greek or CJK code pages the bytes that are not UTF-8 far outnumber those that are, and the few
    that happen to be well-formed read as stray letters of other scripts (GBK Chinese gave Cyrillic, Arabic and
    Kangxi signs). So: at least one well-formed multi-byte sequence, mostly Latin letters or punctuation, and no
    more than four stray bytes for each; else the detector decides.
    """
    replaced = data.decode("utf-8", errors="replace")
    stray = replaced.count("\ufffd")
    wellformed = [ch for ch in replaced if ord(ch) > 0x7F and ch != "\ufffd"]
    western = sum(1 for ch in wellformed if 0xA0 <= ord(ch) <= 0x24F or 0x2000 <= ord(ch) <= 0x20CF)
    if not wellformed or stray > 4 * len(wellformed) or 2 * western <= len(wellformed):
        return None
    return data.decode("utf-8", errors="detente-cp1252")


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Decode with BOM → strict UTF-8 → declared charset → UTF-8 with stray Western bytes → charset-normalizer.

    Raises InputRejected("binary") (path filled in by the caller) when no text encoding fits.
    """
    bom = bom_encoding(data)
    if bom:
        return data[bom[1]:].decode(bom[0], errors="replace")
    utf16 = utf16_without_bom(data[:_SAMPLE])
    if utf16:
        return data.decode(utf16, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return data.decode(declared)
        except (UnicodeDecodeError, LookupError):
            pass
    mixed = mixed_utf8(data)
    if mixed is not None:
        return mixed
    guess = _normalizer_guess(data)
    if guess is None:
        raise InputRejected("", "binary", "no text encoding fits these bytes; is it really a text file?")
    return guess


def clean_text(text: str) -> str:
    """Normalise line ends to \\n and drop control characters other than \\n and \\t."""
    return _STRIP.sub("", _NEWLINES.sub("\n", text)).replace("\ufeff", "")


def bytes_to_text(data: bytes, declared: str | None = None) -> str:
    """Binary check, decoding and cleaning in one step; raises InputRejected("binary")."""
    verdict = binary_verdict(data[:_SAMPLE])
    if verdict:
        raise InputRejected("", "binary", f"{verdict}; only text, HTML, JSONL and WARC inputs are read")
    return clean_text(decode_bytes(data, declared))
