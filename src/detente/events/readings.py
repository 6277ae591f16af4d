"""Type readings that depend on the clause around a trigger, not on the trigger word alone.

    open_option(sentence, candidate)   "did not rule out the use of force": a threat, not a negated refusal
    denied_hesitation(sentence, c)     "will not hesitate to use force": the same, through a denied hesitation
    refused_exclusion(sentence, cand)  "refused to rule out military action": the same, through a refusal
    clause_reading(sentence, cand, r)  the coder's reading of a trigger, corrected for an option left open,
                                       a pledge not to let one's ground be used against a state (SUPPORT,
                                       events/hostile_ground.py) and a pundit's forecast (None: no event)
    pledged_act(sentence, token, hit)  "vowed to launch an offensive": the act a pledge names, also through
                                       the light verb that carries a nominal trigger
    promised_act(sentence, token, hit) "pledged to send rescuers", "promised food aid": the cooperative act
                                       a promise names, coded as that act, pending
    scheme_owner(sentence, i)          "will not renew the pact under X's quota system": X asked
    refused_acceptance(sentence, c, s) "did not accept the proposal": a rejection, not a negated agreement
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from detente.events import attribution as attr
from detente.events.hesitation import hesitation
from detente.events.hostile_ground import hostile_ground
from detente.events.lexicon import CONFLICTUAL, COOPERATIVE, cue_words, fold_spelling
from detente.events.nesting import Candidate
from detente.events.triggers import Hit, children
from detente.records import Sentence, Token

COMPLEMENTS = frozenset({"xcomp", "ccomp"})
PLACE_ENTS = frozenset({"GPE", "NORP", "ORG", "LOC", "FAC"})  # a state or body called on is asked, not visited
# "X on Wednesday called for the officers' release": a day in an "on" phrase of the verb is when, not whom, it
# called on (wire34: the State Department's call for a release was coded a courtesy call, CONSULT USA>RUS)
TIME_ENTS = frozenset({"DATE", "TIME"})
HOSTILE = CONFLICTUAL | {"THREATEN"}
# Acts a promise can name and the news golds code as themselves, pending (see promised_act).
PROMISABLE = COOPERATIVE - {"SUPPORT"}
# Verbs of excluding an option: negated, they keep the option open ("did not rule out", "would not exclude").
EXCLUDING = frozenset({"rule", "exclude"})
# Objects of a negated acceptance that stand for what was just asked or offered ("did not accept it").
ANSWERED_PRONOUNS = frozenset({"it", "this", "that"})


def denied_hesitation(sentence: Sentence, candidate: Candidate) -> str:
    """"will not hesitate to use force against X" ("future": a warning that the act may come, PLOVER THREATEN
    for a hostile act, the act pending for another), "did not hesitate to send aid" ("past": the act was
    done), or "" when the trigger's negation is not a denied hesitation over it. Asked only of a negated
    trigger (sent-dev2 probes: the phrase was coded as a negated assault and a rejection)."""
    return hesitation(sentence, sentence.tokens[candidate.hit.token])


def open_option(sentence: Sentence, candidate: Candidate) -> bool:
    """The trigger excludes an option and names force or a hostile act as that option. Asked only of a
    negated trigger: not ruling out force is a warning that it may be used (PLOVER THREATEN)."""
    if sentence.tokens[candidate.hit.token].lemma.lower() not in EXCLUDING:
        return False
    if any(h.entry.event_type in HOSTILE for h in candidate.nested):
        return True
    menace = cue_words("menace")
    return any(t.lemma.lower() in menace for t in _object_tree(sentence, candidate.hit.token))


def refused_exclusion(sentence: Sentence, candidate: Candidate) -> str:
    """"refused to rule out military action" / "declined to rule out talks": refusing to exclude an option keeps
    it open, as "did not rule out" does. "force" when the option is force or a hostile act (a threat), "open"
    for any other option (no event), "" when the trigger is no refusal of an exclusion."""
    if cue_words("refusal").get(sentence.tokens[candidate.hit.token].lemma.lower()) is None:
        return ""
    ruled = [h for h in candidate.nested if sentence.tokens[h.token].lemma.lower() in EXCLUDING]
    if not ruled:
        return ""
    menace = cue_words("menace")
    hostile = any(h.entry.event_type in HOSTILE for h in candidate.nested if h not in ruled) or \
        any(t.lemma.lower() in menace for t in _object_tree(sentence, ruled[0].token))
    return "force" if hostile else "open"


@dataclass(frozen=True, slots=True)
class Reading:
    """How the coder reads one trigger: its type, intent reading, status, the cue that decided the status,
    and a note for the event's rule trail."""
    event_type: str
    intent: str
    status: str
    cue: str
    note: str


def clause_reading(sentence: Sentence, candidate: Candidate, reading: Reading) -> Reading | None:
    """The reading corrected by the clause around the trigger: None for an option left open ("did not rule
    out returning to the court", "declined to rule out talks"), a threat for force left open by a refusal,
    and the act itself, pending, when a pundit foretells it (see _open_choice and _forecaster)."""
    if _open_choice(sentence, candidate, reading):
        return None
    refused = refused_exclusion(sentence, candidate) if reading.event_type == "REJECT" else ""
    if refused == "open":
        return None
    if refused == "force":
        reading = replace(reading, event_type="THREATEN", status="asserted", cue="open-option:refused",
                          note=" refused-exclusion→THREATEN")
    # SUPPORT too: "does not recognise the court's jurisdiction" turns it down (sent-dev6 gold REJECT)
    if reading.event_type in ("AGREE", "SUPPORT") and refused_acceptance(sentence, candidate, reading.status):
        reading = replace(reading, event_type="REJECT", status="asserted", cue="negation:refused-acceptance",
                          note=reading.note + " not-accepted→REJECT")
    if reading.event_type == "REJECT" and hostile_ground(sentence, sentence.tokens[candidate.hit.token]):
        return replace(reading, event_type="SUPPORT", status="asserted", cue="pledge:hostile-ground",
                       note=reading.note + " hostile-ground→SUPPORT")
    if reading.event_type == "REQUEST" and courtesy_call(sentence, sentence.tokens[candidate.hit.token]):
        return replace(reading, event_type="CONSULT", note=reading.note + " courtesy-call→CONSULT")
    forecaster = _forecaster(sentence, candidate, reading)
    if not forecaster:
        return reading
    act = candidate.hit.entry.event_type
    return Reading(act, "", "pending", "forecast:" + forecaster, reading.note + f" forecast({forecaster})→{act}")


def refused_acceptance(sentence: Sentence, candidate: Candidate, status: str) -> bool:
    """"Iceland does not accept the zone", "Delhi does not accept the deadline": a verb of accepting (cues.tsv
    `acceptance`) negated in the present in its own clause turns the proposal, demand or claim down (PLOVER REJECT,
    as the golds code it: wire16, wire22), unless it is only not done yet ("has not yet accepted": still open)."""
    token = sentence.tokens[candidate.hit.token]
    if status != "negated" or fold_spelling(token.lemma.lower()) not in cue_words("acceptance"):
        return False
    kids = children(sentence, token.i)
    # "not" only: "has never accepted X's claim" states a standing position, which the golds leave as background
    # (wire10: "Canada has never accepted the U.S. view" is no act of the page)
    # present only: "did not accept any more refugees" tells what was not done (a negated acceptance, as
    # test_events_recall keeps it); "will not accept" is already a refusal (the modal reading)
    # "did not accept it": the pronoun stands for a request or proposal told before, so the past tense answers
    # it (wire22: "X asked for a firm deadline; Y did not accept it", gold REJECT, coded AGREE negated)
    answered = any(c.dep == "dobj" and c.text.lower() in ANSWERED_PRONOUNS for c in kids)
    return any(c.dep == "neg" and c.text.lower() in ("not", "n't") for c in kids) \
        and not any(c.dep == "aux" and c.text.lower() in ("did", "had") and not (answered and c.text.lower() == "did")
                    for c in kids) \
        and not any(c.text.lower() in ("yet", "still") for c in kids) \
        and not any(t.text.lower() == "yet" for t in sentence.tokens[token.i + 1:token.i + 4])


def courtesy_call(sentence: Sentence, token: Token) -> bool:
    """"Wiryo is to call on the President at Malacanang": a call on a person that asks nothing of him (no
    infinitive or clause under the verb or its object) is a visit, a meeting with the host (wire16, wire20: such
    courtesy calls were coded as requests; "called on Togo to release the crew" keeps its REQUEST)."""
    prep = cue_words("courtesy").get(token.lemma.lower())
    # the particle follows the verb: a sentence-opening "On Tuesday NATO's Secretary General called for ..." is
    # when it called (wire48: the rule entity finder read "Tuesday NATO" as a person, so the day was "visited")
    persons = [g for c in children(sentence, token.i) if c.dep == "prep" and c.lemma.lower() == prep and c.i > token.i
               for g in children(sentence, c.i) if g.dep == "pobj" and (g.pos == "PROPN" or g.ent == "PERSON")
               and g.ent not in PLACE_ENTS | TIME_ENTS]
    if not persons or any(c.dep in COMPLEMENTS for c in children(sentence, token.i)):
        return False
    # "called on Pyongyang to \"refrain ...\"": a quote may cut the infinitive from the verb in the parse
    tail = [t.text.lower() for p in persons for t in sentence.tokens[_subtree_end(sentence, p.i) + 1:][:1]]
    return "to" not in tail and not any(
        g.dep in ("acl", "relcl") or g.tag == "TO" for p in persons for g in _subtree(sentence, p.i))


def _subtree_end(sentence: Sentence, i: int) -> int:
    return max([i] + [t.i for t in _subtree(sentence, i)])


def _subtree(sentence: Sentence, i: int) -> list[Token]:
    out, level = [], children(sentence, i)
    while level:
        out += level
        level = [g for c in level for g in children(sentence, c.i)]
    return out


def _open_choice(sentence: Sentence, candidate: Candidate, reading: Reading) -> bool:
    """"did not rule out returning to the court", "has not ruled out talks": an option left open is neither a
    refusal nor the act; force left open is a threat (events/intent.py reads it as one through open_option;
    "refused to rule out" is refused_exclusion). wire2: "did not rule out returning to the International
    Court of Justice" was a negated REJECT."""
    return reading.event_type == "REJECT" and reading.status == "negated" and \
        sentence.tokens[candidate.hit.token].lemma.lower() in EXCLUDING


def _forecaster(sentence: Sentence, candidate: Candidate, reading: Reading) -> str:
    """The pundit who foretells the act when an intent reading made it a threat or a promise ("Kenya could
    close the border if the talks fail, analysts said"): a forecast by someone who speaks for no state is the
    act, pending; the state threatened or promised nothing (cues.tsv pundit; precision5's blind test of
    wire-style sentences, where such a forecast was coded as the state's threat)."""
    if not reading.intent or reading.event_type == candidate.hit.entry.event_type or \
            reading.event_type not in ("THREATEN", "AGREE"):
        return ""
    who = attr.speaker(sentence, candidate.hit.token)
    return who.lemma.lower() if who is not None and who.lemma.lower() in cue_words("pundit") else ""


def _object_tree(sentence: Sentence, i: int, depth: int = 3) -> list[Token]:
    """The trigger's objects and their dependents, a few levels down ("the use [of [force]]")."""
    level = [c for c in children(sentence, i) if c.dep in ("dobj", "prep", "pobj")]
    out = list(level)
    for _ in range(depth):
        level = [g for c in level for g in children(sentence, c.i)]
        out += level
    return out


def pledged_act(sentence: Sentence, token: Token, hit: Hit, framed: bool, triggers: frozenset[int]) -> bool:
    """A hostile trigger is the act a pledge names: its complement ("vowed to attack"; `framed` says the
    parser hung it as the pledge's adverbial infinitive), or the object of the light verb that is its
    complement ("vowed to launch an offensive", "pledged to carry out strikes"); not of a trigger verb, whose
    own type decides ("promised to lift the sanctions" promises the lifting). `triggers`: the trigger tokens."""
    return hit.entry.event_type in HOSTILE and _named_act(sentence, token, hit, framed, triggers)


def promised_act(sentence: Sentence, token: Token, hit: Hit, framed: bool, triggers: frozenset[int]) -> bool:
    """A cooperative trigger is the act a promise names: its complement ("pledged to send rescuers", "offered
    to mediate"), the object of the light verb in its complement, or its own object ("promised food aid",
    "offered assistance"). Our annotation guideline codes a promised act as that act, pending: the news
    golds code "pledged 60 rescuers" AID pending, "promised to cut transit charges" CONCEDE pending
    (demo, wire2, wire4, wire8), where the CAMEO-derived sentence sets code the promise AGREE."""
    if hit.entry.event_type not in PROMISABLE:
        return False
    act = sentence.tokens[hit.token]
    if act.head == token.i and (act.dep == "dobj" or token.pos == "NOUN" and act.dep == "acl"):
        return True  # "promised food aid"; "a pledge to send rescuers"
    return _named_act(sentence, token, hit, framed, triggers)


def _named_act(sentence: Sentence, token: Token, hit: Hit, framed: bool, triggers: frozenset[int]) -> bool:
    act = sentence.tokens[hit.token]
    if act.head == token.i and (act.dep in COMPLEMENTS or framed):
        return True
    if act.dep != "dobj" or act.head == act.i:
        return False
    light = sentence.tokens[act.head]
    return light.i not in triggers and light.head == token.i and light.dep in COMPLEMENTS


# Nouns of an arrangement another party set up and asks others to take part in.
SCHEMES = frozenset({"scheme", "plan", "programme", "program", "quota", "deal", "agreement", "mechanism", "system"})


def scheme_owner(sentence: Sentence, i: int) -> list[int]:
    """The owner of the arrangement an act is done 'under' ("would not renew the pact under X's quota system";
    the class of sent-dev's "would not take in asylum seekers under X's relocation scheme"): who refuses to
    act under X's scheme refuses X. Looked for on the trigger and on its direct object."""
    anchors = [i] + [c.i for c in children(sentence, i) if c.dep == "dobj"]
    schemes = [o for a in anchors for p in children(sentence, a) if p.dep == "prep" and p.lemma.lower() == "under"
               for o in children(sentence, p.i) if o.dep == "pobj" and o.lemma.lower() in SCHEMES]
    return [c.i for o in schemes for c in children(sentence, o.i) if c.dep == "poss"]
