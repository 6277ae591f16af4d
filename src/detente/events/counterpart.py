"""Document-context target: the counterpart state of a two-party story, for events whose target is implicit.

News about two states often leaves the target of a physical or bilateral act unsaid because the
whole story is about it: "Turkey refused to withdraw", "X reopened three border crossings",
"Y pledged to send a rescue team". When a sentence has a state source, a trigger, and no other
state in the trigger's clause, and the document is clearly about one counterpart (the state other than the
source that the title and body name most often, clearly ahead of any third), that counterpart is
taken as the target. The rule is marked in `Event.rule` and lowers confidence.
Verbal conflict types (THREATEN, PROTEST) are left out: a warning or a street protest without a
named addressee is mostly domestic ("authorities warned of flooding"), but not a protest a government
makes ("Moscow protested"; diplomatic_protest); so are negated events, whose
wording ("would not accept lectures from abroad") rarely has one counterpart. A threat of force is the
exception: "warned it did not rule out the use of force", "threatened reprisals" in a two-party story
are aimed at the other party (cues.tsv `menace`: what only one state does to another) when the sentence
names that party somewhere the parse did not tie to the threat. So is a conditional threat ("warned that
Tunisia would restrict imports if the lorries were not moving", cues.tsv `condition`): what it makes a
condition is the other party's act, so it is aimed at that party even when the sentence names no other state
("unless the crew was freed, Norway would not take part in the commission"; wire8), and so is one told with
"any" or "every" instead of "if" ("would answer any new attack with force"; universal).
The clause may name the counterpart itself where the parse did not make it an argument: then it is the
target only when every such mention names what the act is done to, read up the parse to the trigger
(named_as_patient: "agreed to keep the corridor open to Bolivian cargo", "closed the crossing, leaving
Bolivian lorries stuck"; wire9), never its doer, a reporter or a party of a background clause (a broad
version that took any mention cost realnews precision .905→.892 in session 10). The rule then reads
"tgt→document-counterpart:patient", or ":place" when the mention is where a material act landed.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace

from detente import ids
from detente.actors.coref import is_state_code
from detente.actors.draft import NO_STATE
from detente.events.authored_notes import sent_to_doer
from detente.events.bystanders import onlooking
from detente.events.deep_conditions import deep_condition
from detente.events.demanders import without_demanders
from detente.events.denials import denied_claim
from detente.events.hesitation import hesitation
from detente.events.home_critics import home_critic, home_request
from detente.events.home_orders import home_order
from detente.events.judged_steps import charged_beside, judged_step
from detente.events.lexicon import cue_words, fold_spelling
from detente.events.necessity import carried_threat
from detente.events.nesting import issued_document
from detente.events.owned_object import owner_named_before
from detente.events.calm_calls import calmed_sides
from detente.events.outsiders import outsider_act
from detente.events.page_side import on_side
from detente.events.ranked_states import ranked_states
from detente.events.role_actors import phrase_text
from detente.events.semicolon import parallel_party, semicolon_clause, without_semicolon_clauses
from detente.events.token_memo import folded_lemma_words, lemma_words
from detente.events.tree import below, children, subtree
from detente.records import Actor, Event, Mention, Sentence, Token

COUNTERPART_FACTOR = 0.8
# The counterpart must be named at least this often, and this many times more than any third state.
MIN_NAMED = 2
MIN_LEAD = 2
CLAUSE_DEPS = frozenset({"ROOT", "conj", "ccomp", "advcl", "relcl", "parataxis"})
# Threats and charges may name the court they will be taken to; that court is no target (wire4: "would ask the
# International Court of Justice for provisional measures" is a threat to the other state).
VENUE_TYPES = frozenset({"THREATEN", "ACCUSE"})
OWN_PRONOUNS = frozenset({"it", "we", "they"})  # the speaker's state as the doer of its own threatened act
# the status cues of a denied act: "denied that ...", "rejected reports that ..." (events/status.py, denials.py)
DENIALS = frozenset({"negator:deny", "negator:reject"})
# ... and "no" on the act's own noun, the denial said outright ("said Turkish forces had carried out no strike on
# civilians": wire42 w42_02, gold ASSAULT TUR>IRQ negated, answering Iraq's charge)
NO_ACT = "negation:no"
# only a denied act of force or build-up answers the other state: "denied supporting the M23" is no support of
# the state the rebels fight (wire41: SUPPORT RWA>COD, a false row)
DENIED_FORCE = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})
DENIED = "climb:denier"  # the source rule of an act a state denies any of its own did (events/roles.py, denials.py)
# A counterpart named in the act's own clause is its target only when named as what the act is done to
# (named_as_patient): the owner or nationality of the act's object or of a phrase the act aims at ("described
# as disappointing China's decision", "violated its airspace", "open to Bolivian cargo"; realnews, wire9), never
# its doer ("an invasion by X", "X and Y opened a crossing"), a reporter ("according to X's ministry") or a
# party of a background clause ("after X's mob laid siege to ..."; realnews and sent-dev false positives of
# the broad rule).
PATIENT_DEPS = frozenset({"dobj", "pobj", "nsubjpass", "poss", "amod", "compound", "nmod", "conj", "prep", "dative",
                          "xcomp", "ccomp", "oprd", "acomp", "pcomp", "attr"})
PATIENT_PREPS = frozenset({"to", "on", "upon", "onto", "over", "against", "of", "for", "with", "at", "toward",
                           "towards", "into", "through", "alongside", "across", "as"})
# where a material act lands; "along" a named state's border (wire44 w44_06: "sent ... companies to posts along the
# Nepal border", core MOBILIZE IND→NPL, had no target)
PLACE_PREPS = frozenset({"in", "inside", "near", "around", "outside", "along"})
MATERIAL_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "RETREAT", "CONCEDE", "AID", "SANCTION"})
PATIENT_STEPS = 7
DIPLOMATIC_SECTORS = frozenset({"GOV", None})  # a government, or a state named with no sector ("Lithuania")
VENUE_FREE_TYPES = frozenset({"REQUEST", "REJECT", "CONSULT", "AGREE", "SUPPORT", "CONCEDE"})  # acts of words
COUNTERPART_TYPES = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                               "REQUEST", "ACCUSE", "REJECT", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})


def counterpart_of(states: Counter[str], source: str) -> str | None:
    """The state other than `source` that the document is clearly about, or None."""
    # An international body is no counterpart state: a deal's suspension is aimed at the other party, not at
    # the UN that brokered it and is named most (UN, EU and IGO codes have three letters too).
    others = [(code, n) for code, n in ranked_states(states) if code != source]  # (events/ranked_states.py)
    if not others or others[0][1] < MIN_NAMED:
        return None
    if len(others) > 1 and others[0][1] < others[1][1] + MIN_LEAD:
        return None
    return others[0][0]


def clause_of(sentence: Sentence, i: int) -> set[int]:
    """Tokens of the clause that holds token i, without clauses coordinated with it: in "X accused Y of
    incursions and sent troops to the border" the sending clause does not name Y."""
    c, steps = i, 0
    # a denied claim's that-clause is a clause of its own ("denied reports in the Nigerian press that the gendarmes
    # had fired on the patrol": wire34 w34_10, where the press's state blocked the act's target)
    while steps < 20 and sentence.tokens[c].head != c and not (
            sentence.tokens[c].pos in ("VERB", "AUX") and sentence.tokens[c].dep in CLAUSE_DEPS) \
            and not denied_claim(sentence, sentence.tokens[c]):
        c, steps = sentence.tokens[c].head, steps + 1
    keep, frontier = {c}, [c]
    while frontier:
        frontier = [k.i for j in frontier for k in children(sentence, j)
                    if not (j == c and k.dep == "conj" and k.pos in ("VERB", "AUX")) and k.i not in keep]
        keep.update(frontier)
    return keep


def without_participles(sentence: Sentence, clause: set[int]) -> set[int]:
    """The clause without participial adjuncts of its verb (an advcl with neither subordinator nor subject of its
    own): "whose boats were boarded by the Nicaraguan navy, crossed by land and were met by the Honduran minister"
    (wire4; the parser hung the men's later journey under the boarding) tells what else happened, and a state
    named there does not stop the boarding from being aimed at the story's other state. A clause opened by
    "after", "when" or "because" stays: a party named there may be its doer (the session 10 background clauses)."""
    if not clause:
        return clause
    head = min(clause, key=lambda i: _depth(sentence, i))
    drop: set[int] = set()
    for k in children(sentence, head):
        kids = children(sentence, k.i)
        if k.dep == "advcl" and k.pos in ("VERB", "AUX") and not any(
                c.dep in ("mark", "nsubj", "nsubjpass", "csubj", "expl") for c in kids):
            drop |= subtree(sentence, k.i)
    return clause - drop


def without_tellers(sentence: Sentence, clause: set[int], trigger: int | None = None) -> set[int]:
    """The clause without who tells it: a reporting verb hung on the act ("An Australian team arrived and is
    clearing roads, he said", wire4) and an "according to" phrase ("accepted the handover time in a telephone
    notice, according to the ministry", wire9). The teller is often the story's other state itself, reporting
    what was done to it; named there, it is neither doer nor patient of the act and says nothing of its target
    (the session 10 false positive took the teller as target; here it only stops blocking the counterpart).
    A teller that holds the act itself is its clause, not its teller: "..., the border service said, in the
    heaviest fighting in six years" (eval/wire32) hangs 'fighting' under 'said', and dropping it emptied the clause
    (a crash on the page)."""
    reports = cue_words("report")
    drop: set[int] = set()
    for i in clause:
        token = sentence.tokens[i]
        if token.dep == "parataxis" and token.pos in ("VERB", "AUX") and token.lemma.lower() in reports \
                or token.dep in ("prep", "advcl") and token.text.lower() == "according":
            told = subtree(sentence, i)
            drop |= told if trigger not in told else set()
    return clause - drop


def without_attendants(sentence: Sentence, clause: set[int]) -> set[int]:
    """The clause without who only attends the act (cues.tsv `attendant`): "handed over the foresters in the
    presence of the Austrian ambassador" (wire19) names a third state that neither does nor undergoes the
    handover, and it no longer stops the handover from being aimed at the story's other state."""
    attendant = cue_words("attendant")
    drop: set[int] = set()
    for i in clause:
        token = sentence.tokens[i]
        if token.dep == "pobj" and (token.lemma.lower() in attendant or onlooking(sentence, i)):
            drop |= subtree(sentence, token.head)  # "in the presence of X", "with X present"
        if token.dep == "prep" and token.lemma.lower() == "as" and any(
                c.dep == "pobj" and c.lemma.lower() in attendant for c in children(sentence, i)):
            drop |= {j for p in children(sentence, token.head) if p.dep == "prep" and p.lemma.lower() == "with"
                     for j in subtree(sentence, p.i)}
    return clause - drop


def without_venues(sentence: Sentence, trigger: int, clause: set[int], mentions: list[Mention],
                   events: list[Event]) -> set[int]:
    """The clause without the capital a spoken act was made in ("Liberia asked in Abuja for compensation":
    eval/wire28, talks hosted by a third state's capital): the host is where it was said, neither doer nor
    addressee, and no longer stops the request from being aimed at the story's other state. Only for acts of
    words (VENUE_FREE_TYPES): "fired in Damascus" names where force landed."""
    if not events or any(e.event_type not in VENUE_FREE_TYPES for e in events):
        return clause
    capitals = {m.head for m in mentions if m.kind == "capital"}
    drop: set[int] = set()
    for k in children(sentence, trigger):
        if k.dep == "prep" and k.lemma.lower() == "in" and any(
                c.dep == "pobj" and c.i in capitals for c in children(sentence, k.i)):
            drop |= subtree(sentence, k.i)
    return clause - drop


def _depth(sentence: Sentence, i: int) -> int:
    steps = 0
    while sentence.tokens[i].head != i and steps < 40:
        i, steps = sentence.tokens[i].head, steps + 1
    return steps


def _open_event(event: Event, clause: set[int], mentions: list[Mention], forceful: bool = False,
                counterpart: str | None = None) -> bool:
    """A state source, no resolved target, and no other state named in the trigger's clause (but
    `counterpart`: a conditional threat's "imports of Algerian cement" names its addressee two words deep)."""
    source = event.source.country
    if source is None or event.status == "negated" and not denied_act(event):
        return False  # but a denial's act has the denial's addressee: "denied that any officer fired" (denials.py)
    if event.event_type == "CONSULT" and not is_state_code(source):
        # "the bloc's defence chiefs are to meet", "the alliance discussed ways to ...": a body's own members
        # meet, not with the story's other state (realnews)
        return False
    if event.event_type not in COUNTERPART_TYPES and not (event.event_type == "THREATEN" and (
            forceful or names_court(event.target))) and not diplomatic_protest(event):
        return False
    if event.target is not None and (event.target.country is not None or NO_STATE in event.target.resolution) \
            and not (event.event_type in VENUE_TYPES and names_court(event.target)):
        return False  # a named target, or a people of no state ("solidarity with Syrian Turkmens"; realnews)
    # an organ given the page's side only by guess names no state here (events/page_side.py)
    return all(m.country in (None, source, counterpart) or on_side(m.resolution)
               or event.event_type in VENUE_TYPES and names_court(m) for m in mentions if m.head in clause)


def denied_act(event: Event) -> bool:
    """An act negated by the denial above it ("denied that Eritrean sailors had opened fire", "denied firing on
    the post"): the denier answers the story's other state, as for the denier's own "any officer" (DENIED)."""
    no_act = event.status_cue == NO_ACT and event.rule.startswith("noun:")  # not "no choice but to reinforce" (wire34)
    return DENIED in event.rule or (event.status_cue in DENIALS or no_act) and event.event_type in DENIED_FORCE


def diplomatic_protest(event: Event) -> bool:
    """"Moscow protested the next day" (wire9), "Tokyo protests detention of its engineer" (newswire): a
    protest made by a state itself or its government, not by a crowd or a sector of its society (a street
    protest is mostly domestic), is a diplomatic one, addressed to the story's other state."""
    return event.event_type == "PROTEST" and event.source.sector in DIPLOMATIC_SECTORS


def named_as_patient(sentence: Sentence, trigger: int, clause: set[int], mentions: list[Mention], code: str,
                     event_type: str) -> str:
    """How the mentions of the counterpart `code` in the act's clause name what the act is done to, read up
    from each mention to the trigger: "place" when one is where a material act lands ("bombed an area in X's
    province"), "patient" when all are what it is done to, "" when one is not or none is named."""
    paths = [_patient_path(sentence, trigger, m.head, event_type) for m in mentions
             if m.head in clause and m.country == code]
    return "" if not paths or "" in paths else "place" if "place" in paths else "patient"


def _patient_path(sentence: Sentence, trigger: int, i: int, event_type: str) -> str:
    """"patient" or "place" when token i hangs below the trigger by patient steps only, else ""."""
    preps = PATIENT_PREPS | PLACE_PREPS if event_type in MATERIAL_TYPES else PATIENT_PREPS
    kind, faced = "patient", False
    for _ in range(PATIENT_STEPS):
        if i == trigger:
            return kind
        token = sentence.tokens[i]
        if _facing(token, event_type) or faced and token.dep == "prep":
            kind, faced, i = "place", True, token.head  # "along the sea line facing Lebanon": where it looks
            continue
        if not _result_step(sentence, token, trigger) and (
                token.dep not in PATIENT_DEPS or token.dep == "prep" and token.lemma.lower() not in preps
                or token.dep == "nsubjpass" and token.head != trigger):
            return ""  # a subject, an agent, a relative or background clause, "according to", "by", "from"
        if token.lemma.lower() == "along" and any(c.dep == "prep" for c in children(sentence, token.i)):
            return ""  # "along with X's engineers": company, no place
        kind = "place" if token.dep == "prep" and token.lemma.lower() in PLACE_PREPS else kind
        i = token.head
    return ""


def _facing(token: Token, event_type: str) -> bool:
    """A participle telling which state a deployment's place looks at (cues.tsv `facing`): wire39's "ordered the
    navy to reinforce its deployment along the sea line facing Lebanon" (core MOBILIZE ISR→LBN) had no target, the
    participle and "along" not being steps to what the act is done to."""
    return event_type == "MOBILIZE" and token.dep == "acl" and token.lemma.lower() in cue_words("facing")


def _result_step(sentence: Sentence, token: Token, trigger: int) -> bool:
    """What an act leaves behind: a bare participle clause ("closed the crossing, leaving X's lorries stuck";
    wire9) and the subject of a small clause under it or under a complement ("to keep X's corridor open")."""
    if token.dep == "advcl":
        return token.tag == "VBG" and not any(c.dep in ("mark", "nsubj", "nsubjpass")
                                              for c in children(sentence, token.i))
    head = sentence.tokens[token.head]
    return token.dep == "nsubj" and head.dep in ("ccomp", "xcomp") and head.i != trigger


def names_court(actor: Actor | Mention | None) -> bool:
    """A court a dispute is taken to ("the International Court of Justice", "an arbitration tribunal"): the
    actor's words hold a cue of cues.tsv `tribunal`, the list events/triggers.is_venue reads on the parse."""
    words = f" {' '.join(fold_spelling(w) for w in actor.text.lower().split())} " if actor is not None else ""
    return any(f" {cue} " in words for cue, kind in cue_words("tribunal").items() if kind != "forum")


def is_menacing(sentence: Sentence, trigger: int) -> bool:
    """A threat whose words name force or retaliation: "the use of force", "reprisals", "military action"."""
    menace = cue_words("menace")
    if folded_lemma_words(sentence).isdisjoint(menace):
        return False  # no menace word anywhere in the sentence, so none under the trigger (events/token_memo.py)
    inside = set()  # what the threat says, not who makes it ("the commander of the naval forces warned ...")
    frontier = [c.i for c in children(sentence, trigger) if c.dep not in ("nsubj", "nsubjpass", "agent", "appos")]
    while frontier:
        inside.update(frontier)
        frontier = [k.i for j in frontier for k in children(sentence, j) if k.i not in inside]
    return any(fold_spelling(sentence.tokens[i].lemma) in menace for i in inside)


def conditional(sentence: Sentence, trigger: int, mentions: list[Mention], source: str | None) -> bool:
    """A threat of the speaker's own act on a condition: "warned that X would restrict imports if …", "warned
    that unless the crew was freed, X would not take part …", "threatened to leave unless …" (the condition's
    subordinator, cues.tsv `condition`, at most three steps under the threat). A threat to act on someone at
    home ("warned that the opposition would be banned if …") has another doer and is not one."""
    marks = cue_words("condition")
    if source is None or not any(sentence.tokens[k].dep == "mark" and sentence.tokens[k].lemma.lower() in marks
                                 for k in below(sentence, trigger, 3)):
        return False
    return any(c.dep == "xcomp" or c.dep == "ccomp" and _own_doer(sentence, c.i, mentions, source)
               for c in children(sentence, trigger))


def conditional_own_act(sentence: Sentence, trigger: int, event: Event) -> bool:
    """A threat read from the speaker's own act told on a condition (events/intent.py: "Iraq would suspend the
    agreement if the crew were not freed", "if there was another crossing, Tanzania would close the bridge"):
    the trigger is the act, its subject the state that threatens, and the condition, marked under the act
    itself (cues.tsv `condition`), is the other party's doing (wire21, wire22: such threats had no target)."""
    if event.event_type != "THREATEN" or " intent(" not in event.rule or " src=nsubj " not in f" {event.rule} ":
        return False
    marks = cue_words("condition")
    return any(sentence.tokens[k].dep == "mark" and sentence.tokens[k].lemma.lower() in marks
               for k in below(sentence, trigger, 3))


def universal(sentence: Sentence, trigger: int, mentions: list[Mention], source: str | None) -> bool:
    """A threat of what the speaker will do to whoever does something, told with "any" or "every" (cues.tsv
    `universal`) instead of "if": "said X would answer any new attack with force", "warned that every future
    violation of the frontier will be faced with firmness" (wire4, wire8: threats left without a target). The
    quantified noun is the object of the speaker's own act, or the subject of a passive complement (the
    speaker's act left without its doer); a quantified active subject ("warned that any delay would hurt
    farmers") is not."""
    quantified = cue_words("universal")
    token = sentence.tokens[trigger]
    if source is None:
        return False
    if _quantified(sentence, trigger, quantified):  # the trigger noun itself: "would answer any new attack"
        return token.dep == "dobj" and token.head != trigger and _own_doer(sentence, token.head, mentions, source)
    return any(c.dep == "ccomp" and any(
        _quantified(sentence, k.i, quantified) and (k.dep == "nsubjpass" or k.dep == "dobj"
                                                    and _own_doer(sentence, c.i, mentions, source))
        for k in children(sentence, c.i)) for c in children(sentence, trigger))


def _quantified(sentence: Sentence, i: int, quantified: dict) -> bool:
    """A noun for whoever does something ("any new attack"); not one for any state at all ("any foreign
    warship": cues.tsv `universal` value `anyone`; newswire: a warning to all foreign navies read as one to the
    story's other state)."""
    kids = children(sentence, i)
    return sentence.tokens[i].pos in ("NOUN", "PROPN") and any(
        c.dep == "det" and quantified.get(c.lemma.lower()) == "quantifier" for c in kids) and not any(
        c.dep == "amod" and quantified.get(c.lemma.lower()) == "anyone" for c in kids)


def _own_doer(sentence: Sentence, verb: int, mentions: list[Mention], source: str) -> bool:
    """Whether the complement's active subject is the speaker's state, named or as "it"/"we"."""
    subjects = [c.i for c in children(sentence, verb) if c.dep == "nsubj"]
    return any(sentence.tokens[i].lemma.lower() in OWN_PRONOUNS or any(
        m.country == source and m.first <= i <= m.last for m in mentions) for i in subjects)


def own_bereaved(sentence: Sentence, trigger: int, mentions: list[Mention], events: list[Event]) -> bool:
    """"Khamenei offered condolences to Soleimani's family": a message to the relatives of one of the
    speaker's own people is aimed at nobody abroad (cues.tsv `kin`; realnews: a guessed US target)."""
    kin = cue_words("kin")
    if lemma_words(sentence).isdisjoint(kin):
        return False  # no kin word anywhere in the sentence, so none under the trigger (events/token_memo.py)
    owners = [o for k in below(sentence, trigger, 3) if sentence.tokens[k].lemma.lower() in kin
              for o in _owners(sentence, k)]
    sources = {e.source.country for e in events}
    return any(m.country in sources for m in mentions if m.country and any(m.first <= o <= m.last for o in owners))



def _owners(sentence: Sentence, i: int) -> list[int]:
    """Whose a noun is: "X's family", "the family of X"."""
    kids = children(sentence, i)
    return [c.i for c in kids if c.dep == "poss"] + [g.i for c in kids if c.dep == "prep" and c.text.lower() == "of"
                                                     for g in children(sentence, c.i) if g.dep == "pobj"]


def with_counterparts(sentence: Sentence, trigger: int, events: list[Event], mentions: list[Mention],
                      states: Counter[str]) -> list[Event]:
    """Events of one trigger, open ones given the document's counterpart as target."""
    if sentence.tokens[trigger].lemma.lower() in cue_words("accession"):
        return events  # "would become a member": joining is with the body joined, named or not, not with the story's other state
    if any(c.dep == "dobj" and c.lemma.lower() in cue_words("office") for c in children(sentence, trigger)):
        return events  # "the army seized power", "leaders were told to cede power": a coup at home (realnews FPs)
    if own_bereaved(sentence, trigger, mentions, events) or unnamed_states(sentence, trigger, mentions) \
            or written_to_antecedent(sentence, trigger) or home_critic(sentence, trigger, events, mentions) \
            or home_request(sentence, trigger, events, mentions) or home_order(sentence, trigger, events):
        return events
    clause = without_demanders(sentence, without_venues(sentence, trigger, without_attendants(sentence, without_tellers(
        sentence, without_semicolon_clauses(sentence, trigger, clause_of(sentence, trigger)), trigger)), mentions, events))
    # "X complained that its exports were held up": a complaint whose clause names nobody else is not
    # aimed at the story's other state (a main clause before a semicolon is no complement: events/semicolon.py)
    # (events/judged_steps.py), but one judging "the decision" or "the move" it leaves unowned
    stated = any(c.dep == "ccomp" and not semicolon_clause(sentence, c) for c in children(sentence, trigger)) \
        and not judged_step(sentence, trigger)
    menacing = is_menacing(sentence, trigger)
    out = []
    for event in events:
        conditioned = conditional(sentence, trigger, mentions, event.source.country) or (
            event.event_type == "THREATEN" and universal(sentence, trigger, mentions, event.source.country)) or (
            conditional_own_act(sentence, trigger, event) or carried_threat(sentence, trigger, event)
            or deep_condition(sentence, trigger, event, mentions)) or (
            # "would not hesitate to respond": a warning of the speaker's own act, aimed like a conditional one
            event.event_type == "THREATEN" and hesitation(sentence, sentence.tokens[trigger]) == "future")
        forceful = conditioned or menacing
        aimed = counterpart_of(states, event.source.country or "")
        # "lodged a protest over the Peruvian incursion": the counterpart named as what the act is done to
        named = named_as_patient(sentence, trigger, clause, mentions, aimed, event.event_type) if aimed else ""
        named = named or ("judged" if charged_beside(sentence, trigger, mentions, aimed) else "")
        named = named or ("owner" if aimed and owner_named_before(sentence, trigger, clause, mentions, aimed) else "")
        named = named or ("sender" if aimed and sent_to_doer(sentence, trigger, event.event_type, event.source.country,
                                                          mentions) else "")  # "the note handed to its envoy"
        aimed = aimed if conditioned or named or denied_act(event) else None  # a denied act: its answerer (wire20)
        parallel = parallel_party(sentence, trigger, mentions, event.source.country)  # "X freed A; Y freed B"
        open_event = _open_event(event, without_participles(sentence, clause), mentions, forceful,
                                 aimed or parallel) and not (
            stated and event.event_type == "ACCUSE" and not trespass_charge(event))
        sides = calmed_sides(sentence, trigger, event.event_type, event.source.country, states) \
            if open_event and not (named or conditioned or parallel) else ()
        if sides:  # "called for calm": an outsider's appeal to both sides (events/calm_calls.py)
            out.extend(_aimed_at(event, code, "both-sides") for code in sides)
            continue
        code = (parallel or counterpart_of(states, event.source.country or "")) if open_event else None
        if code is not None and event.event_type == "THREATEN" and not names_court(event.target) \
                and not conditioned and not any(m.country == code for m in mentions):
            code = None  # a threat's addressee is named beside it ("… on Niger's junta, threatening force")
        if code is not None and not (named or conditioned or parallel) and outsider_act(
                sentence, trigger, event.event_type, event.source.country, states):
            code = None  # a body's or a third state's act has no "other state" (events/outsiders.py)
        if code is None:
            out.append(replace(event, target=None) if open_event and names_court(event.target) else event)
            continue
        how = f"document-counterpart:{named}" if named else "document-counterpart"
        out.append(_aimed_at(event, code, "parallel-clause" if parallel and code == parallel else how))
    return out


def _aimed_at(event: Event, code: str, how: str) -> Event:
    """`event` aimed at the page's state `code`, the rule saying how."""
    target = Actor(code, code, None, f"document counterpart: {code} is the other state this story is about")
    event_id = ids.event_id(event.doc_id, event.evidence.trigger_start, event.event_type, event.source.country, code)
    return replace(event, event_id=event_id, target=target, rule=f"{event.rule} tgt→{how}",
                   confidence=round(event.confidence * COUNTERPART_FACTOR, 3))


RELATIVE_ADDRESSEES = frozenset({"which", "whom", "who"})


def written_to_antecedent(sentence: Sentence, trigger: int) -> bool:
    """"The Forum Secretariat, to which Tonga had written this week asking for mediation, said ...": the act is
    addressed to the noun the relative clause hangs on, named right there, never to the story's other state
    (wire24: Tonga's appeal to the Forum coded twice as a request to Fiji). The trigger or the verb its
    participle or infinitive hangs on is a relative clause whose 'to' names the relative pronoun."""
    token = sentence.tokens[trigger]
    for _ in range(3):
        if token.dep == "relcl":
            return any(c.dep in ("prep", "dative") and c.lemma.lower() == "to" and any(
                g.dep == "pobj" and g.lemma.lower() in RELATIVE_ADDRESSEES for g in children(sentence, c.i))
                for c in children(sentence, token.i))
        if token.dep not in ("advcl", "xcomp", "conj") or token.head == token.i:
            return False
        token = sentence.tokens[token.head]
    return False


def trespass_charge(event: Event) -> bool:
    """"Officials said the boats were fishing in Sudanese waters": somebody unnamed on the speaker's ground is,
    on a two-state page, the other state's (eval/wire17; triggers.tsv's trespass entry), unlike a complaint's
    that-clause ("complained that its exports were held up"), which is aimed at nobody named."""
    return event.event_type == "ACCUSE" and "[trespass:" in event.rule.split(" ", 1)[0]


def unnamed_states(sentence: Sentence, trigger: int, mentions: list[Mention]) -> bool:
    """"has supplied oil on favourable terms to several Caribbean states": an act aimed, in a 'to / with /
    against' phrase of its own, at states left unnamed in a plural (cues.tsv polity) is no act on the story's
    other state (wire17, a blind page: Venezuela's oil to the Caribbean was coded as aid to Trinidad)."""
    named = {k for m in mentions if m.country for k in range(m.first, m.last + 1)}
    preps = [p for p in children(sentence, trigger)
             if p.dep in ("prep", "dative") and p.lemma.lower() in ("to", "with", "against")]
    return any(o.dep == "pobj" and o.tag == "NNS" and o.i not in named and o.lemma.lower() in cue_words("polity")
               for p in preps for o in children(sentence, p.i)) or unowned_plural_object(sentence, trigger, named)


# What makes a plural object one known group, maybe the story's other state: "its neighbours", "the neighbours",
# "both governments" (tests/events/test_events_round4.py: "accused the neighbours of stealing its fish").
DEFINITE = frozenset({"the", "these", "those", "both", "its", "their", "our", "his", "her"})


def unowned_plural_object(sentence: Sentence, trigger: int, named: set[int]) -> bool:
    """"Beijing asked governments not to attend", "urged other countries to stay away": the act's direct object
    is a plural of states (cues.tsv polity) with no owner and no definite article, so it is aimed at states left
    unnamed, not at the story's counterpart (wire51 w51_06: a request to every government not to attend a
    ceremony in Oslo was coded as a request to Norway). Neighbours are left out: a state's neighbours are
    mostly the very state the story is about."""
    return any(o.dep == "dobj" and o.tag == "NNS" and o.i not in named and o.lemma.lower() in cue_words("polity")
               and o.lemma.lower() not in ("neighbour", "neighbor")
               and not any(c.dep in ("poss", "det") and c.text.lower() in DEFINITE for c in children(sentence, o.i))
               for o in children(sentence, trigger))


def unnamed_partner_events(sentence: Sentence, trigger: int, events: list[Event], mentions: list[Mention]) -> list[Event]:
    """"Afghan border police and the Frontier Corps traded fire" (wire4): in a mutual act whose subjects are one
    state's phrase and a phrase no state was found for, the act given the story's counterpart as target was
    done by that counterpart too, through the unresolved partner: each side fired on the other."""
    partners = [c for c in _subject_conjuncts(sentence, trigger) if not any(
        m.country for m in mentions if m.first <= c.i <= m.last or m.head == c.i)]
    out = []
    for event in events:
        if not partners or "tgt→document-counterpart" not in event.rule or event.target is None:
            continue
        code, phrase = event.target.country, phrase_text(sentence, partners[0].i)
        source = Actor(phrase, code, None, f"document counterpart: {code}, the unresolved partner of a mutual act")
        event_id = ids.event_id(event.doc_id, event.evidence.trigger_start, event.event_type, code, event.source.country)
        out.append(replace(event, event_id=event_id, source=source, target=event.source,
                           rule=f"{event.rule} src→mutual-partner"))
    return out


def _subject_conjuncts(sentence: Sentence, trigger: int) -> list[Token]:
    """The subject's members when it is a coordination ("X and Y traded fire": X, Y), else []."""
    subjects = [c for c in children(sentence, trigger) if c.dep == "nsubj"]
    if not subjects:
        return []
    out, frontier = [subjects[0]], [subjects[0].i]
    while frontier:
        frontier = [c.i for j in frontier for c in children(sentence, j) if c.dep == "conj"]
        out += [sentence.tokens[j] for j in frontier]
    return out if len(out) > 1 else []


RELATIVE_WORDS = frozenset({"that", "which", "who", "whom", "what"})


def described_by_act(sentence: Sentence, i: int) -> bool:
    """"the battalion it sent to the area", "the sum a judge demanded", "an act that X will not accept": a
    relative clause whose gap is the trigger's object names a thing by what its subject did to it; the act is
    background to that thing and aimed at nobody the sentence leaves unsaid (wire10, wire8, wire4 false
    positives). A clause that labels the thing ("a position X called illegal", "a note which officials
    described as firm") or goes on to an infinitive ("the line it had refused to answer") is left to the rules."""
    token = sentence.tokens[i]
    if token.dep != "relcl" or token.head == i:
        return False
    kids = children(sentence, i)
    if any(c.dep in ("oprd", "xcomp", "ccomp", "acomp") or c.dep == "prep" and c.lemma.lower() == "as"
           for c in kids):
        return False
    objects = [c for c in kids if c.dep == "dobj"]
    subjects = [c for c in kids if c.dep == "nsubj" and c.lemma.lower() not in RELATIVE_WORDS]
    return bool(subjects) and all(o.lemma.lower() in RELATIVE_WORDS for o in objects)


def background_participle(sentence: Sentence, i: int) -> bool:
    """"marines stationed on the reef" is background, no act on the story's other state; a participle
    with its doer or its day ("supplies flown in by New Zealand on Tuesday", "a destroyer sent to the
    area on Wednesday"; wire4) reports the act itself."""
    if sentence.tokens[i].dep != "acl" or issued_document(sentence, sentence.tokens[i]) is not None:
        return False  # "a note of protest demanding the release of ...": what the note says, now (wire9)
    if sentence.tokens[i].tag == "VB":
        return False  # an infinitive is no participle: "the government's decision to expel its ambassador" (wire41 w41_06)
    if denied_claim(sentence, sentence.tokens[i]):
        return False  # "denied reports that the gendarmes had fired on the patrol": the denied act (wire34 w34_10)
    kids = children(sentence, i)
    dated = any(o.ent in ("DATE", "TIME") for p in kids if p.dep == "prep" for o in children(sentence, p.i))
    return not dated and not any(c.dep == "agent" or c.dep == "npadvmod" and c.ent == "DATE" for c in kids)
