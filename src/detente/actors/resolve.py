"""Resolve the actor phrases of one parsed sentence to country and sector.

Order of evidence, strongest first: a country word inside the phrase (name, nationality,
possessor, capital, international body), a seat of power, a known office holder, the phrase's
"of"-complement ("the foreign minister of Iran"), an appositive ("X, head of Pakistan's armed
forces"), an earlier full mention of the same person, and last the document's main country for
state organs named without one ("the federal cabinet"). Each step appends to `notes`, which
becomes `Mention.resolution`.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from detente.actors import coref
from detente.actors.gazetteer import leader_rows
from detente.actors.items import Item, group_items, sentence_items, span_head, token_end
from detente.records import Article, Mention, Sentence

EXPLICIT_KINDS = ("country", "demonym", "capital", "body")
OF_PREPS = frozenset({"of", "from"})
PLACE_DETS = frozenset({"the", "this", "that"})


@dataclass(slots=True)
class Draft:
    """An actor phrase being resolved (mutable while the passes run, then frozen to Mentions)."""

    items: list[Item]
    first: int
    last: int
    root: int  # token index of the phrase's head
    kind: str
    countries: list[str] = field(default_factory=list)
    sector: str | None = None
    entity: str = ""
    notes: list[str] = field(default_factory=list)
    context_ok: bool = False  # may take the document's country

    @property
    def root_item(self) -> Item:
        return self.items[-1]


def sentence_mentions(article: Article, sentence: Sentence, ctx: coref.DocContext) -> list[Mention]:
    tokens = sentence.tokens
    items = sentence_items(sentence)
    items = sorted(items + _known_surnames(sentence, ctx, items), key=lambda item: item.first)
    drafts = [_draft(g, sentence, ctx) for g in group_items(items, tokens)]
    drafts = [d for d in drafts if d is not None]
    _of_phrases(drafts, sentence)
    _appositives(drafts, sentence)
    for draft in drafts:
        _alias(draft, sentence, ctx)
        _document_context(draft, sentence, ctx)
    return [m for d in drafts for m in _emit(d, article, sentence)]


def _known_surnames(sentence: Sentence, ctx: coref.DocContext, items: list[Item]) -> list[Item]:
    """Proper nouns the tagger did not mark as persons but that repeat an earlier person's surname."""
    taken = {i for item in items for i in range(item.first, item.last + 1)}
    surnames = {p.name.split()[-1] for p in ctx.people if p.sentence < sentence.index}
    return [Item(t.i, t.i, "person", t.text) for t in sentence.tokens
            if t.i not in taken and t.pos == "PROPN" and t.text in surnames]


def _draft(group: list[Item], sentence: Sentence, ctx: coref.DocContext) -> Draft | None:
    tokens = sentence.tokens
    root = group[-1]
    first, last = min(i.first for i in group), max(i.last for i in group)
    draft = Draft(group, first, last, span_head(tokens, root.first, root.last), _kind(group))
    for item in reversed(group):  # root first: its reading leads the resolution chain
        _read_item(draft, item, sentence, ctx)
    if draft.kind == "pronoun" and not draft.countries and not draft.entity:
        return None  # an unresolved pronoun is no actor mention
    if draft.kind == "role" and root.term and root.term.use == "place" and not _definite(sentence, root):
        return None  # "a country", "countries": no particular state
    return draft


def _kind(group: list[Item]) -> str:
    root = group[-1]
    if root.kind in {"person", "leader"}:
        return "person"
    if root.kind == "role" and root.term and root.term.use == "group":
        return "group"
    return root.kind


def _definite(sentence: Sentence, item: Item) -> bool:
    return item.first > 0 and sentence.tokens[item.first - 1].text.lower() in PLACE_DETS


def _read_item(draft: Draft, item: Item, sentence: Sentence, ctx: coref.DocContext) -> None:
    reader = {"role": _read_role, "leader": _read_leader, "person": _read_person,
              "pronoun": _read_pronoun}.get(item.kind, _read_named)
    reader(draft, item, sentence, ctx)


def _add_country(draft: Draft, code: str | None, explicit: bool = True) -> None:
    if code and code not in draft.countries and (explicit or not draft.countries):
        draft.countries.append(code)


def _read_named(draft: Draft, item: Item, sentence: Sentence, ctx: coref.DocContext) -> None:
    """Country names, nationalities, capitals, seats, bodies and non-state organisations."""
    term = item.term
    role = "possessor" if sentence.tokens[item.last].dep == "poss" or _possessive_after(sentence, item) else {
        "demonym": "nationality", "capital": "capital", "seat": "seat", "body": "body",
        "org": "organisation"}.get(term.kind, "country")
    if term.kind == "seat":
        _add_country(draft, term.code, explicit=False)
    else:
        _add_country(draft, term.code)
    draft.sector = draft.sector or (term.sector if term.kind in {"seat", "body", "org"} or item is draft.root_item
                                    else None)
    draft.entity = draft.entity or term.entity
    draft.notes.append(f"{role} '{item.text}' ({term.code or 'no state'}{' ' + term.sector if term.sector else ''})")


def _possessive_after(sentence: Sentence, item: Item) -> bool:
    nxt = item.last + 1
    return nxt < len(sentence.tokens) and sentence.tokens[nxt].tag == "POS"


def _read_role(draft: Draft, item: Item, sentence: Sentence, ctx: coref.DocContext) -> None:
    term = item.term
    if term.use == "group":
        codes = coref.recent_states(ctx, sentence.tokens[item.first].start)
        draft.entity = "+".join(codes)
        draft.sector = draft.sector or term.sector
        draft.notes.append(f"group '{item.text}' → several states ({', '.join(codes) or 'none named before'}); "
                           "expand in events")
        return
    if term.use == "place" and _definite(sentence, item):
        code = coref.dominant_country(ctx, sentence.index)
        _add_country(draft, code, explicit=False)
        draft.notes.append(f"'{item.text}' → {code} (document's main country)")
        return
    if draft.sector is None and term.sector:
        draft.sector = term.sector
    draft.context_ok = draft.context_ok or (term.context and item is draft.root_item) or (
        term.context and term.use == "title")
    draft.notes.append(f"role '{item.text}' ({term.sector or '-'})")


def _read_leader(draft: Draft, item: Item, sentence: Sentence, ctx: coref.DocContext) -> None:
    rows = leader_rows(item.terms, ctx.year)
    codes = sorted({r.code for r in rows})
    if len(codes) == 1:
        _add_country(draft, codes[0], explicit=False)
    row = rows[0]
    draft.sector = draft.sector or row.sector
    draft.entity = draft.entity or row.entity
    terms = "; ".join(f"{r.code} {r.use} {r.start}–{r.end or 'now'}" for r in rows[:3])
    draft.notes.append(f"office holder '{row.entity}' ({terms})" + ("" if len(codes) == 1 else " — ambiguous"))


def _read_person(draft: Draft, item: Item, sentence: Sentence, ctx: coref.DocContext) -> None:
    draft.entity = draft.entity or item.text
    draft.notes.append(f"person '{item.text}'")


def _read_pronoun(draft: Draft, item: Item, sentence: Sentence, ctx: coref.DocContext) -> None:
    position = sentence.tokens[item.first].start
    if item.text.lower() in {"it", "its"}:
        ref = coref.antecedent_state(ctx, sentence.index, position)
        if ref:
            _add_country(draft, ref.code)
            draft.notes.append(f"pronoun '{item.text}' → '{ref.text}' ({ref.code})")
        return
    person = coref.recent_person(ctx, sentence.index, position)
    if person and person.country:
        _add_country(draft, person.country)
        draft.sector = draft.sector or person.sector
        draft.entity = draft.entity or person.name
        draft.notes.append(f"pronoun '{item.text}' → {person.name} ({person.country})")


def _of_phrases(drafts: list[Draft], sentence: Sentence) -> None:
    """"the foreign minister of Iran", "the head of Pakistan's armed forces", "officials in Islamabad"."""
    by_root = {d.root: d for d in drafts}
    tokens = sentence.tokens
    for draft in drafts:
        if draft.countries or draft.kind not in {"role", "person"}:
            continue
        for prep in (t for t in tokens if t.head == draft.root and t.dep == "prep" and t.i > draft.root):
            target = next((by_root[t.i] for t in tokens if t.head == prep.i and t.dep == "pobj" and t.i in by_root),
                          None)
            if target is None or len(target.countries) != 1 or not _prep_fits(prep.text.lower(), target):
                continue
            _inherit(draft, target, f"'{prep.text} {_text(target, sentence)}'")
            draft.last = max(draft.last, target.last)
            break


def _prep_fits(prep: str, target: Draft) -> bool:
    # "officials in Islamabad" names the government; "troops in Afghanistan" may be anyone's troops.
    return prep in OF_PREPS or (prep == "in" and target.kind in {"capital", "seat"})


def _inherit(draft: Draft, source: Draft, how: str) -> None:
    _add_country(draft, source.countries[0])
    head_role = draft.root_item.term is not None and draft.root_item.term.use == "head"
    if source.sector and (draft.sector is None or head_role):
        draft.sector = source.sector
    draft.notes.append(f"{how} ({source.countries[0]}{' ' + source.sector if source.sector else ''})")


def _appositives(drafts: list[Draft], sentence: Sentence) -> None:
    """"General X, head of Pakistan's armed forces" and "Pakistan's army chief, General X"."""
    by_root = {d.root: d for d in drafts}
    for draft in drafts:
        token = sentence.tokens[draft.root]
        other = by_root.get(token.head) if token.dep == "appos" else None
        if other is None:
            continue
        for a, b in ((draft, other), (other, draft)):
            if not a.countries and b.countries:
                _inherit(a, b, f"appositive '{_text(b, sentence)}'")


def _alias(draft: Draft, sentence: Sentence, ctx: coref.DocContext) -> None:
    if draft.countries or draft.kind != "person" or draft.root_item.kind != "person":
        return
    person = coref.person_by_name(ctx, draft.root_item.text, sentence.tokens[draft.root_item.first].start)
    if person is None or person.country is None:
        return
    _add_country(draft, person.country)
    draft.sector = draft.sector or person.sector
    draft.entity = person.name
    draft.kind = "alias"
    draft.notes.append(f"same person as earlier '{person.name}' ({person.country}, {person.how})")


def _document_context(draft: Draft, sentence: Sentence, ctx: coref.DocContext) -> None:
    if draft.countries or not draft.context_ok:
        return
    code = coref.dominant_country(ctx, sentence.index)
    if code:
        _add_country(draft, code)
        draft.notes.append(f"country {code} from document context (main country so far)")


def _text(draft: Draft, sentence: Sentence) -> str:
    tokens = sentence.tokens
    return sentence.text[tokens[draft.first].start - sentence.start : token_end(tokens[draft.last]) - sentence.start]


def _emit(draft: Draft, article: Article, sentence: Sentence) -> list[Mention]:
    tokens = sentence.tokens
    start, end = tokens[draft.first].start, token_end(tokens[draft.last])
    text = article.text[start:end]
    chain = f"{text} → " + " + ".join(draft.notes)
    base = Mention(sentence.index, draft.first, draft.last, draft.root, start, end, text, None,
                   draft.sector, draft.kind, chain, draft.entity)
    if len(draft.countries) <= 1:
        return [replace(base, country=draft.countries[0] if draft.countries else None)]
    note = f" (one of {len(draft.countries)} coordinated states)"
    return [replace(base, country=code, resolution=chain + note) for code in draft.countries]
