"""At which step of the coder does each missed core event fail? (issue #11: a sentence states an event, none comes out)

    .venv/bin/python scripts/miss_steps.py BENCH_DIR [--list]

For each core gold event the shipped coder misses, finds the page sentence(s) that state it (gold has only a
paraphrasing `note`: sentences are ranked by the gold parties named in them, the note's words and the
trigger words of the gold type) and reports the furthest step the best of them reached, as the first step
that failed:

    not in the cleaned body · prefilter skipped · no trigger of the type (another type coded the pair, or
    not) · only a verb of saying there · trigger word there, requirement failed (with why: another type's
    trigger, part of speech, requirement) · trigger nested under another · no source · source not a state ·
    source another state · no target (and whether the story's counterpart, events/counterpart.py, was the
    gold target, with the condition that kept it) · other states · type changed by intent/status ·
    dropped as a subordinate clause · dropped by the sentence's later rules · lost after the sentence

Counts only by default, so it may be run on held-out sets; `--list` adds one line per miss with the
sentence (development sets only). The coder runs as shipped; this script only watches its public
calls (coder.code_sentence, coder.group_hits, coder.refine_dates, coder.with_recourse, coder.keep).
"""
from __future__ import annotations

import functools
import os
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from devscore import code_bench  # noqa: E402
from miss_classes import extracted_by_doc, gold_pages, opened_bench  # noqa: E402

from detente import events as events_stage  # noqa: E402
from detente.actors.coref import build_context  # noqa: E402
from detente.events import coder  # noqa: E402
from detente.actors.draft import NO_STATE  # noqa: E402
from detente.events.counterpart import COUNTERPART_TYPES, clause_of, counterpart_of  # noqa: E402
from detente.events.triggers import children, find_hits, pos_fits  # noqa: E402
from detente.nlp import parse_sentences  # noqa: E402
from detente.events.lexicon import cue_words, entry_forms, load_triggers, surface_forms  # noqa: E402
from detente.pipeline import candidate_sentence  # noqa: E402
from detente.records import CODED_ROLES  # noqa: E402

USAGE = "usage: miss_steps.py BENCH_DIR [--list]"
# The steps in the order a sentence passes them; a miss counts under the first one its best sentence fails.
NO_SENTENCE, NOT_BODY, PREFILTER = "no stating sentence found", "not in the cleaned body", "prefilter skipped"
OTHER_TYPE, NO_TRIGGER = "no trigger of the type; another type coded the pair", "no trigger of the type; pair not coded"
SAYING = "only a verb of saying there: the claim in its clause not read"
REQUIREMENT, NESTED = "trigger word there, frame/sense requirement failed", "trigger nested under another, type lost"
NO_SOURCE, SOURCE_STATELESS = "no source resolved", "source not resolved to a state"
NO_TARGET, OTHER_STATES = "no target resolved", "other states resolved"
OTHER_SOURCE = "source resolved to another state"
NO_TARGET_STORY = "no target resolved; the story's counterpart is the gold target"
RETYPED, SUBORDINATE = "type changed by intent/status reading", "dropped as a subordinate clause"
LATER_RULES, AFTER_SENTENCE = "dropped by the sentence's later rules", "lost after the sentence"
STEPS = (NO_SENTENCE, NOT_BODY, PREFILTER, OTHER_TYPE, NO_TRIGGER, SAYING, REQUIREMENT, NESTED, NO_SOURCE,
         SOURCE_STATELESS, OTHER_SOURCE, NO_TARGET, NO_TARGET_STORY, OTHER_STATES, RETYPED, SUBORDINATE, LATER_RULES, AFTER_SENTENCE)


def rank(step: str) -> int:
    """Place of a step in STEPS; a step may carry its detail in brackets."""
    return STEPS.index(step.split(" (")[0])


STOP = frozenset("the and for that with from over said says after about into their this have been will "
                 "would which its his her they than also were more other amid against while".split())
WORD = re.compile(r"[^\W\d_]+")


@dataclass
class Trace:
    """What the coder did with one sentence: its hits, candidates and events at each of its steps."""

    sentence: object = None
    hits: list = field(default_factory=list)
    candidates: list = field(default_factory=list)
    subordinate: list = field(default_factory=list)  # events of candidates dropped as background clauses
    reached: list = field(default_factory=list)  # events of candidates that passed the clause drop
    kept: list = field(default_factory=list)
    out: list = field(default_factory=list)
    mentions: list = field(default_factory=list)


@dataclass
class Page:
    sentences: tuple = ()
    states: dict = field(default_factory=dict)  # sentence index → states named in it (surface scan)
    named: Counter = field(default_factory=Counter)  # times each state is named in title and body
    traces: dict = field(default_factory=dict)  # sentence index → Trace


def watch(pages: dict[str, Page]):
    """Wrap the coder's public calls so each sentence's steps are recorded; returns the undo function."""
    shipped = {n: getattr(coder, n) for n in ("code_sentence", "group_hits", "refine_dates", "with_recourse", "keep")}
    shipped_events = events_stage.code_events
    now: list[Trace] = [Trace()]

    def code_events(article, sentences, mentions, states=None):
        ctx = build_context(article, sentences)
        named = defaultdict(set)
        for ref in ctx.states:
            named[ref.sentence].add(ref.code)
        roles = {s.index: s.role for s in sentences}
        counts = Counter(ref.code for ref in ctx.states if roles.get(ref.sentence) in ("title", "body"))
        pages[article.doc_id] = Page(sentences, dict(named), counts, {})
        return shipped_events(article, sentences, mentions, states)

    def code_sentence(article, sentence, mentions, *args):
        now[0] = pages[article.doc_id].traces.setdefault(sentence.index, Trace(sentence, mentions=list(mentions)))
        now[0].out = shipped["code_sentence"](article, sentence, mentions, *args)
        return now[0].out

    def group_hits(sentence, hits):
        now[0].hits, now[0].candidates = list(hits), shipped["group_hits"](sentence, hits)
        return now[0].candidates

    def refine_dates(kept, found):
        now[0].subordinate += found
        return shipped["refine_dates"](kept, found)

    def with_recourse(sentence, tokens, found, *args):
        now[0].reached += found
        return shipped["with_recourse"](sentence, tokens, found, *args)

    def keep(kept, event):
        now[0].kept.append(event)
        return shipped["keep"](kept, event)

    for name, fn in (("code_sentence", code_sentence), ("group_hits", group_hits), ("refine_dates", refine_dates),
                     ("with_recourse", with_recourse), ("keep", keep)):
        setattr(coder, name, fn)
    events_stage.code_events = code_events

    def undo():
        for name, fn in shipped.items():
            setattr(coder, name, fn)
        events_stage.code_events = shipped_events
    return undo


@functools.lru_cache(maxsize=1)
def saying_forms() -> frozenset[str]:
    """Forms of the verbs of saying (cues.tsv report and allege): 'said' is an ACCUSE trigger only with a
    censure in its clause, so a miss whose only type word is one of these is a claim the coder did not read."""
    return frozenset(f for kind in ("report", "allege") for lemma in cue_words(kind) for f in surface_forms(lemma))


def type_forms(types: set[str]) -> set[str]:
    return {f for e in load_triggers() if e.event_type in types for f in entry_forms(e)}


def stems(text: str) -> set[str]:
    return {w[:5] for w in WORD.findall(text.lower()) if len(w) > 3 and w not in STOP}


def sentence_score(gold_event: dict, page: Page, sentence, forms: set[str]) -> float:
    """How likely this sentence states the gold event: its parties named, the note's words, a trigger word."""
    parties = {gold_event.get("source"), gold_event.get("target")} - {None}
    named = page.states.get(sentence.index, set())
    words = set(WORD.findall(sentence.text.lower()))
    overlap = len(stems(gold_event.get("note", "")) & stems(sentence.text))
    return 2 * len(parties & named) + overlap + (1.5 if words & forms else 0)


def stating_sentences(gold_event: dict, page: Page, forms: set[str]) -> list:
    if gold_event.get("source") is None and gold_event.get("target") is None:
        return [s for s in page.sentences if s.role in CODED_ROLES]  # type-only gold: a sentence benchmark's one sentence
    scored = [(sentence_score(gold_event, page, s, forms), s) for s in page.sentences]
    best = max((sc for sc, _ in scored), default=0)
    if best < 4:
        return []
    return [s for sc, s in scored if sc >= best - 1]


def _pair_of(event) -> tuple:
    return (event.source.country if event.source else None, event.target.country if event.target else None)


def fits(event, gold_event: dict, types: set[str], scorer) -> bool:
    s, t = _pair_of(event)
    return scorer.matches({"type": event.event_type, "source": s, "target": t}, {**gold_event, "alt": sorted(types)})


def step_of(gold_event: dict, page: Page, sentence, forms: set[str], scorer) -> str:
    """The first step this sentence fails for the gold event."""
    if sentence.role not in CODED_ROLES:
        return NOT_BODY
    tr = page.traces.get(sentence.index) or _unmatched(sentence)
    step = _coder_step(gold_event, tr, forms, scorer)
    if step == NO_TARGET and counterpart_of(page.named, gold_event.get("source") or "") == gold_event.get("target"):
        return f"{NO_TARGET_STORY} ({_counterpart_gate(gold_event, tr)})"
    if rank(step) > rank(REQUIREMENT) and not candidate_sentence(sentence.text):
        return PREFILTER  # never so while the prefilter is recall-safe: it would have lost a trigger the coder matched
    return step


def _unmatched(sentence) -> Trace:
    """A sentence the pipeline left unparsed (no token matched a trigger), parsed alone to see its words."""
    parsed = parse_sentences([sentence])[0]
    return Trace(parsed, hits=find_hits(parsed))


def _coder_step(gold_event: dict, tr: Trace, forms: set[str], scorer) -> str:
    types = {gold_event["type"], *gold_event.get("alt", [])}
    for step, stage in ((AFTER_SENTENCE, tr.out), (LATER_RULES, tr.kept + tr.reached), (SUBORDINATE, tr.subordinate)):
        if any(fits(e, gold_event, types, scorer) for e in stage):
            return step
    return _argument_step(gold_event, tr, types, forms)


def _argument_step(gold_event: dict, tr: Trace, types: set[str], forms: set[str]) -> str:
    found = tr.subordinate + tr.reached + tr.kept
    typed = [e for e in found if e.event_type in types]
    if typed and all(e in tr.subordinate for e in typed if e.source.country == gold_event.get("source")) \
            and any(e.source.country == gold_event.get("source") for e in typed):
        return SUBORDINATE  # dropped before the story's counterpart could be its target
    if typed:
        if not any(e.source.country for e in typed):
            return SOURCE_STATELESS
        own = [e for e in typed if e.source.country == gold_event.get("source")]
        if not own:
            return OTHER_SOURCE
        if all(e.target is None or e.target.country is None for e in own):
            return NO_TARGET
        return OTHER_STATES
    heads = {c.hit.token for c in tr.candidates if c.hit.entry.event_type in types}
    if heads:
        return RETYPED if any(_trigger_token(tr.sentence, e) in heads for e in found) else NO_SOURCE
    if any(h.entry.event_type in types for h in tr.hits):
        return NESTED
    words = set(WORD.findall(tr.sentence.text.lower())) & forms
    if words:
        return SAYING if words <= saying_forms() else f"{REQUIREMENT} ({_why_unmatched(tr, types, words)})"
    pair = {gold_event.get("source"), gold_event.get("target")}
    return OTHER_TYPE if any(set(_pair_of(e)) == pair for e in found) else NO_TRIGGER


def _why_unmatched(tr: Trace, types: set[str], words: set[str]) -> str:
    """Why no token with a form of the type became its trigger: the word was read as another type's trigger,
    its part of speech fits no entry of the type, or an entry's requirement did not hold."""
    hit_types = {h.token: h.entry.event_type for h in tr.hits}
    tokens = [t for t in tr.sentence.tokens if t.text.lower() in words]
    if any(t.i in hit_types for t in tokens):
        return "the word is another type's trigger"
    entries = [e for e in load_triggers() if e.event_type in types]
    if not any(t.text.lower() in entry_forms(e) and pos_fits(e, t) for t in tokens for e in entries):
        return "its part of speech fits no entry"
    return "the entry's requirement did not hold"


def _counterpart_gate(gold_event: dict, tr: Trace) -> str:
    """Which condition of events/counterpart.py kept the story's counterpart from an open event of the type."""
    types = {gold_event["type"], *gold_event.get("alt", [])}
    open_events = [e for e in tr.reached if e.event_type in types and e.source.country == gold_event.get("source")]
    if not open_events:
        return "dropped before the counterpart rule"
    event = open_events[0]
    if event.status == "negated":
        return "negated"
    if event.event_type not in COUNTERPART_TYPES:
        return f"{event.event_type} not a counterpart type"
    if event.target is not None and NO_STATE in event.target.resolution:
        return "target a people of no state"
    trigger = _trigger_token(tr.sentence, event)
    if event.event_type == "ACCUSE" and trigger is not None and any(
            c.dep == "ccomp" for c in children(tr.sentence, trigger)):
        return "an ACCUSE with a that-clause"
    clause = clause_of(tr.sentence, trigger) if trigger is not None else set()
    named = {m.country for m in tr.mentions if m.head in clause} - {None, event.source.country}
    return "a state named in its clause: " + ("the counterpart itself" if named <= {gold_event.get("target")}
                                               else "another one")


def _trigger_token(sentence, event) -> int | None:
    return next((t.i for t in sentence.tokens if t.start == event.evidence.trigger_start), None)


def _listed(name: str, gold_event: dict, step: str, sentence, page: Page, forms: set[str]) -> str:
    """One miss: the gold event, the sentence taken to state it, its type words and what the coder made of it."""
    head = f"{name}: [{step}] {gold_event['type']} {gold_event.get('source')} {gold_event.get('target')} " \
           f"({gold_event.get('note', '')})"
    if sentence is None:
        return head
    tr = page.traces.get(sentence.index, Trace(sentence))
    made = {(e.event_type, *_pair_of(e), e.rule) for e in tr.subordinate + tr.reached + tr.kept}
    words = sorted(set(WORD.findall(sentence.text.lower())) & forms)
    return "\n    | ".join([head, sentence.text, f"type words: {words}"] + [" ".join(map(str, m)) for m in sorted(made, key=str)])


def main(argv: list[str]) -> int:
    if (opened := opened_bench(argv, USAGE)) is None:
        return 2
    bench, scorer = opened
    gold = gold_pages(bench)
    pages: dict[str, Page] = {}
    undo = watch(pages)
    try:
        # every sentence parsed, so a sentence the prefilter skips is still classified (the prefilter is
        # recall-safe: events are the same with it off, tests/test_pipeline_prefilter.py)
        events, documents = code_bench(bench, prefilter=False)
    finally:
        undo()
    extracted = extracted_by_doc(events, documents, gold, scorer)
    page_of = {os.path.basename(str(d.get("path") or "")): pages.get(d["doc_id"]) for d in documents}
    counts, listing = Counter(), []
    for name, g in gold.items():
        page = page_of.get(name) or Page()
        for ge in (ge for ge in g["events"] if ge.get("core", True)):
            if any(scorer.matches(e, ge) for e in extracted.get(name, [])):
                continue
            forms = type_forms({ge["type"], *ge.get("alt", [])})
            found = [(step_of(ge, page, s, forms, scorer), s) for s in stating_sentences(ge, page, forms)]
            step, sentence = max(found, key=lambda f: rank(f[0]), default=(NO_SENTENCE, None))
            counts[step] += 1
            listing.append(_listed(name, ge, step, sentence, page, forms))
    total = sum(counts.values())
    print(f"core misses by failing step: {total}")
    for step in sorted(counts, key=lambda step: (rank(step), step)):
        print(f"  {counts[step]:4d}  {counts[step] / total:5.1%}  {step}")
    if "--list" in argv:
        print("\n".join(listing))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
