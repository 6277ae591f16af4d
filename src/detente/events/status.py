"""Status of a coded event: asserted (default), pending (modal, planned, proposed) or negated.

The cues are data (data/cues.tsv). We look at the trigger itself, its auxiliaries and
modifiers, and the chain of words that govern it ("is finalizing an agreement", "failed to
reach a deal"), stopping at a reporting verb: "officials would not say whether X attacked Y"
must not negate the attack's report through the reporter's clause.
"""
from __future__ import annotations

from detente.events.headline_infinitives import misread_name_subject
from detente.events.denials import dismissed_claim
from detente.events.idioms import idiom_value
from detente.events.lexicon import cue_words
from detente.events.nesting import Candidate, owned_request, recap_clause, split_conjunct
from detente.events.triggers import children
from detente.records import Sentence, Token

# A negating verb negates its complement, not the setting it happens in: "workers stopped work at the
# start of a strike" reports the strike, while "refrained from attacking" negates through 'from'.
SETTING_DEPS = frozenset({"advcl", "conj"})
COMPLEMENT_PREPS = frozenset({"from", "of"})
CHAIN_DEPS = frozenset({"xcomp", "dobj", "pobj", "prep", "pcomp", "acomp", "attr", "nsubjpass", "acl", "conj", "advcl"})


def governors(sentence: Sentence, i: int, limit: int = 5) -> list[Token]:
    """Words above token i that qualify it: walk up object/complement links (not into a reporter's clause)."""
    out: list[Token] = []
    reports = cue_words("report")
    while len(out) < limit:
        token = sentence.tokens[i]
        if token.head == i or token.dep not in CHAIN_DEPS | {"ccomp"} or split_conjunct(sentence, token):
            break  # "did not rule out force, and imposed sanctions": the "did not" is not the imposing's
        head = sentence.tokens[token.head]
        if token.dep == "ccomp" and head.lemma.lower() in reports or _own_clause(sentence, token) \
                or _semicolon_apart(sentence, token):
            break
        if token.dep == "ccomp" and recap_clause(sentence, head.i):
            break  # "accused X of ..., a charge X has denied": the denial is a relative on the recap noun
        out.append(head)
        i = head.i
    return out


def _semicolon_apart(sentence: Sentence, token: Token) -> bool:
    """A clause the parser made the complement of a later verb across a semicolon is a sentence of its own:
    in "two officers were taken by soldiers; whether ..., the commission will have to decide" the "will" is
    not the taking's (wire25: a detention read as a threat)."""
    return token.dep == "ccomp" and token.i < token.head and any(
        t.text == ";" for t in sentence.tokens[token.i + 1:token.head])


def _own_clause(sentence: Sentence, token: Token) -> bool:
    """A conjunct with a subject of its own is a clause of its own: "said a team would fly out, and that
    New Zealand had committed $3 million" (wire4) reports the money as committed; the first clause's
    "would" is not its modal."""
    return token.dep == "conj" and any(c.dep in ("nsubj", "nsubjpass") for c in children(sentence, token.i))


def _contrasted(sentence: Sentence, link: Token, gov: Token) -> bool:
    """"could not spare helicopters but pledged money": a 'but'-conjunct does not share the negation."""
    return link.dep == "conj" and any(c.dep == "cc" and c.text.lower() in ("but", "yet") for c in children(sentence, gov.i))


def _setting(link: Token) -> bool:
    return link.dep in SETTING_DEPS or (link.dep == "prep" and link.lemma.lower() not in COMPLEMENT_PREPS)


def _own_cues(sentence: Sentence, token: Token) -> tuple[str, str] | None:
    negations, modals = cue_words("negation"), cue_words("modal")
    for c in children(sentence, token.i):
        word = c.text.lower()
        if c.dep == "neg" or (c.dep in ("det", "advmod", "preconj") and word in negations):
            return "negated", f"negation:{word}"
    denied = _denied_subject(sentence, token, negations)
    if denied:
        return "negated", f"negation:{denied}"
    for c in children(sentence, token.i):
        if c.dep == "aux" and c.text.lower() in modals:
            return "pending", f"modal:{c.text.lower()}"
        if c.dep == "mark" and c.text.lower() in ("if", "unless"):
            return "pending", f"conditional:{c.text.lower()}"
    return ("pending", "headline:to") if headline_future(sentence, token) else None


def _denied_subject(sentence: Sentence, token: Token, negations: dict[str, str]) -> str | None:
    """A subject that says none acted negates the act: "not a single shipment of wheat has reached X", "neither
    side fired" (sent-dev: the wheat that never arrived read as delivered); "not only X but Y" asserts both."""
    for subject in (c for c in children(sentence, token.i) if c.dep in ("nsubj", "nsubjpass")):
        if subject.text.lower() in cue_words("nullsubject"):
            return subject.text.lower()  # "nothing would be withdrawn", "none of its ships was seized" (wire55 w55_08)
        for c in children(sentence, subject.i):
            word = c.text.lower()
            after = sentence.tokens[c.i + 1].text.lower() if c.i + 1 < len(sentence.tokens) else ""
            if (c.dep == "neg" or (c.dep == "det" and word in negations)) and after != "only":
                return word
    return None


def _amod_pending(sentence: Sentence, token: Token) -> str | None:
    pending = cue_words("pending")
    for c in children(sentence, token.i):
        if c.dep in ("amod", "compound") and c.text.lower() in pending:
            return f"modifier:{c.text.lower()}"
    return None


def event_status(sentence: Sentence, candidate: Candidate) -> tuple[str, str]:
    """(status, cue). Negation wins over pending; a REJECT/THREATEN frame is asserted unless itself negated."""
    token = sentence.tokens[candidate.hit.token]
    own = _own_cues(sentence, token)
    if own and own[0] == "negated":
        return own
    # "had not addressed Russian demands", "may reject X's request": the verb above qualifies its own answer
    # to a request another party made, not the making of it (realnews: demands read as negated)
    chain = [] if owned_request(sentence, token.i, {token.i: candidate.hit}) else governors(sentence, token.i)
    for below, gov in zip([token] + chain, chain):
        cue = _own_cues(sentence, gov)
        if cue and cue[0] == "negated" and not _contrasted(sentence, below, gov):
            idiom = idiom_value(sentence, below, gov, token)  # "had no objection to a meeting" (events/idioms.py)
            if idiom is None:
                return cue
            if idiom[1] == "pending":
                return "pending", f"idiom:{idiom[0]}"
            continue
        if gov.lemma.lower() in cue_words("negator") and not _setting(below):
            return "negated", f"negator:{gov.lemma.lower()}"
        if (dismissing := dismissed_claim(sentence, below, gov)) is not None:
            return "negated", f"negator:{dismissing}"  # "rejected reports that X had fired" (events/denials.py)
    if own:
        return own
    return _pending(sentence, token, chain, candidate)


def _reported_cause(sentence: Sentence, clause: Token) -> bool:
    return clause.dep == "advcl" and any(c.dep == "mark" and c.text.lower() in ("after", "since", "because")
                                         for c in children(sentence, clause.i))


def _pending(sentence: Sentence, token: Token, chain: list[Token], candidate: Candidate) -> tuple[str, str]:
    pending = cue_words("pending")
    # "vowed revenge" is a threat and "offered condolences" a gesture made now (asserted), where "vowed to
    # help" or "offered to mediate" promise a future act
    if pending.get(token.lemma.lower()) == "self" and candidate.hit.entry.event_type not in ("THREATEN", "SUPPORT"):
        return "pending", f"intent:{token.lemma.lower()}"
    modifier = _amod_pending(sentence, token)
    if modifier:
        return "pending", modifier
    for below, gov in zip([token] + chain, chain):
        if _reported_cause(sentence, below):
            break  # "vowed revenge after X killed the general": the killing happened, whatever is vowed
        cue = _own_cues(sentence, gov)
        if cue and not (cue[0] == "negated" and idiom_value(sentence, below, gov, token)):
            return cue
        if gov.lemma.lower() == "be" and below.dep == "xcomp":
            return "pending", "be-to"  # "troops are to leave by next year": a scheduled act (sent-dev)
        if (gov.lemma.lower() in pending or gov.text.lower() in pending) and _pending_form(gov, below):
            return "pending", f"governor:{gov.lemma.lower()}"
    if any(c.dep == "advmod" and c.text.lower() == "yet" for g in chain for c in children(sentence, g.i)):
        return "pending", "yet to"
    return "asserted", ""


# Two pending cues share a lemma with a verb of past acts: "go" is pending as "going to" only ("went further on
# Wednesday, accusing …", "went on to Yaoundé …, before both governments agreed to sign": eval/wire10, two
# accusations and an agreement read as pending), "close" as the adjective ("is close to a deal"), not the verb
# ("closes the bridge and sends reinforcements", eval/wire10).
def _pending_form(gov: Token, below: Token) -> bool:
    """Whether a pending governor is in the form its cue means (see above); True for every other cue."""
    lemma = gov.lemma.lower()
    if lemma == "go":
        return gov.text.lower() == "going" and below.dep == "xcomp"
    if lemma == "close":
        return not gov.tag.startswith("VB")
    return True


def headline_future(sentence: Sentence, token: Token) -> bool:
    """"Iran to free tanker crew but keeps ship; Kuwait recalls ambassador": a subject with a to-infinitive and
    no verb before it is a headline's future tense, "X will do Y" (wire4: the freeing announced in a headline was
    coded as done). Headlines are often coded from the body (a title segment holds the site's name too), and
    the parser hangs such a clause on a later verb; in "Kenya wants Uganda to withdraw" the verb comes first."""
    if token.tag == "VB" and misread_name_subject(sentence, token):
        return True  # "Modi to visit X": the parser read the name as the verb (events/headline_infinitives.py)
    if token.tag != "VB" or token.head < token.i:
        return False
    kids = children(sentence, token.i)
    return any(c.dep == "aux" and c.text.lower() == "to" for c in kids) and any(c.dep == "nsubj" for c in kids)
