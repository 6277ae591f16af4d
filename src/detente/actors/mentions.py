"""What each sentence names for coreference, read from its gazetteer hits: states, titled and
appositive people, bare roles, forces, organs and coordinated states (the references actors.coref
gathers into a document context), and the reference records themselves.

Split out of actors.coref (session 11) with no change in behaviour.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from detente.actors.gazetteer import Hit, Term, data_rows, leader_rows, split_list, marked_former, office_name, office_reading, state_code
from detente.actors.named_people import NOT_NAMES
from detente.records import Sentence

# A name word may carry an Arabic article joined by a hyphen ("Osman al-Tayeb Mahjoub", "Minister al-Kuwari"):
# without it a title's name stopped before that word and the later bare surname had no state (wire38, wire21,
# wire35: "Nawaf al-Enezi … al-Enezi said", "General Osman al-Tayeb … Tayeb said").
NAME_ARTICLE = r"(?:al|el|ul|ad|ar|as|ash|az)-"
NAME_WORD = rf"(?:{NAME_ARTICLE})?[A-Z][\w\-.]*(?:'[A-Z]\w*)?"
NAME_LINK = r"(?:bin|al|el|de|da|van|von|der|la|ul|le)"
# Capitalised words after a title: "President Ama Owusu", "Senator Jane Ortiz".
NAME_AFTER_TITLE = re.compile(rf"\s+({NAME_WORD}(?:\s+(?:{NAME_LINK}\s+)?{NAME_WORD}){{0,3}})")
# Between a state word and its role: "Peru's ", "Peruvian ", "Peru's top ", "Peru's acting " (rank words).
POSSESSIVE_GAP = re.compile(r"^\s*(?:['’]s?\s+)?(?:(?:top|senior|chief|new|acting|deputy)\s+)?$")
# An organ's own name right after it: ", SUNAT," / " (KRA)" / " DIRECTEMAR" (capitals, or one
# capitalised word set off by commas or brackets).
ORGAN_NAME = re.compile(r"(?:,\s+([A-Z][A-Za-z]{2,})(?=,)|\s+\(([A-Z][A-Za-z]{1,})\)|\s+([A-Z]{3,})\b)")
# A state and the role set off before a name may have a portfolio between them ("Romania's environment
# minister, X,": eval/wire8, where the later bare "X" was left without a state).
PORTFOLIO_GAP = re.compile(r"^\s*(?:['’]s?\s+)?(?:[a-z][a-z-]*\s+){0,2}$")
# A verb of saying between a person and a later role of the same sentence: the role is in the person's words.
SAYING = re.compile(r"\b(?:said|says|told|added|stated|announced)\b")
REPORTED = ", in a speaker's words"
# Between a state word and a force noun: "Israeli warplanes", "Russia's military aircraft".
FORCE_GAP = re.compile(r"^(?:['’]s?)?\s+(?:[a-z][a-z-]*\s+){0,2}$")


@dataclass(frozen=True, slots=True)
class StateRef:
    """A state or body named somewhere in the document."""

    sentence: int
    start: int  # article offset
    code: str
    kind: str
    text: str


@dataclass(frozen=True, slots=True)
class PersonRef:
    """A named person introduced with enough context to resolve later short references."""

    sentence: int
    start: int
    name: str
    country: str | None
    sector: str | None
    how: str
    context_ok: bool = False  # a state title with no country named: take the document's country
    office: str = ""  # the office a title or a leaders.tsv row names ("president", "prime minister")


@dataclass(frozen=True, slots=True)
class ForceRef:
    """A force noun named with its state ("Israeli warplanes"), for a later bare "the jets"."""

    sentence: int
    start: int
    group: str  # the synonym group of antecedents.tsv
    code: str
    sector: str | None
    text: str


@dataclass(frozen=True, slots=True)
class StatePair:
    """States coordinated in the text ("Peru and Chile", "Lima and Quito", "Peruvian, Chilean and Bolivian")."""

    sentence: int
    start: int  # article offset of the first
    codes: tuple[str, ...]


@functools.lru_cache(maxsize=None)
def antecedent_nouns(use: str) -> dict[str, str]:
    """Nouns of one `use` of antecedents.tsv ("person" or "force") → their group."""
    return {term: row[1] for row in data_rows("antecedents.tsv") if row[0] == use for term in split_list(row[2])}


# Three-letter codes of international bodies (bodies.tsv), which are not states: "the president" after
# the African Union was named is no AU official.
BODY_CODES = frozenset({"IGO", "UNO", "EUR"})


def is_state_code(code: str) -> bool:
    return len(code) == 3 and code not in BODY_CODES


def people_in(sentence: Sentence, hits: list[Hit], when: str | None) -> list[PersonRef]:
    """Titled names ("Pakistani Prime Minister Nawaz Sharif") and known office holders."""
    out = []
    for i, hit in enumerate(hits):
        if hit.term.kind == "leader":
            rows, in_office = leader_rows(hit.terms, when)
            former = not in_office and marked_former(sentence.text, hit.start)
            country, sector = office_reading(rows, in_office, former)
            how = "office holder" if in_office else "former office holder" if former else "not in office then"
            out.append(PersonRef(sentence.index, sentence.start + hit.start, rows[0].entity, country,
                                 sector, how, office=office_name(_latest(rows).use) if in_office else ""))
        elif hit.term.kind == "role" and hit.term.sector:
            person = _titled_name(sentence, hits, i)
            if person:
                out.append(person)
    return out


def _latest(rows: tuple[Term, ...]) -> Term:
    """The latest term among rows (without a publication date every term counts: the latest is the likeliest
    office a bare "the president" refers back to)."""
    return max(rows, key=lambda r: r.start)


def _titled_name(sentence: Sentence, hits: list[Hit], i: int) -> PersonRef | None:
    hit = hits[i]
    match = NAME_AFTER_TITLE.match(sentence.text, portfolio_end(sentence.text, hit.end))
    if not match:
        return None
    words = [w for w in match.group(1).split() if w not in NOT_NAMES]
    if len(words) < (1 if hit.term.use == "title" else 2) or any(
            _overlaps(h, match) and not _inner_place(h, match) for h in hits[i + 1:]):
        return None
    appositive = _appositive_country(sentence.text, hits, match.end(1))
    # "former Ghanaian foreign minister X, the ECOWAS envoy": a body's role set after the name says whom he acts
    # for, over his nationality (wire15), also for his later mentions by surname
    body = appositive if appositive and not is_state_code(appositive) else None
    country = body or _country_before(sentence.text, hits, i) or appositive \
        or _country_after_name(sentence.text, hits, match.end(1))
    return PersonRef(sentence.index, sentence.start + match.start(1), " ".join(words), country,
                     hit.term.sector, f"title '{hit.text}'", hit.term.context, hit.term.entity)


# "of"/"for" and a capitalised portfolio between a title and its holder's name, with no comma: "Minister of Water
# Resources and Irrigation Karim el-Shazly" (data/portfolios.tsv).
TITLE_PORTFOLIO = re.compile(r"\s+(?:of|for)\s+((?:[A-Z][\w'’-]*|and|&)(?:,?\s+(?:[A-Z][\w'’-]*|and|&))*)")


@functools.lru_cache(maxsize=1)
def portfolio_words() -> frozenset[str]:
    return frozenset(row[0] for row in data_rows("portfolios.tsv"))


def portfolio_end(text: str, at: int) -> int:
    """Where the holder's name starts after a title at `at`: past a portfolio of known words ("of Foreign Affairs")
    that ends on one of them, else `at` itself (a name right after the title, or none)."""
    match = TITLE_PORTFOLIO.match(text, at)
    if match is None:
        return at
    end, words = at, portfolio_words()
    for word in re.finditer(r"[^\s,]+", match.group(1)):
        if word.group() in words:
            end = match.start(1) + word.end()
        elif word.group() not in ("and", "&"):
            break
    return end


# A name set off after a state role: "Iran's top commander, Ali Rezaei," / "the Chilean envoy to the
# talks, Jorge Lagos," (a few lower-case words may complete the role first).
# The role may end in a place ("Ecuador's ambassador in Lima, X Y,"); the name may end the sentence
# ("… led by Chile's chief negotiator, X Y.").
ROLE_APPOSITIVE = re.compile(rf"((?:\s+[a-z][\w'’-]*){{0,6}}(?:\s+(?:in|to|at)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,2}})?"
                             rf",\s+)({NAME_WORD}(?:\s+(?:{NAME_LINK}\s+)?{NAME_WORD}){{1,3}})(?:,|\.?$)")


def appositive_names(sentence: Sentence, hits: list[Hit], people: list[PersonRef]) -> list[PersonRef]:
    """A person named in apposition to a state role with its country ("Peru's foreign minister, Ana
    Ruiz,"): that state's, so a later "General Ruiz" or bare "Ruiz" is not taken from the document's
    main country. Names already read as titled or known office holders are left as they are; of
    several roles before one name ("Iran's forces commander, X,") the last one with a country wins."""
    named = {p.start for p in people if p.sentence == sentence.index}
    found: dict[int, PersonRef] = {}
    for i, hit in enumerate(hits):
        if hit.term.kind != "role" or not hit.term.sector:
            continue
        owner = _portfolio_owner(sentence.text, hits, i)
        portfolio = PORTFOLIO.match(sentence.text, hit.end)
        match = ROLE_APPOSITIVE.match(sentence.text, hits[owner].end if owner else portfolio.end() if portfolio else hit.end)
        if match is None or sentence.start + match.start(2) in named or any(_overlaps(h, match, 2) for h in hits[i + 1:]):
            continue
        country = state_code(hits[owner]) if owner else _country_before(sentence.text, hits, i, PORTFOLIO_GAP)
        if set(match.group(2).split()) & NOT_NAMES or not (country or hit.term.context):
            continue
        # a state's role with no state named ("The Secretary of State for Foreign Affairs, X Y, said"): the person
        # takes the state the document context gives the role, so a later bare "Y" is that person (wire14)
        found[match.start(2)] = PersonRef(sentence.index, sentence.start + match.start(2), match.group(2).rstrip("."),
                                          country, hit.term.sector, f"named after the role '{hit.text}'",
                                          context_ok=not country, office=hit.term.entity)
    return list(found.values())


# A name set off before a state's role: "Ana Ruiz, Chile's foreign minister," / "X Y, the Peruvian envoy,".
NAME_BEFORE_ROLE = re.compile(rf"(?:^|[\s(\"“])({NAME_WORD}(?:\s+(?:{NAME_LINK}\s+)?{NAME_WORD}){{1,3}}),\s+(?:(?:the|a|an)\s+)?(?:(?:top|senior|veteran)\s+)?$")


def names_before_roles(sentence: Sentence, hits: list[Hit], people: list[PersonRef]) -> list[PersonRef]:
    """A person named just before a singular state role with its state set off by a comma ("Ana Ruiz, Chile's
    foreign minister, flew to Lima… Ruiz accused Peru"): that state's, so a later bare surname is too
    (issue #11: people named once with their role, then by surname). Names the gazetteer reads (a place,
    a state) or already read as people are left alone."""
    named = {p.start for p in people if p.sentence == sentence.index}
    out = []
    for i, hit in enumerate(hits):
        if hit.term.kind != "role" or not hit.term.sector or hit.text.lower() not in antecedent_nouns("person"):
            continue
        j = next((j for j in range(i - 1, -1, -1) if state_code(hits[j])), None)
        before = j is not None and _country_before(sentence.text, hits, i) == state_code(hits[j])
        # or after it: "Ana Ruiz, a spokeswoman for the Chilean foreign ministry," (whoacts2, own pages)
        code = state_code(hits[j]) if before else _owner_after(sentence.text, hits, i)
        if not code:
            continue
        match = NAME_BEFORE_ROLE.search(sentence.text[:hits[j].start if before else hit.start])
        if match is None or sentence.start + match.start(1) in named or set(match.group(1).split()) & NOT_NAMES \
                or any(h.start < match.end(1) and h.end > match.start(1) for h in hits):
            continue
        out.append(PersonRef(sentence.index, sentence.start + match.start(1), match.group(1), code,
                             hit.term.sector, f"named before the role '{hit.text}'", office=hit.term.entity))
    return out


# Between a role and the state its "of" phrase names, maybe through a capitalised portfolio: "the Minister of
# Information and Culture of Cameroon, X Y," / "the Minister of Foreign Affairs of Chile, X Y,".
PORTFOLIO_OF = re.compile(r"\s+of\s+(?:(?:[A-Z][\w'’-]*|and|&)\s+){0,4}?(?:of\s+)?(?:the\s+)?$")


# A capitalised portfolio after a role: "the Minister of Information and Culture", "the Minister for Foreign Affairs".
PORTFOLIO = re.compile(r"\s+(?:of|for)\s+[A-Z][\w'’-]*(?:\s+(?:and|&|[A-Z][\w'’-]*)){0,4}(?=,)")


def _portfolio_owner(text: str, hits: list[Hit], i: int) -> int | None:
    """Index of the state hit that owns the role hit `i` through an "of" phrase, when a name follows it
    set off by commas (wire10: a minister named with his portfolio and state, then by surname alone)."""
    if i + 1 < len(hits) and state_code(hits[i + 1]) and hits[i + 1].term.kind == "country" \
            and PORTFOLIO_OF.match(text[hits[i].end:hits[i + 1].start]) \
            and re.search(r"\bof\s+(?:the\s+)?$", text[hits[i].end:hits[i + 1].start]):
        return i + 1
    return None


def organ_roles_in(sentence: Sentence, hits: list[Hit]) -> list[PersonRef]:
    """State organs named with their state ("Peru's foreign ministry", "the army of Chile"), for a later
    bare "the ministry" / "the army" (see `coref.recent_organ`)."""
    out = []
    for i, hit in enumerate(hits):
        if hit.term.kind != "role" or not hit.term.context or hit.term.use not in ("role", "head", "title"):
            continue
        country = _country_before(sentence.text, hits, i) or _country_after(sentence.text, hits, i)
        if country:
            out.append(PersonRef(sentence.index, sentence.start + hit.start, "", country, hit.term.sector,
                                 f"role '{hit.text}'", office=hit.term.entity))
    return out


def person_roles(sentence: Sentence, hits: list[Hit], people: list[PersonRef]) -> list[PersonRef]:
    """Singular person roles named without a name ("Japan's foreign minister", "the envoy of Peru"),
    for a later "he"/"she"; a title followed by its holder's name is that person already."""
    named = {p.start for p in people if p.sentence == sentence.index}
    out = []
    for i, hit in enumerate(hits):
        if hit.term.kind != "role" or hit.text.lower() not in antecedent_nouns("person"):
            continue
        if (match := NAME_AFTER_TITLE.match(sentence.text, hit.end)) and sentence.start + match.start(1) in named:
            continue
        country = _country_before(sentence.text, hits, i) or _country_after(sentence.text, hits, i)
        reported = REPORTED if _in_words_of(sentence, people, hit.start) else ""
        out.append(PersonRef(sentence.index, sentence.start + hit.start, "", country, hit.term.sector,
                             f"role '{hit.text}'{reported}", hit.term.context, hit.term.entity))
    return out


def _in_words_of(sentence: Sentence, people: list[PersonRef], at: int) -> bool:
    """Whether a role at `at` (sentence offset) is named in what a person named before it in the sentence
    said: "Foreign Minister X said the Zambian ambassador had been received" (wire4)."""
    for person in (p for p in people if p.sentence == sentence.index):
        end = person.start - sentence.start + len(person.name)
        if end <= at and SAYING.search(sentence.text, end, at):
            return True
    return False


def _country_after(text: str, hits: list[Hit], i: int) -> str | None:
    """Country in an "of" phrase right after a role: "the foreign minister of Peru"."""
    if i + 1 < len(hits) and (code := state_code(hits[i + 1])) and \
            re.fullmatch(r"\s+of\s+(?:the\s+)?", text[hits[i].end:hits[i + 1].start]):
        return code
    return None


def forces_in(sentence: Sentence, hits: list[Hit]) -> list[ForceRef]:
    """Force nouns with a state word just before them: "Israeli warplanes", "Russia's military jets", "US
    jets". Words between a state name and the noun need a possessive: in "Paris said the junta…" the
    state is the speaker, not the junta's owner."""
    groups = antecedent_nouns("force")
    out = []
    for before, hit in zip(hits, hits[1:]):
        group = groups.get(hit.text.lower()) if hit.term.kind == "role" else None
        code = state_code(before)
        gap = sentence.text[before.end:hit.start]
        if group and code and FORCE_GAP.match(gap) and (before.term.kind == "demonym" or not gap.strip()
                                                        or gap.lstrip().startswith(("'", "’"))):
            out.append(ForceRef(sentence.index, sentence.start + before.start, group, code,
                                hit.term.sector, sentence.text[before.start:hit.end]))
    return out


# Between two coordinated state words: "Peru and Chile", "Peru, and Chile", "Peruvian and the Chilean".
PAIR_GAP = re.compile(r"^\s*,?\s*(?:and|&)\s+(?:the\s+)?$")
LIST_GAP = re.compile(r"^\s*,\s*(?:and\s+)?(?:the\s+)?$")


def pairs_in(sentence: Sentence, hits: list[Hit]) -> list[StatePair]:
    """Runs of different states named side by side ("Peru and Chile", "Peru, Chile and Ecuador"): the
    likeliest referents of a later "the two countries" / "the three countries" when the story has no
    clear pair of protagonists (see `coref.recent_states`)."""
    refs = [(h, code) for h in hits if (code := state_code(h)) and is_state_code(code)]
    text = sentence.text
    runs: list[list[tuple[Hit, str]]] = []
    for k, ref in enumerate(refs):
        joined = k > 0 and (PAIR_GAP.match(text[refs[k - 1][0].end:ref[0].start])
                            or LIST_GAP.match(text[refs[k - 1][0].end:ref[0].start]))
        if joined and runs:
            runs[-1].append(ref)
        else:
            runs.append([ref])
    out = []
    for run in runs:
        codes = tuple(dict.fromkeys(code for _, code in run))
        closed = len(run) >= 2 and PAIR_GAP.match(text[run[-2][0].end:run[-1][0].start])  # "A, B and C"
        if len(codes) == len(run) >= 2 and closed:
            out.append(StatePair(sentence.index, sentence.start + run[0][0].start, codes))
    return out


def organs_in(sentence: Sentence, hits: list[Hit]) -> list[PersonRef]:
    """A state organ followed by its own name: "Peru's customs authority, SUNAT,", "Kenya's revenue
    agency (KRA)", "Chile's maritime authority DIRECTEMAR". The name may then stand alone ("SUNAT said"),
    as the organ of that state."""
    out = []
    for i, hit in enumerate(hits):
        if hit.term.kind != "role" or hit.term.use != "role" or not hit.term.context or hit.term.sector is None:
            continue
        match = ORGAN_NAME.match(sentence.text, hit.end)
        country = _country_before(sentence.text, hits, i)
        if not match or not country or any(_overlaps(h, match) for h in hits[i + 1:]):
            continue
        name, group = match.group(match.lastindex), match.lastindex
        if name not in NOT_NAMES:
            out.append(PersonRef(sentence.index, sentence.start + match.start(group), name, country,
                                 hit.term.sector, f"own name of {country}'s '{hit.text}'"))
    return out


def _overlaps(hit: Hit, match: re.Match[str], group: int = 1) -> bool:
    return hit.start < match.end(group) and hit.end > match.start(group) and hit.term.kind != "role"


def _inner_place(hit: Hit, match: re.Match[str]) -> bool:
    """A town's name inside a person's name after its first word: a minister whose family name is a town's
    (wire4) is a person, not a place; a name that opens with a state or place word is not read as one."""
    return hit.term.kind in ("place", "capital") and hit.start > match.start(1)


# Between a person's name and an appositive role: "Colonel X Y, the Serbian attache".
APPOSITIVE_GAP = re.compile(r"^\s*,\s+(?:the|a|an)\s+$", re.IGNORECASE)
ROLE_GAP = re.compile(r"\s*,\s+(?:(?:the|a|an)\s+)?(?:(?:top|senior|chief|deputy)\s+)?")  # "X Y, commander of …"


def _appositive_country(text: str, hits: list[Hit], name_end: int) -> str | None:
    """Country of a role set in apposition right after a name ("Colonel X Y, the Serbian attache,"):
    the appositive says whose officer the person is, which outweighs the story's main country."""
    after = [j for j, h in enumerate(hits) if h.start >= name_end]
    if len(after) >= 2 and hits[after[0]].term.kind == "role" and hits[after[0]].term.sector \
            and ROLE_GAP.fullmatch(text[name_end:hits[after[0]].start]):
        return _owner_after(text, hits, after[0])  # "Rear Admiral X Y, commander of the Chinese navy's fleet,"
    if len(after) < 2 or not APPOSITIVE_GAP.match(text[name_end:hits[after[0]].start]):
        return None
    state, role = hits[after[0]], hits[after[1]]
    code = state_code(state)
    if code and role.term.kind == "role" and POSSESSIVE_GAP.match(text[state.end:role.start]):
        return code
    return None


# Between a role and the state whose organ it serves: "a spokeswoman for the Peruvian foreign ministry",
# "commander of the Chinese navy's southern fleet", "a diplomat at the Chilean embassy". Not "in" or "to":
# "the ambassador in Lima", "the envoy to Chile" name the host.
ROLE_OWNER_GAP = re.compile(r"\s+(?:of|for|at)\s+(?:the\s+)?")


def _owner_after(text: str, hits: list[Hit], i: int) -> str | None:
    """The state (or body) named right after the role hit `i` through "of", "for" or "at", by its name or its
    nationality word followed by an organ ("for the Peruvian foreign ministry"): whose official the role is.
    whoacts2: a person set off by such a role, then named by surname alone, was left without a state."""
    if i + 1 >= len(hits) or not (code := state_code(hits[i + 1])) or len(code) != 3 \
            or not ROLE_OWNER_GAP.fullmatch(text[hits[i].end:hits[i + 1].start]):
        return None
    owner, organ = hits[i + 1], hits[i + 2] if i + 2 < len(hits) else None
    if owner.term.kind == "demonym":  # "for the Peruvian people" names no organ
        return code if organ is not None and organ.term.kind == "role" and organ.term.sector \
            and ORGAN_GAP.fullmatch(text[owner.end:organ.start]) else None
    return code if owner.term.kind in ("country", "body") else None


ORGAN_GAP = re.compile(r"\s+(?:[a-z][a-z-]*\s+){0,2}")  # "Peruvian foreign ministry", "Chinese naval command"


def _country_after_name(text: str, hits: list[Hit], name_end: int) -> str | None:
    """Country of an "of" phrase right after a titled name ("President Luis Vera of Ecuador"), so that a
    later bare "Vera" is of that state too (the phrase itself was resolved by the parse, its repeats were not)."""
    after = next((h for h in hits if h.start >= name_end), None)
    if after is not None and after.term.kind == "country" and re.fullmatch(r"\s+of\s+(?:the\s+)?", text[name_end:after.start]):
        return state_code(after)
    return None


def _country_before(text: str, hits: list[Hit], i: int, gap: re.Pattern[str] = POSSESSIVE_GAP) -> str | None:
    """Country word right before a title: "Pakistani Prime Minister", "Iran's Foreign Minister"."""
    for j in range(i - 1, -1, -1):
        prev = hits[j]
        code = state_code(prev)
        if code and gap.match(text[prev.end:hits[j + 1].start]):
            return code
        if prev.term.kind != "role" or not POSSESSIVE_GAP.match(text[prev.end:hits[j + 1].start]):
            return None
    return None


# A full name right after a state's possessive: "Ecuador's Rafael Cordero" (two to four capitalised words).
POSSESSED_NAME = re.compile(rf"['’]s\s+({NAME_WORD}(?:\s+(?:{NAME_LINK}\s+)?{NAME_WORD}){{1,3}})(?![\w'’])")
# capitalised words that make such a phrase an institution, a place or a firm rather than a person
NOT_PERSON_WORDS = frozenset("Ministry Ministries Court Assembly Council Bank Army Navy Police Party Agency Service "
                             "Office Palace Committee Commission Company Corporation Airlines Airways University "
                             "Guard Force Forces Group Times News Radio Television Airport Port River Lake Island "
                             "Islands Mountains Province Region State States Republic Museum Stadium Cup League "
                             "Congress Senate Parliament Embassy Authority Board Fund Institute Corps Rifles Gendarmerie Command "
                             "Brigade Division Regiment Battalion Fleet Directorate Department Secretariat Cabinet "
                             "Administration Customs Coast Border Guards Service Services Unit Units Club".split())


def possessed_names(sentence: Sentence, hits: list[Hit], people: list[PersonRef]) -> list[PersonRef]:
    """A person named by full name after a state's possessive with no role ("spent six hours with Ecuador's
    Rafael Cordero"): that state's, so a later bare "Cordero" is not left without a state (wire18: the
    surname's refusal had no source). Names the gazetteer reads or already read as people are left alone."""
    named = {p.start for p in people if p.sentence == sentence.index}
    out = []
    for hit in hits:
        code = state_code(hit)
        if not code or hit.term.kind != "country" or not is_state_code(code):
            continue
        match = POSSESSED_NAME.match(sentence.text, hit.end)
        if match is None or sentence.start + match.start(1) in named:
            continue
        words = {w.rstrip(".") for w in match.group(1).split()}
        if words & NOT_NAMES or words & NOT_PERSON_WORDS or any(
                h.start < match.end(1) and h.end > match.start(1) for h in hits):
            continue
        out.append(PersonRef(sentence.index, sentence.start + match.start(1), match.group(1).rstrip("."), code, None,
                             f"named after '{hit.text}'s'"))
    return out
