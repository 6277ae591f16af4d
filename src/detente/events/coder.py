"""The PLOVER coder: parsed sentences + actor mentions → Events with status, date, attribution, evidence.

Per sentence: trigger words → candidates (outermost trigger owns nested ones, see nesting.py)
→ arguments from the parse (arguments.py, roles.py) → actors → one Event per (type, source, target).
Policy on actors (decided here): an event needs a source argument; it is emitted when its
source resolves to a mention or to a plain noun phrase (country None), so sentence-level users
still get the type. When source and target resolve to the same country the target is dropped
(a domestic act is not an interstate relation). A sentence's extra candidates (beyond the one
nearest the root) are emitted only with a source resolved to a country: "two triggers with
their own arguments", not a second reading of one reported event.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import replace

from detente import ids
from detente.actors import document_states
from detente.actors.coref import is_state_code
from detente.events import attribution as attr
from detente.events.allegation import claims, sponsored
from detente.events.recap_denials import with_recap_denials
from detente.events.prompted_acts import prompted_targets
from detente.events.accepted_invitations import with_inviters
from detente.events.answered import with_accusers
from detente.events.in_kind import with_answers_in_kind
from detente.events.detained import detaining_state
from detente.events.refused_entry import barring_state
from detente.events.turned_down import refusing_state
from detente.events.received_guests import hosting_state
from detente.events.delivered_notes import sending_state
from detente.events.summoned_envoys import summoning_state
from detente.events.summons_notes import note_arguments, noted_summoner, summons_of_note
from detente.events.subordinate import TEMPORAL_MARKS, bare_participle, subordinate
from detente.events.released import with_releasers
from detente.events.unowned_fire import open_act, with_fire_origins
from detente.events.refused_requests import with_requesters
from detente.events.arguments import is_agentless, event_arguments, choose_targets, own_threatened_act
from detente.events.confidence import calibrate
from detente.events.denials import aimed_states
from detente.events.deep_conditions import condition_doers_fixed
from detente.events.coalition import bloc_acts_on_outsider
from detente.events.conjuncts import shared_targets
from detente.events.gapped_addressees import gapped_addressees
from detente.events.authored_notes import authored_targets
from detente.events.force_hosts import force_host_targets
from detente.events.place_targets import place_targets
from detente.events.counterpart import background_participle, described_by_act, unnamed_partner_events, \
    with_counterparts
from detente.events.merging import actor_key as _actor_key, keep, refine_dates
from detente.events.press import press_targets
from detente.events.provoked import with_provokers
from detente.events.protested_victims import with_protesting_victim
from detente.events.walkouts import speakers_walked_out
from detente.events.agreed_plans import plan_of_past_act
from detente.events.dates import Anchor, after_report, event_date
from detente.events.habitual import habitual
from detente.events.generic import conditional, group_history, indirect_question, inverted_conditions, question, \
    since_point, supposed_subject
from detente.events.implied import GATHERINGS, implied_targets
from detente.events.intent import type_and_status
from detente.events.lexicon import CONFLICTUAL, SYMMETRIC, cue_words
from detente.events.mediation import with_brokers
from detente.events.swaps import with_swaps
from detente.events.locations import event_location, with_dateline
from detente.events.modes import event_context, event_mode
from detente.events.page_anchor import document_anchor, pinned_day
from detente.events.page_side import on_side, page_side, turn_note, with_side
from detente.events.pairing import labelled_object, mutual_partner, party_pairs, shared_object, third_party
from detente.events.own_forces import own_forces_moved
from detente.events.removed_from import removed_from
from detente.events.recalled_envoys import own_envoy, recalled_object
from detente.events.each_side import each_side_events
from detente.events.obtained_release import obtained_release
from detente.events.alerted_forces import alerted_owner
from detente.events.parties import moved_forces, moved_from, reported_doer, reporter_subject
from detente.events.withdrawn import withdrawn_forces
from detente.events.warned_subjects import said_threat, warning_speakers
from detente.events.readings import Reading, clause_reading
from detente.events.recourse import with_recourse
from detente.events.trailing_speech import main_clause_speakers
from detente.events.requested import requested_acts, told_request
from detente.events.at_request import asked_acts
from detente.events.addressed_group import without_own_member
from detente.events.judged_decisions import judged_targets
from detente.events.cited_agreements import cited_agreement
from detente.events.role_actors import actors_at, at_home, crowd_place, home_rulers, mention_at
from detente.events.reported_conjunct import names_own_subject, reporter_of_conjunct
from detente.events.sport import sporting
from detente.events.span_labels import evidence_span
from detente.events.figurative import figurative_conflict
from detente.events.hosted_gatherings import lone_host
from detente.events.status import governors
from detente.events.named_demands import named_state_demands
from detente.events.nesting import Candidate, agented_seizure, arrival_visit, condemned_act, decided_act, \
    earlier_gerund, framing_visit, group_hits, issued_document, owned_request, preceding_talks
from detente.events.told_days import with_told_days
from detente.events.triggers import children, find_hits
from detente.records import CODED_ROLES, Actor, Article, Event, Mention, Sentence, Token

CAPTION_FACTOR = 0.9
# Acts that answer a request: refusing it, or giving, yielding or agreeing to what was asked.
# "entered its airspace before Turkey shot it down": in the past tense a 'before/until' clause reports what
# happened next; in the present ("before they disarm") it is a plan or condition.
PAST_MARKS = frozenset({"before", "until", "when"})
PAST_AUX = frozenset({"had", "has", "have", "was", "were", "been"})  # "had detained", "were arrested"
UNRESOLVED_FACTOR = 0.75
OTHER_SIDE = (detaining_state, refusing_state, hosting_state, sending_state, summoning_state, noted_summoner,
              barring_state)  # acts with no doer named, the page's other state's
UNNAMED = Actor("unnamed", None, None, "unnamed: agentless passive, the text does not say who acted")
# Acts done by saying so, now, whatever later deed they speak of: "urged talks next week" is a request
# made today, "threatened sanctions next month" a threat made today (a date after publication makes
# every other act pending). Also the acts a reporter may go on to do in the words it reports with
# ("said ... and accused Y").
SPEECH_ACTS = frozenset({"REQUEST", "THREATEN", "REJECT", "ACCUSE", "PROTEST", "SUPPORT"})


def code_events(article: Article, sentences: tuple[Sentence, ...], mentions: tuple[Mention, ...],
                states: Mapping[str, int] | None = None) -> tuple[Event, ...]:
    """Events of the parsed sentences. `states` (how often each state is named in the document) comes
    with the actors stage's Cast; without it, it is counted here."""
    leaders = {m.entity for m in mentions if m.entity}  # narrowly overlapping office terms can date an undated article
    anchor, why = document_anchor(article, leaders, tuple(s.text for s in sentences if s.role in CODED_ROLES))
    by_sentence: dict[int, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_sentence[m.sentence].append(m)
    states = Counter(states) if states is not None else document_states(article, sentences)
    out = _code_all(article, sentences, by_sentence, anchor, why, states)
    main = next((code for code, _ in states.most_common() if is_state_code(code)), None)
    side = page_side(out, main)
    if side is not None:  # the page's guessed organs are the other side's (events/page_side.py)
        by_sentence = defaultdict(list)
        for m in with_side(mentions, article.text, main, side):
            by_sentence[m.sentence].append(m)
        out = _code_all(article, sentences, by_sentence, anchor, why, states)
    out = with_inviters(with_requesters(with_accusers(out)), sentences)  # events/accepted_invitations.py
    out = with_answers_in_kind(out, sentences, by_sentence, anchor, why)  # events/in_kind.py
    told = with_told_days(with_fire_origins(with_releasers(out, states, sentences), states),  # events/unowned_fire.py
                          anchor.date if anchor else None)
    return with_dateline(calibrate(told), sentences)


def _code_all(article: Article, sentences: tuple[Sentence, ...], by_sentence: Mapping[int, list[Mention]],
              anchor: Anchor | None, why: str, states: Counter[str]) -> list[Event]:
    return [e for sentence in sentences
            if sentence.role in CODED_ROLES and sentence.parsed and not question(sentence)
            for e in code_sentence(article, sentence, by_sentence.get(sentence.index, []), anchor, why, states)]


def dated_page(article: Article, sentences: tuple[Sentence, ...], mentions: tuple[Mention, ...]) -> Article:
    """The article with the day it pins with a weekday as its date when it has none (page_anchor.pinned_day):
    its events are coded against that day either way; stored, its story's undated pages can borrow it."""
    texts = tuple(s.text for s in sentences if s.role in CODED_ROLES)
    pinned = pinned_day(article, {m.entity for m in mentions if m.entity}, texts)
    if pinned is None:
        return article
    note = f"{pinned.note} ({article.published.note})" if article.published.note else pinned.note
    return replace(article, published=replace(pinned, note=note))


def _depth(sentence: Sentence, i: int) -> int:
    depth = 0
    while sentence.tokens[i].head != i and depth < 50:
        i, depth = sentence.tokens[i].head, depth + 1
    return depth


def code_sentence(article: Article, sentence: Sentence, mentions: list[Mention], anchor: Anchor | None,
                  why: str, states: Counter[str] | None = None) -> list[Event]:
    sentence = inverted_conditions(sentence)  # "should X do Y" read as "if X does Y" (events/generic.py)
    hits = find_hits(sentence)
    grouped = group_hits(sentence, hits)
    grouped += named_state_demands(sentence, hits, grouped, mentions)  # "expected Kabul to act" (named_demands.py)
    candidates = sorted((c for c in grouped if not conditional(sentence, c.hit.token)
                         and not supposed_subject(sentence, c.hit.token) and not since_point(sentence, c.hit.token)
                         and not indirect_question(sentence, c.hit.token) and not told_request(sentence, c.hit.token)
                         and not sporting(sentence, c.hit.token) and not habitual(sentence, c.hit.token)
                         and not lone_host(sentence, c.hit.token, mentions)
                         and not figurative_conflict(sentence, c.hit.token, c.hit.entry.event_type)),
                        key=lambda c: _depth(sentence, c.hit.token))
    coded = [(c, _events_of(article, sentence, c, mentions, anchor, why, states)) for c in candidates]
    coded = prompted_targets(sentence, shared_targets(sentence, coded, mentions))  # events/prompted_acts.py
    coded = authored_targets(sentence, gapped_addressees(sentence, coded, mentions), mentions)  # authored_notes.py
    coded = force_host_targets(sentence, coded, mentions)  # "to the UN force in Lebanon" (force_hosts.py)
    primary = _primary(sentence, coded)
    hits = {c.hit.token: c.hit for c, _ in coded}
    events: dict[tuple, Event] = {}
    for rank, (candidate, found) in enumerate(coded):
        # "summoned the envoy to protest against the arrest of two officers by X's police": a protested act
        # that names its doer happened, whatever clause the protest sits in (nesting.condemned_act; wire14)
        if rank != primary and subordinate(sentence, candidate.hit.token) and not _reaction(found) \
                and not condemned_act(sentence, candidate.hit.token, hits) \
                and not _earlier_event(sentence, candidate.hit.token, candidate.hit.entry.event_type) \
                and not decided_act(sentence, candidate.hit.token) \
                and not arrival_visit(sentence, candidate.hit.token, candidate.hit.entry.event_type) \
                and not framing_visit(sentence, candidate.hit.token, hits) \
                and not preceding_talks(sentence, candidate.hit.token, hits) \
                and not owned_request(sentence, candidate.hit.token, {candidate.hit.token: candidate.hit}) \
                and not _told_in_relative(sentence, candidate.hit.token, found, anchor, hits):
            refine_dates(events, found)
            # "Ankara claimed its jets downed the plane after it violated Turkish airspace": a charge (realnews)
            for claim in _said_on(sentence, claims(sentence, candidate.hit.token, found, mentions), anchor, why):
                keep(events, claim)
            continue
        if cited_agreement(sentence, candidate):
            continue
        found = with_recourse(sentence, [candidate.hit.token] + [h.token for h in candidate.nested], found, mentions,
                              states or Counter())
        found = with_provokers(sentence, candidate.hit.token, found, mentions)  # "on alert after Turkey sent…"
        found = with_protesting_victim(sentence, candidate.hit.token, found, coded)  # "protested over the shelling by X"
        found = speakers_walked_out(sentence, candidate.hit.token, found, mentions)  # "walked out as X spoke"
        found = requested_acts(sentence, candidate.hit.token, found)  # "deports X at Ankara's request"
        found = asked_acts(sentence, candidate, found, mentions)  # "postponed at X's request": CONCEDE
        found = judged_targets(sentence, candidate.hit.token, found, coded)  # "regretted X's decision to cut ties"
        found = main_clause_speakers(sentence, candidate.hit.token, found, mentions)  # events/trailing_speech.py
        trigger = candidate.hit.token
        if not (background_participle(sentence, trigger) or described_by_act(sentence, trigger)):
            found = condition_doers_fixed(sentence, trigger, found, mentions)  # events/deep_conditions.py
            found = with_counterparts(sentence, candidate.hit.token, found, mentions, states or Counter())
            found = each_side_events(sentence, candidate.hit.token, found, states or Counter())  # "neither side"
            found = place_targets(sentence, trigger, found, mentions)  # "near the X border" (place_targets.py)
            if candidate.hit.entry.mutual:
                found += unnamed_partner_events(sentence, candidate.hit.token, found, mentions)
        said = _said_on(sentence, claims(sentence, candidate.hit.token, found, mentions), anchor, why)
        if said and sponsored(sentence, trigger):
            found = []  # "said India was behind the bombing": told only as the charge (allegation.sponsored)
        for event in found + said:
            if rank != primary and event.source.country is None and not open_act(event) or _covert(event):
                continue
            keep(events, event)
    coded_events = with_swaps(sentence, with_brokers(sentence, list(events.values()), mentions))  # events/swaps.py
    # ", a charge X dismissed on Thursday" (recap_denials.py): the denial dated at its own verb, as a speaker's charge
    return with_recap_denials(sentence, coded_events, mentions, lambda said: _said_on(sentence, said, anchor, why))


def _said_on(sentence: Sentence, said: list[Event], anchor: Anchor | None, why: str) -> list[Event]:
    """The charges a speaker makes, dated at the verb of saying, not by the act they tell of: "'Uganda invaded
    our islands in 2004 …,' the minister said on Tuesday" is Tuesday's accusation (fixture pages of
    tests/events/test_events_dates_pages.py: dated 2004)."""
    return [replace(e, date=event_date(sentence.text, e.evidence.trigger_start - sentence.start, anchor, why,
                                       said_day=True)) for e in said]


def _covert(event: Event) -> bool:
    """"X was plotting attacks on Y", "X was developing plans to attack Y": a plot told by others is no
    threat X made (PLOVER THREATEN is a communicated threat); only its teller's accusation is an event
    (events/allegation.py; realnews: a strike justified by the other side's plot)."""
    if event.event_type not in CONFLICTUAL | {"THREATEN"}:
        return False
    return " src=design:" in event.rule or event.event_type == "THREATEN" and any(
        f"intent({word})" in event.rule for word in ("plot", "conspire", "scheme"))


def _reaction(found: list[Event]) -> bool:
    """"X joined the bloc, in a shift that drew a warning from Y": an act drawn from another party, named
    in its 'from' phrase, is that party's own event, not background of the main clause."""
    return any(" src=from-maker" in e.rule and e.source.country for e in found) or any(
        " tgt=brokered-parties" in e.rule and e.source.country for e in found)  # "..., a deal brokered by Z"


def _primary(sentence: Sentence, coded: list[tuple[Candidate, list[Event]]]) -> int:
    """The main event: the highest main-clause candidate with a state as source, else with any source;
    a trigger inside an "unless"/"as"/relative clause is the main event only when no main-clause trigger
    is coded ("will boycott the vote unless the president agrees to step down" reports the boycott
    threat, even when only the president resolves to a state). An agentless passive ranks last: "a deal
    was discussed when X visited Y" reports the visit."""
    def rank(n: int) -> tuple[bool, bool, bool, bool]:
        found, token = coded[n][1], coded[n][0].hit.token
        return (_setting(sentence, token), all(e.source is UNNAMED for e in found), subordinate(sentence, token),
                not any(e.source.country for e in found))
    ranked = sorted((n for n in range(len(coded)) if coded[n][1]), key=rank)
    return ranked[0] if ranked else -1


def _setting(sentence: Sentence, i: int) -> bool:
    """"was put under investigation for rioting during a G8 summit": a gathering named after a setting
    preposition (cues.tsv setting) is the frame of the main act, so it ranks last, even below an agentless
    passive. Found when entities come from the gazetteers (plover_gsr): a body such as the G8 then resolves,
    and the summit, coded with a source, outranked the sentence's own act."""
    token = sentence.tokens[i]
    if token.dep != "pobj" or token.lemma.lower() not in GATHERINGS:
        return False
    words = [t.text.lower() for t in sentence.tokens[max(0, token.head - 3):token.head + 1]]
    return any(words[-len(cue.split()):] == cue.split() for cue in cue_words("setting"))


def _earlier_event(sentence: Sentence, i: int, event_type: str = "") -> bool:
    """A verb clause opened by "after", "since" or "while" reports an event of its own that took place
    ("summoned the ambassador a day after a coast guard cutter rammed a fishing boat"), unlike a
    condition ("unless X agrees"), a backdrop ("as battles raged") or a plan ("before they disarm"). The parser
    tags a past "When X broke off relations with Y, ..." as a WRB advmod, not a mark (wire47: the break dropped)."""
    token = sentence.tokens[i]
    kids = children(sentence, i)
    host = _participle_host(sentence, token) if event_type in SPEECH_ACTS else token
    if bare_participle(sentence, host):
        return True  # "recalled its envoy, accusing X of ...", "condemned X while calling for Y": the subject's other act
    if earlier_gerund(sentence, token):
        return True  # "expelled the envoy after accusing X of spying": the subject's earlier act
    if issued_document(sentence, token) is not None:
        return True  # "handed him a note of protest demanding the release of ...": the issuer's act (wire9)
    marks = TEMPORAL_MARKS | (PAST_MARKS if token.tag == "VBD" else frozenset())
    return (token.dep == "advcl" and any((c.dep == "mark" or c.tag == "WRB") and c.text.lower() in marks for c in kids)
            and any(c.dep == "nsubj" for c in kids))  # its own doer; not one borrowed from the main clause


def _participle_host(sentence: Sentence, token: Token) -> Token:
    """The first of coordinated participles: "sent a message, protesting the firing and demanding that X stop"
    (wire9: the demand, a conjunct of the participle, was dropped as a subordinate clause while the
    protest was kept); a conjunct with its own subject or auxiliary is a clause of its own. Read for acts
    done by saying only (coder.SPEECH_ACTS): a material act coordinated with a result participle ("opened fire,
    killing one person and arresting 12"; plover_gsr) is the main act's outcome, not a second event."""
    steps = 0
    while token.dep == "conj" and token.tag == "VBG" and token.head != token.i and steps < 4 and not any(
            c.dep in ("aux", "nsubj", "nsubjpass") for c in children(sentence, token.i)):
        token, steps = sentence.tokens[token.head], steps + 1
    return token


def _told_in_relative(sentence: Sentence, i: int, found: list[Event], anchor: Anchor | None,
                      hits: dict | None = None) -> bool:
    """"asked X to free fishermen who were arrested by Y's police on Sunday", "released officers it had
    detained nine days ago", "a delegation from Z, which has asked X to train its recruits": a relative
    clause in the past with a doer of its own tells an act that took place, an event of its own between two
    states (wire9, wire2: arrests and requests told in relative clauses went uncoded). A clause in the
    present or with a modal ("troops who would leave", "which plans to") is a description, not an event, and
    one dated to an earlier year ("Chile, which signed a treaty with Peru in 1929, ...") is quoted history."""
    token = sentence.tokens[i]
    if anchor is not None and any(e.date.source == "sentence" and e.date.value and int(e.date.value[:4]) < anchor.date.year
                                  for e in found):
        return False
    if agented_seizure(sentence, i, hits or {}):
        return True  # "fishermen ..., seized by Y's coast guard on Monday": a reduced relative with its doer (wire15)
    if token.dep != "relcl" or not any(e.source.country and e.target is not None and e.target.country
                                       and e.status == "asserted" for e in found):  # "who has vowed not to return X"
        return False
    aux = [c.text.lower() for c in children(sentence, i) if c.dep in ("aux", "auxpass")]
    past = (token.tag == "VBD" and not aux) or (token.tag == "VBN" and bool(aux) and set(aux) <= PAST_AUX)
    doer = any(c.dep in ("nsubj", "agent") for c in children(sentence, i))
    return past and doer


def obligation(sentence: Sentence, candidate: Candidate) -> tuple[list[int], list[int]] | None:
    """"X said that Y must do Z" reports X's demand on Y: (reporter's subject, Y) when the pattern holds."""
    token = sentence.tokens[candidate.hit.token]
    aux = {c.text.lower() for c in children(sentence, token.i) if c.dep == "aux"}
    if token.dep == "conj" and "should" in aux and not any(c.dep in ("nsubj", "nsubjpass") for c in children(sentence, token.i)):
        token = sentence.tokens[token.head]  # "said Y owed compensation and should shut down the plant"
    if "must" not in aux and not ("should" in aux and _said(sentence, token)):
        return None
    if token.dep not in ("ccomp", "acl") or token.head == token.i:
        return None
    reporter = sentence.tokens[token.head]
    if token.dep == "acl":  # "issued a reminder to X that it must comply": the noun's issuer speaks
        if reporter.dep != "dobj" or reporter.head == reporter.i:
            return None
        reporter = sentence.tokens[reporter.head]
    speaker = [c.i for c in children(sentence, reporter.i) if c.dep == "nsubj"]
    addressee = [c.i for c in children(sentence, token.i) if c.dep in ("nsubj", "nsubjpass")]
    if not speaker or not addressee:
        return None
    return speaker, addressee


def _said(sentence: Sentence, token: Token) -> bool:
    """"X said Y should shut down the plant", "X insisted that Y should withdraw": what a speaker says
    another party should do is a demand on it, like 'must' (held-out pages: demands told in reported speech
    went uncoded); a named addressee only, since "said it should" is the speaker's own plan."""
    head = sentence.tokens[token.head]
    own = [c for c in children(sentence, token.i) if c.dep in ("nsubj", "nsubjpass")]
    # "said that X and Y should work together": a call on both sides, the speaker's own among them (realnews)
    return (token.dep == "ccomp" and head.lemma.lower() in cue_words("report") and bool(own) and own[0].pos != "PRON"
            and not any(c.dep == "conj" for c in children(sentence, own[0].i)))


def _joint_exercise(candidate: Candidate, event_type: str, sources: list[Actor]) -> bool:
    """An exercise held by the forces of two or more states ("French and Egyptian warships launched war
    games") is military cooperation between them, not a build-up against anybody."""
    return (event_type == "MOBILIZE" and candidate.hit.entry.mode == "exercise"
            and len({s.country for s in sources if s.country}) > 1)


def _other_home(source: Actor, states: Counter[str] | None) -> Actor:
    """"The Ministry for Foreign Affairs summoned the Russian ambassador": a home institution that got
    its state only from the document context is not the state its act is aimed at; it is the other
    state the document names most."""
    if not states or "document context" not in source.resolution or on_side(source.resolution):
        return source
    others = [code for code, _ in states.most_common() if code != source.country and is_state_code(code)]
    if not others:
        return source
    return replace(source, country=others[0],
                   resolution=source.resolution + turn_note(source.country, others[0]))


# an envoy's role as the actors stage writes it ("role 'ambassador' (GOV) + nationality 'Lebanese' (LBN)")
ENVOY = re.compile(r"^[^\[]*?role '(?:ambassador|envoy|charg[eé] d'affaires|high commissioner)'", re.I)


def _guest_envoys(sentence: Sentence, mentions: list[Mention]) -> set[str]:
    """States whose envoy the sentence names with its state: the envoy is the guest of the organ that
    summons or receives him, so an organ or official guessed as his state is the host's (wire15: "The
    Lebanese ambassador was summoned to the foreign ministry, where the permanent secretary handed him a
    note": the secretary had Lebanon's state, the page's most named, and accused Cyprus)."""
    return {m.country for m in mentions if m.country and is_state_code(m.country)
            and "document context" not in m.resolution and ENVOY.search(m.resolution)
            and not recalled_object(sentence, m.head)}  # a recalled envoy is his recaller's own (recalled_envoys.py)


def _conjunct_aims(sentence: Sentence, trigger: int, mentions: list[Mention]) -> set[str]:
    """States the object of the verb a trigger is coordinated with names: "the ministry summoned X's envoy
    and demanded the release of the agents" shares its subject with the summoning, so the ministry that
    summoned X's envoy is not X's even when the demand names nobody (wire8: the demand was given to X)."""
    token = sentence.tokens[trigger]
    if token.dep != "conj" or token.pos != "VERB":
        return set()
    return {m.country for c in children(sentence, token.head) if c.dep == "dobj" and not recalled_object(sentence, c.i)
            for m in [mention_at(sentence, c.i, mentions)] if m is not None and m.country}


def _events_of(article: Article, sentence: Sentence, candidate: Candidate, mentions: list[Mention],
               anchor: Anchor | None, why: str, states: Counter[str] | None = None) -> list[Event]:
    source_idx, target_options, arg_rule = event_arguments(sentence, candidate)
    demand = obligation(sentence, candidate)
    if demand is not None:
        source_idx, target_options, arg_rule = demand[0], [(demand[1], "obliged")], "src=reporter tgt=obliged"
    elif (summons := summons_of_note(sentence, candidate.hit.token, candidate.hit.entry.event_type)) is not None:
        source_idx, target_options, arg_rule = note_arguments(sentence, summons)  # events/summons_notes.py
    sources = [a for i in source_idx for a in actors_at(sentence, i, mentions)]
    if sources and arg_rule.startswith("src=climb:conj>nsubj") and candidate.hit.entry.event_type in SPEECH_ACTS \
            and (not any(a.country for a in sources) or names_own_subject(sentence, candidate.hit.token)):
        reporter = reporter_of_conjunct(sentence, candidate.hit.token)  # events/reported_conjunct.py
        speakers = [a for i in reporter for a in actors_at(sentence, i, mentions)]
        if any(a.country for a in speakers):
            sources, arg_rule = speakers, arg_rule.replace("src=climb:conj>nsubj", "src=reporter-of-conjunct", 1)
    if sources and not any(a.country for a in sources):
        sources = crowd_place(sentence, source_idx[0]) or sources
    targets, t_how = choose_targets(sentence, target_options, mentions, {a.country for a in sources})
    targets = without_own_member(targets, sources, states)  # "Angola urged both governments" (addressed_group.py)
    if own_threatened_act(candidate, targets, t_how, {a.country for a in sources}):
        targets, t_how = [], "own-threatened-act"  # the counterpart may stand in (events/counterpart.py)
    if own_forces_moved(sentence, candidate, targets, t_how, {a.country for a in sources if a.country}):
        targets, t_how = [], "own-forces"  # "ordered its ships back": the doer's own (events/own_forces.py)
    if (recalled := own_envoy(sentence, candidate, sources, targets, mentions)) is not None:
        (sources, targets), t_how = recalled, "post-of-recalled-envoy"  # his own state recalls him (recalled_envoys.py)
    sources, targets, t_how = implied_targets(sentence, candidate, mentions, source_idx, arg_rule,
                                              (sources, targets, t_how))
    pressed = press_targets(sentence, candidate.hit.entry.event_type, target_options[0][0] if target_options else [],
                            t_how, targets, mentions)
    if pressed is not None:  # "thanked Nigerian journalists", "denied press reports from Lima" (events/press.py)
        targets, t_how = pressed, f"{t_how}(press)"
    arg_rule += f" tgt={t_how}"
    if sentence.tokens[candidate.hit.token].lemma.lower() in cue_words("broker") and not any(t.country for t in targets):
        return []  # co-brokers ("brokered by X and Y") do not consult each other: a broker needs the parties
    if candidate.hit.entry.inverse:
        sources, targets = targets, sources  # "X received aid from Y": Y gives
        if speakers := warning_speakers(sentence, candidate, sources, targets, mentions):  # "X could face consequences,
            sources, arg_rule = speakers, arg_rule + " src→warning-speaker"  # Y said" (events/warned_subjects.py)
    # kept only when the sentence names some state: a crime report naming no state has no bearing on
    # relations between states (and the parser prefilter skips sentences that name none)
    if not sources and is_agentless(sentence, candidate) and any(m.country for m in mentions):
        sources, arg_rule = [UNNAMED], arg_rule + " src→unnamed(agentless-passive)"
    if sources == [UNNAMED] and (moved_forces(candidate.hit.entry, t_how, targets, sentence, candidate.hit.token)
                                 or withdrawn_forces(candidate.hit.entry.event_type,
                                                     sentence.tokens[candidate.hit.token].lemma, t_how, targets)):
        sources, targets, arg_rule = [t for t in targets if t.country], [], arg_rule + " src→owner-of-moved-forces"
    if sources == [UNNAMED] and (alerted := alerted_owner(sentence, candidate, mentions)):
        sources, arg_rule = alerted, arg_rule + " src→owner-of-alerted-forces"  # (events/alerted_forces.py)
    moved = [h.token for h in (candidate.hit, *candidate.nested)]
    if sources == [UNNAMED] and (origin := moved_from(candidate.hit.entry.event_type, sentence, moved)):
        sources, arg_rule = [origin], arg_rule + " src→state-moved-from"
    if not any(s.country for s in sources) and (origin := removed_from(candidate.hit.entry.event_type, sentence,
                                                                          candidate.hit.token)):
        sources, targets = [origin], [t for t in targets if t.country != origin.country]  # (events/removed_from.py)
        arg_rule += " src→state-sent-out-of"
    if sources == [UNNAMED]:
        reporters = [a for i in reporter_subject(sentence, candidate.hit.token) for a in actors_at(sentence, i, mentions)]
        reporters = reported_doer(candidate.hit.entry.event_type, reporters, targets)
        if reporters:
            sources, arg_rule = reporters, arg_rule + " src→reporter(agentless-passive)"
    unnamed = (sentence, candidate.hit.token, candidate.hit.entry.event_type)
    lost_place = "passive-place" in arg_rule and not any(s.country for s in sources)  # "called to the Pearson Building"
    held = next((h for f in OTHER_SIDE if (h := f(*unnamed, mentions, states))), None) if sources == [UNNAMED] \
        or lost_place else None  # the page's other state did it (events/detained.py, turned_down.py, received_guests.py, delivered_notes.py)
    if held is not None:
        sources, targets, arg_rule = [held[0]], [t for t in targets if t.country == held[1]], arg_rule + " src→other-side"
    if not sources and t_how == "sufferer" and any(m.country for m in mentions):
        sources, arg_rule = [UNNAMED], arg_rule + " src→unnamed(sufferers)"  # "two sailors died in an attack"
    if sentence.tokens[candidate.hit.token].lemma.lower() in cue_words("accession") and "src=climb" in arg_rule:
        return []  # "strengthened its forces in response to X joining NATO": who joins is named beside the verb
    if obtained_release(sentence, candidate.hit.token, arg_rule):
        return []  # "helped to secure the release of X": its obtainer is not its holder (events/obtained_release.py)
    if not sources:
        return []
    event_type, intent, status, cue = type_and_status(sentence, candidate, demand is not None)
    reading = clause_reading(sentence, candidate, Reading(event_type, intent, status, cue, ""))
    if reading is None:
        return []  # "did not rule out talks", "declined to rule out talks": an option left open
    event_type, intent, status, cue = reading.event_type, reading.intent, reading.status, reading.cue
    status, cue = said_threat(arg_rule, event_type, status, cue)  # a warning is said now (warned_subjects.py)
    if _joint_exercise(candidate, event_type, sources):
        event_type, arg_rule = "COOPERATE", arg_rule + " joint-exercise→COOPERATE"
    token = sentence.tokens[candidate.hit.token]
    rule = "+".join([candidate.hit.entry.name] + [h.entry.name for h in candidate.nested]) + " " + arg_rule
    rule += reading.note
    if intent:
        rule += f" intent({intent})→{event_type}"
    if demand is not None:
        rule += " obligation→REQUEST"
        status, cue = "asserted", "demand:must"
    date = event_date(sentence.text, token.start - sentence.start, anchor, why)
    if status == "asserted" and event_type not in SPEECH_ACTS and after_report(date, anchor) \
            and not plan_of_past_act(sentence.text, token.start - sentence.start):
        status, cue = "pending", "date:after publication"
    # an act made pending by its planned day keeps that day (tests/stories/test_stories_stress_plans.py)
    date = event_date(sentence.text, token.start - sentence.start, anchor, why, said_day=True,
                      planned=cue == "date:after publication")
    attribution, kind = attr.attribution(sentence, token.i)
    hedge, _ = attr.hedge_factor(sentence)
    location = event_location(sentence, [token.i] + [g.i for g in governors(sentence, token.i, 3)],
                              [a.country for a in sources + targets])
    evidence = evidence_span(sentence.role, sentence.segment, sentence.index, sentence.text, sentence.start,
                             sentence.end, token.text, token.start)  # without a page label (span_labels.py)
    out = []
    own = {a.country for a in sources} - {None}
    several = len(own) > 1
    if several and event_type not in SYMMETRIC and group_history(sources, date):
        return []
    if several and event_type == "AGREE" and t_how.startswith(("nested", "complement", "purpose")):
        if bloc_acts_on_outsider(own, targets):
            return []  # "A, B, C and D agreed to give Qatar 48 more hours": no AGREE among them (coalition.py)
        # "the two leaders agreed to call for a UN Security Council meeting": the parties agree with
        # each other; the object of the agreed act is no party to the agreement
        targets, rule = [], rule + " parties-agree-with-each-other"
    if several and event_type == "AGREE" and labelled_object(sentence, candidate.hit.token, targets):
        targets, rule = [], rule + " target-labels-the-object"  # "X and Y agree NATO hotline" (pairing.py)
    if several and not candidate.hit.entry.mutual:
        # "ministers from X and Y ended two days of talks in <Y's capital>": a joint act is not done to a member
        targets = [t for t in targets if t.country not in own]
    if several and event_type in SYMMETRIC and t_how == "place":
        # "X and Y held talks in Oslo", "agreed ... after talks in Beijing": the venue hosts, the two deal
        # with each other (a host who brokers is found by events/mediation.py)
        targets, rule = [], rule + " venue-not-a-party"
    if (candidate.hit.entry.mutual or shared_object(sentence, candidate.hit.token)) and several \
            and (not any(third_party(t, own) for t in targets) or t_how == "place"):
        targets = sources  # "Kenya and Uganda exchanged prisoners (in Oslo)": each released the other's
    aimed_at = aimed_states(sentence, candidate.hit, t_how, targets)
    if "src=climb:conj>nsubj" in arg_rule:
        aimed_at |= _conjunct_aims(sentence, candidate.hit.token, mentions)
    document = issued_document(sentence, token) if "src=issuer:climb:conj>nsubj" in arg_rule else None
    if document is not None:  # "summoned X's envoy and handed him a note demanding ...": the note's verb's (wire9)
        aimed_at |= _conjunct_aims(sentence, document.head, mentions)
    aimed_at |= _guest_envoys(sentence, mentions)
    sources = [_other_home(a, states) if a.country in aimed_at else a for a in sources]
    # 'between' on the trigger makes the act mutual; on a nested act ("backed the talks between X and Y") it does not
    mutual = any(how in arg_rule.split() for how in ("src=between", "tgt=between")) \
        or not several and mutual_partner(candidate.hit.entry, t_how, sentence, token.i)  # "exchanged fire with Y"
    for source, target in party_pairs(event_type, sources, targets, mutual or several and not targets,
                                  arg_rule.split()[0] in ("src=between", "src=nested:between")):
        if target is source:
            continue
        if home_rulers(source, target):
            target = at_home(target)
        if target is not None and source.country and source.country == target.country:
            target = None
        confidence = attr.BASE_CONFIDENCE * hedge * (CAPTION_FACTOR if sentence.role == "caption" else 1.0)
        if source.country is None or (target is not None and target.country is None):
            confidence *= UNRESOLVED_FACTOR
        event_id = ids.event_id(article.doc_id, token.start, event_type, _actor_key(source), _actor_key(target))
        out.append(Event(event_id, article.doc_id, event_type, event_mode(candidate.hit.entry), event_context(sentence),
                         status, date, source, target, location, attribution, kind, round(confidence, 3), evidence,
                         rule, cue))
    return out
