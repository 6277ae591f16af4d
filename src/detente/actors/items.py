"""Actor items of one parsed sentence, and their grouping into actor phrases.

An item is a gazetteer hit aligned to tokens (and checked against the parse), a PERSON entity
or a pronoun. Items that modify one another ("Pakistani" → "Prime Minister" → "Nawaz Sharif",
"Pakistan's" → "army chief") are grouped into one phrase by climbing the dependency tree.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from operator import attrgetter

from detente.actors.counted import bare_counts, counted_group
from detente.actors.gazetteer import Hit, Term, scan
from detente.records import Sentence, Token

PLACE_ENTS = frozenset({"GPE", "LOC", "NORP", "FAC"})
NAME_ENTS = frozenset({"PERSON", "ORG"})
# Dependencies by which a word modifies the noun of the same actor phrase.
ATTACH_DEPS = frozenset({"compound", "amod", "poss", "nmod", "flat", "nn", "npadvmod"})
CURRENCY_SIGNS = frozenset({"$", "€", "£", "¥"})
DASHES = frozenset({"-", "--", "–", "—"})
DATELINE_TOKENS = 10  # a dateline is a short place tag: "ADDIS ABABA (XYZ) --"
_MONTHS = frozenset({"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"})
PRONOUNS = {"its": "state", "it": "state", "he": "person", "his": "person", "she": "person", "her": "person",
            "they": "plural", "their": "plural", "them": "plural", "we": "speaker"}
# "it" is often a dummy subject ("it is likely that…"): only resolve it as the doer of a real verb,
# or as the subject of a stance adjective that only an actor can hold ("it is willing to withdraw").
DUMMY_IT_VERBS = frozenset({"be", "seem", "appear", "remain", "take", "mean", "happen", "become", "look"})
STANCE_ADJECTIVES = frozenset({"willing", "unwilling", "ready", "prepared", "determined", "committed", "eager",
                               "keen", "reluctant", "able", "unable", "opposed", "confident", "open", "interested"})


@dataclass(frozen=True, slots=True)
class Item:
    first: int  # token indices (inclusive)
    last: int
    kind: str  # a Term kind, or "person" / "pronoun"
    text: str
    terms: tuple[Term, ...] = ()  # the matching gazetteer entries (empty for persons and pronouns)

    @property
    def term(self) -> Term | None:
        return self.terms[0] if self.terms else None


def token_end(token: Token) -> int:
    return token.start + len(token.text)


def align(hit: Hit, sentence: Sentence) -> tuple[int, int] | None:
    """Token span of a hit (character offsets of the hit are relative to the sentence): the tokens that end after
    its start and start before its end. Tokens run in text order without overlapping, so their starts and ends both
    rise and those tokens are one run, found by bisection instead of a scan of every token for every hit (half the
    time, a small cut: 0.06 -> 0.03 CPU s for the 12,671 hits of 150 real-text pages, docs/scaling.md session 20)."""
    start, end = sentence.start + hit.start, sentence.start + hit.end
    tokens = sentence.tokens
    first = bisect_right(tokens, start, key=token_end)
    after = bisect_left(tokens, end, lo=first, key=_token_start)
    return (tokens[first].i, tokens[after - 1].i) if first < after else None


_token_start = attrgetter("start")


def span_head(tokens: tuple[Token, ...], first: int, last: int) -> int:
    """The token of a span whose head lies outside it (the last such token if several)."""
    outside = [i for i in range(first, last + 1) if not first <= tokens[i].head <= last or tokens[i].head == i]
    return outside[-1] if outside else last


def office_heads(tokens: tuple[Token, ...], root: int) -> set[int]:
    """The role's own token and, when it is the first word of a hyphenated office ("Secretary-General",
    "Director-General": capitalised, the parse makes "General" the head and "Secretary" its compound), the
    word that closes the office, whose "of" phrase names its owner (wire19: "received the Assistant
    Secretary-General of the Arab League" was given the receiving state). In lower case ("the secretary-general
    of the Arab League") the parse turns it round: "general" is a modifier of "secretary" and holds the "of"
    phrase, so that closing word counts too (session 29: such a call on a state had no source)."""
    head = tokens[root].head
    joined = tokens[root].dep == "compound" and head == root + 2 and tokens[root + 1].text in DASHES
    if joined:
        return {root, head}
    closing = root + 2 < len(tokens) and tokens[root + 1].text in DASHES and tokens[root + 2].head == root \
        and tokens[root + 2].dep in ("amod", "compound") and tokens[root + 1].head == root
    return {root, root + 2} if closing else {root}


def sentence_items(sentence: Sentence, hits: list[Hit] | None = None) -> list[Item]:
    """Actor items of a sentence from its gazetteer `hits` (scanned here when not given)."""
    hits = scan(sentence.text) if hits is None else hits
    items = [item for hit in hits if (item := _hit_item(hit, sentence))]
    taken = {i for item in items for i in range(item.first, item.last + 1)}
    items = [counted_group(item, sentence.tokens) for item in items
             if not _inside_longer_name(item, sentence.tokens, taken)]
    items += [p for p in _person_items(sentence.tokens) if not taken & set(range(p.first, p.last + 1))]
    items += [p for p in _pronoun_items(sentence.tokens) if p.first not in taken]
    items += bare_counts(sentence.tokens, taken)
    return sorted(items, key=lambda item: item.first)


def dateline_end(tokens: tuple[Token, ...]) -> int:
    """Index of the dash that ends a wire dateline opening the sentence ("NAIROBI —", "BAKU/ASHGABAT -",
    "SUVA (XYZ) --"), else -1. The dateline says where the story was filed, not who acted: in "LA PAZ -
    Border guards said…" the parser may make the capital a modifier of the guards, and it must not
    give them its country. (A dateline the parser makes the subject stays a mention: the events
    stage should skip it, see the actors report.)"""
    dash = next((t.i for t in tokens[:DATELINE_TOKENS] if t.text in DASHES), -1)
    if dash < 1 or not _all_caps(tokens[0].text):
        return -1
    prefix = _place_of_dateline(tokens[:dash])
    if any(t.pos in ("VERB", "AUX") for t in prefix) or sum(c.isalpha() for t in prefix for c in t.text) < 4:
        return -1  # "US - Kenyan talks": a short code is a party, not a filing place
    return dash if all(_all_caps(t.text) or not t.text.isalpha() for t in prefix if t.text not in "()") else -1


def _place_of_dateline(prefix: tuple[Token, ...]) -> tuple[Token, ...]:
    """The place part of a dateline: "TASHKENT, Sept 10 (Agency) -" and "ASTANA, Nov 19 —" carry the filing date
    and the agency after a comma (newcomer7: the capital was read as the subject that ratified or accused). The
    tail must be a month and day, then at most a parenthesised name; else the whole prefix is read as the place."""
    comma = next((t.i - prefix[0].i for t in prefix if t.text == ","), -1)
    if comma < 1:
        return prefix
    tail = [t.text for t in prefix[comma + 1:]]
    if "(" in tail and tail[-1] == ")":
        tail = tail[:tail.index("(")]
    month = tail and tail[0].lower().rstrip(".")[:3] in _MONTHS
    return prefix[:comma] if month and len(tail) <= 3 and all(t.isdigit() or t == "." for t in tail[1:]) else prefix


def _all_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _hit_item(hit: Hit, sentence: Sentence) -> Item | None:
    span = align(hit, sentence)
    if span is None or _currency_prefix(hit, sentence.text):
        return None
    tokens = sentence.tokens[span[0] : span[1] + 1]
    terms = tuple(t for t in hit.terms if _fits_parse(t, tokens, sentence.tokens))
    if not terms or terms[0].kind == "place":
        return None
    return Item(span[0], span[1], terms[0].kind, hit.text, terms)


def _currency_prefix(hit: Hit, text: str) -> bool:
    """A state's code glued to a currency sign names a currency, not an actor: "would donate US$500,000"
    (eval/wire4: the donation was coded with the United States as its target)."""
    return text[hit.end : hit.end + 1] in CURRENCY_SIGNS


def _inside_longer_name(item: Item, tokens: tuple[Token, ...], taken: set[int]) -> bool:
    """A listed group's name preceded by a proper noun of the same name is another group that borrows it:
    "Kataib Hezbollah" is an Iraqi militia, not Lebanon's Hezbollah (realnews). A state or people word
    before it ("Lebanese Hezbollah") is a gazetteer item of its own and keeps the reading."""
    if item.kind != "org" or item.first == 0 or item.first - 1 in taken:
        return False
    before = tokens[item.first - 1]
    return before.tag == "NNP" and before.ent not in PLACE_ENTS and before.dep == "compound" \
        and item.first <= before.head <= item.last + 1 and before.text[:1].isupper()


def _fits_parse(term: Term, tokens: tuple[Token, ...], all_tokens: tuple[Token, ...]) -> bool:
    ents = {t.ent for t in tokens}
    if term.check == "name" and ents & NAME_ENTS:
        return False  # "Jordan" in "Michael Jordan", "Washington" in "The Washington Post"
    if term.check == "strict" and not ents & PLACE_ENTS:
        return False  # "Victoria", "Male", "Santiago" need the parser to see a place
    if term.kind == "role":
        return _role_fits(tokens, all_tokens)
    return True


def _role_fits(tokens: tuple[Token, ...], all_tokens: tuple[Token, ...]) -> bool:
    """A role word must be a noun ("official" in "an official visit" is not), and must not be
    the inside of somebody's name ("King" in "Tom King")."""
    last = tokens[-1]
    if last.pos not in {"NOUN", "PROPN"}:
        return False
    first = tokens[0]
    inside_name = first.ent == "PERSON" and first.ent_iob == "I"
    return not inside_name


def _person_items(tokens: tuple[Token, ...]) -> list[Item]:
    out, i = [], 0
    while i < len(tokens):
        if tokens[i].ent == "PERSON" and tokens[i].ent_iob == "B":
            j = i
            while j + 1 < len(tokens) and tokens[j + 1].ent == "PERSON" and tokens[j + 1].ent_iob == "I":
                j += 1
            while j > i and tokens[j].tag == "POS":
                j -= 1
            text = " ".join(t.text for t in tokens[i : j + 1])
            out.append(Item(i, j, "person", text))
            i = j
        i += 1
    return out


def _pronoun_items(tokens: tuple[Token, ...]) -> list[Item]:
    out = []
    for token in tokens:
        word = token.text.lower()
        if word not in PRONOUNS or token.pos != "PRON":
            continue
        if word == "it" and _dummy_it(token, tokens):
            continue
        out.append(Item(token.i, token.i, "pronoun", token.text))
    return out


def _dummy_it(token: Token, tokens: tuple[Token, ...]) -> bool:
    if token.dep != "nsubj":
        return True
    verb = tokens[token.head]
    if verb.lemma not in DUMMY_IT_VERBS or _doers_take(verb, tokens):
        return False
    return not any(t.head == verb.i and t.dep == "acomp" and t.lemma.lower() in STANCE_ADJECTIVES for t in tokens)


# "take" is an actor's verb with a particle ("it would not take in refugees", "take over") or an object only a
# doer takes ("take measures", "take part"); "it takes time", "it took years" stay dummies (sent-dev: "Warsaw said
# it would not take in any asylum seekers, defying a ruling…" lost its doer).
DOERS_TAKE = frozenset({"action", "part", "measure", "step", "control", "decision", "position", "stance"})


def _doers_take(verb: Token, tokens: tuple[Token, ...]) -> bool:
    # "said it would take the dispute to the Security Council", "take Chile before the tribunal": an object
    # taken somewhere is a doer's (wire10: the threat lost its state); "it took years" has no such phrase
    return verb.lemma == "take" and any(t.head == verb.i and (t.dep == "prt" or t.dep == "dobj" and t.lemma in DOERS_TAKE
                                                              or t.dep == "prep" and t.lemma in ("to", "before"))
                                        for t in tokens)


def group_items(items: list[Item], tokens: tuple[Token, ...]) -> list[list[Item]]:
    """Items of one actor phrase together; the phrase's root item comes last in each group."""
    owner = {i: n for n, item in enumerate(items) for i in range(item.first, item.last + 1)}
    dateline = dateline_end(tokens)
    roots = [_climb(n, items, owner, tokens, dateline) for n in range(len(items))]
    groups: dict[int, list[Item]] = {}
    for n, root in enumerate(roots):
        groups.setdefault(root, []).append(items[n])
    return [sorted(g, key=lambda item: (item is items[root], item.first)) for root, g in groups.items()]


def _climb(n: int, items: list[Item], owner: dict[int, int], tokens: tuple[Token, ...], dateline: int) -> int:
    seen = {n}
    while True:
        token = tokens[span_head(tokens, items[n].first, items[n].last)]
        nxt = owner.get(token.head)
        if nxt is not None and items[n].last < dateline < items[nxt].first:
            return n  # the dateline's place never gives its country to the phrase after it
        attached = token.dep in ATTACH_DEPS or (
            token.dep == "conj" and _first_conjunct(tokens, token).dep in ATTACH_DEPS)  # "Hungarian and Romanian officials"
        if nxt is None or nxt in seen or not attached:
            return n
        seen.add(nxt)
        n = nxt


def _first_conjunct(tokens: tuple[Token, ...], token: Token) -> Token:
    """The first member of the list a conjunct belongs to: the parser chains "Chadian, Nigerien and
    Malian soldiers" as Malian → Nigerien → Chadian, and only Chadian modifies the noun."""
    steps = 0
    while token.dep == "conj" and token.head != token.i and steps < 20:
        token, steps = tokens[token.head], steps + 1
    return token


# Where a capital that is also a common name ("!Santiago" in countries.tsv) acts or is acted upon; "poss": whose
# demand or orders ("rejected Sofia's demand", "on Sofia's orders"; eval/wire53 w53_05, w53_06)
ACTING_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "conj", "poss"})


def capital_metonyms(sentence: Sentence, hits: list[Hit], named: set[str], taken: set[int]) -> list[Item]:
    """Capitals the parse check refused (a name that needs a place reading: "Santiago", "Sofia") that stand
    for their government all the same: the subject, object or conjunct of the clause, no proper noun beside
    them (a person's name: "Santiago Pena", "Maria Sofia"), in a document that names the state by its name or
    nationality (`named`). wire9: "Santiago refused to write that into the text" had no actor."""
    tokens = sentence.tokens
    out = []
    for hit in hits:
        term = next((t for t in hit.terms if t.kind == "capital" and t.check == "strict" and t.code in named), None)
        span = align(hit, sentence) if term is not None else None
        if span is None or span[0] != span[1] or span[0] in taken:
            continue
        token = tokens[span[0]]
        beside = [tokens[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(tokens)]
        # the agent of a passive acts too: "was turned down by Sofia on Monday night" (eval/wire53 w53_06)
        agent = token.dep == "pobj" and tokens[token.head].dep == "agent"
        if (token.dep in ACTING_DEPS or agent) and token.ent != "PERSON" and not any(b.pos == "PROPN" for b in beside):
            out.append(Item(token.i, token.i, "capital", hit.text, (term,)))
    return out
