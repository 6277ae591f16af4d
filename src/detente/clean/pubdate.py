"""The publication date of an article, and how it was found.

Order of trust: the metadata date (feed, JSON field or HTML meta), a dateline near the top of the
text, then an inference when the page states no date but bounds it: the earliest reader comment (the
article existed before it was commented on) or, failing that, the latest full date the article itself
mentions (it was written no earlier). A date after today or before 1900 is never trusted.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from detente.clean import dates
from detente.records import DateInfo, Segment

DATELINE_WINDOW = 8  # datelines sit among the first lines: headline, byline, date, reading time
_ISO_DAY = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
_ISO_MONTH = re.compile(r"^\s*(\d{4})-(\d{2})\s*$")
_YEAR_ONLY = re.compile(r"^\s*(\d{4})\s*$")


def _parse_metadata(raw: str) -> tuple[dt.date, str] | None:
    """(date, precision) of a metadata string in any common format; ISO forms without a parser call."""
    if m := _ISO_DAY.match(raw):
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3])), "day"
        except ValueError:
            return None
    if m := _ISO_MONTH.match(raw):
        return (dt.date(int(m[1]), int(m[2]), 1), "month") if 1 <= int(m[2]) <= 12 else None
    if m := _YEAR_ONLY.match(raw):
        return dt.date(int(m[1]), 1, 1), "year"
    return _parse_with_dateparser(raw)


def _parse_with_dateparser(raw: str) -> tuple[dt.date, str] | None:
    import dateparser  # slow to import; only free-form metadata dates need it

    try:
        data = dateparser.date.DateDataParser(languages=["en"]).get_date_data(raw[:200])
    except Exception:  # dateparser raises assorted errors on garbage; garbage is simply no date
        return None
    if data is None or data.date_obj is None:
        return None
    return data.date_obj.date(), data.period if data.period in ("day", "month", "year") else "day"


def _format(value: dt.date, precision: str) -> str:
    return {"day": value.isoformat(), "month": value.isoformat()[:7], "year": str(value.year)}[precision]


def _untrusted(what: str, value: dt.date) -> str:
    return f"{what} {value.isoformat()} is {'after today' if value > dt.date.today() else 'before 1900'}: not trusted"


def from_metadata(raw: str | None, source_note: str = "metadata") -> tuple[DateInfo | None, str]:
    """(date or None, note on why a given metadata date was not used)."""
    if not raw or not raw.strip():
        return None, ""
    parsed = _parse_metadata(raw.strip())
    if parsed is None:
        return None, f"{source_note} date {raw.strip()[:40]!r} unreadable"
    value, precision = parsed
    if not dates.plausible(value):
        return None, _untrusted(f"{source_note} date", value)
    return DateInfo(_format(value, precision), precision, "metadata", f"{source_note}: {raw.strip()[:60]}"), ""


def _texts(text: str, segments: Sequence[Segment], roles: set[str]) -> list[str]:
    return [text[s.start:s.end] for s in segments if s.role in roles]


def _first_plausible(texts: Sequence[str], notes: list[str]) -> dates.FoundDate | None:
    for chunk in texts:
        for found in dates.find_dates(chunk):
            if dates.plausible(found.value):
                return found
            notes.append(_untrusted(f"date '{found.text}'", found.value))
    return None


def from_text(text: str, segments: Sequence[Segment]) -> tuple[DateInfo | None, list[str]]:
    """A dateline date, else an inference from comment or body dates; notes on dates not trusted."""
    notes: list[str] = []
    first_body = next((i for i, s in enumerate(segments) if s.role == "body"), len(segments))
    head = [s for s in segments[: max(DATELINE_WINDOW, first_body)] if s.role == "dateline"]
    found = _first_plausible([text[s.start:s.end] for s in head], notes)
    # A dateline that gives only day and month ("ROME, May 4 -") is worth saying in the reason when
    # nothing else dates the page: the year cannot be had from it.
    notes += [f"dateline '{d}' states no year" for s in head if not found
              for d in [dates.yearless_date(text[s.start:s.end])] if d][:1]
    if found:
        return DateInfo(_format(found.value, found.precision), found.precision, "dateline", f"dateline '{found.text}'"
                        + (" (day and month order ambiguous: year only)" if found.precision == "year" else "")), notes
    # Inference compares days, so a numeric date whose day/month order is unknown cannot take part.
    comment_dates = [f for chunk in _texts(text, segments, {"comment"}) for f in dates.find_dates(chunk)
                     if f.precision == "day"]
    trusted = [f for f in comment_dates if dates.plausible(f.value)]
    if trusted:
        first = min(trusted, key=lambda f: f.value)
        return DateInfo(first.value.isoformat(), "day", "inferred",
                        f"inferred: earliest reader comment '{first.text}'; the article is no later"), notes
    written = [f for chunk in _texts(text, segments, {"body", "caption", "title", "dateline"})
               for f in dates.find_dates(chunk) if f.precision == "day"]
    trusted = [f for f in written if dates.plausible(f.value)]
    notes += [_untrusted(f"date '{f.text}'", f.value) for f in written if not dates.plausible(f.value)]
    if trusted:
        latest = max(trusted, key=lambda f: f.value)
        return DateInfo(latest.value.isoformat()[:7], "month", "inferred",
                        f"inferred: latest date written in the article '{latest.text}'; it is no earlier"), notes
    return None, notes


def publication_date(metadata: str | None, text: str, segments: Sequence[Segment],
                     metadata_label: str = "metadata") -> DateInfo:
    """Resolve Article.published (see the module docstring for the order)."""
    info, meta_note = from_metadata(metadata, metadata_label)
    if info is not None:
        return info
    info, notes = from_text(text, segments)
    notes = [n for n in (meta_note, *notes) if n]
    if info is not None:
        extra = f" ({'; '.join(notes)})" if notes else ""
        return DateInfo(info.value, info.precision, info.source, info.note + extra)
    reason = "no publication date in metadata or text"
    return DateInfo(None, "none", "none", reason + (f" ({'; '.join(notes)})" if notes else ""))
