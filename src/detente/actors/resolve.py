"""Resolve the actor phrases of one parsed sentence to country and sector.

Order of evidence, strongest first: a country word inside the phrase (name, nationality,
possessor, capital, international body), a seat of power, a known office holder, the phrase's
"of"-complement ("the foreign minister of Iran"), an appositive ("X, head of Pakistan's armed
forces"), an earlier full mention of the same person, and last, for state organs named without
one ("the federal cabinet"), the state a page in a state's own voice speaks as (home_voice.py), else the
document's main country. Each step appends to `notes`, which
becomes `Mention.resolution`.
"""
from __future__ import annotations

from dataclasses import replace

from detente.actors import coref
from detente.actors.anaphora import follow_reporters, resolve_anaphora
from detente.actors.ministries import ministry_state
from detente.actors.conjoined import MODIFIER_DEPS, is_state_list, join_split_lists, list_members
from detente.actors.draft import NO_STATE, Draft, add_country, draft_text, inherit
from detente.actors.former_envoys import former_envoys
from detente.actors.interim_rulers import interim_rulers, the_ruled_state
from detente.actors.of_phrases import PLURAL_TAGS, of_phrases
from detente.actors.gazetteer import Term, leader_rows, marked_former, office_reading
from detente.actors.listed_people import listed_here, listed_offices
from detente.actors.local_offices import local_places
from detente.actors.member_phrases import names_some_member
from detente.actors.items import (DASHES, Item, capital_metonyms, group_items, sentence_items, span_head,
                                  token_end)
from detente.actors.body_organs import with_organs
from detente.actors.short_names import with_short_names
from detente.actors.speaker_state import SPOKEN, speaker_state
from detente.records import Article, Mention, Sentence, Token

EXPLICIT_KINDS = ("country", "demonym", "capital", "body")
PLACE_DETS = frozenset({"the", "this", "that"})
FORCE_DETS = frozenset({"the", "these", "those"})
ETHNIC_WORDS = frozenset({"ethnic"})
# What "both sides of ..." may divide: its sides are places, not the two states (newswire: "funds for roads on
# both sides of the border" made the border's two states the addressees of a request to donors).
DIVIDING_NOUNS = frozenset({"border", "frontier", "boundary", "river", "lake", "line", "strait", "fence", "wall",
                            "divide", "crossing", "bridge", "valley", "mountain", "range"})


def sentence_mentions(article: Article, sentence: Sentence, ctx: coref.DocContext) -> list[Mention]:
    tokens = sentence.tokens
    items = sentence_items(sentence, ctx.hits.get(sentence.index))
    items += capital_metonyms(sentence, ctx.hits.get(sentence.index) or [], _named_by_name(ctx),
                              {i for item in items for i in range(item.first, item.last + 1)})
    items = with_organs(sentence, ctx, with_short_names(sentence, ctx, items + _known_surnames(sentence, ctx, items)))
    items = sorted(items, key=lambda item: item.first)
    drafts = [_draft(g, sentence, ctx) for g in join_split_lists(group_items(items, tokens), tokens)]
    drafts = [d for d in drafts if d is not None]
    _communities(drafts)
    of_phrases(drafts, sentence, owners_first=True)
    local_places(drafts, sentence, ctx.hits.get(sentence.index))
    former_envoys(drafts, sentence, ctx)
    _appositives(drafts, sentence)
    listed_offices(drafts, sentence, ctx.people)  # "the foreign ministers, A for X and B for Y,"
    _rulers_in(drafts, sentence)
    interim_rulers(drafts, sentence, the_ruled_state(ctx.ruled))  # "the junta" after "Mali's junta" (interim_rulers.py)
    _led_by(drafts, sentence)
    for draft in drafts:
        _alias(draft, sentence, ctx)
    resolve_anaphora(drafts, sentence, ctx)
    of_phrases(drafts, sentence, owners_first=False, missions_only=True)  # "its" found no antecedent
    for draft in drafts:
        _force_antecedent(draft, sentence, ctx)
        _document_context(draft, sentence, ctx)
    follow_reporters(drafts)
    _appositives(drafts, sentence, guessed=True)
    drafts = [d for d in drafts if d.kind != "pronoun" or d.countries or d.entity]  # unresolved: no actor
    return [m for d in drafts for m in _emit(d, article, sentence)]


def _named_by_name(ctx: coref.DocContext) -> set[str]:
    """States the document names by their own name or nationality (not only by a capital)."""
    return {s.code for s in ctx.states if s.kind in ("country", "demonym")}


def _known_surnames(sentence: Sentence, ctx: coref.DocContext, items: list[Item]) -> list[Item]:
    """Proper nouns the tagger did not mark as persons but that repeat an earlier person's surname (the
    tagger even reads a sentence-opening "Ruiz later told…" as a common noun in a date)."""
    taken = {i for item in items for i in range(item.first, item.last + 1)}
    surnames = {name for p in ctx.people if p.sentence < sentence.index for name in coref.reference_names(p)}
    surnames |= {o.name for o in ctx.organs if o.sentence < sentence.index}
    heads = {w for o in ctx.organs if o.sentence < sentence.index for w in (o.name.split()[-1].lower(), o.office) if w}
    heads |= coref.seat_heads(ctx, sentence.index)
    return [Item(t.i, t.i, "person", t.text) for t in sentence.tokens
            if t.i not in taken and (t.text in surnames and (t.pos == "PROPN" or t.pos == "NOUN" and t.text.istitle())
                                     or _bare_head(t, sentence.tokens, heads))]


def _bare_head(token: Token, tokens: tuple[Token, ...], heads: set[str]) -> bool:
    """"The command seized…" after "the Coastal Patrol Command, Turkey's maritime police,": a singular
    definite noun with no modifier of its own that ends or introduced an organ's own name (coref.organ_by_head).
    Not "the body of a fisherman", "the office of the president": an "of" phrase names another one."""
    return token.tag in ("NN", "NNS", "NNP", "NNPS") and token.text.lower() in heads and token.i > 0 \
        and tokens[token.i - 1].text.lower() == "the" and not any(
            t.head == token.i and t.dep in ("amod", "compound", "poss", "nmod", "prep") for t in tokens)


def _draft(group: list[Item], sentence: Sentence, ctx: coref.DocContext) -> Draft | None:
    tokens = sentence.tokens
    root = group[-1]
    first, last = min(i.first for i in group), max(i.last for i in group)
    draft = Draft(group, first, last, span_head(tokens, root.first, root.last), _kind(group),
                  listed=is_state_list(group, tokens))
    for item in reversed(group):  # root first: its reading leads the resolution chain
        _read_item(draft, item, sentence, ctx)
    if draft.listed:  # members in the order the text lists them, for the group and any "they" after it
        draft.countries = [m.term.code for m in list_members(draft)]
    _nationals(draft, sentence.tokens)
    if draft.kind == "role" and root.term and root.term.use == "place" and not _definite(sentence, root) \
            and len(group) == 1:
        return None  # "a country", "countries": no particular state ("his country" is kept)
    if root.term and root.term.use == "count" and not draft.entity:
        return None  # "the two" with no two people of two states just named: no actor (counted.bare_counts)
    return draft


def _nationals(draft: Draft, tokens: tuple[Token, ...]) -> None:
    """A state word that names people, not their state: "Serbian mercenaries" are men for hire from
    Serbia, not its forces (roles.tsv use "hired"); "Bolivian Quechuas", "Afghan Uzbeks" (a people's
    name owned by another state's word) are an ethnic group of that state, as are "ethnic Russians" (the
    PLOVER gold codes "ethnic Albanians" fighting in Serbia as no state). None is a state actor,
    so the phrase keeps no country (the annotation guideline codes no event whose party is only such
    a group). A hyphenated pair ("Peruvian-Chilean talks") names both states, and a singular word is
    no people."""
    root = draft.root_item
    named = [i for i in draft.items if i is not root and i.term and i.term.kind in ("demonym", "country")]
    hired = root.kind == "role" and root.term.use == "hired" and named
    people = root.kind == "demonym" and not draft.listed and _plural(tokens[root.last]) and any(
        i.term.code != root.term.code and tokens[i.last + 1].text not in DASHES for i in named)
    # "ethnic Russians", "ethnic Albanian rebels": the word names a people, not the state's organs
    ethnic = draft.first > 0 and tokens[draft.first - 1].text.lower() in ETHNIC_WORDS and (
        bool(named) or root.kind == "demonym")
    if hired or people or ethnic:
        _no_state(draft)


def _no_state(draft: Draft) -> None:
    draft.countries.clear()
    draft.context_ok, draft.stateless = False, True
    draft.notes.append(f"nationals or an ethnic group, {NO_STATE}")


def _communities(drafts: list[Draft]) -> None:
    """Two state words of different states side by side, with no dash or "and" between them, name an
    ethnic community, not either state: "the Greek Cypriot side", "Turkish Cypriot authorities", "a Bosnian
    Serb leader" (the singular kin of "Afghan Uzbeks" in `_nationals`; the parser may hang the two words on
    the noun apart, so the phrases are compared whole). Session 27, wire41: "Greek Cypriot unilateral
    activities" and "the Greek Cypriot side had rejected" coded THREATEN GRC->CYP and REJECT GRC->TUR, and
    "will not allow the Greek Cypriot administration" a REJECT of Cyprus by Turkey; sent-dev8 codes "Turkish
    Cypriot authorities" as no state. Which word is the state differs ("Greek Cypriot", "Bosnian Serb")."""
    words = sorted(((i, d) for d in drafts if not d.listed for i in d.items if i.term and i.term.kind == "demonym"),
                   key=lambda pair: pair[0].first)
    for (a, first), (b, second) in zip(words, words[1:]):
        if a.last + 1 == b.first and a.term.code != b.term.code:
            _no_state(first)
            _no_state(second)


def _plural(token: Token) -> bool:
    """The tagger reads some peoples' plurals as singular proper nouns ("Syrian Turkmens" NNP; realnews)."""
    return token.tag in PLURAL_TAGS or token.tag == "NNP" and token.text.endswith("s") and not token.text.endswith("ss")


def _kind(group: list[Item]) -> str:
    root = group[-1]
    if root.kind in {"person", "leader"}:
        return "person"
    if root.kind == "role" and root.term and (root.term.use in ("group", "people", "count") or root.term.use == "pair" and len(group) == 1):
        return "group"
    return root.kind


def _definite(sentence: Sentence, item: Item) -> bool:
    """"the country", and "the kingdom" behind words that only describe it: "the Central American nation",
    "the Himalayan kingdom", "the oil-rich country" (session 16 actorsblind: such a phrase kept no state,
    "the kingdom" did). Words that point at another state ("the neighbouring country") keep it unresolved."""
    tokens, i = sentence.tokens, item.first - 1
    while i >= 0 and item.first - i <= DESCRIBING_MAX and tokens[i].dep in DESCRIBING_DEPS \
            and i < tokens[i].head <= item.last:  # a word hung on a later word of the phrase
        i -= 1
    return i >= 0 and tokens[i].text.lower() in PLACE_DETS and not any(
        t.text.lower() in OTHER_STATE_WORDS for t in tokens[i + 1:item.first])


DESCRIBING_MAX = 4  # "the oil - rich Gulf country": a few words of description at most
DESCRIBING_DEPS = frozenset({"amod", "compound", "npadvmod", "advmod", "punct"})
# words that make "the X country" another state than the last one named, or no particular one
OTHER_STATE_WORDS = frozenset({"neighbouring", "neighboring", "other", "another", "host", "donor", "member",
                               "foreign", "third", "each", "every", "first", "second", "same", "former"})


def _read_item(draft: Draft, item: Item, sentence: Sentence, ctx: coref.DocContext) -> None:
    reader = {"role": _read_role, "leader": _read_leader, "person": _read_person,
              "pronoun": _read_pronoun}.get(item.kind, _read_named)
    reader(draft, item, sentence, ctx)


def _read_named(draft: Draft, item: Item, sentence: Sentence, ctx: coref.DocContext) -> None:
    """Country names, nationalities, capitals, seats, bodies and non-state organisations."""
    term = item.term
    role = "possessor" if sentence.tokens[item.last].dep == "poss" or _possessive_after(sentence, item) else {
        "demonym": "nationality", "capital": "capital", "seat": "seat", "body": "body",
        "org": "organisation" + (" rooted in one state" if term.code else "")}.get(term.kind, "country")
    if term.use == "short":  # "the council" after "the UN Security Council" (short_names.py)
        role = f"short name (of '{term.entity}', named earlier)"
    if term.use == "region":  # "East African leaders" (short_names.py)
        role = f"members of a regional body (of '{term.entity}', named in the document)"
    if term.use == "organ":  # "the Commission" on a page naming the EU (body_organs.py)
        role = f"organ '{term.entity}' of a body the document names"
    if term.kind == "body" and names_some_member(item.first, item.last, sentence):
        draft.notes.append(f"body '{item.text}' only describes one of its members here: no actor")
        return
    if term.kind == "seat" and _shared_seat(term, ctx):
        draft.notes.append(f"seat '{item.text}' is {term.code}'s only on a page naming {term.code}: another state's organ")
    elif term.kind == "seat":
        add_country(draft, term.code, explicit=False)
    else:
        _own_seat(draft, item)
        add_country(draft, term.code)
    draft.sector = draft.sector or (term.sector if term.kind in {"seat", "body", "org"} or item is draft.root_item
                                    else None)
    draft.entity = draft.entity or term.entity
    draft.notes.append(f"{role} '{item.text}' ({term.code or 'no state'}{' ' + term.sector if term.sector else ''})")


def _shared_seat(term: Term, ctx: coref.DocContext) -> bool:
    """A seat's name that other states' organs bear too ("Department of State", seats.tsv shared) on a page
    that names its state no other way (wire14: a Banjul paper's "the Department of State had sent a note"
    was The Gambia's, read as the USA's)."""
    return term.use == "shared" and not any(
        t.code == term.code and t.use != "shared" for hits in ctx.hits.values() for h in hits for t in h.terms)


def _own_seat(draft: Draft, item: Item) -> None:
    """"Belarus's KGB", "the Austrian Chancellery": a seat several states have by that name (seats.tsv lists
    the best known one's) belongs to the state named with it (sent-dev: "officers of Belarus's KGB" were
    Russia's and Belarus's both, so the officers got the page's other state)."""
    root = draft.root_item.term
    if item is draft.root_item or root is None or root.kind != "seat" or item.term.kind not in EXPLICIT_KINDS[:3]:
        return
    if draft.countries == [root.code] and item.term.code and item.term.code != root.code:
        draft.countries.clear()
        draft.notes.append(f"not {root.code}'s: named with another state")


def _possessive_after(sentence: Sentence, item: Item) -> bool:
    nxt = item.last + 1
    return nxt < len(sentence.tokens) and sentence.tokens[nxt].tag == "POS"


def _read_role(draft: Draft, item: Item, sentence: Sentence, ctx: coref.DocContext) -> None:
    term = item.term
    if term.use == "pair" and draft.kind == "group":
        _read_pair(draft, item, sentence, ctx)
        return
    if term.use == "group" and _sides_of_a_divide(sentence, item):
        draft.notes.append(f"'{item.text}' of a border or river: places, no states")
        return
    if term.use in ("group", "people", "count"):
        at = sentence.tokens[item.first].start
        codes = coref.recent_parties(ctx, sentence.index, at, own_sentence=True) if term.use == "count" else \
            (term.use == "people" and coref.recent_parties(ctx, sentence.index, at)) or \
            coref.recent_states(ctx, at, _group_size(term.text), sentence.index, coref.states_only(term.text))
        draft.entity = "+".join(codes)
        draft.sector = draft.sector or term.sector
        draft.notes.append(f"group '{item.text}' → several states ({', '.join(codes) or 'none named before'}); "
                           "expand in events")
        return
    if term.use == "place":
        draft.anaphor = draft.anaphor or (item if _definite(sentence, item) else None)
        return  # resolved by anaphora.resolve_anaphora ("the country", "his country")
    if draft.sector is None and term.sector:
        draft.sector = term.sector
    draft.context_ok = draft.context_ok or (term.context and item is draft.root_item) or (
        term.context and term.use == "title")
    draft.notes.append(f"role '{item.text}' ({term.sector or '-'})")


def _sides_of_a_divide(sentence: Sentence, item: Item) -> bool:
    """"on both sides of the border", "either side of the river": the sides of a divide are places."""
    if sentence.tokens[item.last].lemma.lower() not in ("side", "sides", "bank", "banks"):
        return False
    after = sentence.tokens[item.last + 1:item.last + 5]
    return bool(after) and after[0].text.lower() == "of" and any(
        t.lemma.lower() in DIVIDING_NOUNS for t in after[1:] if t.pos == "NOUN")


def _group_size(text: str) -> int:
    """How many states a group phrase names: "the three countries" 3, "both sides", "the two nations" 2."""
    return 3 if "three" in text.lower().split() else 2


def _read_pair(draft: Draft, item: Item, sentence: Sentence, ctx: coref.DocContext) -> None:
    """A bare plural ("the leaders") names the two people just named (coref.recent_parties), else the
    document's two protagonists when the story has a clear pair (coref.leading_pair); without either
    it may be the leaders of a whole summit, so it stays an ordinary role phrase with no state."""
    at = sentence.tokens[item.first].start
    codes = coref.recent_parties(ctx, sentence.index, at) or coref.leading_pair(ctx, at)
    draft.sector = draft.sector or item.term.sector
    if not codes:
        draft.kind = "role"
        draft.notes.append(f"role '{item.text}' ({item.term.sector or '-'}; no leading pair of states)")
        return
    draft.entity = "+".join(codes)
    draft.notes.append(f"plural '{item.text}' → the two parties ({', '.join(codes)}); expand in events")


def _read_leader(draft: Draft, item: Item, sentence: Sentence, ctx: coref.DocContext) -> None:
    """A known office holder: the country whatever the date, the sector only from an office held at
    the publication date (or one the text calls "former X"); see gazetteer.office_reading."""
    rows, in_office = leader_rows(item.terms, ctx.when)
    former = not in_office and marked_former(sentence.text, sentence.tokens[draft.first].start - sentence.start)
    country, sector = office_reading(rows, in_office, former)
    add_country(draft, country, explicit=False)
    row = rows[0]
    draft.sector = draft.sector or sector
    draft.entity = draft.entity or row.entity
    terms = "; ".join(f"{r.code} {r.use} {r.start}–{r.end or 'now'}" for r in rows[:3])
    state = "" if in_office else f" — former, not in office on {ctx.when}" if former else \
        f" — not in office on {ctx.when}: country kept, no sector from the office"
    draft.notes.append(f"office holder '{row.entity}' ({terms})" + ("" if country else " — ambiguous") + state)


def _read_person(draft: Draft, item: Item, sentence: Sentence, ctx: coref.DocContext) -> None:
    draft.entity = draft.entity or item.text
    draft.notes.append(f"person '{item.text}'")


def _read_pronoun(draft: Draft, item: Item, sentence: Sentence, ctx: coref.DocContext) -> None:
    draft.anaphor = item  # resolved by anaphora.resolve_anaphora once every phrase is read


def _appositives(drafts: list[Draft], sentence: Sentence, guessed: bool = False) -> None:
    """"General X, head of Pakistan's armed forces" and "Pakistan's army chief, General X". With `guessed`,
    the later pass for a name whose appositive role got its state from the document context only
    ("Samira Ben Jeddou, the trade minister, called in…": wire8, the name had none): the name shares the
    guess, marked as such so that the events stage may still read it as the other state (coder._other_home)."""
    by_root = {d.root: d for d in drafts}
    for draft in drafts:
        token = sentence.tokens[draft.root]
        other = by_root.get(token.head) if token.dep == "appos" else None
        if other is None:
            continue
        for a, b in ((draft, other), (other, draft)):
            if not guessed and a.countries and _serves_body(a, b):  # "former Ghanaian minister X, the ECOWAS envoy": the body's
                a.countries.clear()
            if not a.countries and b.countries:
                how = f"appositive '{draft_text(b, sentence)}'"
                inherit(a, b, how + (", its state from document context" if guessed else ""))


def _serves_body(person: Draft, role: Draft) -> bool:
    """A named person set off by a role of an international body ("X, the ECOWAS envoy"; "the AU mediator, X")
    acts for the body, whatever state his nationality or a former office gives him (wire15: a former Ghanaian
    foreign minister sent by ECOWAS was read as Ghana). A state's envoy to a body ("Ghana's envoy to ECOWAS")
    has his state as its country, so it is no body's role here."""
    return person.kind == "person" and role.kind == "role" and len(role.countries) == 1 \
        and not coref.is_state_code(role.countries[0]) and role.countries[0] != "-"


def _rulers_in(drafts: list[Draft], sentence: Sentence) -> None:
    """"the junta in Chad", "the coup plotters in Chad", "the junta in power in Guinea": whoever rules a
    place is that state's. Read from the words, not the parse: the parser mostly hangs such an 'in'
    phrase on the verb ("gave the junta in Chad a week")."""
    tokens = sentence.tokens
    by_first = {d.first: d for d in drafts}
    for draft in drafts:
        if draft.countries or draft.root_item.text.lower() not in coref.antecedent_nouns("ruler"):
            continue
        i = draft.last + 1
        words = [t.text.lower() for t in tokens[i:i + 3]]
        i += 2 if words[:2] == ["in", "power"] else 0
        if i >= len(tokens) or tokens[i].text.lower() != "in":
            continue
        place = by_first.get(i + 1) or by_first.get(i + 2)  # "in Mali", "in the Central African Republic"
        if place is not None and place.kind in {"country", "capital"} and len(place.countries) == 1:
            inherit(draft, place, f"'in {draft_text(place, sentence)}' (rules there)")


def _led_by(drafts: list[Draft], sentence: Sentence) -> None:
    """"Vietnamese-led forces", "a US-led coalition": a force led by a state is coded as that state.
    Only "-led": a "Y-backed" or "pro-Y" group is somebody else's proxy or sympathiser, not Y, so it
    gets no country from Y (Y stays a mention of its own)."""
    tokens = sentence.tokens
    by_last = {d.last: d for d in drafts}
    for draft in drafts:
        i = draft.first
        if draft.countries or i < 3 or tokens[i - 1].text.lower() != "led" or tokens[i - 2].text != "-":
            continue
        leader = by_last.get(i - 3)
        if leader is not None and len(leader.countries) == 1:
            inherit(draft, leader, f"led by '{draft_text(leader, sentence)}'")


def _alias(draft: Draft, sentence: Sentence, ctx: coref.DocContext) -> None:
    if draft.countries or draft.kind != "person" or draft.root_item.kind != "person":
        return
    at = sentence.tokens[draft.root_item.first].start
    person = coref.person_by_name(ctx, draft.root_item.text, at) or coref.organ_by_name(ctx, draft.root_item.text, at) \
        or coref.organ_by_head(ctx, draft.root_item.text, at)
    if person is None or person.country is None or listed_here(person, sentence):
        return
    add_country(draft, person.country)
    draft.sector = draft.sector or person.sector
    draft.entity = person.name
    draft.kind = "alias"
    what = "organ" if person.how.startswith("own name of") else "person"
    draft.notes.append(f"same {what} as earlier '{person.name}' ({person.country}, {person.how})")


def _force_antecedent(draft: Draft, sentence: Sentence, ctx: coref.DocContext) -> None:
    """A bare definite plural force noun ("the jets", "the troops") refers back to the latest force of
    the same kind named with its state ("Israeli warplanes struck… the jets fired"), which need not be
    the story's main country (a Syrian account of an Israeli strike)."""
    root = draft.root_item
    tokens = sentence.tokens
    if draft.countries or len(draft.items) != 1 or root.term is None or tokens[draft.root].tag not in PLURAL_TAGS \
            or root.first == 0 or tokens[root.first - 1].text.lower() not in FORCE_DETS:
        return
    group = coref.antecedent_nouns("force").get(root.text.lower())
    ref = coref.recent_force(ctx, group, tokens[root.first].start) if group else None
    if ref is not None:
        add_country(draft, ref.code)
        draft.sector = draft.sector or ref.sector
        draft.notes.append(f"same force as earlier '{ref.text}' ({ref.code})")


def _document_context(draft: Draft, sentence: Sentence, ctx: coref.DocContext) -> None:
    """A state organ named without a country ("the cabinet", "the president"): a holder of the same
    office named in this or the previous sentence first ("Premier X of Peru met Y. The prime
    minister said…"), then the same organ named with its state in the last sentences ("Peru's
    foreign ministry… the ministry"), else the document's main country among the states named before it."""
    if draft.countries or not draft.context_ok:
        return
    position = sentence.tokens[draft.first].start
    root = draft.root_item.term
    if root is not None and root.kind == "role" and root.use == "title" and draft.kind == "role":
        holder = coref.recent_office_holder(ctx, sentence.index, position, root.entity)
        if holder:
            add_country(draft, holder.country)
            draft.entity = draft.entity or holder.name
            # a holder whose state was itself the document-context guess passes the guess on, marked as one, so
            # the page-side turn (events/page_side.py) turns "the minister" with "Minister X" (wire17: a Port
            # of Spain page's foreign minister, turned to his own side, came back as the other side's "the minister")
            guessed = ", from document context" if "document context" in holder.how else ""
            draft.notes.append(f"same office as recent '{holder.name}' ({holder.country}{guessed})")
            return
    organ = coref.recent_organ(ctx, sentence.index, position, root.entity) \
        if root is not None and root.kind == "role" and draft.kind == "role" and _definite(sentence, draft.root_item) \
        else None
    if organ is not None:
        add_country(draft, organ.country)
        draft.notes.append(f"same organ as recent {organ.how[5:]} of {organ.country}")
        return
    # "The spokesman warned that Iran would take reciprocal measures": the state its words say will act,
    # before any guess (wire2: the page's main country was Iran, the guess was flipped to the other state)
    code = speaker_state(sentence, position, token_end(sentence.tokens[draft.last]), coref.sentence_states(ctx, sentence.index))
    if code:
        add_country(draft, code)
        draft.notes.append(f"country {code} {SPOKEN}")
        return
    code = coref.opening_capital(ctx, sentence.index, sentence.text, position - sentence.start)
    if code:
        add_country(draft, code)
        draft.notes.append(f"country {code} from the capital the sentence opens in")
        return
    if ctx.home:  # a ministry's release or a national outlet: its own organs (wire9, wire8; home_voice.py)
        add_country(draft, ctx.home)
        draft.notes.append(f"country {ctx.home} as the state the page speaks as")
        return
    code = ministry_state(ctx.organ_roles, root.entity, position) if root is not None and root.kind == "role" else None
    if code:  # "the foreign minister" after one state's "Foreign Ministry" (ministries.py)
        add_country(draft, code)
        draft.notes.append(f"country {code} as the state whose ministry the page named")
        return
    code = coref.dominant_country(ctx, sentence.index, position)
    if code:
        add_country(draft, code)
        draft.notes.append(f"country {code} from document context (main country so far)")


def _emit(draft: Draft, article: Article, sentence: Sentence) -> list[Mention]:
    tokens = sentence.tokens
    start, end = tokens[draft.first].start, token_end(tokens[draft.last])
    text = article.text[start:end]
    chain = f"{text} → " + " + ".join(draft.notes)
    one = draft.countries[0] if len(draft.countries) == 1 else None  # several: each gets its own below
    base = Mention(sentence.index, draft.first, draft.last, draft.root, start, end, text, one,
                   draft.sector, draft.kind, chain, draft.entity)
    if len(draft.countries) <= 1:
        return [base]  # not a `replace` of a country-less copy: 7,021 calls per 100 real pages (docs/scaling.md)
    if draft.listed:
        return _listed_mentions(base, draft, sentence)
    note = f" (one of {len(draft.countries)} coordinated states)"
    return [replace(base, country=code, resolution=chain + note) for code in draft.countries]


def _listed_mentions(base: Mention, draft: Draft, sentence: Sentence) -> list[Mention]:
    """A phrase whose modifiers list several states ("Kenyan and Ugandan troops") is one actor made of
    each state's members: a "group" mention with no country and the member codes in `entity`, which the
    events stage expands into one actor each. Each listed modifier also gets a mention of its own
    state (narrower, nested in the group), because the events stage reads "Kenyan and Ugandan troops"
    as the coordinated subjects "Kenyan", "Ugandan"; a member that is the phrase's syntactic head (the
    parser's reading of "scores of Sierra Leonean and Liberian refugees") gets none, so the head
    stands for the whole group."""
    members = list_members(draft)
    codes = list(draft.countries)
    note = f" (list of states modifying one phrase → group {'+'.join(codes)}; expand in events)"
    group = replace(base, country=None, kind="group", entity="+".join(codes), resolution=base.resolution + note)
    tokens = sentence.tokens
    head = span_head(tokens, draft.first, draft.last)
    nominal = tokens[head].dep not in MODIFIER_DEPS  # "Ghanaian and Togolese traders": all still modifiers
    return [group] + [_member_mention(base, m, sentence) for m in members
                      if not (nominal and m.first <= head <= m.last)]


def _member_mention(base: Mention, item: Item, sentence: Sentence) -> Mention:
    tokens = sentence.tokens
    start, end = tokens[item.first].start, token_end(tokens[item.last])
    text = sentence.text[start - sentence.start : end - sentence.start]
    how = f"{text} → listed state '{text}' ({item.term.code}) of '{base.text}'{' (' + base.sector + ')' if base.sector else ''}"
    return replace(base, first=item.first, last=item.last, head=span_head(tokens, item.first, item.last),
                   start=start, end=end, text=text, country=item.term.code, kind=item.kind, resolution=how,
                   entity=item.term.entity)
