"""The state a page speaks as: a ministry's release or a national outlet names its own state rarely.

A state's own press release says "our military", "our territory"; a national outlet writes "intercepted on
national territory" and "the Ministry of National Defence" with no country. Both name the other state
most, so the document-context fallback (coref.dominant_country) gave their own organs the other state,
and the events ran backwards (wire9: "Our military has raised its readiness posture", coded as North
Korea's; wire8: "The ministry warned that every future violation…", coded as Tunisia's on an Algerian
page). The cues are in data/home_voice.tsv, read outside quotation marks (a quoted "our army" is the
speaker's, not the page's). The page speaks as a state when a cue sentence names one state only, the one the
page names most (the other side: "should North Korea fire on our territory"); its own state is then the
state it names most after that one, counting its listed places ("Yeonpyeong Island"), with no tie.
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence

from detente.actors.gazetteer import Hit, data_rows, scan, state_code
from detente.actors.mentions import StateRef, is_state_code
from detente.records import Article, Sentence

QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”")
NARRATION = frozenset({"title", "body"})


@functools.lru_cache(maxsize=None)
def cue_pattern() -> re.Pattern[str]:
    """data/home_voice.tsv as one pattern: "our forces", and "national territory" with no state word or
    possessive before it ("Algeria's national territory" names its state)."""
    rows = data_rows("home_voice.tsv")
    ours = "|".join(re.escape(noun) for kind, noun, _ in rows if kind == "our")
    national = "|".join(re.escape(noun) for kind, noun, _ in rows if kind == "national")
    return re.compile(rf"\b[Oo]ur\s+(?:{ours})\b|(?:^|\b(?:the|on|in|into|of)\s+)[Nn]ational\s+(?:{national})\b")


def home_state(sentences: Sequence[Sentence], states: Sequence[StateRef], hits: dict[int, list[Hit]]) -> str | None:
    """The state the page speaks as, else None (see the module's docstring)."""
    narration = {s.index for s in sentences if s.role in NARRATION}
    named = [s for s in states if s.sentence in narration and is_state_code(s.code) and s.kind != "leader"]
    counts = Counter(s.code for s in named)
    counts.update(h.term.code for i in narration for h in hits.get(i, ()) if h.term.kind == "place" and h.term.code)
    if len(counts) < 2:
        return None
    (main, _), *others = counts.most_common()
    if not any(_other_side(s, named) == main for s in sentences if s.index in narration):
        return None
    if len(others) > 1 and others[0][1] == others[1][1]:
        return None
    return others[0][0]


def _other_side(sentence: Sentence, named: Sequence[StateRef]) -> str | None:
    """The one state a sentence with a cue outside its quotes names, else None."""
    if not may_hold_cue(sentence.text) or not cue_pattern().search(QUOTED.sub(" ", sentence.text)):
        return None
    refs = [s for s in named if s.sentence == sentence.index]
    codes = {s.code for s in refs}
    if len(codes) != 1 or any(_owns_territory(sentence, s) for s in refs):
        return None
    return codes.pop()


OWNED = re.compile(r"\s+(?:territory|waters|airspace|soil)\b")
OWNER_OF = re.compile(r"\b(?:territory|waters|airspace|soil) of\b[^,;.]{0,40}$")


def _owns_territory(sentence: Sentence, ref: StateRef) -> bool:
    """"within Ukrainian territory", "inside the territory of the Republic of Indonesia": a speaker names his own
    state as the owner of the ground his side stood on; that is no other side."""
    at = ref.start - sentence.start
    return bool(OWNED.match(sentence.text, at + len(ref.text)) or OWNER_OF.search(sentence.text[:at]))


# Every cue is "our ..." or "national ...": a sentence without "ur" or "ational" holds none, and removing
# its quotes (each replaced by a space) cannot join two letters into one. The pattern opens with an
# alternation that `re` tries at every position (py-spy, session 25: 0.5 % of a worker's real-text pages in
# this search over every narration sentence), while `in` skips through the text in C.
def may_hold_cue(text: str) -> bool:
    return "ur" in text or "ational" in text


def masthead_state(article: Article, sentences: Sequence[Sentence], states: Sequence[StateRef]) -> str | None:
    """The state an outlet's name at the very top of the page names ("RADIO DJIBOUTI - ENGLISH BULLETIN",
    "Croatian News Agency"), when it is one of the two states the page's narration names most: a national
    outlet speaks of its own organs without naming their state, and the document-context guess gave them
    the other side, the one the page names most (wire18: a Djibouti radio bulletin's port authority and
    ministers coded as Ethiopia's). An outlet of a third state, or a masthead naming two states, says nothing.
    A top line naming no state leaves the outlet's name from the page's head (og:site_name, "The Belize
    Reporter-Ledger": eval/wire21, whose "the Ministry of Foreign Affairs ... handed him a note" was the other
    side's note)."""
    top = min(article.segments, key=lambda g: g.start, default=None)
    named = _states_named(_outlet_line(article, top)) if top is not None else set()
    if not named and article.outlet and _names_more_than_a_city(article.outlet):
        named = _states_named(article.outlet)
    if len(named) != 1:
        return None
    narration = {s.index for s in sentences if s.role in NARRATION}
    counts = Counter(s.code for s in states if s.sentence in narration and is_state_code(s.code) and s.kind != "leader")
    code = named.pop()
    return code if code in [c for c, _ in counts.most_common(2)] else None


def _outlet_line(article: Article, top) -> str:
    """The outlet's name on the page's top line: all of a boilerplate line, or what follows the last "|" of a
    line taken for the title ("SIBC NEWS ONLINE | Solomon Islands Broadcasting Service": wire20, a Honiara
    broadcaster's page whose own minister took Papua New Guinea, the state it names most)."""
    text = article.text[top.start:top.end]
    if top.role == "boilerplate" or top.role == "title" and _masthead_caps(text):
        return text
    if top.role != "title" or "|" not in text:
        return ""
    tail = text.rsplit("|", 1)[1]  # a city there is where the outlet sits, not its name (wire2: "| Dar es Salaam")
    return tail if _names_more_than_a_city(tail) else ""


def _names_more_than_a_city(name: str) -> bool:
    """The name holds a state word other than a capital: a city there is where an outlet sits, not whom it speaks
    for. Held for the head's outlet name too since session 26, when outlets read from the end of HTML titles
    (clean/title_outlet.py) gave capital-named ones ("The Lusaka Courier") their state and a held-out set lost
    precision (wire7 P 0.851 -> 0.830), while country-named ones ("The Djibouti Observer") lowered nothing."""
    return any(h.term.kind != "capital" for h in scan(name))


def _masthead_caps(text: str) -> bool:
    """An upper-case top line with an outlet word (data/outlet_words.tsv): "AGENCIA DE PRENSA DE CHILE (APC) -
    SERVICIO EN INGLÉS" taken for the title is the outlet's name (eval/wire32). A headline in capitals names no
    outlet word ("CHILE EXPELS TWO ENVOYS") and stays a headline."""
    letters = [c for c in text if c.isalpha()]
    words = {w.lower() for w in re.findall(r"\w+", text)}
    return bool(letters) and all(c.isupper() for c in letters[:len(letters) // 2 + 1]) \
        and not words.isdisjoint(outlet_words())


@functools.lru_cache(maxsize=None)
def outlet_words() -> frozenset[str]:
    """data/outlet_words.tsv: words that name a news outlet."""
    return frozenset(word.lower() for word, _ in data_rows("outlet_words.tsv"))


def _states_named(text: str) -> set[str]:
    return {code for h in scan(text) if (code := state_code(h)) and is_state_code(code) and h.term.kind != "leader"}


def dateline_capital_state(article: Article, sentences: Sequence[Sentence], states: Sequence[StateRef]) -> str | None:
    """The state of a capital that both opens the page's dateline and acts in its headline ("San José, 16 March
    1961" over "Nicaraguan plane strafes post; San José calls in envoy"), when it is one of the two states the
    narration names most: a capital's own paper names its foreign minister without his state, and the
    document-context guess gave him the other side (wire19 w19_01: the note and the threat ran backwards).
    A dateline alone is not enough (session 12's dateline rule cost wire5: wire copy is datelined where it
    was filed, not where its actors sit); the headline must name the same capital."""
    line = page_dateline(article)
    title = next((s for s in sentences if s.role == "title"), None)
    if line is None or title is None:
        return None
    opening = [h for h in scan(line) if h.start == 0 and h.term.kind == "capital"]
    if len(opening) != 1 or not (code := state_code(opening[0])) or not is_state_code(code):
        return None
    if not any(h.text == opening[0].text and h.term.kind == "capital" for h in scan(title.text)) \
            and _headline_subject(title.text) != code:
        return None
    narration = {s.index for s in sentences if s.role in NARRATION}
    counts = Counter(s.code for s in states if s.sentence in narration and is_state_code(s.code) and s.kind != "leader")
    return code if code in [c for c, _ in counts.most_common(2)] else None


# A dateline that opens the first paragraph of the body ("MONROVIA – The Ministry of Foreign Affairs on Monday
# summoned ..."): an upper-case place and a dash, as papers print it in their own lead (wire28).
BODY_DATELINE = re.compile(r"[A-Z][A-Z.' ]+[A-Z](?:,[^–—-]{0,30})?\s*(?:–|—|--?)\s")


def page_dateline(article: Article) -> str | None:
    """The page's dateline: its first dateline segment that opens with a place the gazetteer knows, else its
    first dateline segment, else the upper-case place opening the first body paragraph. A date line in another
    script above the wire dateline ("София, 18 ноември 2020 г." over "SOFIA, Nov 18 (...)") is a dateline
    too since session 33 read other languages' months, and it names its capital in a script the gazetteer does
    not read (eval/wire53 w53_04: the foreign minister lost Bulgaria, the state of the headline's capital)."""
    lines = [article.text[g.start:g.end] for g in article.segments if g.role == "dateline"]
    if lines:
        return next((line for line in lines if any(h.start == 0 for h in scan(line))), lines[0])
    first = next((g for g in article.segments if g.role == "body"), None)
    text = article.text[first.start:first.end] if first is not None else ""
    return text if BODY_DATELINE.match(text) else None


def _headline_subject(title: str) -> str | None:
    """The state a headline names first, when that is its opening word(s) and not one of a pair: "Liberia
    summons Ivorian envoy ..." acts as Liberia (wire28: a Monrovia paper's "Foreign Minister X" was given the
    other side, which the page names most; its headline names the dateline's state, not its capital)."""
    hits = sorted(scan(title), key=lambda h: h.start)
    first = next((h for h in hits if h.term.kind != "leader"), None)
    if first is None or first.start > 0 or not (code := state_code(first)) or not is_state_code(code):
        return None
    return None if PAIRED.match(title, first.end) else code  # "Pakistan, Afghanistan swap ...": both act (wire4)


# a hyphen, dash or slash straight after the name joins a pair too ("BURKINA-NIGER: MINISTER IN NIAMEY ...":
# eval/dates-dev dd_07, where reading Burkina Faso as the home state gave Niger's president to Burkina)
PAIRED = re.compile(r"\s*(?:,|&|and\b|[-\u2013\u2014/])")
