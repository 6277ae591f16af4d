"""An act answered "in kind": "Egypt expelled the Turkish ambassador and Turkey answered in kind", "Rwanda would not
respond in kind", "Warsaw answers Minsk in kind". The answering clause names no act of its own; the act is the one
it answers with the two states swapped (an expulsion answered in kind is the other state's expulsion), its status
the answering clause's (asserted; pending under "will"/"would"; negated with "not"/"never").

The answered act is the nearest earlier hostile act on the page aimed at the answering state by another state,
in the same sentence before the cue or in the few sentences before it. The verbs that answer "in kind", and the
verbs that mean it alone ("reciprocated"), are cues.tsv `inkind` (value `phrase` or `alone`).

Development evidence (session 30, pages49's table): wire49 ("Turkey answered in kind", gold SANCTION TUR->EGY
asserted), wire41 ("Rwanda would not respond in kind", SANCTION RWA->COD negated), wire47 ("would not respond in
kind", SANCTION MEX->PER negated), wire42 ("Paris has chosen not to answer in kind", SANCTION FRA->MLI negated),
wire44 ("will not answer them in kind", SANCTION NLD->TUR negated). Not read: a question or an indirect one
("Asked whether Warsaw would respond in kind"), a condition ("If one more shell lands ..., Thailand will respond
in kind": a threat, coded by its own verb of warning), the noun ("no answer in kind").
"""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from detente import ids
from detente.actors.coref import is_state_code
from detente.events.dates import Anchor, event_date
from detente.events.generic import conditional, question
from detente.events.lexicon import cue_words
from detente.events.reassign import latest
from detente.events.tree import children
from detente.records import CODED_ROLES, Actor, Event, Evidence, Mention, Sentence, Token

# the act types a state answers in kind: measures and force (the golds code every reply in kind of the
# development pages as SANCTION, the answered act's type); words (ACCUSE, REJECT) are not "answered in kind"
ANSWERABLE = frozenset({"SANCTION", "COERCE", "ASSAULT", "MOBILIZE"})
LOOKBACK = 4  # sentences before the answer the answered act may be told in ("Congo expelled ... . Rwanda would not ...")
IN_KIND_FACTOR = 0.8  # an act read from another sentence's act, as events/answered.py's target
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
CLIMB_DEPS = frozenset({"xcomp", "conj", "ccomp"})  # "has chosen not to answer": the subject is the governor's
WORD = re.compile(r"[^\W\d_]+")


def mentions_cue(text: str) -> bool:
    """Prefilter: the sentence could hold an answer in kind (so it is parsed and its actors found)."""
    lowered = text.lower()
    if "in kind" in lowered:
        return True
    alone = [w for w, v in cue_words("inkind").items() if v == "alone"]
    return any(w.startswith(lemma[:-1]) for w in WORD.findall(lowered) for lemma in alone)


def has_cue(sentence: Sentence) -> bool:
    """After parsing: some verb of the sentence answers in kind."""
    return any(answering_verb(sentence, t) is not None for t in sentence.tokens)


def answering_verb(sentence: Sentence, token: Token) -> Token | None:
    """The verb that answers in kind, read from its cue token: "in" before "kind", after the verb and at most its
    object or particle ("responded in kind", "answers Minsk in kind", "hit back in kind"); read by word order, as
    the parser hangs "in kind" anywhere (an adverb under "on" in "responded in kind on Tuesday"); or a verb that
    means it alone ("reciprocated")."""
    words = cue_words("inkind")
    if token.pos == "VERB" and words.get(token.lemma.lower()) == "alone":
        return token
    after = token.i + 1
    if token.text.lower() != "in" or after >= len(sentence.tokens) or sentence.tokens[after].text.lower() != "kind":
        return None
    for back in range(token.i - 1, max(token.i - 5, -1), -1):
        verb = sentence.tokens[back]
        if verb.pos in ("VERB", "AUX", "PUNCT", "CCONJ", "SCONJ"):
            return verb if verb.pos == "VERB" and words.get(verb.lemma.lower()) == "phrase" else None
    return None


def with_answers_in_kind(events: list[Event], sentences: Sequence[Sentence], mentions: Mapping[int, list[Mention]],
                         anchor: Anchor | None, why: str) -> list[Event]:
    """The page's events and, for each answer in kind whose answered act the page tells, that act swapped."""
    out = list(events)
    for sentence in sentences:
        if sentence.role not in CODED_ROLES or not sentence.parsed or question(sentence):
            continue
        for token in sentence.tokens:
            verb = answering_verb(sentence, token)
            if verb is not None and not conditional(sentence, verb.i) and not _asked(sentence, verb) \
                    and not _on_condition(sentence, verb):
                answer = _answer(out, sentence, verb, mentions.get(sentence.index, []), anchor, why)
                out += [answer] if answer is not None else []
    return out


def _answer(events: list[Event], sentence: Sentence, verb: Token, mentions: list[Mention],
            anchor: Anchor | None, why: str) -> Event | None:
    mention = _named_before(verb, mentions)
    subject = _subject(sentence, verb) if mention is None else None
    mention = _state_of(subject, mentions) if subject is not None else mention
    if mention is None:
        return None
    state = mention.country
    answered = _answered(events, sentence, verb, state)
    status, cue = _status(sentence, verb)
    if answered is None or _told(events, sentence, answered, state, status):
        return None
    start = verb.start
    evidence = Evidence(sentence.role, sentence.segment, sentence.index, sentence.text, sentence.start, sentence.end,
                        verb.text, start, start + len(verb.text))
    source = Actor(mention.text, state, mention.sector, f"the answering clause's subject: {mention.resolution}")
    target = Actor(answered.source.text, answered.source.country, answered.source.sector,
                   f"answered in kind: the source of the {answered.event_type} of sentence "
                   f"{answered.evidence.sentence_index}")
    return replace(answered, event_id=ids.event_id(answered.doc_id, start, answered.event_type, state,
                                                   answered.source.country),
                   status=status, status_cue=cue, source=source, target=target, location=None, attribution=None,
                   attribution_kind=None, evidence=evidence,
                   date=event_date(sentence.text, start - sentence.start, anchor, why),
                   confidence=round(answered.confidence * IN_KIND_FACTOR, 3),
                   rule=f"in-kind:{verb.lemma.lower()} answers {answered.event_type} "
                        f"{answered.source.country}->{state}")


def _subject(sentence: Sentence, verb: Token) -> Token | None:
    for _ in range(4):
        subject = next((t for t in children(sentence, verb.i) if t.dep in SUBJECT_DEPS), None)
        if subject is not None or verb.dep not in CLIMB_DEPS or verb.head == verb.i:
            return subject
        verb = sentence.tokens[verb.head]
    return None


def _named_before(verb: Token, mentions: list[Mention]) -> Mention | None:
    """A state named right before the verb ("and Turkey answered in kind"): the parser may hang such a name on the
    first clause's object as its conjunct, leaving the verb to borrow that clause's subject, the other state."""
    return next((m for m in mentions if m.last == verb.i - 1 and is_state_code(m.country or "")), None)


def _state_of(subject: Token, mentions: list[Mention]) -> Mention | None:
    """The mention of a state the answering subject is ("Turkey", "Paris", "The Hague")."""
    return next((m for m in mentions if m.first <= subject.i <= m.last and is_state_code(m.country or "")), None)


def _answered(events: list[Event], sentence: Sentence, verb: Token, state: str) -> Event | None:
    """The nearest earlier asserted hostile act another state aimed at the answering state, or at no state the page
    resolved ("Peru's decision to expel its ambassador", wire47; "Kinshasa's decision to expel Rwanda's
    ambassador", wire41: the coder left both expulsions without a target, and the answer names who was hit)."""
    here = sentence.index
    before = [e for e in events if e.event_type in ANSWERABLE and e.status == "asserted"
              and (e.target is None or e.target.country in (state, None))
              and is_state_code(e.source.country or "") and e.source.country != state
              and (here - LOOKBACK <= e.evidence.sentence_index < here
                   or (e.evidence.sentence_index == here and e.evidence.trigger_start < verb.start))]
    return latest(before) if before else None


def _told(events: list[Event], sentence: Sentence, answered: Event, state: str, status: str) -> bool:
    """The answering act is coded from its own words: in this sentence ("answers Egypt in kind, declares its
    ambassador persona non grata"), or later on the page with the same status ("will not answer them in kind. ...
    would not close Turkey's consulates or expel its diplomats", wire44; "would not respond in kind" and, ten
    sentences on, "Mexico did not expel Peru's charge d'affaires", wire47, one gold act); or the sentence threatens
    it. Nothing to add then: a second row of one act would split or join its incident."""
    if any(e.evidence.sentence_index == sentence.index and e.event_type == "THREATEN" and e.source.country == state
           for e in events):
        return True  # "warns Thailand will respond in kind" (wire20): the answer is what is threatened, coded so
    return any(e.event_type == answered.event_type and e.source.country == state and e.target is not None
               and e.target.country == answered.source.country
               and (e.evidence.sentence_index == sentence.index
                    or e.evidence.sentence_index > sentence.index and e.status == status) for e in events)


def _asked(sentence: Sentence, verb: Token) -> bool:
    """"Asked whether Warsaw would respond in kind": an indirect question reports no act."""
    return any(t.dep == "mark" and t.text.lower() in ("whether", "if") for t in children(sentence, verb.i))


def _on_condition(sentence: Sentence, verb: Token) -> bool:
    """"If Norway expels anyone else, Finland will respond in kind": a threat on a condition (coded, when it is
    one, from its verb of warning: wire20's "warns Thailand will respond in kind"), no act answered."""
    marks = cue_words("condition")
    clauses = [t for t in children(sentence, verb.i) if t.dep == "advcl"]
    return any(c.dep == "mark" and c.lemma.lower() in marks for k in clauses for c in children(sentence, k.i))


def _status(sentence: Sentence, verb: Token) -> tuple[str, str]:
    """Negated by a negation on the verb or the verbs it hangs on ("has chosen not to answer"), pending by a modal
    of intent ("will respond in kind"), else asserted."""
    negations, modals = cue_words("negation"), cue_words("modal")
    chain = [verb]
    while chain[-1].dep == "xcomp" and chain[-1].head != chain[-1].i and len(chain) < 4:
        chain.append(sentence.tokens[chain[-1].head])
    kids = [t for v in chain for t in children(sentence, v.i)]
    negation = next((t for t in kids if t.dep == "neg" and t.lemma.lower() in negations), None)
    if negation is not None:
        return "negated", f"negation:{negation.text.lower()}"
    modal = next((t for t in kids if t.dep == "aux" and modals.get(t.lemma.lower()) == "intent"), None)
    return ("pending", f"modal:{modal.text.lower()}") if modal is not None else ("asserted", "")
