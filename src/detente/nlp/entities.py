"""Entities without the statistical recogniser (the default since session 9; `detente ingest --ner` runs the
recogniser): names from the gazetteers, persons and organisations from runs of proper nouns, dates and
numbers from the tagger.

Why: NER is the dearest component of en_core_web_sm, about half of all parsing on real news even
when it runs only on sentences where a trigger matched the parse. The later stages read few entity
labels: PERSON (persons are actors, a named source of an attribution, no trigger), ORG and
GPE/NORP/LOC/FAC (an ambiguous gazetteer name inside an organisation's or person's name is not the
state; a place name needs a place reading), DATE/TIME and the number labels (no trigger, no actor).
Those can be read, less well, from what the parse already has: the gazetteer hits of the sentence
(handed in by the caller, so this package stays free of the actors stage), the fine tags NNP/NNPS
and CD, and a few word lists below. What it costs in events is measured in docs/scaling.md.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence

from detente.nlp.name_particles import core_words, joins, name_word
from detente.records import Sentence, Token

# (start, end, label) of a name the gazetteers know, character offsets relative to the sentence text
NameSpan = tuple[int, int, str]
Names = Callable[[str], Sequence[NameSpan]]

PROPER_TAGS = frozenset({"NNP", "NNPS"})
# A word that makes a run of proper nouns an organisation: "Defence Ministry", "Workers' Party"; military units
# and missions too ("Fifth Fleet", "Central Command", "Marine Corps": wire4, a fleet read as a person's name).
ORG_WORDS = frozenset("""ministry ministries council party parliament assembly congress senate court army navy
forces force guard guards police agency bank fund union committee commission corporation company group
front movement organisation organization institute university association league alliance authority
office department bureau service services news times post herald agency tribune press network
corp inc ltd brigade brigades militia battalion regiment fleet squadron flotilla corps command embassy consulate""".split())
# Words before a name that make it a person's: "Mr Abe", "Dr Okafor" (role words come from the gazetteer).
PERSON_TITLES = frozenset({"mr", "mrs", "ms", "dr", "sir", "dame", "mr.", "mrs.", "ms.", "dr."})
MONTHS = frozenset("""january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec""".split())
DAY_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
tonight""".split())
PERIOD_WORDS = frozenset({"week", "weeks", "month", "months", "year", "years", "weekend", "decade", "decades",
                          "day", "days", "century", "morning", "afternoon", "evening", "night"})
PERIOD_MODIFIERS = frozenset({"last", "next", "this", "past", "coming", "previous", "earlier", "later", "early",
                              "late", "mid", "recent"})
ORDINALS = frozenset("""first second third fourth fifth sixth seventh eighth ninth tenth""".split())
CURRENCY = frozenset({"$", "€", "£", "¥", "us$", "dollars", "dollar", "euros", "euro", "pounds", "yuan", "rubles",
                      "roubles", "rupees", "yen"})
PERCENT_WORDS = frozenset({"%", "percent", "per cent"})
# A sentence with capitalised words but hardly a lower-case word of four letters or more is a
# headline in title case: there the tagger calls verbs and nouns NNP, so runs of them are not names.
HEADLINE_LOWER_WORDS = 2


def rule_entities(sentence: Sentence, names: Sequence[NameSpan]) -> Sentence:
    """The sentence with ent/ent_iob filled in by the rules above (its tokens otherwise unchanged)."""
    tokens = sentence.tokens
    labels = [""] * len(tokens)
    spans = token_spans(sentence, names)
    _numbers(tokens, labels)
    _dates(tokens, labels)
    _proper_runs(tokens, spans, labels)
    _names(spans, labels)
    return Sentence(sentence.doc_id, sentence.index, sentence.segment, sentence.role, sentence.start,
                    sentence.end, sentence.text, _labelled(tokens, labels))


def _labelled(tokens: tuple[Token, ...], labels: list[str]) -> tuple[Token, ...]:
    """The tokens with these labels; a token that already carries its label and IOB is kept as it is
    (most tokens are outside every name, and building a Token record is this step's main cost)."""
    out = []
    for t, label in zip(tokens, labels):
        iob = "O" if not label else ("I" if t.i and labels[t.i - 1] == label else "B")
        out.append(t if t.ent == label and t.ent_iob == iob else
                   Token(t.i, t.text, t.lemma, t.pos, t.tag, t.dep, t.head, label, iob, t.start))
    return tuple(out)


def _numbers(tokens: tuple[Token, ...], labels: list[str]) -> None:
    for t in tokens:
        word = t.text.lower()
        if t.tag == "CD":
            after = tokens[t.i + 1].text.lower() if t.i + 1 < len(tokens) else ""
            before = tokens[t.i - 1].text.lower() if t.i else ""
            labels[t.i] = ("PERCENT" if after in PERCENT_WORDS else
                           "MONEY" if before in CURRENCY or after in CURRENCY else "CARDINAL")
        elif word in ORDINALS and t.pos in ("ADJ", "ADV"):
            labels[t.i] = "ORDINAL"


def _dates(tokens: tuple[Token, ...], labels: list[str]) -> None:
    """Month and day names (with the numbers beside them), years, "last week", "earlier this month"."""
    for t in tokens:
        word = t.text.lower()
        is_month = word in MONTHS and t.tag in PROPER_TAGS
        year = t.tag == "CD" and len(t.text) == 4 and t.text.isdigit() and t.text[:2] in ("19", "20")
        if is_month or word in DAY_WORDS or year:
            labels[t.i] = "DATE"
            for j in (t.i - 1, t.i + 1):  # "5 June", "June 5", "June 2024"
                if 0 <= j < len(tokens) and tokens[j].tag == "CD":
                    labels[j] = "DATE"
        elif word in PERIOD_WORDS and t.i and tokens[t.i - 1].text.lower() in PERIOD_MODIFIERS:
            labels[t.i - 1] = labels[t.i] = "DATE"


def _proper_runs(tokens: tuple[Token, ...], spans: list[tuple[int, int, str]], labels: list[str]) -> None:
    """Runs of NNP/NNPS the gazetteers do not cover: an organisation when a word says so, else a
    person when two or more capitalised words or a title before them say so; otherwise no entity."""
    if _headline(tokens):
        return
    known = _covered(spans)
    for first, last in _runs(tokens):
        words = [t.text.lower().strip(".'’") for t in tokens[first:last + 1]]
        if any(w in ORG_WORDS for w in words):
            _fill(labels, first, last, "ORG")
            continue
        free = [i for i in range(first, last + 1) if i not in known]
        while free and tokens[free[0]].text.lower() in PERSON_TITLES:
            free = free[1:]
        if not free:
            continue
        before = free[0] - 1
        titled = before >= 0 and (tokens[before].text.lower() in PERSON_TITLES or before in known.get("role", ()))
        if len(free) == 1 and free[0] + 1 == last and known.get(last) and _name_like(tokens, free):
            _fill(labels, free[0], last, "PERSON")  # a given name before a one-word place: "Michael Jordan"
        elif titled or (core_words(tokens, free) >= 2 and free == list(range(free[0], free[-1] + 1))
                        and _name_like(tokens, free)):
            _fill(labels, free[0], free[-1], "PERSON")


def _name_like(tokens: tuple[Token, ...], indices: list[int]) -> bool:
    """Every word capitalised, or a name particle in its place ("Osman al-Tayeb", "Peter van Wyk";
    nlp/name_particles.py), and the last a capitalised word."""
    return all(name_word(tokens, i, i == indices[0]) for i in indices) and tokens[indices[-1]].text[:1].isupper() \
        and tokens[indices[-1]].text[1:2].islower()


def _names(spans: list[tuple[int, int, str]], labels: list[str]) -> None:
    """Gazetteer names take their own label where no organisation or person run holds them."""
    for first, last, label in spans:
        if label and not any(labels[i] in ("ORG", "PERSON") for i in range(first, last + 1)):
            _fill(labels, first, last, label)


def _fill(labels: list[str], first: int, last: int, label: str) -> None:
    for i in range(first, last + 1):
        labels[i] = label


def _runs(tokens: tuple[Token, ...]) -> list[tuple[int, int]]:
    out, i = [], 0
    while i < len(tokens):
        if tokens[i].tag in PROPER_TAGS:
            j = i
            while j + 1 < len(tokens) and (tokens[j + 1].tag in PROPER_TAGS or joins(tokens, j + 1)):
                j += 1
            out.append((i, j))
            i = j
        i += 1
    return out


def _headline(tokens: tuple[Token, ...]) -> bool:
    words = [t.text for t in tokens if t.text.isalpha() and len(t.text) > 3]
    lower = sum(w.islower() for w in words)
    return len(words) - lower >= 3 and lower < HEADLINE_LOWER_WORDS


def token_spans(sentence: Sentence, names: Sequence[NameSpan]) -> list[tuple[int, int, str]]:
    """The names as (first token, last token, label): the tokens that overlap the name's characters. Tokens
    follow one another without overlapping, so their starts and ends both rise and the covered run is found
    by bisection (a scan of every token for each name was 8,545 scans per 100 real pages, docs/scaling.md)."""
    if not names:
        return []
    tokens, base = sentence.tokens, sentence.start
    starts = [t.start - base for t in tokens]
    ends = [s + len(t.text) for s, t in zip(starts, tokens)]
    out = []
    for start, end, label in names:
        first, stop = bisect_right(ends, start), bisect_left(starts, end)
        if first < stop:
            out.append((tokens[first].i, tokens[stop - 1].i, label))
    return out


def _covered(spans: list[tuple[int, int, str]]) -> dict:
    """Token indices inside gazetteer names; under "role" those of role words (titles)."""
    known: dict = {}
    for first, last, label in spans:
        for i in range(first, last + 1):
            known[i] = label
            if not label:
                known.setdefault("role", set()).add(i)
    return known
