"""Gather the reports of each agreement and build its record: name, aliases, parties, dated steps."""
from __future__ import annotations

import dataclasses
import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from detente import ids
from detente.agreements.lifecycle import upheld
from detente.agreements.brokers import breach_step, without_brokers
from detente.agreements.described import described_names, shortened_in_story
from detente.agreements.lifecycle import ORDER, doer_year, history_year, report_stage, stage_in
from detente.agreements.rejected import rejects_the_deal
from detente.agreements.names import NameHit, find_names
from detente.agreements.stated_parties import stated_parties
from detente.records import Agreement, AgreementReport, AgreementStage

Key = tuple  # ("proper", name) | ("pair", name, parties) | ("common", name, group)


def track_agreements(reports: Iterable[AgreementReport]) -> list[Agreement]:
    # filtered as they come, then sorted: `reports` may be every stored event, streamed (store.agreement_reports)
    named = without_brokers(_around_dropped(sorted(((r, hit) for r in reports if (hit := _name_of(r))),
                                                   key=lambda pair: pair[0].event_id)))
    aliases = {h.acronym: h.name for _r, h in named if h.proper and h.acronym}
    aliases.update(_shortened(named))
    described = shortened_in_story(named, aliases) | described_names(named, aliases, _parties)
    steps = [(r, _renamed(hit, aliases, described.get(r.event_id)), _upheld(_prospective(stage, r, hit), r, hit))
             for r, hit in named
             if (stage := _stage(r, hit))]
    steps = _background_talks(steps)
    groups: dict[Key, list[tuple[AgreementReport, NameHit, str]]] = defaultdict(list)
    for step, key in zip(steps, _keys(steps)):
        groups[key].append(step)
    return sorted((_agreement(key, members, aliases) for key, members in groups.items()),
                  key=lambda a: a.agreement_id)


def _name_of(report: AgreementReport) -> NameHit | None:
    """The agreement name nearest the report's trigger in its sentence."""
    hits = find_names(report.sentence or "")
    if not hits:
        return None
    at = max((report.sentence or "").find(report.trigger or "\0"), 0)
    return min(hits, key=lambda h: (min(abs(h.start - at), abs(h.end - at)), h.start))


def _around_dropped(named: list[tuple[AgreementReport, NameHit]]) -> list[tuple[AgreementReport, NameHit]]:
    """Reports of acts around a step told in the same sentence ("signed the Tavush Border Protocol at a
    ceremony in Tbilisi hosted by Georgia": the hosting) are no step and name no party when another report
    of that sentence and name has the step's own word for its trigger (the signing): the host was listed
    as a party (newcomer s16)."""
    stepped = {(r.doc_id, r.sentence, h.start) for r, h in named if stage_in(r.trigger or "")}
    return [(r, h) for r, h in named if stage_in(r.trigger or "") or (r.doc_id, r.sentence, h.start) not in stepped]


def _stage(report: AgreementReport, hit: NameHit) -> str | None:
    """A breach told or denied (brokers.breach_step), else the step the report's words or type tell."""
    breach = breach_step(report, hit)
    stage = breach if breach is not None else report_stage(report.event_type, report.status, report.trigger,
                                                           report.sentence)
    if stage == "exited" and report.event_type == "REJECT" and not stage_in(report.trigger or "") \
            and not rejects_the_deal(report, hit):
        return None  # something else rejected in a sentence that names the deal (rejected.py)
    return stage


def _background_talks(steps):
    """Talks told in the sentence that tells the deal reached ("agreed a ceasefire on Monday after talks in
    Nairobi") are its background, not a step: their date is the sentence's, or a weekday of another
    sentence (newcomer20, session 32: the ceasefire's life opened on a 'negotiating' step four days early).
    So is a step only pending or denied there ("signed a border treaty ...; the Duma has not yet ratified it":
    wire4x's Estonia treaty read 'negotiating' beside 'signed', from the same sentence)."""
    reached = {(r.doc_id, r.sentence, h.start) for r, h, stage in steps if stage in REACHED}
    return [(r, h, stage) for r, h, stage in steps
            if stage not in ("proposed", "negotiating") or (r.doc_id, r.sentence, h.start) not in reached]


# "opened the way to a full peace treaty", "a step towards a border deal": a deal ahead, not reached
_AHEAD = re.compile(r"\b(?:(?:way|path|road|step|steps|move|moves)\s+(?:to|towards?)|towards?)\s+(?:\S+\s+){0,3}$", re.I)


def _prospective(stage: str, report: AgreementReport, hit: NameHit) -> str:
    """A deal the sentence says is ahead ("the vote opened the way to a full peace treaty") is still under
    negotiation, unless the trigger is its own step word (newcomer s16: the treaty read "agreed")."""
    if stage in REACHED and not stage_in(report.trigger or "") and _AHEAD.search(report.sentence[:hit.start]):
        return "negotiating"
    return stage


def _upheld(stage: str, report: AgreementReport, hit: NameHit) -> str:
    """A call or a pledge to respect, honour or implement a deal ("called on Baku to respect the ceasefire")
    holds a party to a deal in force: the act's own step (a request read "proposed", a pending pledge read
    "negotiating") is not the deal's, unless the trigger is a stage word of its own (newcomer s17). So does
    a deal that requires or forbids ("as the 1988 Arctic agreement requires": wire10), unless it is a draft."""
    before, after = upheld()
    if stage in ("proposed", "negotiating") and not stage_in(report.trigger or "") and \
            (before.search(report.sentence[:hit.start]) or after.match(report.sentence, hit.end)
             and not _DRAFT.search(report.sentence[max(hit.start - 20, 0):hit.end])):
        return "in_force"
    return stage


# "the draft accord requires": a deal not yet made may require things too
_DRAFT = re.compile(r"\b(?:draft|proposed|planned|future|new)\b", re.I)


def _shortened(named: list[tuple[AgreementReport, NameHit]]) -> dict[str, str]:
    """Shorter names of a proper name in the corpus: "the Lake Tana Initiative" or "the Lake Tana agreement"
    for "the Lake Tana Fishing Initiative" (its words, minus the head, among the longer name's), and a common
    name whose subject word is in exactly one proper name of overlapping parties ("the fishing deal")."""
    proper: dict[str, set[str]] = {}
    for report, hit in named:
        if hit.proper and len(hit.name.split()) > 2:
            proper.setdefault(hit.name, set()).update(_parties(report, hit))
    words = {name: set(name.split()[:-1]) for name in proper}
    found: dict[str, str] = {}
    for report, hit in named:
        mine = set(hit.name.split()[:-1])
        longer = [p for p in proper if p != hit.name and mine and mine < words[p]
                  and (hit.proper and len(mine) >= 2 or not hit.proper and proper[p] & _parties(report, hit))]
        if len(longer) == 1:
            found[hit.name] = longer[0]
    return found


def _renamed(hit: NameHit, aliases: dict[str, str], described: str | None = None) -> NameHit:
    """An acronym written beside a proper name elsewhere ("the LTWSA"), or a shorter name of it, is that name;
    so is a common name describing the one proper name of its story (`described`, described.py)."""
    full = aliases.get(hit.name) or described
    if full is None:
        return hit
    return NameHit(full, hit.text, hit.start, hit.end, True, acronym=hit.name)


def _parties(report: AgreementReport, hit: NameHit) -> frozenset[str]:
    """The deal's parties by its name, else the act's states; a state that hosts ("Georgia hosted the
    signing of ...") is no party (newcomer s16), nor a target whose words hold the deal's own name: "signed
    the Sevan Border Delimitation Agreement in Brussels" had the deal, read as a person in Brussels, for
    its target and listed Belgium as a party (newcomer s17). States the sentence names as members of the deal
    or as doing a step of it in a relative clause join the act's (stated_parties.py: realnews' North Atlantic
    treaty had none, GSOMIA only Japan)."""
    source = None if (report.trigger or "").lower().startswith("host") else report.source_country
    target = None if _names_the_deal(report.target_text, hit.text) else report.target_country
    return frozenset(hit.parties) or \
        frozenset(c for c in (source, target) if c) | stated_parties(report.sentence or "", hit)


def _names_the_deal(target_text: str | None, name: str) -> bool:
    """The target is the deal's name, alone or with the place of the act ("... Agreement in Brussels");
    "the fishing deal with Iceland" names a party after it and stays."""
    before, found, after = (target_text or "").lower().partition(name.lower())
    after = after.strip()
    return bool(found) and before.strip() in ("", "the", "a", "an") and (not after or after.startswith(("in ", "at ")))


def _keys(steps) -> list[Key]:
    """The key of each step's agreement. Common names join when their parties overlap (connected)."""
    keys: list[Key] = []
    common: dict[str, list[int]] = defaultdict(list)
    for n, (report, hit, _stage) in enumerate(steps):
        if hit.proper:
            keys.append(("proper", hit.name))
        elif hit.parties or _is_truce(hit):
            keys.append(("pair", _one_truce(hit.name), tuple(sorted(_parties(report, hit)))))
        else:
            keys.append(None)
            common[hit.name].append(n)
    for name, members in common.items():
        for n, group in _overlapping(members, [_parties(steps[m][0], steps[m][1]) for m in members]).items():
            keys[n] = ("common", name, group)
    return keys


# a bare truce head in any of its words: the headline's "agree truce" and the body's "agreed a ceasefire" of
# the same two states are one deal (my own session-32 page listed a "truce" beside the "ceasefire")
_BARE_TRUCES = frozenset({"truce", "ceasefire", "cease-fire"})


def _one_truce(name: str) -> str:
    return "ceasefire" if name in _BARE_TRUCES else name


def _is_truce(hit: NameHit) -> bool:
    from detente.agreements.names import heads

    return heads().get(hit.name) == "truce"


def _overlapping(members: list[int], parties: list[frozenset[str]]) -> dict[int, int]:
    """member → the smallest member of its group, members joined when their parties share a state."""
    root = {m: m for m in members}

    def find(m: int) -> int:
        while root[m] != m:
            m = root[m]
        return m

    first_with: dict[str, int] = {}
    for m, ps in zip(members, parties):
        for party in sorted(ps):
            if party in first_with:
                a, b = find(first_with[party]), find(m)
                root[max(a, b)] = min(a, b)
            else:
                first_with[party] = m
    return {m: find(m) for m in members}


def _one_per_sentence(members):
    """One step per sentence and stage: a sentence coded as several events ("Armenia and Azerbaijan signed
    the ... Agreement in Brussels": one signing per signatory) is one report; `detente agreements` counted
    4 reports where its detail (store.lifecycle_steps) listed 3 (newcomer s17). The signing (AGREE) is kept."""
    kept: dict[tuple, tuple] = {}
    for member in sorted(members, key=lambda m: (m[0].event_type != "AGREE", m[0].event_id)):
        kept.setdefault((member[0].doc_id, member[0].sentence, member[2]), member)
    return list(kept.values())


def _agreement(key: Key, members, acronyms: dict[str, str]) -> Agreement:
    name = key[1]
    first, first_hit, _stage = min(members, key=lambda m: m[0].event_id)
    # by the first report's own name: a "truce" joined to a "ceasefire" (_one_truce) keeps its id
    agreement_id = "a" + ids.digest(*key[:2]) if key[0] == "proper" else \
        "a" + ids.digest(first_hit.name, first.event_id)
    parties = set().union(*(_parties(r, h) for r, h, _s in members))  # of every report, kept or not
    members = _one_per_sentence(members)
    stages = _renegotiations(tuple(sorted((_step(agreement_id, r, stage) for r, _h, stage in members), key=_when)))
    written = Counter(h.text for _r, h, _s in members)
    found_aliases = ({h.name for _r, h, _s in members} | {a for a, full in acronyms.items() if full == name}
                     | {h.acronym for _r, h, _s in members if h.acronym})  # described.py's common names too
    dated = [s for s in stages if s.date]
    # the name written in full where one report writes it so: a headline's "Sevan accord" joined to the
    # body's "Sevan Border Delimitation Agreement" (described.shortened_in_story) is not the shown name
    shown = _display(Counter({t: n for t, n in written.items() if len(_unarticled(t)) == len(name.split())}) or written)
    aliases = tuple(sorted(a for a in found_aliases if a not in (name, shown.lower())))
    return Agreement(agreement_id=agreement_id, name=shown, aliases=aliases,
                     parties=tuple(sorted(parties)), first_date=dated[0].date if dated else None,
                     last_date=dated[-1].date if dated else None, stage=_current(stages), stages=stages)


def _step(agreement_id: str, r: AgreementReport, stage: str) -> AgreementStage:
    """The step, dated by the event; "the treaty signed in 1949" on a 2023 page is dated 1949 (a year the
    clause gives its own stage word beats a date the sentence does not give: realnews dated NATO's founding
    treaty by the page)."""
    year = history_year(r.trigger, r.sentence) or doer_year(stage, r.sentence)
    if year and not (r.date or "").startswith(year):
        return AgreementStage(agreement_id, stage, year, "year", r.event_id, r.doc_id)
    return AgreementStage(agreement_id, stage, r.date or r.published, _precision(r), r.event_id, r.doc_id)


REACHED = frozenset({"agreed", "signed", "approved", "in_force", "renewed"})


def _renegotiations(stages: tuple[AgreementStage, ...]) -> tuple[AgreementStage, ...]:
    """Talks (or a step still pending) dated after the deal was reached are renewal talks, "renegotiating"
    (realnews' grain deal: 'negotiating' in July 2023, a year after it was signed)."""
    reached = [s.date for s in stages if s.date and s.stage in REACHED]
    first = min(reached) if reached else None
    return tuple(dataclasses.replace(s, stage="renegotiating") if first and s.stage in ("proposed", "negotiating")
                 and s.date and s.date > first and not s.date.startswith(first) else s for s in stages)


def _precision(report: AgreementReport) -> str:
    if report.date:
        return report.date_precision
    return {10: "day", 7: "month", 4: "year"}.get(len(report.published or ""), "none")


def _when(stage: AgreementStage) -> tuple:
    return (stage.date is None, stage.date or "", ORDER.index(stage.stage), stage.event_id)


def _current(stages: tuple[AgreementStage, ...]) -> str:
    """The step the latest dated report tells (the furthest step among reports of that date)."""
    dated = [s for s in stages if s.date] or list(stages)
    latest = max(s.date or "" for s in dated)
    return max((s for s in dated if (s.date or "") == latest), key=lambda s: ORDER.index(s.stage)).stage


def _display(written: Counter) -> str:
    text, _n = min(written.items(), key=lambda kv: (-kv[1], kv[0]))
    return " ".join(_unarticled(text))


def _unarticled(text: str) -> list[str]:
    words = text.split()
    while words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    return words
