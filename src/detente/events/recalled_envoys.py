"""A recalled envoy is the recaller's own: his state recalls him, and the state he was posted to is the target.

"The ministry also called Peru's ambassador in Santiago back to Lima for consultations" on a Lima page (wire32
w32_05): the ambassador's state was read as the target, so the ministry, guessed as Peru from the page, looked like
an organ acting on its own state; coder._other_home turned it into Chile, and the page-side turn
(events/page_side.py) then turned every guessed Peruvian organ of the page, so the note the ministry handed to
Chile's chargé d'affaires became Chile's request to Peru as well (SANCTION CHL→PER and REQUEST CHL→PER, both
false positives, both gold events missed). An expelled or summoned envoy is another state's; a recalled one
(cues.tsv `recall`: recall, call back/home, withdraw) is his own state's. So a recall whose object is an envoy
named with his state is that state's act, and its target is the state of the post the 'in/to/at' phrase names
("its ambassador in Santiago"), else the story's counterpart (events/counterpart.py), as for moved forces
(events/own_forces.py). A doer named with another state keeps its reading ("Chile recalled Peru's envoy" is left
as written).
"""
from __future__ import annotations

import re
from dataclasses import replace

from detente.events.lexicon import cue_words
from detente.events.nesting import Candidate
from detente.events.role_actors import mention_at
from detente.events.tree import children
from detente.records import Actor, Mention, Sentence

# an envoy's role as the actors stage writes it, with the state it was given (coder.ENVOY's roles)
ENVOY = re.compile(r"^[^\[]*?role '(?:ambassador|envoy|charg[eé] d'affaires|high commissioner|diplomat)'", re.I)
ENVOYS = re.compile(ENVOY.pattern.replace("diplomat)'", "diplomat)s?'"), re.I)  # "withdraws diplomats"
POST_PREPS = frozenset({"in", "to", "at", "from"})
VERB_POST_PREPS = frozenset({"in", "from"})  # "recalled its envoy from X"; the verb's "to" is home ("back to Lima")
GUESSED = "document context"
VOICE = "the state the page speaks as"
GUESSES = (GUESSED, VOICE, "its words speak for")
NOTE = "; the recalled envoy's own state → {code}"


def own_envoy(sentence: Sentence, candidate: Candidate, sources: list[Actor], targets: list[Actor],
              mentions: list[Mention]) -> tuple[list[Actor], list[Actor]] | None:
    """(sources, targets) of a recall of an envoy named with his state, else None."""
    token = sentence.tokens[candidate.hit.token]
    if candidate.hit.entry.event_type != "SANCTION" or token.lemma.lower() not in cue_words("recall"):
        return None
    envoys = {t.country for t in targets if t.country and GUESSED not in t.resolution and ENVOY.search(t.resolution)}
    posts = _posts(sentence, token.i, mentions)
    if (voiced := _voiced_envoys(sources, targets)) is not None:
        return sources, posts[:1] or voiced
    # one envoy, or he and his name ("Peru's ambassador in Santiago, Luis Carranza"), or he and the post he was
    # recalled from, read as a second target of an agentless passive ("The Georgian ambassador was recalled from
    # Kyiv"; sent-dev20 0191: no doer, so the recall was lost)
    if len(envoys) != 1 or {t.country for t in targets if t.country} - {p.country for p in posts} != envoys:
        return None
    code = envoys.pop()
    sources = [s for s in sources if not _other_envoy(s, code)]
    if any(s.country and s.country != code and GUESSED not in s.resolution for s in sources):
        return None  # a doer named with another state: left as written
    own = [s if s.country == code else replace(s, country=code, resolution=s.resolution + NOTE.format(code=code))
           for s in sources] or _envoy_state(targets, code)
    if any(post.country == code for post in posts):
        return None  # "its ambassador to Chile" with "its" read as Chile: the envoy's state is in doubt
    return own, posts[:1]


def recalled_object(sentence: Sentence, i: int) -> bool:
    """Whether token i is the object of a recall ("recalled X's envoy", "called X's envoy home/back"): such an
    envoy is his recaller's own, no guest of the organ acting (coder._guest_envoys)."""
    token = sentence.tokens[i]
    if token.dep != "dobj":
        return False
    verb = sentence.tokens[token.head]
    needs = cue_words("recall").get(verb.lemma.lower())
    return needs is not None and (needs == "-" or any(
        c.lemma.lower() in needs.split("|") for c in children(sentence, verb.i) for c in [c, *children(sentence, c.i)]))


def _voiced_envoys(sources: list[Actor], targets: list[Actor]) -> list[Actor] | None:
    """The targets left when a named state recalls envoys whose state was only the page's voice: "UAE withdraws
    diplomats" on a Riyadh wire (eval/wire60 w60_08) gave the diplomats Saudi Arabia, the state the page speaks
    as, so the UAE seemed to act on it (SANCTION ARE→SAU). A withdrawn envoy is his recaller's own, so the guess
    is dropped with the other targets kept; None when the rule does not apply."""
    doers = {s.country for s in sources if s.country and not any(g in s.resolution for g in GUESSES)}
    voiced = [t for t in targets if t.country and ENVOYS.search(t.resolution) and VOICE in t.resolution]
    if len(doers) != 1 or not voiced or doers & {t.country for t in voiced}:
        return None
    return [t for t in targets if t not in voiced]


def _other_envoy(source: Actor, code: str) -> bool:
    """Whether a source is another state's envoy: an envoy recalls no envoy. "The expulsion of the Lebanese
    ambassador and the recall of the Saudi ambassador from Beirut were announced" (eval/wire60 w60_08): the source
    climbed from the conjoined noun to its envoy, so Lebanon recalled the Saudi envoy (SANCTION LBN→SAU)."""
    return bool(source.country) and source.country != code and bool(ENVOY.search(source.resolution or ""))


def _envoy_state(targets: list[Actor], code: str) -> list[Actor]:
    """A recall told with no doer ("The recall of X's ambassador from Y followed ..."): the envoy's own state
    recalled him (sent-dev14, recall22: the noun as the sentence's subject had no source and was lost)."""
    envoy = next(t for t in targets if t.country == code)
    return [replace(envoy, resolution=envoy.resolution + NOTE.format(code=code))]


def _posts(sentence: Sentence, trigger: int, mentions: list[Mention]) -> list[Actor]:
    """The states of the places the envoy's 'in/to/at' phrase names ("its ambassador in Santiago", "to Chile")."""
    envoy = [c for c in children(sentence, trigger) if c.dep in ("dobj", "nsubjpass")]  # "was recalled from X"
    envoy += [g for c in children(sentence, trigger) if c.dep == "prep" and c.lemma.lower() == "of"
              for g in children(sentence, c.i) if g.dep == "pobj"]  # "the recall of its ambassador to X"
    places = [g for c in children(sentence, trigger) if c.dep == "prep" and c.lemma.lower() in VERB_POST_PREPS
              for g in children(sentence, c.i) if g.dep == "pobj"]
    places += [g for e in envoy for c in children(sentence, e.i) if c.dep == "prep" and c.lemma.lower() in POST_PREPS
              for g in children(sentence, c.i) if g.dep == "pobj"]
    found = [mention_at(sentence, p.i, mentions) for p in places]
    return [Actor(m.text, m.country, m.sector, m.resolution or m.kind) for m in found if m is not None and m.country]
