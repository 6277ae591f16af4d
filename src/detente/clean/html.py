"""HTML pages → units with role hints, via trafilatura (main text, comments, metadata).

trafilatura's XML output keeps the structure we need: <head> (headings), <p>, <list>/<item>,
<quote>, <table>, and a separate <comments> section. We rebuild a plain text from it, one paragraph
per unit separated by blank lines, so the same role rules as for plain text run over it (trafilatura
still lets through "Read more" lines, captions and teaser lists on many sites). When trafilatura
finds nothing, the page's visible text (lxml, scripts and styles dropped) goes to the plain-text path.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from html import unescape as html_unescape

from lxml import etree
from lxml import html as lxml_html

from detente.clean.lexicon import line_key
from detente.clean.text_segmenter import Unit
from detente.clean.title_outlet import title_outlet

_BLOCK_TAGS = ("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
               "header", "footer", "nav", "aside", "blockquote", "figcaption", "figure", "table", "ul", "ol",
               "dd", "dt", "pre", "title")
_INVISIBLE_TAGS = ("script", "style", "noscript", "template", "svg", "head", "iframe", "object")
_PARA_TAGS = ("p", "item", "head", "quote", "row", "cell")


@dataclass(frozen=True, slots=True)
class HtmlPage:
    """What the HTML gave: units over `text` (None when trafilatura found nothing) and metadata."""

    text: str
    units: tuple[Unit, ...] | None
    title: str | None = None
    date: str | None = None
    sitename: str | None = None
    url: str | None = None  # the page's own address (<link rel=canonical>, og:url), when it states one


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _paragraphs(section: etree._Element, hint: str | None) -> list[tuple[str, str | None]]:
    """(text, hint) for each leaf paragraph-like element of a trafilatura section, in order."""
    out: list[tuple[str, str | None]] = []
    for element in section.iter(*_PARA_TAGS):
        if any(child.tag in _PARA_TAGS for child in element):
            continue  # a container (list item holding paragraphs): its leaves are read instead
        text = _flat("".join(element.itertext()))
        if text:
            out.append((text, "heading" if element.tag == "head" and hint is None else hint))
    return out


def _join_units(parts: list[tuple[str, str | None]]) -> tuple[str, tuple[Unit, ...]]:
    units, pos, chunks = [], 0, []
    for text, hint in parts:
        units.append(Unit(pos, pos + len(text), text, hint))
        chunks.append(text)
        pos += len(text) + 2
    return "\n\n".join(chunks), tuple(units)


def _with_title(parts: list[tuple[str, str | None]], title: str | None) -> list[tuple[str, str | None]]:
    """Mark the heading that repeats the page title as the title, or put the title first."""
    if not title or not line_key(title):
        return parts
    for n, (text, hint) in enumerate(parts[:5]):
        if hint == "heading" and line_key(text) == line_key(title):
            return [*parts[:n], (text, "title"), *parts[n + 1:]]
    return [(_flat(title), "title"), *parts]


def _trafilatura_xml(content: str, url: str | None = None) -> etree._Element | None:
    import trafilatura  # heavy import; plain-text runs never need it

    try:
        xml = trafilatura.extract(content, url=url, output_format="xml", include_comments=True, with_metadata=True,
                                  include_tables=True, include_images=False, include_formatting=False,
                                  deduplicate=False)
    except Exception:  # trafilatura and lxml raise many kinds of errors on broken pages
        return None
    if not xml:
        return None
    try:
        return etree.fromstring(xml.encode("utf-8"), etree.XMLParser(huge_tree=True, recover=True))
    except etree.LxmlError:
        return None


def visible_text(content: str) -> str:
    """The text a browser would show, one block element per line ('' when lxml cannot read it)."""
    try:
        root = lxml_html.fromstring(content, parser=lxml_html.HTMLParser(huge_tree=True, recover=True))
    except (etree.LxmlError, ValueError):
        return _flat_tags(content)
    for element in list(root.iter(*_INVISIBLE_TAGS, etree.Comment)):
        if element.getparent() is not None:
            element.drop_tree()
    for element in root.iter(*_BLOCK_TAGS):
        element.tail = "\n\n" + (element.tail or "")
    lines = (re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in "".join(root.itertext()).split("\n"))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


# characters: a line this long is the article's prose, not a line above it (200 until session 15: a wire brief's
# first paragraph is often shorter, and the issue line above it was then never read)
PROSE_LINE = 120


def page_head(content: str, article_text: str) -> tuple[str, ...]:
    """The lines the page shows above its article: the visible text's lines before the first line that
    opens the extracted text's first prose paragraph (an archive note or issue line the extractor left
    out; read for a date, clean.pubdate). Empty when that paragraph is not found."""
    return page_margins(content, article_text)[0]


def page_margins(content: str, article_text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(page_head, the lines the page shows below its article's last prose paragraph): a note under an archive
    page ("This article first appeared in print on 12 April 1988") that the extractor left out is read
    for a date too (clean.pubdate). Each part is empty when its paragraph is not found."""
    prose = [p for p in article_text.split("\n\n") if len(p) >= PROSE_LINE]
    if not prose:
        return (), ()
    lines = [line for line in visible_text(content).splitlines() if line.strip()]
    at = next((n for n, line in enumerate(lines) if line.startswith(prose[0][:60])), None)
    last = next((n for n in range(len(lines) - 1, -1, -1) if lines[n].startswith(prose[-1][:60])), None)
    head = tuple(lines[:at]) + _dropped_byline(lines, at, prose, article_text) if at is not None else ()
    return head, tuple(lines[last + 1:]) if last is not None else ()


def _dropped_byline(lines: list[str], at: int, prose: list[str], article_text: str) -> tuple[str, ...]:
    """The lines between the article's first two prose paragraphs that the extractor left out: a byline with
    the page's date under the standfirst ("By X, Staff Writer · Monday, August 16th, 2010"), which would
    otherwise be neither above nor below the article (wire27: a page dated by an image folder's month instead)."""
    if len(prose) < 2:
        return ()
    second = next((n for n in range(at + 1, len(lines)) if lines[n].startswith(prose[1][:60])), None)
    return tuple(line for line in lines[at + 1:second or at + 1] if line.strip() not in article_text)


def _unflattened(parts: list[tuple[str, str | None]], content: str,
                 title: str | None) -> list[tuple[str, str | None]]:
    """The page's own paragraphs when trafilatura gave a short article as one paragraph. Its fallback for a page of
    two or three paragraphs joins the headline, byline, dateline and body into one <p>: "… with Kazakhstan By
    Aigerim Sadykova, Almaty TASHKENT, Nov 19 — Uzbekistan's parliament …" was one sentence, and the byline's
    name became the actor (session 18 newcomer, a short page of its own). Taken only when consecutive lines of
    the visible text, joined by spaces, are exactly that paragraph; a line that is the title is its heading."""
    if len(parts) != 1 or parts[0][1] is not None:
        return parts
    target, lines = parts[0][0], [line for line in visible_text(content).splitlines() if line.strip()]
    for start, line in enumerate(lines):
        if not target.startswith(line) or line == target:
            continue
        end, joined = start + 1, line
        while len(joined) < len(target) and end < len(lines):
            joined, end = f"{joined} {lines[end]}", end + 1
        if joined == target:
            key = line_key(title) if title else None
            return [(text, "heading" if key and line_key(text) == key else None) for text in lines[start:end]]
    return parts


def _flat_tags(content: str) -> str:
    """Last resort for markup lxml refuses: drop tags by pattern."""
    content = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", content)
    return re.sub(r"\n{3,}", "\n\n", re.sub(r"<[^>]*>", "\n", content)).strip()


def read_html(content: str, url: str | None = None) -> HtmlPage:
    """Main text and metadata of an HTML page (units None: use the visible text instead). `url`: where the
    page was fetched from, when the input says (the extractor reads a date in its path, "/2017/03/03/")."""
    doc = _trafilatura_xml(content, url)
    if doc is None or doc.find("main") is None:
        return HtmlPage(visible_text(content), None, url=page_url(content))
    title = doc.get("title")
    parts = _paragraphs(doc.find("main"), None)
    comments = doc.find("comments")
    if comments is not None:
        parts += _paragraphs(comments, "comment")
    sitename = doc.get("sitename") or title_outlet(content)  # the <title>'s last part (clean.title_outlet)
    if not parts:
        return HtmlPage(visible_text(content), None, title, doc.get("date"), sitename, page_url(content))
    text, units = _join_units(_with_title(_unflattened(parts, content, title), title))
    return HtmlPage(text, units, title, doc.get("date"), sitename, page_url(content))


_HEAD_TAG = re.compile(r"<(?:link|meta)\b[^>]*>", re.I)
_ATTR = re.compile(r"""([a-z:_-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.I)


def page_url(content: str) -> str | None:
    """The absolute http(s) address a page gives for itself: <link rel="canonical" href> first, else
    <meta property="og:url" content>. An HTML file carries no URL of its own, so without this the GDELT-style
    SOURCEURL and an event's cite url stayed empty for every saved page (newcomer7). Read from the head only."""
    end = content.lower().find("</head>", 0, 200_000)
    head = content[:end if end >= 0 else 50_000]
    found: dict[str, str] = {}
    for tag in _HEAD_TAG.findall(head):
        attrs = {m.group(1).lower(): html_unescape(next(g for g in m.groups()[1:] if g is not None))
                 for m in _ATTR.finditer(tag)}
        if "canonical" in attrs.get("rel", "").lower().split():
            found.setdefault("canonical", attrs.get("href", "").strip())
        elif attrs.get("property", attrs.get("name", "")).lower() == "og:url":
            found.setdefault("og", attrs.get("content", "").strip())
    for key in ("canonical", "og"):
        if re.match(r"https?://[^\s/]+", found.get(key, ""), re.I):
            return found[key]
    return None


# The fields in which a page states when it was published (Open Graph, schema.org microdata, Dublin Core, the
# common <meta name="date"> family, the citation fields of digitised archives); an update field is not one.
PUBLISHED_FIELDS = frozenset({
    "article:published_time", "og:article:published_time", "datepublished", "date", "pubdate", "publishdate",
    "publish-date", "publication_date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued",
    "dcterms.created", "citation_date", "citation_publication_date", "sailthru.date", "parsely-pub-date"})
_JSON_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"([^"]{4,40})"')


def published_field(content: str) -> str | None:
    """The publication date a page states in a field of its head (<meta> or itemprop) or its JSON-LD, as
    written, or None. The HTML extractor (htmldate) reads these fields too, but finds no date before 1995 in
    them: an archive page of 1961 whose head says so was dated by the year of its digitisation note ("archive
    edition 2024", eval/wire19), so clean reads the field itself for such a page."""
    for tag in _HEAD_TAG.findall(content[:200_000]):
        attrs = {m.group(1).lower(): html_unescape(next(g for g in m.groups()[1:] if g is not None))
                 for m in _ATTR.finditer(tag)}
        field = attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or ""
        if field.lower() in PUBLISHED_FIELDS and attrs.get("content", "").strip():
            return attrs["content"].strip()
    found = _JSON_PUBLISHED.search(content[:200_000])
    return found[1].strip() if found else None
