"""Building Documents: ids, outlets from URLs, HTML sniffing of text fields."""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from detente import ids
from detente.records import Document

# A real tag of the kinds articles are made of; "a < b > c" in prose does not match.
_HTML_TAG = re.compile(
    r"<(?:!doctype\s+html|html|head|body|article|section|div|p|br|span|h[1-6]|ul|ol|li|table|"
    r"meta|title|blockquote|figure|strong|em)\b[^<>]*>|<a\s[^<>]*href\s*=",
    re.IGNORECASE,
)


def looks_like_html(text: str) -> bool:
    return _HTML_TAG.search(text[:100_000]) is not None


def outlet_from_url(url: str | None) -> str | None:
    """The host of a URL without "www." (and without port or credentials), lower-cased."""
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def make_document(path: str, line: int | None, fmt: str, content: str, *, url: str | None = None,
                  title: str | None = None, outlet: str | None = None, date: str | None = None) -> Document:
    """A Document whose id is the hash of its content and whose outlet falls back to the URL host."""
    return Document(
        doc_id=ids.doc_id(content), path=path, line=line, fmt=fmt, content=content,
        url=url, title=title, outlet=outlet or outlet_from_url(url), date=date,
    )
