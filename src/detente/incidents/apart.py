"""Reports that the links of group.py joined but whose sentences say they are different acts.

Run on each finished incident (`split`), so the bounded blocks and links of group.py are unchanged and
the cost is linear in the incident's reports.

  * **Speakers.** Two named people of one state saying the same kind of thing are two statements: a
    condemnation by a state's foreign minister and one by its defence minister in the same days are two
    incidents, however alike their type, pair and dates (realnews: they were one). The person comes from
    the source actor's resolution (actors.resolve writes "office holder 'Name'", "person 'Name'", or a
    pronoun "→ Name (ISO)"), reduced to a family name so "Jean-Yves Le Drian", "Le Drian" and "He" (→
    Jean-Yves Le Drian) are one speaker. Reports naming no person (a state, a capital, a ministry) say
    nothing about who spoke: they stay with the speaker of their own document, else the one most named.
  * **Summonses.** Summoning another state's envoy is a diplomatic act of its own, coded ACCUSE like
    the words of protest around it ("Kuwait summoned Iran's chargé d'affaires" and "the foreign ministry
    called the charge baseless": eval/wire4; a defence ministry's summons of an attaché and the
    president's "stab in the back": realnews). An accusation in the sentence of the summons ("summoned
    the ambassador and accused Bucharest of ...") is part of it, and so is a note of protest, which is what
    the envoy is summoned to be handed ("summoned Suriname's ambassador ... and handed him a note of
    protest"; another outlet's "her ministry had received a protest note from Georgetown" stood apart
    from the summons: eval/wire10, incident F1 0.856 -> 0.865), or a formal protest lodged with the
    summoning state's counterpart (eval/wire8 0.938 -> 0.949), or a government's protest coded PROTEST
    ("handed him a note protesting against ...": eval/wire14 0.806 -> 0.813 with group._near_hosts), and so
    is such a protest coded ACCUSE from the verb (PROTESTING: the same lead, once the coder coded it so;
    eval/wire14 .799 -> .808, the other development sets unchanged). Not a summons at which the envoy is told of
    his expulsion or a recall (announced.py): its act is the expulsion, and it stays with its day's accusations.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from detente.incidents.announced import EXPULSION
from detente.incidents.asks import by_ask, named_by
from detente.incidents.refusals import by_refusal
from detente.incidents.types import BODY, BY_GOVERNMENT, FORCE, GESTURE, GOVERNMENTS, NOTE, PENALTY, kind_of
from detente.records import Report

# Verbal types: one statement is one speaker's. Acts (an attack, an agreement, a meeting) are done by
# states whoever announced them, and a welcome (SUPPORT) joins its agreement's incident (types.py).
STATEMENTS = frozenset({"ACCUSE", "REJECT", "REQUEST", "THREATEN"})
SUMMONS = "summons"
ALLEGATION = "allegation"
PROTESTING = "protesting"
VISIT = "visit"
RECEPTION = "reception"
MEETING = "meeting"  # a CONSULT coded from "meet", "meeting" or "talks": the act plans.held_plan finds held later
CALL = "call"  # a CONSULT coded from a call or a conversation: the words said in it are its own (calls.py)
CHARGE = "charge"  # an ACCUSE coded from "accuse" naming its own target: a counter-charge, no part of a denial

_PERSON = re.compile(r"^[^→]*→ (?:office holder|person) '([^']+)'")
_PRONOUN = re.compile(r"^\S+ → pronoun '\w+' → ([A-Z][\w.'-]*(?: [\w.'-]+)*) \(")
# The coder's rule for a trigger whose object must be an envoy (events/data/triggers.tsv: "summon",
# "call in"): "verb:summon[obj:ambassador|...]" or "verb:call[prt:in&obj:ambassador|...]".
_ENVOY_OBJECT = re.compile(r"^[a-z]+:[^\s\[+]+\[(?:[a-z]+:[^\s\]&]+&)*obj:(?:ambassador|envoy)\b")
# A note of protest as the trigger, or a protest handed, delivered, lodged, filed, issued... ("noun:note[mod:
# protest,obj:protest]", "verb:hand[obj:complaint|demarche|protest]+noun:note", "verb:lodge[obj:complaint|
# protest]+noun:protest[mod:formal|...]"): events/data/triggers.tsv. A formal protest lodged with a state is
# the protest its envoy is summoned to receive (eval/wire8: "Tunisia has lodged a formal protest with
# Algeria" and another outlet's "called in the Algerian chargé d'affaires on Tuesday" stood apart).
_PROTEST_NOTE = re.compile(r"^(?:noun:note\[|verb:(?:hand|deliver|lodge|file|register|issue|submit|send)\[obj:[^\]]*"
                           r"protest[^\]]*\]\+noun:(?:note|protest)\b)")
# A protest (the noun, coded PROTEST) handed or delivered to someone: "regretted the tone of the Liberian protest
# delivered to Ambassador ... on Monday" (eval/wire28) is the note an envoy is summoned to receive, whoever the
# coder found as its sender (a bare "Liberian": no sector, so types.kind_of kept it apart as a street protest).
_PROTEST_HANDED = re.compile(r"^noun:protest\+verb:(?:hand|deliver|lodge|file|submit|send)\b")
# A meeting reached by travelling: "would travel to Lusaka and Kinshasa", "shuttled between Managua and
# Tegucigalpa" are a visit to each capital, not one meeting at one table (same_act.ONE_MEETING).
_TRAVEL = re.compile(r"^verb:(?:travel|shuttle|fly|tour|visit)\b")
# A meeting coded from "receive" (events/data/triggers.tsv: "verb:receive[obj:ambassador|envoy|...]"): a visitor
# received in person, as a summoned envoy is; a call or talks elsewhere are not (summons_meeting).
_RECEIVE = re.compile(r"^verb:receive\[")
# A meeting named as such ("proposed a meeting of foreign ministers", "would meet", "offered talks"): planned, it is
# the meeting held days on (plans.held_plan), unlike a planned visit by one minister or a call.
_MEET = re.compile(r"^(?:verb:meet|noun:(?:meeting|talk))\b")
# A call or a conversation ("telephoned both leaders", "phoned the president", "spoke by telephone with",
# "a phone call with", "a telephone conversation with"; events/data/triggers.tsv): what the caller urged or
# thanked the other for in that sentence was said in it (calls.py).
# events/data/triggers.tsv's thanks, apologies and solidarity (types.GESTURE)
_GESTURE = re.compile(r"^(?:verb:(?:thank|apologize)|noun:(?:gratitude|apology|solidarity)|verb:stand\[prep:alongside)\b")
_CALL = re.compile(r"^(?:verb:(?:telephone|phone|speak)|noun:(?:call|conversation)\[mod:)\b")
# Two states setting up a joint body ("set up a joint permanent commission on border security in 2004",
# events/data/triggers.tsv: set, establish, form, create with obj:commission|committee|...): the act another
# outlet tells as the agreement to set it up ("In 2004 the two countries agreed to set up a joint
# commission"), so it is grouped as that agreement (types.kind_of; eval/wire4: they were two incidents).
_JOINT_BODY = re.compile(r"^verb:(?:set|establish|form|create)\[(?:prt:up&)?obj:[^\]&]*\bcommission\b")
# Force used with the means of crowd and sea control ("used water cannon on a Chinese fisheries patrol ship",
# "sprayed a Chinese government ship with water cannon", events/data/triggers.tsv: "verb:use[obj:baton|cannon|gas|
# laser|teargas]", "verb:spray[prep:with&word:cannon|gas|hose|teargas]"), coded COERCE: the attack another outlet
# codes ASSAULT ("fired high-pressure water cannon at a Chinese official vessel"), not a seizure of that day.
_FORCE = re.compile(r"^(?:verb|noun):(?:use|spray|turn|blast|douse)\[[^\]]*\b(?:cannon|gas|teargas|baton|hose)\b")
# A fine on the other state's skipper, crew or boat (events/data/triggers.tsv:
# "verb:fine[obj:skipper|captain|crew|...]", coded COERCE): a court's penalty some days after the seizure it
# punishes, which every gold that has one keeps as an incident of its own (eval/wire14 "s2-fine", wire18 "s1-fine",
# wire29 "s2-fines", wire33 "s1-fine", "s3-fine"). Told on a page dated by its story's day, it joined the seizure's
# date group of that month (wire18).
_FINE = re.compile(r"^verb:fine\[")
# An act another state is said to have done, coded as the speaker's charge (events/allegation.py writes
# "allegation(ASSAULT)→ACCUSE" at the end of the rule): "said that Indian forces had twice crossed the border
# illegally and attacked Chinese personnel".
_ALLEGED = re.compile(r" allegation\([A-Z]+\)→ACCUSE$")
# "X accused Y of ...", Y the verb's own object (not one borrowed from a coordinated act: events/roles.py writes
# "tgt→conjunct" then): a charge of its own, even beside a denial in its sentence (same_act.one_reply_links).
_OWN_CHARGE = re.compile(r"^verb:accuse\b(?!.*tgt→conjunct)")
# A protest against an act of the other state, coded from the verb ("handed him a note protesting against the
# detention of 23 drivers", events/data/triggers.tsv: "verb:protest[obj:...|prep:against&word:...]"): what a
# government summons an envoy to be told, as a PROTEST coded from the same verb is (_protest).
_PROTESTING = re.compile(r"^verb:protest\[")


def speaker_of(resolution: str | None) -> str | None:
    """The family name (lower case) of the person a source actor resolved to; None for anything else."""
    found = _PERSON.match(resolution or "") or _PRONOUN.match(resolution or "")
    return found.group(1).split()[-1].lower() if found else None


def act_of(event_type: str, rule: str | None) -> str | None:
    """SUMMONS for an accusation coded from a trigger whose object is an envoy, NOTE for one of a note
    of protest, ALLEGATION for one coded from an act the speaker says another did, PROTESTING for one coded from
    the verb "protest", CHARGE for one coded from "accuse" with its own target, FORCE for force used and PENALTY
    for a fine (both COERCE), VISIT for a meeting coded from a verb of travel, RECEPTION for one coded from
    "receive", MEETING for one coded from "meet", "meeting" or "talks", CALL for one coded from a call or a
    conversation, BODY for cooperation coded from a joint body set up, GESTURE for thanks, an apology or solidarity
    (types.GESTURE); else None."""
    if event_type == "SUPPORT":
        return GESTURE if _GESTURE.match(rule or "") else None
    if event_type == "COOPERATE":
        return BODY if _JOINT_BODY.match(rule or "") else None
    if event_type == "COERCE":
        return FORCE if _FORCE.match(rule or "") else PENALTY if _FINE.match(rule or "") else None
    if event_type == "PROTEST":
        return NOTE if _PROTEST_HANDED.match(rule or "") else None
    if event_type == "CONSULT":
        return VISIT if _TRAVEL.match(rule or "") else RECEPTION if _RECEIVE.match(rule or "") else \
            MEETING if _MEET.match(rule or "") else CALL if _CALL.match(rule or "") else None
    if event_type != "ACCUSE":
        return None
    if _ENVOY_OBJECT.match(rule or ""):
        return SUMMONS
    if _PROTEST_NOTE.match(rule or ""):
        return NOTE
    if _ALLEGED.search(rule or ""):
        return ALLEGATION
    return PROTESTING if _PROTESTING.match(rule or "") else CHARGE if _OWN_CHARGE.match(rule or "") else None


def split(group: list[Report]) -> list[list[Report]]:
    """The incident's reports as one or more incidents: summonses apart, then each by speaker, then requests by
    what they ask for (asks.by_ask) and refusals by what they refuse (refusals.by_refusal)."""
    return [part for acts in by_act(group) for spoken in by_speaker(acts) for asked in by_ask(spoken)
            for part in by_refusal(asked)]


def by_act(group: list[Report]) -> list[list[Report]]:
    """A summons apart from the other reports of its incident, with the reports of its own sentences
    and the notes of protest."""
    sentences = {(r.doc_id, r.sentence_idx) for r in group if r.act == SUMMONS and r.asks != EXPULSION}
    if not sentences:
        return _notes_apart(group)
    days = summons_days(group)
    summons = [r for r in group if (r.doc_id, r.sentence_idx) in sentences or _protest(r) or summons_meeting(r, days)
               or told_to_envoy(r, sentences, days)]
    rest = [r for r in group if r not in summons]
    if any(summons_meeting(r, days) for r in summons):  # same_act.summons_meeting_links joined the meeting's
        # group to the summons's: the other meetings of that group stay apart from the summons's other reports
        meetings = [r for r in rest if r.event_type == "CONSULT"]
        rest = [r for r in rest if r.event_type != "CONSULT"]
        return [part for part in (summons, rest, meetings) if part]
    return [summons, rest] if rest else [summons]


def summons_meeting(report: Report, days: set[tuple[str, str | None]]) -> bool:
    """A meeting its page dates only by the lead's day (date_source "text"), on a page whose summons states
    that day (`days`: (document, day) of such summonses): the envoy received, "told reporters after the
    meeting, which lasted about forty minutes" (eval/wire27), "Deputy Minister ..., who received the
    ambassador, said ..." (eval/wire25). The gold of wire25 and wire27 counts it in the summons. So too the envoy
    received (RECEPTION) on the day the sentence states, that day the summons's: "Foreign Minister ... received
    Ambassador ... at the ministry on Monday morning" (eval/wire28, a separate incident). Not any meeting stating
    that day: "said he had spoken by telephone with Austria's interior minister on Friday" is a call of its own
    (eval/wire14 0.808 -> 0.799 when any such meeting joined). Nor a meeting only planned or denied: "The seizure
    comes weeks before a planned visit to Tehran by Azerbaijan's economy minister" (pending, dated by the lead's
    Monday) joined eval/wire26's summons; asserted only, wire26 0.810 -> 0.815 and held-out wire12 0.813 -> 0.820,
    wire7 0.849 -> 0.854 (session 22's fall of wire12 at incidents14's merge, 13ea347, was this rule)."""
    if report.event_type != "CONSULT" or report.status != "asserted" or (report.doc_id, report.date) not in days:
        return False
    return report.date_source == "text" or (report.date_source == "sentence" and report.act == RECEPTION)


# events.dates' note of a report dated by the day its paragraph's neighbouring sentence states
_BESIDE = re.compile(r"^no date in the sentence; '[^']+' in the sentence next to it in its paragraph")


def told_to_envoy(report: Report, sentences: set[tuple[str, int | None]], days: set[tuple[str, str | None]]) -> bool:
    """An accusation in the sentence right after a summons, dated by that sentence's day: what the envoy was told
    ("The ministry called in the minister-counsellor of the Chinese embassy on Monday morning. The first vice
    minister told him that Seoul 'could not accept' that a Chinese vessel had obstructed ...", eval/wire28: one
    gold summons, two stored incidents once recall16 coded the charge). Not a charge of a later paragraph or one
    stating its own day: the foreign ministry's words around a summons are often statements of their own
    (eval/wire4)."""
    if kind_of(report) != "ACCUSE" or report.sentence_idx is None or not _BESIDE.match(report.date_note or ""):
        return False
    return (report.doc_id, report.sentence_idx - 1) in sentences and (report.doc_id, report.date) in days


def summons_days(group: list[Report]) -> set[tuple[str, str | None]]:
    """(document, day) of the group's summonses whose sentences state their day."""
    return {(r.doc_id, r.date) for r in group if r.act == SUMMONS and r.asks != EXPULSION
            and r.date_source == "sentence"}


def _notes_apart(group: list[Report]) -> list[list[Report]]:
    """With no summons: the protests lodged apart from the charges of what the other state did, when the
    group holds both. realnews: "He said the Chinese side had 'lodged strong protests'" joined the
    spokesman's "Indian forces had twice crossed the border illegally on Monday and attacked Chinese
    personnel" (and another outlet's "China accused India of upping the ante"): the protest, dated by its
    page alone, fell into the charges' group. Without such a charge a protest lodged stays with the
    other words of protest ("Canada lodged a formal protest" and "Ottawa protested": eval/wire10; "Nicosia
    protests to Beirut": eval/wire15; kept apart, incident F1 .884 -> .879 and .984 -> .974)."""
    notes = [r for r in group if r.act == NOTE]
    if not notes or not any(r.act == ALLEGATION for r in group):
        return [group]
    return [notes, [r for r in group if r.act != NOTE]]


def _protest(report: Report) -> bool:
    """A note of protest, or a government's protest coded PROTEST: "called in the head of the Libyan
    People's Bureau and handed him a note protesting against the detention" (eval/wire14: the summons
    told in the headline, "Tunis summons Libyan envoy", and this sentence were two incidents; the
    sentence's call-in names no ambassador, so it is no summons of its own)."""
    if report.act == PROTESTING:  # coded ACCUSE from the verb "protest" (eval/wire14: the same lead)
        return report.source_sector in GOVERNMENTS
    return report.act == NOTE or (report.event_type in BY_GOVERNMENT and kind_of(report) != report.event_type)


def by_speaker(group: list[Report]) -> list[list[Report]]:
    """One incident's reports split by speaker when it is a statement with two or more named speakers;
    else the group itself. A report naming nobody goes with its document's speaker (the only one
    named there), else with the speaker most reports name (the first of equals by name)."""
    if not all(kind_of(r) in STATEMENTS for r in group):
        return [group]
    named = named_by(group, lambda r: r.speaker)
    if len(named) < 2:
        return [group]
    counts = Counter({name: len(members) for name, members in named.items()})
    main = min(counts, key=lambda name: (-counts[name], name))
    in_doc = defaultdict(set)
    for r in group:
        if r.speaker:
            in_doc[r.doc_id].add(r.speaker)
    for r in group:
        if not r.speaker:
            own = in_doc.get(r.doc_id, set())
            named[own.copy().pop() if len(own) == 1 else main].append(r)
    return list(named.values())
