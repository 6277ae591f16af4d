"""The Token records of a parse, read from spaCy's document table in one call.

Why: building the records asked each spaCy token for ten attributes, and the arc mends (`arcs`) asked for the
head token, its head, a neighbour and the verb's children again: every such ask makes a new spaCy Token
object and looks a string up (on 100 real-text pages 71,228 tokens, about 300,000 `Doc.__iter__` steps and
440,000 spaCy Token objects; "spaCy tokens -> Token records" 1.05-1.19 CPU s of a worker's 300 pages,
docs/scaling.md session 25). `Doc.to_array` reads all columns at once in C; the strings are looked up once per
distinct value of the sentence. What comes out is the same tuple of records as before, field for field
(tests/nlp/test_nlp_token_table.py compares it with a token-by-token reading).
"""
from __future__ import annotations

import calendar

from detente.records import Token

# a day or month glued to a subject (glued_subject); calendar's names are English in the C locale Python starts in
DAY_WORDS = frozenset(list(calendar.day_name) + list(calendar.month_name)[1:])
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_IOB = ("", "I", "O", "B")  # spaCy's Token.iob_strings(), by the ENT_IOB value
_SIGNED, _WRAP = 2 ** 63, 2 ** 64  # Doc.to_array's table is uint64
_IDS: list[int] = []


def _attribute_ids() -> list[int]:
    """spaCy's ids of the columns read, in Table's order (imported on first use: importing this module must
    not load spaCy)."""
    if not _IDS:
        from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, IDX, LEMMA, ORTH, POS, TAG

        _IDS.extend([ORTH, LEMMA, POS, TAG, DEP, HEAD, IDX, ENT_TYPE, ENT_IOB])
    return _IDS


class Table:
    """One parse's columns as Python lists: text, lemma, pos, tag, dep, head (absolute index), character offset."""

    __slots__ = ("text", "lemma", "pos", "tag", "dep", "head", "idx", "ent", "iob", "children")

    def __init__(self, doc, entities: bool):
        columns = doc.to_array(_attribute_ids()).T.tolist() if len(doc) else [[] for _ in range(9)]
        store = doc.vocab.strings
        orth, lemma, pos, tag, dep, head, self.idx, ent, iob = columns
        self.text, self.lemma, self.pos, self.tag, self.dep = (_strings(c, store) for c in (orth, lemma, pos, tag, dep))
        # HEAD is the head's offset from the token, a negative one wrapped round in the unsigned table
        self.head = [i + d if d < _SIGNED else i + d - _WRAP for i, d in enumerate(head)]
        self.ent = _strings(ent, store) if entities else None
        self.iob = [_IOB[b] for b in iob] if entities else None
        self.children: list[list[int]] | None = None

    def dependents(self, i: int) -> list[int]:
        """Indices of the tokens whose head is i (not i itself), in text order: spaCy's `Token.children`."""
        if self.children is None:
            self.children = [[] for _ in self.head]
            for k, h in enumerate(self.head):
                if h != k:
                    self.children[h].append(k)
        return self.children[i]


# A value of the table is the hash of its string (or a symbol's number), the same in every vocabulary, so the
# strings are kept across sentences: one dictionary look-up instead of a StringStore call (which took a third of
# the table's time). Bounded like the attribute table's cache.
_STRINGS: dict[int, str] = {}
MAX_STRINGS = 200_000


def _strings(column: list[int], store) -> list[str]:
    """The strings of a column of hashes."""
    found = list(map(_STRINGS.get, column))
    if None in found:
        if len(_STRINGS) >= MAX_STRINGS:
            _STRINGS.clear()
        found = [s if s is not None else _STRINGS.setdefault(v, store[v]) for s, v in zip(found, column)]
    return found


def tokens_of(doc, offset: int, no_entity: tuple[str, str] | None = None, written: str | None = None
              ) -> tuple[Token, ...]:
    """Token records of a parse; `no_entity`: the (ent, ent_iob) of every token of a parse made without
    the recogniser, instead of spaCy's unset ("", ""); `written`: the sentence as written when the parser
    read a re-cased copy of it (the tokens then carry the written words, at the same offsets)."""
    table = Table(doc, no_entity is None)
    written = written if written is not None and written != doc.text else None
    texts = table.text if written is None else [written[s:s + len(w)] for s, w in zip(table.idx, table.text)]
    ents = table.ent if no_entity is None else [no_entity[0]] * len(texts)
    iobs = table.iob if no_entity is None else [no_entity[1]] * len(texts)
    deps, heads = arcs(table)
    return tuple(map(Token, range(len(texts)), texts, table.lemma, table.pos, table.tag, deps, heads, ents, iobs,
                     [offset + s for s in table.idx]))


def arcs(table: Table) -> tuple[list[str], list[int]]:
    """Every token's dependency label and head, with three parser slips mended: a subject labelled "nsubj" on a
    passive verb, or hung on the verb's passive auxiliary, is that verb's passive subject (wire16: "Norway's
    request ... was, however, turned down by the Icelandic delegation": the commas of "however" put the subject
    under "was", so the rejected request's owner was never read as the target); a day glued to the subject
    (`glued_subject`); and a "by" phrase labelled "agent" on an active verb with its own subject (`means_by`)."""
    dep, head = table.dep, table.head
    passive = {head[i] for i, d in enumerate(dep) if d == "auxpass"}
    out_dep, out_head = list(dep), list(head)
    for i, d in enumerate(dep):
        if d == "agent" and means_by(table, i, passive):
            out_dep[i] = "prep"
        if d not in ("compound", "pobj", "nsubj"):
            continue  # every mend below starts from one of these labels
        out_dep[i], out_head[i] = _arc(table, i, passive)
    return out_dep, out_head


def means_by(table: Table, i: int, passive: set[int]) -> bool:
    """"The President of France spoke by telephone with Egypt's President": the parser labels "by telephone" the
    passive agent of an active verb, and the coder then took the telephone as the doer and the subject as the one
    acted on (wire40: the AU chair's call lost its caller; "spoke by telephone" is on 15 development pages). An
    "agent" whose verb is not passive and has an active subject of its own is a plain preposition when it names a
    means: one bare singular common noun ("by telephone", "by letter", "by force"). A headline's participle read as
    an active verb keeps its agent: "The Ugandan warplane shot down by Kenya" (tests/events/test_events_round4.py)."""
    verb = table.head[i]
    return (verb != i and verb not in passive and any(table.dep[c] == "nsubj" for c in table.dependents(verb))
            and any(_bare_singular(table, c) for c in table.dependents(i) if table.dep[c] == "pobj"))


def _bare_singular(table: Table, noun: int) -> bool:
    """A singular common noun with no determiner or possessive before it ("telephone", not "the army" or "Kenya")."""
    return table.tag[noun] == "NN" and not any(table.dep[c] in ("det", "poss") for c in table.dependents(noun))


def _arc(table: Table, i: int, passive: set[int]) -> tuple[str, int]:
    dep, head = table.dep, table.head
    h = head[i]
    if dep[i] == "compound" and table.text[i] in DAY_WORDS and glued_subject(table, h):
        return "pobj", head[h]
    if glued_subject(table, i):
        return ("nsubjpass" if head[h] in passive else "nsubj"), head[h]
    if dep[i] != "nsubj" or h == i:
        return dep[i], h
    if dep[h] == "auxpass" and head[h] != h:
        return "nsubjpass", head[h]
    return ("nsubjpass" if h in passive else "nsubj"), h


def glued_subject(table: Table, i: int) -> bool:
    """"On Friday Azerbaijan in turn freed two border guards": the parser reads "Friday Azerbaijan" as one name,
    the object of "On", and the verb has no subject (eval/wire26: the release lost its doer). A proper noun
    after a day or month in the object of a preposition before a verb with no subject is that verb's subject."""
    dep, head = table.dep, table.head
    if dep[i] != "pobj" or table.pos[i] != "PROPN" or i == 0 or table.text[i - 1] not in DAY_WORDS \
            or dep[i - 1] != "compound" or head[i - 1] != i:
        return False
    prep = head[i]
    verb = head[prep]
    return dep[prep] == "prep" and table.pos[verb] in ("VERB", "AUX") and prep < i < verb \
        and not any(dep[c] in SUBJECT_DEPS for c in table.dependents(verb))
