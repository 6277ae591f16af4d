"""Give every unit of a page one segment role (records.SEGMENT_ROLES) with small scored rules.

The page is read in three regions: the head (everything before the first sentence of article
prose: title, datelines, section labels, top captions), the article, and the furniture that follows
it. A left-to-right walk keeps a state — article, related block, comment thread — because a
"Related" or "Latest from" header makes the headlines and snippets after it furniture, and a
"user on <date> at <time>" header makes the paragraphs after it a reader's comment.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from detente.clean import dates
from detente.clean.text_segmenter import Features, Unit, describe
from detente.clean.lexicon import line_key, load_photo_credits

# A caption's quotes and reporting verbs are rare; a news sentence ending ", May 5, 2017." has them.
_REPORTING = re.compile(r"\b(?:said|says|told|tells|according|announced|stated)\b|[\"\u201c\u201d]", re.I)
_COMMENT_COUNT = re.compile(r"^(?:\d+\s+(?:comments?|replies|responses)|comments?\s*\(\d+\))$", re.I)
# The page's own publication stamp below an article ("Updated 10:22 GMT") or a byline with a time
# ("By Ana Ruiz, 10:22 GMT", "Reporting by …") is not a reader comment: a name beside a time is no
# comment evidence when the line says it names the writer.
_PUBLICATION_STAMP = re.compile(r"^(?:(?:last\s+)?(?:updated|published|modified|posted on)\b|"
                                r"(?:(?:reporting|written|edited|compiled|additional reporting)\s+)?by\s)", re.I)
_ROLE_OF_HINT = {"title": "title", "comment": "comment", "dateline": "dateline"}
HEADER_MAX_WORDS = 8  # a list header with a colon: "More from <a site name of a few words>:"


def _caption_by_form(text: str, f: Features) -> bool:
    """A short descriptive line ending in ', <place>, <Month D, YYYY>.' (news-photo caption style)."""
    # the unit's features first: a line with no date of its own (n_dates counts these strict dates and more)
    # needs no scan, and most lines have none (a scan of every unit was a tenth of clean_document, session 20)
    if not f.n_dates or not f.ends_terminal or f.n_words > 60:
        return False
    found = dates.find_dates(text, strict=True)
    if not found or _REPORTING.search(text):
        return False
    last = found[-1]
    after, before = text[last.end:].strip(), text[:last.start].rstrip()
    return after in {".", ".)", ""} and before.endswith(",")


# A caption ends with its credit: "… in Beijing. (AP Photo)", "(KHAMENEI.IR / AFP)", "… Ladakh. -Reuters"
# (realnews: such captions above the article were taken for the page's headline).
_BRACKET_TAIL = re.compile(r"\(([^()]{1,60})\)\s*$")
_DASH_TAIL = re.compile(r"(?:^|\s)[-\u2013\u2014]\s*([A-Za-z][\w ./]{0,30}?)\s*$")


@lru_cache(maxsize=1)
def _credit_word() -> re.Pattern:
    words = sorted(load_photo_credits(), key=len, reverse=True)
    return re.compile(r"(?<![a-z])(?:" + "|".join(re.escape(w) for w in words) + r")(?![a-z])")


def _caption_by_credit(text: str, f: Features) -> bool:
    """A line ending in a photo credit, with no reporting word before it: a wire story's last paragraph
    signed off "…, the ministry said. -Reuters" is prose. A bracketed tail needs one credit word in it
    ("(AP Photo/Jane Doe)"); a dashed tail must be credit words only."""
    if f.n_words > 80:
        return False
    bracket = _BRACKET_TAIL.search(text)
    dash = None if bracket else _DASH_TAIL.search(text)
    tail = bracket or dash
    if tail is None or _REPORTING.search(text[:tail.start()]):
        return False
    inner = tail.group(1).lower()
    if bracket:
        return bool(_credit_word().search(inner))
    return not _credit_word().sub("", inner).strip(" ./")


def _dateline_by_form(text: str, f: Features) -> bool:
    """A short line that is a date, or a name and a date ('by NAME DATE'), and no sentence."""
    if f.n_dates == 0 or f.n_words > 16 or (f.ends_terminal and f.has_verb):
        return False
    return len(re.findall(r"\w+", _MASTHEAD_NUMBER.sub(" ", dates.strip_dates(text)))) <= 6


# A newspaper's masthead prints its volume and issue beside the date ("Friday 10 June 2011 | Vol. XIV No. 23 |
# 2,500 togrog", eval/wire25 w25_07: not read as a date line, the weekly was dated to its month and the week's
# three acts told by weekday with it); they are numbers, not words of prose.
_MASTHEAD_NUMBER = re.compile(r"\b(?:vol(?:ume)?|no|issue|edition|year)\.?\s*(?:\d+|[ivxlc]+)\b", re.I)


# A site menu: three or more short items separated by pipes, bullets or slashes ("Home | World | Video").
_MENU_SEPARATOR = re.compile(r"\s+[|•·/»]\s+")


_DOT_SEPARATOR = re.compile(r"\s+[|•·]\s+")


def _menu_by_form(text: str) -> bool:
    """Short items between separators. A bar of four or more items between dots or pipes may hold
    longer ones, half of them still short ("Multimedia · User Galleries · News in Pictures Send us your
    pictures · Send us your stories", realnews: taken for the headline above the article)."""
    items = [i for i in _MENU_SEPARATOR.split(text.strip()) if i]
    if any(i.rstrip().endswith(".") for i in items):
        return False
    if len(items) >= 3 and all(len(i.split()) <= 3 for i in items):
        return True
    dotted = [len(i.split()) for i in _DOT_SEPARATOR.split(text.strip()) if i]
    return len(dotted) >= 4 and max(dotted) <= 7 and sum(n <= 3 for n in dotted) * 2 >= len(dotted)


def intrinsic_role(text: str, f: Features) -> str | None:
    """The role a unit has by itself (cue phrase or form), whatever surrounds it."""
    # A date stamp with labels split by slashes or pipes ("21.09.2021 kl. 09:12 | Oppdatert / Updated
    # 11:30", a bilingual regional page of eval/wire8) has a menu's form, but is the page's dateline.
    if f.cue is None and _menu_by_form(text) and not (f.n_dates and _dateline_by_form(text, f)):
        return "boilerplate"
    if f.cue is not None:
        if f.cue.role != "dateline":
            return f.cue.role
        if f.n_words <= 16 and (not f.ends_terminal or f.n_dates):
            return "dateline"
    if _caption_by_form(text, f) or _caption_by_credit(text, f):
        return "caption"
    return "dateline" if _dateline_by_form(text, f) else None


def comment_header(text: str, f: Features) -> bool:
    """'user on <date> at <time> »', 'Name 3 hours ago', '12 comments', 'Reply' (after the article)."""
    if f.cue is not None and f.cue.role == "comment" and f.n_words <= 12:
        return True
    if _COMMENT_COUNT.match(text.strip()):
        return True
    if f.n_words > 14 or (f.ends_terminal and f.has_verb) or _PUBLICATION_STAMP.match(text.strip()):
        return False
    return f.has_time and 1 <= len(_names_beside_time(text)) <= 6


# What may stand next to a time without naming anyone: time zones ("16:40 GST", "10:22 GMT") and
# small words ("posted at", "3 hours ago").
_TIME_ZONE = re.compile(r"(?:[A-Z]{1,4}T|UTC|MSK|WIB|Z)")
_TIME_WORDS = frozenset("at on by posted ago am pm a.m p.m local time hrs h".split())


def _names_beside_time(text: str) -> list[str]:
    """Words of a time-stamped line that could name a commenter. A reader's comment header names its
    author ("jdoe on 5 May at 10:22", "Ana R. 3 hours ago"); a live blog's entry stamp ("16:40 GST") or
    a byline's "Tue 18 Mar 2025, 19.40 JST" names nobody, and taking it for one turned a whole live
    page into a comment thread."""
    words = re.findall(r"\w+", dates.strip_dates(text))
    return [w for w in words if not _TIME_ZONE.fullmatch(w) and w.lower() not in _TIME_WORDS]


def _opens_block(f: Features, text: str = "") -> bool:
    """A related/comment cue that is a header ('Related', 'Latest from World') rather than one item. A short
    cue line ending in a colon introduces a list whatever its words ("More from Policy Notes:", where a
    name such as 'Notes' reads as a verb; wire8: the teaser below it was coded as news)."""
    if f.cue is None:
        return False
    return f.cue.match == "line" or (f.n_words <= 5 and not f.has_verb) or (
        f.n_words <= HEADER_MAX_WORDS and text.rstrip().endswith(":"))


def _strong_prose(f: Features, role: str | None) -> bool:
    return role is None and f.sentence_like and f.n_words >= 8


def _first_body(units: Sequence[Unit], feats: Sequence[Features], intrinsic: Sequence[str | None]) -> int:
    """Index of the first unit of article prose (len(units) when there is none)."""
    open_units = [i for i, u in enumerate(units) if intrinsic[i] is None and u.hint not in _ROLE_OF_HINT
                  and u.hint != "heading"]
    for test in (lambda f: _strong_prose(f, None), lambda f: f.prose_score >= 4,
                 lambda f: f.n_words >= 6 and (f.has_verb or f.dangling)):
        for i in open_units:
            if test(feats[i]):
                return i
    return len(units)


def _head_role(unit: Unit, intrinsic: str | None) -> str | None:
    """Before the article prose, comment cues are page counters and related cues top-bar links."""
    if unit.hint in _ROLE_OF_HINT:
        return _ROLE_OF_HINT[unit.hint]
    if intrinsic == "comment":
        return "boilerplate"
    return intrinsic


def _next_open(feats: Sequence[Features], intrinsic: Sequence[str | None], i: int) -> int | None:
    """Index of the next unit after i that no cue or form has claimed."""
    for j in range(i + 1, len(feats)):
        if intrinsic[j] is None:
            return j
    return None


def _resumes_article(feats: Sequence[Features], intrinsic: Sequence[str | None], i: int) -> bool:
    """Two paragraphs of full prose in a row end a related block: teaser lists alternate a headline
    with a one-paragraph (often cut-off) snippet, so they never hold two prose paragraphs in a row."""
    if not (_strong_prose(feats[i], intrinsic[i]) and feats[i].n_words >= 12):
        return False
    j = _next_open(feats, intrinsic, i)
    return j is not None and _strong_prose(feats[j], intrinsic[j]) and feats[j].n_words >= 12


def _teaser_pair(feats: Sequence[Features], intrinsic: Sequence[str | None], i: int) -> bool:
    """A headline followed by a snippet cut off mid-sentence: a teaser list with no header."""
    f, j = feats[i], i + 1
    if intrinsic[i] is not None or not f.headline_like or f.n_words > 20 or f.ends_terminal or j >= len(feats):
        return False
    g = feats[j]
    return intrinsic[j] is None and g.n_words >= 10 and not g.ends_terminal and not g.text_ends_period


def _article_step(unit: Unit, f: Features, intrinsic: str | None, state_ctx) -> tuple[str, str | None]:
    """One unit in the article state: (next state, role or None for 'decide by prose')."""
    feats, intr, i = state_ctx
    if unit.hint in _ROLE_OF_HINT:
        return ("comment" if unit.hint == "comment" else "article"), _ROLE_OF_HINT[unit.hint]
    if comment_header(unit.text, f):
        return "comment", "comment"
    if intrinsic == "related":
        return ("related" if _opens_block(f, unit.text) else "article"), "related"
    if intrinsic is None and _teaser_pair(feats, intr, i):
        return "related", "related"
    return "article", intrinsic


def _furniture_step(state: str, unit: Unit, f: Features, intrinsic: str | None, state_ctx) -> tuple[str, str | None]:
    """One unit inside a related block or a comment thread."""
    feats, intr, i = state_ctx
    if unit.hint == "comment" or comment_header(unit.text, f):
        return "comment", "comment"
    if intrinsic == "boilerplate":
        return state, "boilerplate"
    if intrinsic == "related" and _opens_block(f, unit.text):
        return "related", "related"
    if state == "related" and unit.hint != "comment" and _resumes_article(feats, intr, i):
        return "article", None
    return state, state


def _walk(units: Sequence[Unit], feats: Sequence[Features], intrinsic: Sequence[str | None],
          first_body: int) -> list[str | None]:
    roles: list[str | None] = [_head_role(u, intrinsic[i]) for i, u in enumerate(units[:first_body])]
    state = "article"
    for i in range(first_body, len(units)):
        ctx = (feats, intrinsic, i)
        if state == "article":
            state, role = _article_step(units[i], feats[i], intrinsic[i], ctx)
        else:
            state, role = _furniture_step(state, units[i], feats[i], intrinsic[i], ctx)
        roles.append(role)
    return roles


def _mark_repeats(units: Sequence[Unit], roles: list[str | None], first_body: int) -> None:
    """A line repeated right after itself is a photo caption printed twice (caption + alt text); in the
    head the repeat is the headline printed twice, so only the second copy is dropped."""
    for i in range(1, len(units)):
        if line_key(units[i].text) != line_key(units[i - 1].text) or not line_key(units[i].text):
            continue
        if i <= first_body:
            roles[i] = "boilerplate"
        elif roles[i] in (None, "body", "caption") and roles[i - 1] in (None, "body", "caption"):
            roles[i] = roles[i - 1] = "caption"


def _title_candidates(units: Sequence[Unit], feats: Sequence[Features], roles: Sequence[str | None],
                      first_body: int) -> list[int]:
    return [i for i in range(min(first_body, len(units)))
            if roles[i] is None and feats[i].headline_like and feats[i].n_words >= 3]


def _pick_title(units: Sequence[Unit], feats: Sequence[Features], roles: Sequence[str | None],
                first_body: int, known_title: str | None) -> int | None:
    """The headline: the unit equal to the known title, else the Title-Case candidate of four words
    or more nearest the article (section labels and site names come above the headline and are
    shorter), else the nearest sentence-case one of five words or more, else the older fallbacks."""
    if first_body >= len(units) or "title" in roles:
        return None
    candidates = _title_candidates(units, feats, roles, first_body)
    if known_title and line_key(known_title):
        same = [i for i in candidates if line_key(units[i].text) == line_key(known_title)]
        if same:
            return same[0]
    long_title_case = [i for i in candidates if feats[i].cap_ratio >= 0.75 and feats[i].n_words >= 4]
    if long_title_case:
        return long_title_case[-1]
    sentence_case = [i for i in candidates if feats[i].n_words >= 5]
    if sentence_case:
        return sentence_case[-1]
    title_case = [i for i in candidates if feats[i].cap_ratio >= 0.75]
    if title_case:
        return title_case[-1]
    longer = [i for i in candidates if feats[i].n_words >= 4]
    return longer[0] if longer else (candidates[-1] if candidates else None)


def _prose_role(f: Features, in_head: bool) -> str:
    """Role of a unit no cue, form or block claimed: prose is body; labels and subheadings are not."""
    if in_head:  # a standfirst under the headline reads like a sentence even without its full stop
        return "body" if f.has_verb and f.n_words >= 8 and f.cap_ratio <= 0.6 else "boilerplate"
    if f.ends_terminal and f.n_words >= 4:
        return "body"
    return "body" if f.prose_score >= 4 and f.has_verb else "boilerplate"


def assign_roles(units: Sequence[Unit], known_title: str | None = None) -> list[str]:
    """One role per unit, in order."""
    feats = [describe(u.text) for u in units]
    intrinsic = [None if u.hint in _ROLE_OF_HINT else intrinsic_role(u.text, f) for u, f in zip(units, feats)]
    first_body = _first_body(units, feats, intrinsic)
    roles = _walk(units, feats, intrinsic, first_body)
    _mark_repeats(units, roles, first_body)
    title = _pick_title(units, feats, roles, first_body, known_title)
    if title is not None:
        roles[title] = "title"
    if first_body < len(units) and roles[first_body] is None:
        roles[first_body] = "body"  # chosen as the article's first prose, even if cut off mid-sentence
    return [role if role is not None else _prose_role(f, i < first_body)
            for i, (role, f) in enumerate(zip(roles, feats))]
