"""Clean stage: Document → Article (role-tagged segments over a cleaned text, publication date).

    clean_document(document) -> Article      raises detente.errors.InputRejected

Plain text is kept as written (newlines unified, control characters dropped); HTML is rebuilt from
trafilatura's main text and comments (see clean.html). Every unit of text (paragraph or line) becomes
one segment; roles come from clean.roles, the date from clean.pubdate. A document is rejected as
"not_article" when no article prose is left once furniture is set aside, and as "not_english" when
that prose is not English (clean.language).
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from detente.clean.html import page_margins, published_field, read_html
from detente.clean.language import english_verdict
from detente.clean.pubdate import HTML_METADATA, field_before_floor, publication_date
from detente.clean.roles import assign_roles
from detente.clean.text_segmenter import Unit, describe, lower_content_words, split_units
from detente.errors import InputRejected
from detente.records import Article, Document, Segment

__all__ = ["MAX_TEXT_CHARS", "clean_document", "normalise_text", "build_segments", "text_segments", "body_run",
           "MIN_BODY_CHARS", "MIN_BODY_SENTENCES"]

# Threshold for "not_article": at least one sentence of body prose and 50 characters of body text.
# A single complete news sentence is a real input (wire briefs, the sentence benchmarks); what this
# rejects is a page whose text is all furniture: navigation, link lists, teasers, a bare headline.
MIN_BODY_CHARS = 50
MIN_BODY_SENTENCES = 1
# A document that is one complete sentence and nothing else (a wire brief, a line of a sentence benchmark)
# is no page whose text could be furniture: "Lithuania expelled four Russian diplomats." is five words and
# 42 characters, and a short sentence with an irregular verb ("Troops withdrew from the city on Friday.")
# can read as boilerplate to the role heuristics, which weigh a line against the rest of its page.
MIN_SENTENCE_WORDS = 4
# A document that is one sentence-case headline and nothing else ("Nepal calls on India to reopen border
# crossings") is a wire headline fed on its own: nothing else on the page could make it furniture. Six words
# and a minority of capitalised words keep out a lone menu or section line ("Home World Sport Business").
# sent-dev2: four of five one-line headlines were set aside as not_article and their acts lost.
MIN_HEADLINE_WORDS = 5
# Lower-case words that link a headline's verb to its names ("suspends X Treaty with Y", "quits Community of Z"):
# a menu or section line of capitalised labels has none (_sentence_case).
LINKING_WORDS = frozenset({"with", "of", "to", "in", "on", "for", "over", "after", "from", "against", "at", "by",
                           "into", "amid"})
# Characters of cleaned text coded per document: more is rejected as too_large before it is split or parsed. A news
# article, long reads included, is under 50,000 characters; the longest page of every benchmark set is 5,500
# (eval/wire2) and realnews' 2,000. Coding 100,000 characters (about 1,200 sentences) takes about 20 s on one core;
# a 6 MB JSONL text (200,000 sentences) ran for many minutes with no progress line (newcomer6). A text that long
# is a dump, a book or many articles in one field, not a page: split it, or raise --max-text-chars.
MAX_TEXT_CHARS = 100_000
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\ufeff\ufffe]")
_LOOKS_HTML = re.compile(r"^\s*(?:<!doctype\s+html|<html\b|<head\b|<body\b)", re.I)


def normalise_text(content: str) -> str:
    """Readable plain text: newlines unified, control characters (not tabs) removed."""
    text = content.replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"[\v\f\u2028\u2029\x85]", "\n", text)
    return _CONTROL.sub("", text)


def build_segments(text: str, units: Sequence[Unit], roles: Sequence[str]) -> tuple[Segment, ...]:
    """Segments that tile text: each unit plus the whitespace after it (the first also takes any
    whitespace before it), so offsets are contiguous from 0 to len(text)."""
    segments = []
    for n, (unit, role) in enumerate(zip(units, roles)):
        start = 0 if n == 0 else segments[-1].end
        end = units[n + 1].start if n + 1 < len(units) else len(text)
        segments.append(Segment(n, role, start, end))
    return tuple(segments)


def text_segments(text: str, title: str | None = None) -> tuple[Segment, ...]:
    """The role-tagged segments of a stored (already cleaned) text, read as plain text is read: what
    `detente show` needs to keep page furniture out of an event's context (the store keeps no roles)."""
    units = split_units(text)
    return build_segments(text, units, assign_roles(units, title))


def body_run(text: str, segments: Sequence[Segment], offset: int) -> tuple[int, int]:
    """(start, end) of the article text around `offset`: its own segment and the body segments next to it,
    up to the first segment of another role (a menu, dateline, "Related" block), outer white space left out.
    An event's context stops there: `show` printed page menus and datelines as context (issue #13)."""
    own = next((i for i, s in enumerate(segments) if s.start <= offset < s.end), None)
    if own is None:
        return 0, len(text)
    first = last = own
    while first > 0 and segments[first - 1].role == "body":
        first -= 1
    while last + 1 < len(segments) and segments[last + 1].role == "body":
        last += 1
    lo, hi = segments[first].start, segments[last].end
    lo += len(text[lo:hi]) - len(text[lo:hi].lstrip())
    return lo, lo + len(text[lo:hi].rstrip())


def _units_of(document: Document, max_chars: int = MAX_TEXT_CHARS
              ) -> tuple[str, Sequence[Unit], dict[str, str | tuple[str, ...] | None]]:
    """(text, units, metadata found in the page) for either format; raises InputRejected when the text is
    longer than `max_chars`, before the costly steps."""
    content = normalise_text(document.content)
    if document.fmt != "html" and not _LOOKS_HTML.match(content[:1000]):
        _check_length(document, content, max_chars)
        return content, split_units(content), {}
    page = read_html(content, document.url)
    _check_length(document, page.text, max_chars)
    meta = {"title": page.title, "date": page.date, "sitename": page.sitename, "url": page.url,
            "field": published_field(content)}
    # The lines above the article may state the page's own date: read when the extractor's date is its
    # placeholder day (1 January), any other date it may have taken from elsewhere on an archive page
    # (clean.pubdate: it finds no date before 1995), or no date at all.
    meta["head"], meta["tail"] = page_margins(content, page.text)
    if page.units is not None:
        return page.text, page.units, meta
    if not page.text.strip() and content.strip():
        raise InputRejected(document.path, "corrupt", "no readable text in this HTML; check the file "
                            "is a complete page", document.line)
    return page.text, split_units(page.text), meta


def _check_length(document: Document, text: str, max_chars: int) -> None:
    if len(text) > max_chars:
        raise InputRejected(document.path, "too_large", f"text is {len(text):,} characters, over max_text_chars "
                            f"({max_chars:,}; a news article is under 50,000): not coded; split it into articles, "
                            "or raise --max-text-chars to code it", document.line)


def one_sentence(units: Sequence[Unit]) -> bool:
    """The document is a single unit that reads as one complete sentence (capitalised, several words, a
    full stop, question or exclamation mark at its end) or as one sentence-case headline."""
    if len(units) != 1 or units[0].hint is not None:
        return False
    f = describe(units[0].text)
    # the first word is capitalised by the headline's rule, not as a name, so the share of capitals is read
    # after it (sent-dev3: "Russia detains Norwegian fishing trawler in Barents Sea", four names in eight
    # words, was set aside; a title-case line keeps nearly every later word capitalised). A kicker such as
    # "ANALYSIS:" or "Q&A:" opens a feature's headline, not wire copy: the whole line is read then (sent-fp).
    first, _, rest = units[0].text.lstrip().partition(" ")
    capitals = f.cap_ratio < 0.5 if _kicker(first) else _sentence_case(rest)
    headline = f.n_words >= MIN_HEADLINE_WORDS and capitals and not f.dangling
    return (f.ends_terminal and f.n_words >= MIN_SENTENCE_WORDS or headline) and not f.starts_lower


def _kicker(first: str) -> bool:
    """A feature's label before a colon ("ANALYSIS:", "Q&A:"), not a wire headline's speaker or dateline: a
    capital or state in title case before the colon ("Tehran: Baku harbouring Israeli spies", "Kabul: no
    Pakistani troops on Afghan soil", sent-dev22 0191, 0192; sent-dev17 "Ulaanbaatar: Beijing reopens ...")
    says who speaks, and the headline after it is read in sentence case like any other."""
    label = first[:-1]
    return first.endswith(":") and not (label.isalpha() and label.istitle())


def _sentence_case(rest: str) -> bool:
    """The headline after its first word is in sentence case: at most half its content words capitalised, or
    up to two thirds when at least two stay lower-case, the verb and a noun (sent-dev4: "X threatens US with
    closure of Strait of Hormuz", three names of five content words, was set aside). A title-case line
    capitalises nearly every content word. A lower-case word right after the one-word subject is the headline's
    verb, which title case would capitalise, so a long name after it does not make the line title case when a
    lower-case linking word follows, as no menu line has (sent-dev15: "India suspends Indus Waters Treaty with
    Pakistan", four names of five content words, was set aside and its act lost; "Kenya Recalls Envoy From
    Uganda" stays a title-case line, "Home news Sport Business Culture" a menu)."""
    ratio = describe(rest).cap_ratio
    verb, *after = rest.split() or [""]  # a one-word line has no verb after its subject
    lower_verb = len(verb) >= 3 and verb.isalpha() and verb.islower() and bool(LINKING_WORDS.intersection(after))
    return ratio <= 0.5 or ratio < 0.7 and lower_content_words(rest) >= 2 or lower_verb


def _check_article(document: Document, text: str, segments: Sequence[Segment], single: bool = False) -> str:
    """The body text; raises InputRejected when the document is not an English article."""
    body = [text[s.start:s.end].strip() for s in segments if s.role == "body"]
    features = [describe(b) for b in body]
    sentences = sum(1 for f in features if f.n_words >= 6 and (f.ends_terminal or f.has_verb))
    chars = sum(len(b) for b in body)
    if not single and (sentences < MIN_BODY_SENTENCES or chars < MIN_BODY_CHARS):
        raise InputRejected(document.path, "not_article",
                            f"only {chars} characters of article prose ({sentences} sentence-like "
                            "paragraphs) once navigation and other page furniture are set aside", document.line)
    english, why = english_verdict("\n".join(body))
    if not english:
        raise InputRejected(document.path, "not_english", f"body text is not English: {why}", document.line)
    return "\n".join(body)


def clean_document(document: Document, max_chars: int = MAX_TEXT_CHARS) -> Article:
    """Clean one document into a role-segmented Article (see the module docstring); a text of more than
    `max_chars` characters is rejected as too_large (MAX_TEXT_CHARS)."""
    text, units, meta = _units_of(document, max_chars)
    single = one_sentence(units)
    roles = ["body"] if single else assign_roles(units, document.title or meta.get("title"))
    segments = build_segments(text, units, roles)
    _check_article(document, text, segments, single)
    raw_date, label = (document.date, "metadata") if document.date else \
        (older, "page field") if (older := field_before_floor(meta.get("field"))) else (meta.get("date"), HTML_METADATA)
    margins = (meta.get("head", ()), meta.get("tail", ())) if not document.date else ((), ())
    published = publication_date(raw_date, text, segments, label, margins[0], document.url, margins[1])
    title_segment = next((s for s in segments if s.role == "title"), None)
    title = document.title or (text[title_segment.start:title_segment.end].strip() if title_segment else None)
    # the input's URL (JSONL field, WARC target) wins; a saved page's own canonical address fills the gap. The date
    # is still read from the input's URL only: the canonical one is kept for citation, not for dating.
    url = document.url or meta.get("url")
    return Article(document.doc_id, document.path, document.line, document.fmt, text, segments, published,
                   url, title, document.outlet or meta.get("sitename"))
