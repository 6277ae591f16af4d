"""The model's attribute_ruler rules, applied through dictionary lookups instead of spaCy's Matcher.

en_core_web_sm maps fine tags to coarse POS and morphology (and fixes a few lemmas) with an
`attribute_ruler` of 179 token patterns run through a `Matcher`. On the throughput corpus that
Matcher was about a fifth of all parsing time, because every pattern is tried on every token.
Nearly every pattern pins its first token to one tag, one lower-case form or one dependency label,
so this component indexes the patterns by those values and tries on each token only the few that
can match.

It reproduces the ruler exactly, rules and order alike: the patterns are read from the loaded
model (nothing is copied into the project); matches are found on the attributes as the tagger and
parser left them, then applied in pattern order so that later patterns win, as
`AttributeRuler.match` and `set_annotations` do. tests/nlp/test_nlp_attributes.py compares every
token's tag, POS, morphology and lemma with the stock pipeline on the seed articles and both
sentence benchmarks.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import compress

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.tokens import Doc, Token
# The two helpers spaCy's own AttributeRuler applies its attributes with (no public equivalent): using them
# keeps the values identical to the stock component's; spaCy is pinned in the lock, and the comparison test
# above fails if a release changes them.
from spacy.tokens._retokenize import normalize_token_attrs, set_token_attrs

FACTORY = "detente_attribute_table"
Predicate = Callable[[Token], bool]
_VALUE = {"LOWER": lambda t: t.lower_, "TAG": lambda t: t.tag_, "DEP": lambda t: t.dep_,
          "IS_SPACE": lambda t: t.is_space}
_INDEXED = ("TAG", "LOWER", "DEP", "IS_SPACE")  # attributes a pattern's first token is indexed by
_ARRAY_ATTRS = [TAG, LOWER, DEP, IS_SPACE]  # the same four, as Doc.to_array reads them


@dataclass(frozen=True, slots=True)
class _Rule:
    order: int  # the pattern's position in the ruler: later rules override earlier ones
    tokens: tuple[tuple[Predicate, ...], ...]  # per pattern token, the tests it must pass


def _predicate(attr: str, spec) -> Predicate:
    value = _VALUE[attr]
    if not isinstance(spec, dict):
        return lambda t: value(t) == spec
    (op, arg), = spec.items()
    if op == "IN":
        allowed = frozenset(arg)
        return lambda t: value(t) in allowed
    if op == "NOT_IN":
        refused = frozenset(arg)
        return lambda t: value(t) not in refused
    if op == "REGEX":
        pattern = re.compile(arg)
        return lambda t: bool(pattern.search(value(t)))
    raise ValueError(f"attribute_ruler pattern operator {op!r} is not supported")


def _index_keys(first: dict) -> list[tuple[str, object]]:
    """(attribute, value) keys under which a pattern whose first token is `first` is filed."""
    for attr in _INDEXED:
        spec = first.get(attr)
        if isinstance(spec, (str, bool)):
            return [(attr, spec)]
        if isinstance(spec, dict) and "IN" in spec:
            return [(attr, v) for v in spec["IN"]]
    return [("*", None)]  # tried on every token


class AttributeTable:
    """A pipeline component equivalent to the model's AttributeRuler (see the module docstring).

    A one-token rule reads only its own token's tag, lower-case form, dependency and is_space, so
    what such rules set on a token is worked out once per combination of those four (as numbers:
    the document array's values) and kept in `merged` (bounded by MAX_MERGED). The few multi-token
    rules ("gon na", "let 's", "y' all") are filed under their first pinned token, looked up from
    there, and merged in by order where they match."""

    MAX_MERGED = 200_000

    def __init__(self, nlp: Language, patterns: list[dict]):
        self.attrs = [normalize_token_attrs(nlp.vocab, p["attrs"]) for p in patterns]
        self.indices = [p.get("index", 0) for p in patterns]
        self.single: dict[tuple[str, object], list[_Rule]] = {}
        self.merged: dict[tuple, dict] = {}
        self.anchors: dict[tuple[int, int], list[tuple[_Rule, int]]] = {}  # (column, value) → (rule, offset)
        self.anchor_values: list[set[int]] = [set() for _ in _INDEXED]
        for order, entry in enumerate(patterns):
            for pattern in entry["patterns"]:
                rule = _Rule(order, tuple(tuple(_predicate(a, s) for a, s in tok.items()) for tok in pattern))
                if len(pattern) > 1:
                    self._anchor(nlp.vocab, rule, pattern)
                    continue
                for key in _index_keys(pattern[0]):
                    self.single.setdefault(key, []).append(rule)

    def __call__(self, doc: Doc) -> Doc:
        # The four values a one-token rule reads, as numbers read from the document at once: asking
        # each Token for its strings was most of this component's cost (session 8, real text).
        rows = doc.to_array(_ARRAY_ATTRS).tolist()
        extra = self._multi_token_matches(doc, rows)  # found on the attributes before any rule applies
        merged = self.merged
        for i, row in enumerate(rows):
            key = tuple(row)
            if i in extra:
                attrs = self._merge(self._single_orders(doc[i]) + extra[i])
            else:
                attrs = merged.get(key)
                if attrs is None:
                    attrs = self._cached(key, doc[i])
            if attrs:
                set_token_attrs(doc[i], attrs)
        return doc

    def _cached(self, key: tuple, token: Token) -> dict:
        if key not in self.merged:
            if len(self.merged) >= self.MAX_MERGED:
                self.merged.clear()
            self.merged[key] = self._merge(self._single_orders(token))
        return self.merged[key]

    def _single_orders(self, token: Token) -> list[int]:
        """Orders of the one-token rules that match (only those filed under the token's values are tried)."""
        get = self.single.get
        return [r.order for key in _keys(token) for r in get(key, ()) if all(test(token) for test in r.tokens[0])]

    def _merge(self, orders: list[int]) -> dict:
        """What the rules set, applied in pattern order (a later rule overrides an earlier one)."""
        out: dict = {}
        for order in sorted(set(orders)):
            out.update(self.attrs[order])
        return out

    def _multi_token_matches(self, doc: Doc, rows: list[list[int]]) -> dict[int, list[int]]:
        """Token index → orders of the multi-token rules that set attributes on it. A rule is looked up
        from its anchor token (the first one pinned to a value), so most tokens are passed over on
        their four numbers alone."""
        out: dict[int, list[int]] = {}
        anchors = self.anchors
        for i in self._anchor_rows(rows):
            for col, value in enumerate(rows[i]):
                for rule, offset in anchors.get((col, value), ()):
                    start, end = i - offset, i - offset + len(rule.tokens)
                    if start >= 0 and end <= len(doc) and all(all(test(doc[start + k]) for test in tests)
                                                              for k, tests in enumerate(rule.tokens)):
                        out.setdefault(doc[start:end][self.indices[rule.order]].i, []).append(rule.order)
        return out

    def _anchor_rows(self, rows: list[list[int]]) -> list[int]:
        """The indices, ascending, of the rows holding an anchor value in its column: found column by column in C
        (compress over set membership), not by a generator per token, which was most of this step's cost (session 23)."""
        found: set[int] = set()
        for col, column in enumerate(zip(*rows)):
            found.update(compress(range(len(column)), map(self.anchor_values[col].__contains__, column)))
        return sorted(found)

    def _anchor(self, vocab, rule: _Rule, pattern: list[dict]) -> None:
        """File a multi-token rule under the value its first pinned token must have, as numbers of the
        document array (a rule with no pinned token is tried from every token)."""
        for offset, spec in enumerate(pattern):
            keys = _index_keys(spec)
            if keys != [("*", None)]:
                for attr, value in keys:
                    col = _INDEXED.index(attr)
                    number = int(value) if attr == "IS_SPACE" else vocab.strings.add(value)
                    self.anchors.setdefault((col, number), []).append((rule, offset))
                    self.anchor_values[col].add(number)
                return
        raise ValueError("attribute_ruler pattern with no pinned token is not supported")


def _keys(token: Token) -> tuple[tuple[str, object], ...]:
    """Every index key a rule that could match this token is filed under."""
    return (("TAG", token.tag_), ("LOWER", token.lower_), ("DEP", token.dep_), ("IS_SPACE", token.is_space), ("*", None))


@Language.factory(FACTORY, default_config={"patterns": []})
def make_attribute_table(nlp: Language, name: str, patterns: list[dict]) -> AttributeTable:
    return AttributeTable(nlp, patterns)


def use_attribute_table(nlp: Language) -> Language:
    """Swap the model's attribute_ruler for the equivalent table (in place); returns nlp."""
    if "attribute_ruler" in nlp.pipe_names:
        patterns = nlp.get_pipe("attribute_ruler").patterns
        nlp.replace_pipe("attribute_ruler", FACTORY, config={"patterns": patterns})
    return nlp
