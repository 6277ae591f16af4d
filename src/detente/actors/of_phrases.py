"""The owner an office takes from its "of"-phrase or a preposition: "the foreign minister of Iran", "the head of
Pakistan's armed forces", "officials in Islamabad", "the ministers of environment of Bulgaria and Romania",
"the foreign ministers of the two countries". resolve.py runs `of_phrases` as one of its passes."""
from __future__ import annotations

from detente.actors import coref
from detente.actors.draft import Draft, draft_text, inherit
from detente.actors.items import office_heads
from detente.actors.missions import mission_nouns, owner_pending, posted_in, pronoun_owned_mission
from detente.records import Sentence, Token

OF_PREPS = frozenset({"of", "from"})
DOMESTIC_SECTORS = frozenset({"COP", "GOV"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
STATE_DELEGATES = frozenset({"diplomat", "diplomats", "delegate", "delegates", "delegation", "representative",
                             "representatives"})


def of_phrases(drafts: list[Draft], sentence: Sentence, owners_first: bool, missions_only: bool = False) -> None:
    """"the foreign minister of Iran", "the head of Pakistan's armed forces", "officials in Islamabad".
    With `owners_first`, a mission owned by a pronoun ("its embassy in Tehran") is left to the pronoun;
    `missions_only` is the later pass for such missions whose pronoun found no antecedent."""
    by_root = {d.root: d for d in drafts}
    tokens = sentence.tokens
    for draft in drafts:
        if draft.countries or draft.kind not in {"role", "person"}:
            continue
        if missions_only and not pronoun_owned_mission(draft):
            continue
        heads = office_heads(tokens, draft.root)
        for prep in (t for t in tokens if t.head in heads and t.dep == "prep" and t.i > draft.root):
            if owners_first and owner_pending(draft, prep.text.lower()):
                continue
            target = next((by_root[t.i] for t in tokens if t.head == prep.i and t.dep == "pobj" and t.i in by_root),
                          None)
            if target is None and draft.kind == "role":
                prep, target = _portfolio_owner(prep, tokens, by_root)
            target = target or _named_office_of_body(prep, tokens, by_root)
            if target is not None and _of_group(draft, target, prep.text.lower(), sentence):
                break
            if target is None or len(target.countries) != 1 or not _prep_fits(prep.text.lower(), target, draft):
                continue
            if _armed_nationals(draft, target):
                break
            inherit(draft, target, f"'{prep.text} {draft_text(target, sentence)}'")
            draft.last = max(draft.last, target.last)
            _of_list(draft, target, by_root, sentence)
            break


def _named_office_of_body(prep: Token, tokens: tuple[Token, ...], by_root: dict) -> Draft | None:
    """"the head of the OSCE Programme Office in Bishkek": an office an international body names as its own
    ("OSCE" hangs on "Office") is the body's, so its head acts for the body, not for the nationality an
    apposition gives him ("the Austrian diplomat X"; eval/wire29 made the chair of talks Austria)."""
    if prep.text.lower() != "of":
        return None
    office = next((t for t in tokens if t.head == prep.i and t.dep == "pobj" and t.i not in by_root
                   and t.pos in ("PROPN", "NOUN")), None)
    if office is None:
        return None
    # a common noun too, and the body may hang on a compound of it: "the head of the UN mission in Port-au-Prince"
    # (sent-dev18 0027), "South Sudan expelled the head of the UN mission" were nobody's; before an adjective
    # the parser makes the body an "nmod": "the head of the UN human rights office" (session 31, issue #11);
    # only of one office: "the ambassadors of the three Minsk Group co-chair countries" are the states' (wire36 w36_02)
    modifiers = {office.i} | {t.i for t in tokens if t.head == office.i and t.dep == "compound"}
    deps = ("compound", "nmod") if office.tag in ("NN", "NNP") else ("compound",)
    return next((by_root[t.i] for t in tokens if t.head in modifiers and t.dep in deps
                 and t.i in by_root and by_root[t.i].kind == "body"), None)


def _portfolio_owner(prep: Token, tokens: tuple[Token, ...], by_root: dict) -> tuple[Token, Draft | None]:
    """"the ministers of environment of Bulgaria and Romania", "the Minister of Foreign Affairs of Peru": the
    state owns the office through its bare portfolio noun (the parse hangs the second "of" on the portfolio).
    Only a portfolio with no determiner of its own: "the head of the delegation of Peru" is left alone
    (wire8: the two ministers who signed a protocol were given the host city's state)."""
    if prep.text.lower() != "of":
        return prep, None
    portfolio = next((t for t in tokens if t.head == prep.i and t.dep == "pobj" and t.i not in by_root), None)
    if portfolio is None or any(t.head == portfolio.i and t.dep in ("det", "poss") for t in tokens):
        return prep, None
    heads = {portfolio.i} | {t.i for t in tokens if t.dep == "conj" and _first_conjunct_of(tokens, t.i) == portfolio.i}
    inner = next((t for t in tokens if t.head in heads and t.dep == "prep" and t.text.lower() == "of"), None)
    target = next((by_root[t.i] for t in tokens if inner is not None and t.head == inner.i and t.dep == "pobj"
                   and t.i in by_root), None)
    return (inner, target) if target is not None else (prep, None)


def _of_list(draft: Draft, target: Draft, by_root: dict[int, Draft], sentence: Sentence) -> None:
    """"border guards from Kyrgyzstan and Tajikistan", "the foreign ministers of Chile and Peru": the
    states coordinated with the 'of' object all own the phrase, which becomes one group of them."""
    tokens = sentence.tokens
    conjuncts = [by_root[t.i] for t in tokens if t.dep == "conj" and t.i in by_root
                 and _first_conjunct_of(tokens, t.i) == target.root]
    codes = [c.countries[0] for c in conjuncts if len(c.countries) == 1 and c.countries[0] not in draft.countries]
    if not codes:
        return
    draft.countries += list(dict.fromkeys(codes))
    draft.listed = True
    draft.last = max([draft.last] + [c.last for c in conjuncts])
    draft.notes.append(f"coordinated with '{', '.join(draft_text(c, sentence) for c in conjuncts)}'")


def _of_group(draft: Draft, target: Draft, prep: str, sentence: Sentence) -> bool:
    """"the foreign ministers of the two countries", "officials from both sides": a plural role of a
    group of states is that group (the events stage expands it into one actor per state), not the
    story's main country."""
    if prep not in OF_PREPS or target.kind != "group" or target.countries or "+" not in target.entity \
            or draft.kind != "role" or sentence.tokens[draft.root].tag not in PLURAL_TAGS:
        return False
    draft.kind, draft.entity, draft.context_ok = "group", target.entity, False
    draft.last = max(draft.last, target.last)
    draft.notes.append(f"'{prep} {draft_text(target, sentence)}' → the group {target.entity}; expand in events")
    return True


def _armed_nationals(draft: Draft, target: Draft) -> bool:
    """"mercenaries from Serbia": where hired fighters come from names no owner (see `_nationals`)."""
    term = draft.root_item.term
    return term is not None and term.use == "hired" and target.kind in {"country", "demonym", "capital"}


def _first_conjunct_of(tokens: tuple[Token, ...], i: int) -> int:
    steps = 0
    while tokens[i].dep == "conj" and steps < 20:
        i, steps = tokens[i].head, steps + 1
    return i


def _prep_fits(prep: str, target: Draft, draft: Draft) -> bool:
    # "officials in Islamabad" names the government; "troops in Afghanistan" may be anyone's troops.
    # Police and civil authorities act at home: "security forces in X", "authorities in X" are X's.
    if prep in OF_PREPS:
        return True
    if posted_in(draft, prep):
        return False
    # "an adviser to Peru's president", "aides to the foreign minister": an aide serves the one named
    if prep == "to" and draft.root_item.term is not None and draft.root_item.term.use == "aide":
        return True
    # "a spokesman for the foreign ministry", "the head of mission for the EU": a head noun speaks for the
    # organ its 'for' phrase names; "an envoy for Syria" is sent about a country, not by it
    if prep == "for" and target.kind != "country" and draft.root_item.term is not None \
            and draft.root_item.term.use == "head":
        return True
    # "prosecutors at the International Criminal Court", "officials at the IAEA": the body's own staff
    # (sent-dev: the court's investigation had no doer); a state's envoys at a body represent the state
    if prep == "at" and target.kind == "body" and draft.root_item.term is not None:
        return draft.root_item.term.text.lower() not in mission_nouns() | STATE_DELEGATES
    # A capital names the government only behind a role ("officials in Ankara"): after a name it is where the
    # named one is or was done ("the Lori Transit Agreement in Vienna", "Aliyev in Brussels"), no doer of its own
    # (newcomer6: "signed the <Name> Agreement in Brussels" took BEL GOV as the target)
    # "the Foreign Ministry at the Ballhausplatz" (wire19: the ministry's note was given to the state it was handed to):
    # a seat is where the organ sits, after "at" as after "in"
    if prep == "at" and target.kind == "seat" and draft.kind == "role":
        return draft.root_item.term is None or draft.root_item.term.text.lower() not in mission_nouns() | STATE_DELEGATES
    return prep == "in" and ((target.kind in {"capital", "seat"} and draft.kind == "role") or (
        target.kind == "country" and (
            draft.sector in DOMESTIC_SECTORS or draft.root_item.text.lower() in coref.antecedent_nouns("ruler"))))
