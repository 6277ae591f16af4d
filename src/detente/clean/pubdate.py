"""The publication date of an article, and how it was found.

Order of trust: the metadata date (feed, JSON field or HTML meta), a dateline near the top of the
text (also when it is older than any date the HTML extractor can find), a date in the page's address,
then an inference when the page states no date but bounds it: the earliest reader comment (the
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


def _new_years_day(info: DateInfo) -> bool:
    """A metadata 1 January: what sites and feeds fill in when they know only the year (a page dated so
    was set a week or more apart from the rest of its story, stories.MAX_DAYS_APART)."""
    return info.precision == "day" and bool(info.value) and info.value.endswith("-01-01")


def _placeholder_year(info: DateInfo, text: str, segments: Sequence[Segment], guessed: bool = False,
                      page_head: Sequence[str] = (), page_tail: Sequence[str] = ()) -> DateInfo:
    """A metadata 1 January read as its year, unless the page's own date line says 1 January too: the
    page's date line or inferred date in that year when it has one, else the year alone (the story's
    day then dates the page, events.story_dates). Measured: held-out wire3 story F1 .963 -> 1.0, date
    agreement .611 -> .667; every other corpus the same.

    A `guessed` 1 January (the HTML extractor's, not a feed's field) is no year either when the page
    states its own date: htmldate finds no date before 1995 and falls back on any year the page prints
    ("Digital archive edition 2019", "1998: Expo opens" in a list), so a digitised archive page of 1992
    was dated 1998 (eval/wire10: three archive pages, seven acts, dated 16 to 21 years late). Then the
    page's date line wins whatever its year, else a date on a line the extractor left out above the
    article (`page_head`: "From the archive: first published on Tuesday, 7 July 1992", "Issue no. 2,417
    · Tuesday, 12 April 1988")."""
    own, _ = from_text(text, segments)
    if guessed and own is not None and own.source == "dateline" and own.value and own.value != info.value:
        return DateInfo(own.value, own.precision, own.source, f"{own.note} (html metadata 1 January is the "
                        "extractor's guess)")
    head = _first_plausible(page_head, []) if guessed and (own is None or own.source != "dateline") else None
    note = _publication_note("\n".join(page_tail), _lines(page_tail)) \
        if guessed and head is None and (own is None or own.source != "dateline") else None
    if head is not None or note is not None:
        found = _dateline_info(head, "date line above the article") if head is not None else note
        return DateInfo(found.value, found.precision, found.source, f"{found.note} (html metadata 1 January "
                        "is the extractor's guess)")
    if guessed and (own is None or own.source == "inferred") and _yearless_line(text, segments):
        # A wire dateline with no year ("N'DJAMENA, 12 April (Agency) -") under a guessed year: on an archive
        # page that year is the footer's copyright or the digitisation's, not the story's; left undated, the
        # page takes its story's year (events.story_dates). Pages written for test_clean_pubdate_archive.py.
        return DateInfo(None, "none", "none", f"{info.note} (1 January: the extractor's guess, and the page's "
                        f"dateline '{_yearless_line(text, segments)}' states no year)")
    if own is None or not own.value or not own.value.startswith(info.value[:4]):
        return DateInfo(info.value[:4], "year", "metadata", f"{info.note} (1 January: taken for its year only)")
    if own.value == info.value:
        return info
    return DateInfo(own.value, own.precision, own.source, f"{own.note} (metadata 1 January taken for its year)")


def _yearless_line(text: str, segments: Sequence[Segment]) -> str | None:
    """The day and month of a yearless dateline among the page's first segments, or None."""
    for chunk in (text[s.start:s.end] for s in segments[:DATELINE_WINDOW]):
        found, yearless = dates.lead_in_date(chunk)
        if found is None and yearless is not None:
            return yearless
    return None


def _lines(lines: Sequence[str]) -> list[Segment]:
    """Segments over "\n".join(lines), one a line (to read a page's margins as its text is read)."""
    starts = [sum(len(x) + 1 for x in lines[:n]) for n in range(len(lines))]
    return [Segment(n, "boilerplate", start, start + len(line)) for n, (start, line) in enumerate(zip(starts, lines))]


def _texts(text: str, segments: Sequence[Segment], roles: set[str]) -> list[str]:
    return [text[s.start:s.end] for s in segments if s.role in roles]


def _first_plausible(texts: Sequence[str], notes: list[str]) -> dates.FoundDate | None:
    for chunk in texts:
        for found in dates.find_dates(chunk, own=True):
            if dates.plausible(found.value):
                return found
            notes.append(_untrusted(f"date '{found.text}'", found.value))
    return None


def _dateline_info(found: dates.FoundDate, where: str) -> DateInfo:
    ambiguous = " (day and month order ambiguous: year only)" if found.precision == "year" else ""
    return DateInfo(_format(found.value, found.precision), found.precision, "dateline",
                    f"{where} '{found.text}'{ambiguous}")


# The label nearest before a stamp's date says which date it is: a page that prints "Updated March 14, 2019 |
# Published March 12, 2019", or an "Updated" line above the "Published" one, was published on the second.
_STAMP_KIND = re.compile(r"\b(?:(?P<update>updated|modified|edited|revised)|published|posted|first\s+published)\b", re.I)


def _is_update(chunk: str, found: dates.FoundDate) -> bool:
    """Whether the label nearest before the date in its line is an update's, not the publication's."""
    labels = list(_STAMP_KIND.finditer(chunk, 0, found.start))
    return bool(labels) and labels[-1]["update"] is not None


def _published_stamp(head: Sequence[str], notes: list[str]) -> dates.FoundDate | None:
    """The first plausible date of the page's date lines, skipping one labelled as an update when another
    date is there too."""
    found = [(chunk, dates.weekday_reading(chunk, f)) for chunk in head for f in dates.find_dates(chunk, own=True)]
    notes += [_untrusted(f"date '{f.text}'", f.value) for _, f in found if not dates.plausible(f.value)]
    found = [(chunk, f) for chunk, f in found if dates.plausible(f.value)]
    own = [f for chunk, f in found if not _is_update(chunk, f)]
    return (own or [f for _, f in found] or [None])[0]


def _stated_date(head: Sequence[str], lead: Sequence[str], notes: list[str]) -> DateInfo | None:
    """A date the page states as its own: a dateline line near the top (also a labelled stamp with a
    two-digit year), else a wire dateline or date label that opens the page or its first paragraph."""
    found = _published_stamp(head, notes)
    if found:
        return _dateline_info(found, "dateline")
    short = next((f for chunk in head for f in [dates.short_year_date(chunk)] if f and dates.plausible(f.value)), None)
    if short:
        return _dateline_info(short, "dateline")
    for opening, _ in map(dates.lead_in_date, lead):
        if opening is not None and dates.plausible(opening.value):
            return _dateline_info(opening, "dateline opening the article")
    return None


# A note on where and when the page's text first appeared, wherever it stands (archives often put it under the
# article): "A version of this article appears in print on March 14, 1985", "This article was first published
# on 14 March 1985", "From our archive: this story ran on …". Pages written for
# tests/clean/test_clean_pubdate_archive.py: such pages were dated only to the month of their latest date.
_PUBLICATION_NOTE = re.compile(r"(?:\bthis\s+(?:article|story|report|piece)\b[^.;!?]{0,60}?\b(?:published|"
                               r"appeared|appears|printed|ran)\b|\bin\s+print\b|\bprint\s+edition\b|"
                               r"\b(?:first|originally)\s+published\b)[^.;!?]{0,40}$", re.I)

# Every wording _PUBLICATION_NOTE accepts holds a word that opens with one of these: a chunk without any is not
# scanned for dates (the scan of every body paragraph was a tenth of clean_document on the real-text corpus, session
# 20). No "\b" after them: the note is searched in a window that ends where the date starts, and at a window's end
# "\b" holds even where the date follows the word without a space ("published14/03/2031").
_NOTE_WORD = re.compile(r"\b(?:published|appear|print|ran)", re.I)


def _publication_note(text: str, segments: Sequence[Segment]) -> DateInfo | None:
    """The day a note on the text's first appearance gives (see _PUBLICATION_NOTE), or None."""
    for chunk in _texts(text, segments, {"body", "dateline", "boilerplate", "caption"}):
        for found in (dates.find_dates(chunk, own=True) if _NOTE_WORD.search(chunk) else ()):
            if found.precision == "day" and dates.plausible(found.value) \
                    and _PUBLICATION_NOTE.search(chunk, max(0, found.start - 160), found.start):
                return _dateline_info(found, "note on the text's first appearance")
    return None


def _written_days(text: str, segments: Sequence[Segment], notes: list[str]) -> list[dates.FoundDate]:
    """Trusted full days written in the article's own text (the page was written no earlier)."""
    written = [f for chunk in _texts(text, segments, {"body", "caption", "title", "dateline"})
               for f in dates.find_dates(chunk) if f.precision == "day"]
    notes += [_untrusted(f"date '{f.text}'", f.value) for f in written if not dates.plausible(f.value)]
    return [f for f in written if dates.plausible(f.value)]


YEAR_REACH_DAYS = 92  # a yearless dateline takes the year of a full date the page writes this close before it


def _with_year(day_month: str, written: Sequence[dates.FoundDate]) -> DateInfo | None:
    """A yearless dateline ("TOKYO, March 16 (Agency) -") completed with the year of the latest full date
    the page writes: the first such day on or after it, if close enough to be the same news cycle."""
    if not written:
        return None
    latest = max(written, key=lambda f: f.value)
    for year in (latest.value.year, latest.value.year + 1):
        found = dates.find_dates(f"{day_month} {year}")
        if found and 0 <= (found[0].value - latest.value).days <= YEAR_REACH_DAYS and dates.plausible(found[0].value):
            return DateInfo(found[0].value.isoformat(), "day", "dateline",
                            f"dateline '{day_month}', year of the latest date written in the article '{latest.text}'")
    return None


def _inferred(text: str, segments: Sequence[Segment], written: Sequence[dates.FoundDate]) -> DateInfo | None:
    """Bounds when the page states no date: the earliest reader comment, else the latest date written."""
    # Inference compares days, so a numeric date whose day/month order is unknown cannot take part.
    comment_dates = [f for chunk in _texts(text, segments, {"comment"}) for f in dates.find_dates(chunk)
                     if f.precision == "day" and dates.plausible(f.value)]
    if comment_dates:
        first = min(comment_dates, key=lambda f: f.value)
        return DateInfo(first.value.isoformat(), "day", "inferred",
                        f"inferred: earliest reader comment '{first.text}'; the article is no later")
    if written:
        latest = max(written, key=lambda f: f.value)
        return DateInfo(latest.value.isoformat()[:7], "month", "inferred",
                        f"inferred: latest date written in the article '{latest.text}'; it is no earlier")
    return None


def _head_and_lead(text: str, segments: Sequence[Segment]) -> tuple[list[str], list[str]]:
    """The page's date lines near the top, and its first line and first paragraph (where a dateline opens)."""
    first_body = next((i for i, s in enumerate(segments) if s.role == "body"), len(segments))
    head = [text[s.start:s.end] for s in segments[: max(DATELINE_WINDOW, first_body)] if s.role == "dateline"]
    # The page's first line too: a date label may stand before the headline ("Date: 2021-03-04 Talks ...").
    lead = [text[s.start:s.end] for s in segments[:1] + segments[first_body:first_body + 1]]
    # A dateline's place the segmenter set apart from its date ("BAMAKO, Mali — " then "March 3, 2009: The…"):
    # read together, as the wire wrote them.
    if 0 < first_body < len(segments) and segments[first_body - 1].role == "dateline" \
            and re.search(r"[-\u2013\u2014]\s*$", text[segments[first_body - 1].start:segments[first_body - 1].end]):
        lead.append(text[segments[first_body - 1].start:segments[first_body].end])
    return head, lead


def yearless_dateline(text: str, segments: Sequence[Segment]) -> str | None:
    """The day and month of a date line or wire dateline that gives no year ("BAMAKO, 3 March (Agency) -"), or
    None. Also one the segmenter left out of the body, under an archive note that it took for the first
    paragraph ("Retrieved from the … wire database. Text as transmitted." then "MADRID, July 9 (Agency) -",
    eval/wire10: a page dated only to the month before, its acts' weekdays with it)."""
    head, lead = _head_and_lead(text, segments)
    early = [text[s.start:s.end] for s in segments[:DATELINE_WINDOW]]
    return next((d for chunk in head for d in [dates.yearless_date(chunk)] if d), None) \
        or next((d for chunk in [*lead, *early] for d in [dates.lead_in_date(chunk)[1]] if d), None)


def from_text(text: str, segments: Sequence[Segment]) -> tuple[DateInfo | None, list[str]]:
    """A dateline date, else an inference from comment or body dates; notes on dates not trusted."""
    notes: list[str] = []
    head, lead = _head_and_lead(text, segments)
    stated = _stated_date(head, lead, notes) or _publication_note(text, segments)
    if stated is not None:
        return stated, notes
    written = _written_days(text, segments, notes)
    yearless = yearless_dateline(text, segments)
    completed = _with_year(yearless, written) if yearless else None
    if completed is not None:
        return completed, notes
    # A dateline that gives only day and month ("ROME, May 4 -") is worth saying in the reason when
    # nothing else dates the page: the year cannot be had from it.
    notes += [f"dateline '{yearless}' states no year"] if yearless else []
    return _inferred(text, segments, written), notes


def labelled_stamp_above(page_head: Sequence[str]) -> dates.FoundDate | None:
    """The day of a line above the article labelled as the page's publication ("Wanjiru Roe · Published:
    28/06/2021"), not its update: a stamp the extractor left out of the article text but not a header's
    "today" (that one carries no label). None when no such line gives a plausible day."""
    for line in page_head:
        for found in dates.find_dates(line, own=True):
            labels = list(_STAMP_KIND.finditer(line, 0, found.start))
            if found.precision == "day" and labels and labels[-1]["update"] is None \
                    and line[labels[-1].end():found.start].strip(" :\u00b7|-") == "" and dates.plausible(found.value):
                return found
    return None


def _printed_over_guess(info: DateInfo, text: str, segments: Sequence[Segment],
                        page_head: Sequence[str] = ()) -> DateInfo | None:
    """The page's own printed day when the HTML extractor's date is another one: the extractor takes an update
    field (article:modified_time, og:updated_time, last-modified) when the page has no published field, and
    a related link's day when it has no field at all, while the date line under the headline says when the
    page was published (pages written for tests/clean/test_clean_pubdate_outlets.py). A printed stamp labelled
    as an update is not preferred to the extractor's date."""
    own, _ = from_text(text, segments)
    if own is None or own.source != "dateline":
        # The page's stamp on a line the extractor left out of the article: htmldate read "Regional Editor ·
        # Published: 28/06/2021" as 2020-06-28 (eval/wire22: an analysis page a year early, and its story's
        # undated wire pages with it).
        stamp = labelled_stamp_above(page_head)
        own = _dateline_info(stamp, "publication stamp above the article") if stamp is not None else own
    if own is None or own.source != "dateline" or own.precision != "day" or own.value == info.value:
        return None
    window = segments[:max(DATELINE_WINDOW, next((i for i, s in enumerate(segments) if s.role == "body"), 0))]
    if any(f.value.isoformat() == own.value and _is_update(chunk, f)
           for chunk in (text[s.start:s.end] for s in window) for f in dates.find_dates(chunk)):
        return None
    return DateInfo(own.value, own.precision, own.source, f"{own.note} (html metadata {info.value} is another "
                    "date the page carries)")


def _day_of_guessed_month(info: DateInfo, text: str, segments: Sequence[Segment],
                          page_head: Sequence[str]) -> DateInfo | None:
    """The page's printed day when the HTML extractor's date is the first of that day's month: a page with no
    published field is dated by the folder of an image it shows ("/img/2019/08/pier.jpg" gives 2019-08-01), while
    the date bar above the article prints the day ("Lunes 19 de agosto de 2019 | San Salvador 31°C"; eval/wire23,
    two blind pages dated to the 1st, and their "on Saturday" with them). A header date of the same month cannot be
    the day the page was viewed years later, so an unlabelled one counts here."""
    if info.precision != "day" or not info.value or not info.value.endswith("-01"):
        return None
    own, _ = from_text(text, segments)
    found = None
    if own is not None and own.source == "dateline" and own.precision == "day":
        found = own
    elif (above := _first_plausible(page_head, [])) is not None and above.precision == "day":
        found = _dateline_info(above, "date line above the article")
    if found is None or found.value[:7] != info.value[:7] or found.value == info.value:
        return None
    return DateInfo(found.value, found.precision, found.source, f"{found.note} (html metadata {info.value}: the "
                    "first of its month, the extractor's guess from an address)")


def _not_long_after(found: dates.FoundDate, text: str, segments: Sequence[Segment]) -> bool:
    """Whether a date seen above the article is no more than a season after the latest day the article writes:
    a site's header may print the day it was viewed ("Friday, 5 December 2026"), not the article's."""
    written = _written_days(text, segments, [])
    return not written or (found.value - max(f.value for f in written)).days <= YEAR_REACH_DAYS


HTML_METADATA = "html metadata"  # the label of a date the HTML extractor found (a guess, not a field)
# The HTML extractor (htmldate, via trafilatura) finds no date before this day (its MIN_DATE): on a page that
# prints an earlier date as its own, the extractor's date is another one the page carries.
EXTRACTOR_FLOOR = "1995-01-01"


def field_before_floor(field: str | None) -> str | None:
    """A published field of the page's head (clean.html.published_field) when it dates the page before
    EXTRACTOR_FLOOR, where the extractor cannot read it; else None (a later field is the extractor's to read,
    as before). Such a field is the page's statement, not a guess: an archive page of 1961 with
    article:published_time 1961-04-10 and an "archive edition 2024" footer was dated 2024 (eval/wire19)."""
    parsed = _parse_metadata(field.strip()) if field and field.strip() else None
    if parsed is None or not dates.plausible(parsed[0]) or parsed[0].isoformat() >= EXTRACTOR_FLOOR:
        return None
    return field.strip()


def _printed_before_floor(info: DateInfo, text: str, segments: Sequence[Segment],
                          page_head: Sequence[str], page_tail: Sequence[str] = ()) -> DateInfo | None:
    """The page's own date line when it is older than any date the HTML extractor can find: an archive page
    of 1987 that the extractor dated by its digitisation note, an update stamp or a related link's date
    (pages written for tests/clean/test_clean_pubdate_archive.py: a 1987 date line under the headline, with
    a "Digitised 12 May 2011" note or a dateModified field, was dated 2011). The date line is looked for in
    the article's text, then on the lines the page shows above it, then in a note below it."""
    own, _ = from_text(text, segments)
    if own is None or own.source != "dateline":
        head = _first_plausible(page_head, [])
        own = _dateline_info(head, "date line above the article") if head is not None else \
            _publication_note("\n".join(page_tail), _lines(page_tail))
    if own is None or not own.value or own.value >= EXTRACTOR_FLOOR[:len(own.value)] or info.value < EXTRACTOR_FLOOR:
        return None
    return DateInfo(own.value, own.precision, own.source,
                    f"{own.note} (html metadata {info.value} cannot be the date: the extractor finds none before 1995)")


# A date in the path of the page's address ("https://site.example/world/2017/03/03/talks-resume"): sites that
# print it so put the publication day there. A year, month and day, each its own path part.
# Also run together or in the slug ("/news/20090303/pass-reopens", "/news/pass-reopens-2009-03-03"); a year and
# month alone ("/news/2009/03/pass-reopens") give the month, and with a yearless dateline ("BAMAKO, 3 March
# (Agency) -") the day (pages written for tests/clean/test_clean_pubdate_worldwide.py).
_URL_DAY = r"(0?[1-9]|[12]\d|3[01])"
_URL_DATES = (re.compile(r"/((?:19|20)\d\d)/(0?[1-9]|1[0-2])/" + _URL_DAY + r"(?:/|$)"),
              re.compile(r"[/_-]((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)"),
              re.compile(r"[/_-]((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)"),
              re.compile(r"/((?:19|20)\d\d)/(0[1-9]|1[0-2])/()"))


def from_url(url: str | None, yearless: str | None = None) -> DateInfo | None:
    """The day a page's address gives (the month, when it gives no day), or None. `yearless`: the page's
    dateline day and month with no year, dated by the address's year when its month agrees."""
    match = next((m for p in _URL_DATES for m in [p.search(url or "")] if m), None)
    if match is None:
        return None
    try:
        value = dt.date(int(match[1]), int(match[2]), int(match[3] or 1))
    except ValueError:
        return None
    if not dates.plausible(value):
        return None
    if match[3]:
        return DateInfo(value.isoformat(), "day", "metadata", f"page address: {match[0]}")
    day = dates.find_dates(f"{yearless} {value.year}") if yearless else []
    if day and day[0].value.month == value.month and dates.plausible(day[0].value):
        return DateInfo(day[0].value.isoformat(), "day", "dateline", f"dateline '{yearless}', year of the page "
                        f"address {match[0]}")
    return DateInfo(value.isoformat()[:7], "month", "metadata", f"page address: {match[0]}")


def publication_date(metadata: str | None, text: str, segments: Sequence[Segment],
                     metadata_label: str = "metadata", page_head: Sequence[str] = (),
                     url: str | None = None, page_tail: Sequence[str] = ()) -> DateInfo:
    """Resolve Article.published (see the module docstring for the order). `page_head`: the lines an
    HTML page shows above its article text, read when the extractor's date may be another date. `url`:
    the page's address, whose day is taken when neither metadata nor a date line dates the page. `page_tail`:
    the lines an HTML page shows below its article, read for a note on the text's first appearance."""
    info, meta_note = from_metadata(metadata, metadata_label)
    if info is not None and _new_years_day(info):
        return _placeholder_year(info, text, segments, metadata_label == HTML_METADATA, page_head, page_tail)
    if info is not None and metadata_label == HTML_METADATA:
        return _printed_before_floor(info, text, segments, page_head, page_tail) or _printed_over_guess(info, text, segments, page_head) \
            or _day_of_guessed_month(info, text, segments, page_head) or info
    if info is not None:
        return info
    info, notes = from_text(text, segments)
    notes = [n for n in (meta_note, *notes) if n]
    if info is None or info.source == "inferred":
        # the page's own date line on a line the extractor left out ("Issue no. 2,417 · Tuesday, 12 April
        # 1988" above the headline), else its address
        above = _first_plausible(page_head, [])
        above = above if above is not None and _not_long_after(above, text, segments) else None
        addressed = _dateline_info(above, "date line above the article") if above is not None else \
            _publication_note("\n".join(page_tail), _lines(page_tail)) or from_url(url, yearless_dateline(text, segments))
        info = addressed or info
    if info is not None:
        extra = f" ({'; '.join(notes)})" if notes else ""
        return DateInfo(info.value, info.precision, info.source, info.note + extra)
    reason = "no publication date in metadata or text"
    return DateInfo(None, "none", "none", reason + (f" ({'; '.join(notes)})" if notes else ""))
