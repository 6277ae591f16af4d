"""Document context for coreference, read from the raw text of every sentence.

What each sentence names is read in actors.mentions; this module gathers it per document and answers
the queries of later references ("the president", "the two countries", "he"). Context is built from
sentence *text* (never from parses) so that a mention resolves the same way
whether or not the parser prefilter skipped the sentences around it: the pipeline promises the
same events with the prefilter on and off.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from detente.actors.ambiguous import resolve_hits
from detente.actors.mentions import (  # noqa: F401 (antecedent_nouns: read through this module by anaphora, resolve)
    REPORTED, ForceRef, PersonRef, StatePair, StateRef, antecedent_nouns, appositive_names, forces_in,
    is_state_code, names_before_roles, possessed_names, organ_roles_in, organs_in, pairs_in, people_in, person_roles,
)
from detente.actors.namesakes import without_namesakes
from detente.actors.named_people import article_lowered, family_first, family_name, other_surnames, reference_names
from detente.actors.speaker_state import HERE, SPOKEN, same_name, speaker_state, with_spoken_state
from detente.actors.gazetteer import Hit, scan, state_code
from detente.actors.former_envoys import sent_people
from detente.actors.interim_rulers import ruled_states
from detente.actors.listed_people import listed_people
from detente.actors.home_voice import dateline_capital_state, home_state, masthead_state
from detente.actors.ministries import ministry_state
from detente.records import Article, Sentence

# Group phrases that may join a state and an international body ("both sides": the EU and Russia); any other
# group phrase ("the two countries", "both governments") names states only (coref.states_only).
BODY_GROUP_HEADS = frozenset({"side", "sides", "delegations", "allies", "rivals", "parties"})

PERSONAL = frozenset({"demonym", "leader"})  # "it" never refers back to a nationality or a person


@dataclass(frozen=True, slots=True)
class DocContext:
    year: int | None
    title_country: str | None
    states: tuple[StateRef, ...]
    people: tuple[PersonRef, ...]
    when: str | None = None  # publication date as given ("YYYY", "YYYY-MM" or "YYYY-MM-DD")
    supported: frozenset[str] = frozenset()  # entities named somewhere in ordinary (not all-capitals) text
    hits: dict[int, list[Hit]] = field(default_factory=dict)  # Sentence.index → its kept gazetteer hits
    roles: tuple[PersonRef, ...] = ()  # singular person roles named without a name ("Japan's foreign minister")
    forces: tuple[ForceRef, ...] = ()
    organs: tuple[PersonRef, ...] = ()  # state organs named by their own name ("Peru's customs authority, SUNAT")
    pairs: tuple[StatePair, ...] = ()  # two states named together ("Peru and Chile", "between Lima and Quito")
    organ_roles: tuple[PersonRef, ...] = ()  # state organs named with their state ("Peru's foreign ministry")
    home: str | None = None  # the state the page speaks as ("our military", "national territory"; home_voice.py)
    partners: tuple[StatePair, ...] = ()  # two people of two states joined by "and" ("X and his Y counterpart")
    ruled: tuple[str, ...] = ()  # states named as ruled by a junta or an interim regime ("Mali's junta"; interim_rulers.py)


def article_year(article: Article) -> int | None:
    value = article.published.value
    return int(value[:4]) if value and value[:4].isdigit() else None


def document_hits(sentences: tuple[Sentence, ...], when: str | None = None) -> tuple[list[list[Hit]], frozenset[str]]:
    """Gazetteer hits of every sentence, without shouted acronyms ("WHO", "LET" in an all-capitals
    headline) unless the same entity is named elsewhere in ordinary text, each name of two states
    narrowed to the one its context supports ("Tripoli" near "Lebanese"); and those entities."""
    raw = without_namesakes([s.text for s in sentences], [scan(sentence.text) for sentence in sentences], when)
    supported = frozenset(t.entity for hits in raw for h in hits if not h.shouted for t in h.terms)
    kept = [[h for h in hits if not h.shouted or h.term.entity in supported] for hits in raw]
    return resolve_hits([s.text for s in sentences], kept), supported


def build_context(article: Article, sentences: tuple[Sentence, ...]) -> DocContext:
    year, when = article_year(article), article.published.value
    states: list[StateRef] = []
    people: list[PersonRef] = []
    roles: list[PersonRef] = []
    forces: list[ForceRef] = []
    organs: list[PersonRef] = []
    pairs: list[StatePair] = []
    organ_roles: list[PersonRef] = []
    ruled: list[str] = []
    all_hits, supported = document_hits(sentences, when)
    for sentence, hits in zip(sentences, all_hits):
        states += [StateRef(sentence.index, sentence.start + h.start, code, h.term.kind, h.text)
                   for h in hits if (code := state_code(h))]
        people += people_in(sentence, hits, when)
        people += appositive_names(sentence, hits, people)
        people += names_before_roles(sentence, hits, people)
        people += possessed_names(sentence, hits, people)
        people += listed_people(sentence, hits, people)  # signatories in a list, a body's office holder
        roles += person_roles(sentence, hits, people)
        forces += forces_in(sentence, hits)
        organs += organs_in(sentence, hits)
        pairs += pairs_in(sentence, hits)
        organ_roles += organ_roles_in(sentence, hits)
        ruled += ruled_states(sentence, hits)
    people = sent_people(people, sentences, dict(zip((s.index for s in sentences), all_hits)))
    title = next((s.code for s in states if _role_of(sentences, s.sentence) == "title" and len(s.code) == 3), None)
    ctx = DocContext(year, title, tuple(states), (), when, supported,
                     {s.index: hits for s, hits in zip(sentences, all_hits)}, forces=tuple(forces),
                     organs=tuple(organs), pairs=tuple(pairs), organ_roles=tuple(organ_roles), ruled=tuple(ruled),
                     home=home_state(sentences, states, dict(zip((s.index for s in sentences), all_hits)))
                     or masthead_state(article, sentences, states)
                     or dateline_capital_state(article, sentences, states))
    texts = {s.index: (s.start, s.text) for s in sentences}
    by_index = {s.index: s for s in sentences}
    resolved: list[PersonRef] = []
    for person in sorted(people, key=lambda p: p.start):
        resolved.append(_with_context(ctx, person, texts, by_index, resolved))
    people = with_spoken_state(_spoken_repeats(ctx, with_repeats(resolved, sentences), by_index))
    roles = [r for r in (_with_context(ctx, r, texts, by_index) for r in roles) if r.country]
    return replace(ctx, people=tuple(people), roles=tuple(roles), partners=partners_in(people + roles, texts))


# What may stand between two people named as one pair: "Zupan and his Croatian counterpart", "the Thai
# premier and Malaysia's". No comma, stop or bracket: "X, who met Y" or "X (left) and Y" are not a pair.
PARTNER_GAP = re.compile(r"[^,;.()\"]{1,40}?\sand\s[^,;.()\"]{0,40}")


def partners_in(people: list[PersonRef], texts: dict[int, tuple[int, str]]) -> tuple[StatePair, ...]:
    """Two people of two states named one after the other and joined by "and", read from text so that it
    holds for every sentence whether parsed or not: the likeliest referents of a "They" opening the next
    sentence (anaphora._partners; wire18: "Zupan and his Croatian counterpart, X, spent four hours at the
    castle. They agreed to set up a joint group" had no doer)."""
    ordered = sorted((p for p in people if p.country and is_state_code(p.country)), key=lambda p: p.start)
    out = []
    for first, second in zip(ordered, ordered[1:]):
        start, text = texts[first.sentence]
        gap = text[first.start - start:second.start - start]
        if first.sentence == second.sentence and first.country != second.country and PARTNER_GAP.fullmatch(gap):
            out.append(StatePair(first.sentence, first.start, (first.country, second.country)))
    return tuple(out)


def partners_before(ctx: DocContext, sentence: int) -> list[str]:
    """The states of the last pair of people named together (`partners_in`) in the sentence just before."""
    return next((list(p.codes) for p in reversed(ctx.partners) if p.sentence == sentence - 1), [])


def _with_context(ctx: DocContext, person: PersonRef, texts: dict[int, tuple[int, str]],
                  sentences: dict[int, Sentence], earlier: list[PersonRef] | tuple[()] = ()) -> PersonRef:
    """"Senator Jane Ortiz" in a US story: the later "Ortiz" should get what the full mention got. A
    title with no country ("General Ortiz") is first the same person as an earlier "Peru's army chief,
    Jane Ortiz" (the story's main country may be the other side's)."""
    if person.country or not person.context_ok:
        return person
    same = next((p for p in reversed(earlier) if p.country and same_name(p.name, person.name)), None)
    spoken = person_speaks_for(ctx, person, sentences[person.sentence])
    if same is not None and ("document context" not in same.how or not spoken):  # a guess yields to own words
        return replace(person, country=same.country, how=person.how + f", {same.country} as earlier '{same.name}'")
    if spoken:
        return replace(person, country=spoken, how=person.how + f", {spoken} {SPOKEN}")
    start, text = texts[person.sentence]
    code = opening_capital(ctx, person.sentence, text, person.start - start)
    if code:
        return replace(person, country=code, how=person.how + f", {code} from the capital the sentence opens in")
    code = home_capital(ctx, person.sentence, text, person.start - start)
    if code:
        return replace(person, country=code, how=person.how + f", {code} from the home the sentence places them in")
    if ctx.home:  # a titled official of the state the page speaks as, like its organs (resolve.py; wire18)
        return replace(person, country=ctx.home, how=person.how + f", {ctx.home} as the state the page speaks as")
    code = ministry_state(ctx.organ_roles, person.office, person.start)
    if code:  # "Foreign Minister X" after one state's "Foreign Ministry" (ministries.py)
        return replace(person, country=code, how=person.how + f", {code} as the state whose ministry the page named")
    code = dominant_country(ctx, person.sentence, person.start)
    return replace(person, country=code, how=person.how + f", {code} from document context") if code else person


def person_speaks_for(ctx: DocContext, person: PersonRef, sentence: Sentence) -> str | None:
    """The state a person (or bare role) says will act, in the sentence naming them (actors/speaker_state)."""
    return speaker_state(sentence, person.start, person.start + len(person.name), sentence_states(ctx, sentence.index))


def _spoken_repeats(ctx: DocContext, people: list[PersonRef], sentences: dict[int, Sentence]) -> list[PersonRef]:
    """A later bare family name whose own words say which state will act ("Mr X said Kinshasa would reply")
    is of that state there, and so is "he" after it, where the first mention only guessed it (wire4: the
    guess was the other state, which the page names more often). Only that mention: see `HERE`."""
    out = []
    for person in people:
        code = None
        if person.how.startswith("family name of earlier") and "document context" in person.how:
            code = speaker_state(sentences[person.sentence], person.start, person.start + len(_repeated_name(
                person, sentences[person.sentence])), sentence_states(ctx, person.sentence))
        out.append(replace(person, country=code, how=person.how + f", {code} {HERE}") if code else person)
    return out


def _repeated_name(person: PersonRef, sentence: Sentence) -> str:
    """Which of a person's reference names a repeat found by `with_repeats` is written with."""
    at = person.start - sentence.start
    return next((n for n in reference_names(person) if sentence.text.startswith(n, at)), family_name(person))


def sentence_states(ctx: DocContext, sentence: int) -> list[StateRef]:
    """The states (not international bodies) named in one sentence, in text order."""
    return sorted((s for s in ctx.states if s.sentence == sentence and is_state_code(s.code)), key=lambda s: s.start)


NAME_SLACK = 12  # a leader hit may be longer than the canonical name ("Ayatollah Ali Khamenei")


def with_repeats(people: list[PersonRef], sentences: tuple[Sentence, ...]) -> list[PersonRef]:
    """Each later bare family name of a person named in full ("Colombian President Ana Ruiz … Ms Ruiz
    replied … she said") is that person again, at its own place: so "he"/"she" after it refers to
    the person just named, not to an older role ("his Venezuelan counterpart") named in between."""
    out = list(people)
    for sentence in sentences:
        for person, family in ((p, name) for p in people for name in reference_names(p)):
            if len(family) < 3 or not family[0].isupper() or person.start >= sentence.start + len(sentence.text) \
                    or family not in sentence.text:  # the pattern below is the name's own characters: no scan
                continue
            for match in re.finditer(rf"\b{re.escape(family)}\b(?!\s+[A-Z])", sentence.text):
                at = sentence.start + match.start()
                if at > person.start and not any(p.start <= at < p.start + len(p.name) + NAME_SLACK for p in out
                                                 if p.name == person.name or p.start + len(p.name) > at):
                    out.append(replace(person, sentence=sentence.index, start=at,
                                       how=f"family name of earlier '{person.name}' ({person.how})"))
    return sorted(out, key=lambda p: p.start)


def _role_of(sentences: tuple[Sentence, ...], index: int) -> str:
    return next((s.role for s in sentences if s.index == index), "")




def organ_by_name(ctx: DocContext, name: str, position: int) -> PersonRef | None:
    """The latest state organ named `name` up to `position` (see `mentions.organs_in`)."""
    return next((o for o in reversed(ctx.organs) if o.start <= position and o.name == name), None)


def organ_by_head(ctx: DocContext, noun: str, position: int) -> PersonRef | None:
    """For a bare "the command", "the office": the latest state organ named by its own name before
    `position` whose name ends in that noun ("the Coastal Patrol Command") or that was introduced by it
    ("Kenya's revenue body (KRA)… the body"). whoacts2, own pages: the bare noun had no state."""
    noun = noun.lower()
    organ = next((o for o in reversed(ctx.organs) if o.start < position and (
        o.name.split()[-1].lower() == noun or o.office == noun)), None)
    return organ or _seat_by_head(ctx, noun, position)


def _seat_by_head(ctx: DocContext, noun: str, position: int) -> PersonRef | None:
    """A seat of power of two or more words whose last word is `noun`: "Iran's Revolutionary Guards … the
    Guards accused…" (whoacts2, own pages), as an organ of its state."""
    seat = next((s for s in reversed(ctx.states) if s.start < position and s.kind == "seat" and " " in s.text
                 and s.text.split()[-1].lower() == noun and noun not in PLACE_HEADS), None)
    return PersonRef(seat.sentence, seat.start, seat.text, seat.code, None, f"own name of {seat.code}'s seat") \
        if seat is not None else None


def seat_heads(ctx: DocContext, sentence: int) -> set[str]:
    """Last words of the seats of power of two or more words named before `sentence` (see `_seat_by_head`);
    not a street's or a hill's: "the street" after "Downing Street" is no government."""
    return {s.text.split()[-1].lower() for s in ctx.states if s.sentence < sentence and s.kind == "seat"
            and " " in s.text} - PLACE_HEADS


PLACE_HEADS = frozenset({"street", "square", "road", "avenue", "hill", "building", "house"})




# A sentence opening with a scene-setting phrase: "At a briefing in Beijing on Tuesday, ...", "From La Paz, ..."
# (eval/wire32: a third state's foreign minister speaking from his capital, named without his state, was given a
# party of the story).
OPENING = re.compile(r"^(?:At|During|Speaking at|Speaking in|Speaking from|In|From)\b[^,;\"“]*,")


def opening_capital(ctx: DocContext, sentence: int, text: str, before: int) -> str | None:
    """The country of the one capital or seat an opening scene-setting phrase places the speaker in
    ("At a briefing in Beijing, foreign ministry spokesman X said…", the bare "In Manila, the ministry…" and
    "From La Paz, Foreign Minister X expressed…",
    whose capital "In" the lower-case test missed; wire17), for a state role named without a
    country after it (at offset `before` of the sentence text). Why: officials brief at home, so the
    place of the briefing says whose spokesman it is, even in a story led by the other country."""
    opening = OPENING.match(text)
    if opening is None or opening.end() > before:
        return None
    codes = {code for h in ctx.hits.get(sentence, ()) if h.end <= opening.end() and h.term.kind in ("capital", "seat")
             and re.search(r"\b(?:[Ii]n|[Ff]rom)\s+(?:the\s+)?$", text[:h.start]) and (code := state_code(h))}
    return codes.pop() if len(codes) == 1 else None


# What places an official at home: "said on his return to Kabul", "told Parliament in Wellington" (wire4: a
# minister named without a country in a story led by the other state), and a briefing or news conference
# given in a capital ("Foreign Ministry spokesman X told a news conference in Riyadh": wire38, a Saudi spokesman
# in a story led by Qatar was read as Qatar's; the same reason as `opening_capital`'s "At a briefing in Beijing,").
# Not "told reporters in": ministers on a visit talk to reporters in their host's capital.
HOME_CUE = re.compile(r"\b(?:(?:his|her|their)\s+return\s+(?:home\s+)?to|told\s+(?:the\s+)?(?:Parliament|parliament|"
                      r"Senate|senate|National\s+Assembly|lawmakers|legislators|MPs)\s+in|"
                      r"told\s+(?:a|the)\s+(?:regular\s+|weekly\s+|daily\s+)?(?:news\s+conference|press\s+conference|"
                      r"(?:press\s+)?briefing)\s+in)\s+$")


def home_capital(ctx: DocContext, sentence: int, text: str, after: int) -> str | None:
    """The country of the capital a person named at offset `after` returns to or addresses its own
    parliament in, later in the same sentence ("Foreign Minister X said on his return to Kabul")."""
    codes = {code for h in ctx.hits.get(sentence, ()) if h.start > after and h.term.kind in ("capital", "seat")
             and HOME_CUE.search(text[:h.start]) and (code := state_code(h))}
    return codes.pop() if len(codes) == 1 else None




def dominant_country(ctx: DocContext, sentence: int, before: int | None = None) -> str | None:
    """Most frequent state named in the document up to `sentence` (in that sentence only before
    offset `before`, when given); ties go to the title's first country, then to the state named
    first. Why `before`: in "President X welcomed South African leader Y" the only country named
    belongs to the other party, so it is no evidence for X's own country."""
    refs = [s for s in ctx.states if (s.sentence < sentence or s.sentence == sentence and (
        before is None or s.start < before)) and is_state_code(s.code)]
    if not refs:
        return None
    counts = Counter(s.code for s in refs)
    best = max(counts.values())
    tied = [code for code in dict.fromkeys(s.code for s in refs) if counts[code] == best]
    return ctx.title_country if ctx.title_country in tied else tied[0]


def previous_state(ctx: DocContext, sentence: int, demonyms: bool = False, states_only: bool = False
                   ) -> StateRef | None:
    """The first state named in the nearest earlier sentence that names one: that sentence's
    subject, as a rule of thumb (news sentences mostly open with their actor). Nationality words
    count only when `demonyms` ("Chilean officials met. The country…"); `states_only` leaves out
    international bodies ("the country" is never NATO)."""
    earlier = [s for s in ctx.states if s.sentence < sentence and (demonyms or s.kind not in PERSONAL)
               and s.kind != "leader" and (is_state_code(s.code) or not states_only)]
    if not earlier:
        return None
    last = earlier[-1].sentence
    first = next(s for s in earlier if s.sentence == last)
    return _branch_owner(ctx, first) or first


def _branch_owner(ctx: DocContext, body: StateRef) -> StateRef | None:
    """A body named right after a state's nationality word is that state's own branch: "The North Korean
    Red Cross Society accused… It warned…" (wire9: "it" was the international Red Cross)."""
    if body.kind != "body":
        return None
    return next((s for s in ctx.states if s.sentence == body.sentence and s.kind == "demonym" and
                 is_state_code(s.code) and s.start + len(s.text) + 1 == body.start), None)


def states_only(group: str) -> bool:
    """"The two countries", "both governments", "the two armies" can only be states; "both sides", "the
    two delegations", "the two allies" may be a state and a body (the EU and Russia)."""
    return not BODY_GROUP_HEADS.intersection(group.lower().split())


def leading_pair(ctx: DocContext, position: int, states_only: bool = False) -> list[str]:
    """The document's two protagonists for "the two countries": the two states named most often before
    `position`, when each is named at least twice and both are ahead of any third. Why: a story about two
    neighbours often names a third state just before "the two countries" ("Japan voiced support for X.
    The two countries are due to hold talks"), so recency alone picks the wrong pair. `states_only`
    leaves international bodies out: "the two countries" after a SADC- or Forum-brokered meeting are the
    two states, not the body the page names most (wire20: "the two governments had signed" became IGO).
    When a third state is named as often as the second, the tied states the page named together decide
    (`_named_together`)."""
    counts = Counter(s.code for s in ctx.states if s.start < position and len(s.code) == 3 and s.kind != "leader"
                     and (is_state_code(s.code) or not states_only))
    ranked = counts.most_common(3)
    if len(ranked) < 2 or ranked[1][1] < 2:
        return []
    if len(ranked) == 3 and ranked[2][1] >= ranked[1][1]:
        return _named_together(ctx, position, {code for code, n in counts.items() if n >= ranked[1][1]})
    order = list(dict.fromkeys(s.code for s in ctx.states))
    return sorted((ranked[0][0], ranked[1][0]), key=order.index)


def _named_together(ctx: DocContext, position: int, tied: set[str]) -> list[str]:
    """The last two of the states tied among the most named that the page names together ("the thaw between
    Athens and Sofia"): a mediator named as often as one side is not named as its pair (wire19: "the two
    delegations" after an Austrian-brokered exchange between Greece and Bulgaria became Austria and Greece).
    The last such pair, not the first: a summary line's "Radio Rwanda and the Tanzanian daily press" is no
    pair of parties (wire15)."""
    return next((list(p.codes) for p in reversed(ctx.pairs) if p.start < position and len(p.codes) == 2
                 and tied.issuperset(p.codes)), [])


def recent_states(ctx: DocContext, position: int, n: int = 2, sentence: int | None = None,
                  states_only: bool = False) -> list[str]:
    """The document's leading pair (see `leading_pair`), else `n` states named together ("Peru and
    Chile") in this or the two previous sentences (given `sentence`), else the last `n` distinct
    countries named before `position` (for "the two countries", "the three countries"). Why the coordinated pair: in "Peru
    and Chile agreed to talks brokered by Bolivia. The two countries…" recency alone picks Chile and
    Bolivia."""
    if n == 2 and (pair := leading_pair(ctx, position, states_only)):
        return pair
    close = [p for p in ctx.pairs if p.start < position and sentence is not None and sentence - p.sentence <= 2
             and len(p.codes) == n and (not states_only or all(map(is_state_code, p.codes)))]
    if close:
        return list(close[-1].codes)
    out: list[str] = []
    for ref in reversed([s for s in ctx.states if s.start < position and len(s.code) == 3
                         and (is_state_code(s.code) or not states_only)]):
        if ref.code not in out:
            out.append(ref.code)
        if len(out) == n:
            break
    return list(reversed(out))


def recent_parties(ctx: DocContext, sentence: int, position: int, own_sentence: bool = False) -> list[str]:
    """For "the two leaders": the states of the two latest people (by name or by a singular role) in
    the two previous sentences, when they are of two states. Why: "The premier spoke with the US
    president. The two leaders agreed…" names the two callers, not the story's leading pair. People of
    the same sentence are left out: "X will host the two heads of state" names a third person; a bare
    subject count (`own_sentence`, "X telephoned Y and the two agreed") takes them in."""
    nearest = 0 if own_sentence else 1
    close = [p for p in sorted(ctx.people + ctx.roles, key=lambda p: p.start)
             if p.start < position and nearest <= sentence - p.sentence <= 2 and p.country
             and is_state_code(p.country)]
    out: list[str] = []
    for person in reversed(close):
        if person.country not in out:
            out.append(person.country)
        if len(out) == 2:
            return list(reversed(out))
    return []


def person_by_name(ctx: DocContext, name: str, position: int) -> PersonRef | None:
    """The latest person up to `position` whose full name is `name` or ends with it ("Ortiz"), or whose
    family name it is when that is written first ("Xi", see `family_name`); one
    starting at `position` is the same mention read from text, which may know more than the parse
    ("spokesman X" after "At a briefing in Beijing,")."""
    earlier = list(reversed([p for p in ctx.people if p.start <= position]))
    # an item's words are joined by spaces ("al - Kuwari"), and a sentence opens with "Al-Kuwari" (wire38)
    name = article_lowered(name.replace(" - ", "-"))
    for person in earlier:
        full = article_lowered(person.name)
        if full == name or full.endswith(" " + name) or family_name(person) == name:
            return with_state(person, earlier)
    return next((p for p in earlier if name in other_surnames(p)), None)


def with_state(person: PersonRef, earlier: list[PersonRef]) -> PersonRef:
    """`person`, or when it has no state the same person read with one: "Deputy Foreign Minister Khalid
    Al-Mutairan" is read both as "Foreign Minister Khalid Al-Mutairan" (title "Deputy", no state) and as
    "Khalid Al-Mutairan" (KWT), and a later "Al-Mutairan told the agency ..." took the stateless reading
    (wire44 w44_08: his charge against the embassy had no source). Only a reading whose name the other ends with."""
    if person.country:
        return person
    full = article_lowered(person.name)
    return next((p for p in earlier if p.country and full.endswith(" " + article_lowered(p.name))), person)


def recent_office_holder(ctx: DocContext, sentence: int, position: int, office: str) -> PersonRef | None:
    """For "the president", "the premier" without a country: the latest person named with that
    office (by title or as a known office holder) in this or the previous sentence."""
    close = [p for p in ctx.people if p.start < position and sentence - p.sentence <= 1
             and p.office == office and p.country]
    return close[-1] if close else None


def recent_person(ctx: DocContext, sentence: int, position: int, skip: frozenset[int] = frozenset()
                  ) -> PersonRef | None:
    """For "he"/"she": the latest person named in this or the two previous sentences, or a singular
    person role ("Japan's foreign minister") named after it in this or the previous sentence: in
    "President X spoke. Later Japan's foreign minister objected. She said…" she is the minister.
    `skip`: start offsets of people who cannot be the pronoun (its own counterpart, actors.anaphora)."""
    close = [p for p in ctx.people if p.start < position and sentence - p.sentence <= 2 and p.start not in skip]
    speakers = {p.sentence for p in close}
    # a role named in a person's words is not who "he" is next: "Minister X said the Zambian ambassador had
    # been received. He accused Zambia…" (wire4: "he" was the ambassador, and the accusation reversed)
    close += [r for r in ctx.roles if r.start < position and sentence - r.sentence <= 1 and r.start not in skip
              and not (r.how.endswith(REPORTED) and r.sentence in speakers)]
    return max(close, key=lambda p: p.start, default=None) or _last_person(ctx, sentence, position, skip)


FAR_PERSON = 5  # sentences back a lone "he" may still reach the last person named, when nobody was named since


def _last_person(ctx: DocContext, sentence: int, position: int, skip: frozenset[int]) -> PersonRef | None:
    """For "he"/"she" with nobody named in the last two sentences: the last person named before, up to
    `FAR_PERSON` sentences back, when no person role was named after them ("Kenyan Foreign Minister X arrived…
    [three sentences on the lake] He accused Uganda…": whoacts2, own pages; the pronoun had no state)."""
    people = [p for p in ctx.people if p.start < position and p.start not in skip]
    last = max(people, key=lambda p: p.start, default=None)
    if last is None or sentence - last.sentence > FAR_PERSON or any(last.start < r.start < position for r in ctx.roles):
        return None
    return last


def recent_organ(ctx: DocContext, sentence: int, position: int, office: str) -> PersonRef | None:
    """For a bare "the ministry", "the army": the same organ named with its state in this or the three
    previous sentences ("Peru's foreign ministry said… The ministry added…"), which need not be the
    state the story names most."""
    close = [r for r in ctx.organ_roles if r.start < position and sentence - r.sentence <= 3
             and (r.office == office or r.office.endswith(" " + office))]  # "the ministry" after "foreign ministry"
    return close[-1] if close else None


def recent_force(ctx: DocContext, group: str, position: int) -> ForceRef | None:
    """For a bare "the jets": the latest force of the same kind named with its state before `position`."""
    close = [f for f in ctx.forces if f.start < position and f.group == group]
    return close[-1] if close else None
