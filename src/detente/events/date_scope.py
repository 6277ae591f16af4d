"""Which of a sentence's date mentions date its act: a date that bounds a state ("since 2011"), names
another act by its day ("over Wednesday's shelling"), sits in a relative clause or an aside that does not
hold the trigger, or is the planned day of a plan told as said ("said engineers would fly out on Friday")
is not the act's own day. events.dates resolves the mentions that are left.

Split out of events.dates (session 11) with no change in behaviour.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from detente.events.date_patterns import FUTURE_CUE, FUTURE_REACH, is_future

if TYPE_CHECKING:  # events.dates imports this module: its DateMention is only named in annotations here
    from detente.events.dates import DateMention

# A non-restrictive relative clause (", which abolished its army in 1948,") dates its own verb, not
# the sentence's: a date inside one is ignored for a trigger outside it.
RELATIVE_CLAUSE = re.compile(r",\s*(?:which|who|whose|whom|where)\b[^,;:()]*")
# A date after one of these bounds a state, not the act: "sanctions in place since 2011", "troops stay
# until 2025", "a deal by March". It dates no event.
BOUND = re.compile(r"\b(?:since|until|till|by)\s*$", re.I)


def bound_window(text: str, end: int) -> int:
    """Where BOUND can start matching in text[:end]: its word ends where the white space before `end`
    begins, and is at most five letters long, with one character before it for the \\b. Searching that
    window instead of the whole text before the date gives the same answer: a page's text has a hundred
    date mentions and was searched from its start for each (0.18 CPU s on 200 pages)."""
    start = end
    while start > 0 and text[start - 1].isspace():
        start -= 1
    return max(0, start - 6)


# A date that names a deadline it qualifies: "the March 15 deadline", "has not accepted the March 15 date" (eval/wire58
# w58_05, w58_06: the deadline to come dated the refusal, and as a past March, 2023-03-15, the paragraph's talks).
NAMED_LIMIT = re.compile(r"\s*(?:deadline|date|cut-?off|ultimatum|target date)\b", re.I)


def bounds_a_state(text: str, mention: DateMention) -> bool:
    """"since 2011", "until 2025", "by March": the date bounds a state or sets a deadline; the act is
    not dated by it."""
    if BOUND.search(text[bound_window(text, mention.start):mention.start]) or NAMED_LIMIT.match(text, mention.end):
        return True
    # the year and bare-month patterns take their preposition into the match
    return mention.kind in ("year", "bare-month") and BOUND.match(mention.text.split()[0] + " ") is not None


# A date after a start marker ("from 15 July", "as of Monday", "with effect from January 1", "beginning next
# month") under a decision already taken ("decided to open", "agreed to lift", "announced it would") is the day the
# decided act is to start, not the day of the decision: "The two officials decided to open from 15 July a direct
# telephone line" (eval/wire8: the decision, made the day before the page, dated 15 July and made pending because
# that day was after the page). The act is dated as if the sentence stated no date.
START_MARK = re.compile(r"\b(?:from|starting(?:\s+(?:from|on|in))?|as\s+(?:of|from)|effective(?:\s+(?:from|on))?|"
                        r"with\s+effect\s+from|beginning(?:\s+(?:on|in|from))?|commencing(?:\s+on)?)\s*$", re.I)
# A promise or a "would" names such an act too: "came away with a promise that consignments would be sampled at
# the frontier, starting on Wednesday" (eval/wire8 w8_03: the Wednesday to come, read as the past one, was carried
# to the paragraph's next sentence as its scene's day)
DECISION = re.compile(r"\b(?:decided|agreed|resolved|voted|announced|pledged|promised|promise|undertook|"
                      r"committed\s+themselves|ordered|approved|would)\b", re.I)
START_REACH = 12  # characters before a date searched for its start marker ("with effect from")


def starts_decided_act(text: str, mention: DateMention) -> bool:
    """Whether the mention is the start of an act decided earlier in its sentence (START_MARK, DECISION)."""
    lead = text[max(0, mention.start - START_REACH - 10):mention.start]
    # the year and bare-month patterns take their preposition ("from July", "from 2010") into the match
    marked = START_MARK.search(lead) or (mention.kind in ("year", "bare-month")
                                         and mention.text.split()[0].lower() == "from")
    return bool(marked) and DECISION.search(text, 0, mention.start) is not None


# A bound followed by a "when" clause names the moment the state began, and the clause tells what happened
# then: "held in Murmansk since Tuesday, when a patrol ship put an armed team aboard" (eval/wire8: the boarding
# dated by the page, four days late). An act inside that clause is of the bound's day.
WHEN_CLAUSE = re.compile(r",?\s*when\b[^;:()]*", re.I)


def bound_names_moment(text: str, mention: DateMention, trigger_offset: int) -> bool:
    """Whether the trigger sits in a "when" clause that follows the bounding date (WHEN_CLAUSE)."""
    clause = WHEN_CLAUSE.match(text, mention.end)
    return clause is not None and clause.start() <= trigger_offset < clause.end()


# A date in the possessive names an earlier event by its day ("over Wednesday's shelling", "the men
# behind Sunday's attack"): it dates the noun after it, not the sentence's act ("said on Thursday it had
# deployed troops over Wednesday's shelling", eval/wire4: 4 acts dated by the event they answer).
POSSESSIVE = re.compile(r"['\u2019]s\b\s*")
POSSESSED_REACH = 3  # words after "'s" that the possessed noun phrase may span ("Sunday's deadly border attack")
# ... but one that opens the sentence as its setting, "At Tuesday's meeting, the two ministers agreed to ...", is the
# day of the act told in it (eval/wire17: an agreement dated by the lead's day, a day late)
SETTING = re.compile(r"^\W*(?:at|during)\s+$", re.I)
# ... and so is one the act is told at, after its verb: "said Serbia had accepted the proposal at Monday's meeting in
# Brussels" (eval/wire40 w40_10: dated by the lead's Wednesday, two days late), "signed a freeze at Monday's meeting"
# Not past a comma: "proposing a meeting ..., and that the president, during Sunday's telephone conversation ..., had
# offered" tells the call's day for another clause's act (eval/wire23 w23_06: the proposed meeting lost its Monday)
AT_GATHERING = re.compile(r"\b(?:at|during)\s+$", re.I)


# A year written between "the" and a noun after the trigger names a thing of that year the act cites ("asks
# for consent, as the 1988 Arctic Co-operation Agreement requires", "accused it of breaking the 1994 accord"):
# it dates that thing, not the act (eval/wire10: a diplomatic note of 1990 dated 1988 by the agreement it cites).
ATTRIBUTIVE_YEAR = re.compile(r"(?:of\s+)?the\s+(?:19|20)\d\d$", re.I)
# "twenty years after the 1999 war", "on the tenth anniversary of the 2009 accord": the year is the thing's the
# act is counted from, not the act's (fixture pages of tests/events/test_events_dates_pages.py)
COUNTED_FROM = re.compile(r"\b(?:anniversary|years?|decades?)\s+(?:after|since|of|on\s+from)\s*$", re.I)
BEFORE_NOUN = re.compile(r"[ \t]+(?=[A-Za-z])(?!(?:and|or|to|in|on|at|by|for|of|as|when|after|before|that|which|"
                         r"was|were|is|are|had|has)\b)")


def names_other_act(text: str, mention: DateMention, trigger_offset: int) -> bool:
    """Whether the mention is a possessive ("Sunday's attack") or a year before a noun ("the 1988 agreement")
    whose noun phrase does not hold the trigger."""
    if mention.kind == "year" and ATTRIBUTIVE_YEAR.match(mention.text):
        # only a thing the act cites after its trigger: before it, the thing is often the act's own doer ("the
        # 2018 ruling of the Court, which rejected the claim", eval/wire9), but not a thing the act is counted
        # from ("Twenty years after the 1999 war, the two states signed …")
        cited = trigger_offset < mention.start or COUNTED_FROM.search(text, 0, mention.start) is not None
        mark = BEFORE_NOUN.match(text, mention.end) if cited else None
    else:
        mark = POSSESSIVE.match(text, mention.end)
        mark = None if mention.kind in ("iso", "year", "year-range", "decade") else mark
    if mark is None:
        return False
    phrase = re.match(r"(?:[\w-]+\s+){0,%d}[\w-]+" % (POSSESSED_REACH - 1), text[mark.end():])
    phrase_end = mark.end() + (phrase.end() if phrase else 0)
    if SETTING.match(text, 0, mention.start) and text.startswith(",", phrase_end) and trigger_offset > phrase_end:
        return False
    if AT_GATHERING.search(text, 0, mention.start) and trigger_offset < mention.start \
            and not re.search(r"[,;:]", text[trigger_offset:mention.start]):
        return False
    if mention.start <= trigger_offset < phrase_end:
        return False
    return not _in_relative_on(text, phrase_end, trigger_offset)


# A relative clause on the possessed noun tells the act of that day: "during Tuesday's firefight near the gate,
# which officials say was started by troops firing on a post" (eval/wire4: the firing dated by the page's lead).
# A "where" / "at which" clause on a gathering is of its day too: "The shuttle followed Monday's session in Kigali,
# where Rwanda refused a Ugandan request" (eval/wire37 w37_03: the refusal dated by the lead's Tuesday).
RELATIVE_ON_NOUN = re.compile(r"(?:\s*[\w-]+){0,%d}\s*,\s*(?:which|that|where|(?:in|during|at)\s+which)\b[^,;:()]*"
                              % POSSESSED_REACH)


def _in_relative_on(text: str, phrase_end: int, trigger_offset: int) -> bool:
    """Whether the trigger sits in a relative clause opened just after a possessed noun phrase (its
    prepositional tail of up to POSSESSED_REACH words between)."""
    clause = RELATIVE_ON_NOUN.match(text, phrase_end)
    return clause is not None and phrase_end <= trigger_offset < clause.end()


_ASIDE_MARK = re.compile(r"[,;()\u2013\u2014]")


def in_aside(text: str, mention: DateMention, trigger_offset: int) -> bool:
    """Whether the mention sits in an aside set off by commas, brackets or dashes on both sides that
    does not hold the trigger ("pressed X, arguing that the formula, set in the 1990s, was out of date")."""
    before = [m.end() for m in _ASIDE_MARK.finditer(text, 0, mention.start)]
    after = _ASIDE_MARK.search(text, mention.end)
    if not before or after is None:
        return False
    return not before[-1] <= trigger_offset < after.start()


def in_other_clause(text: str, mention: DateMention, trigger_offset: int) -> bool:
    """Whether the mention sits in a relative clause that does not hold the trigger."""
    for clause in RELATIVE_CLAUSE.finditer(text):
        if clause.start() <= mention.start and mention.end <= clause.end():
            return not clause.start() <= trigger_offset < clause.end()
    return in_contact_clause(text, mention, trigger_offset)


# A reduced relative clause set off by a comma after the trigger tells the act of its past participle, on that
# act's day: "would close its airspace if the crossing, shut by Senegal on Tuesday, was not open again"
# (eval/wire15: a threat dated by the closure), "asked Bahrain to release nine fishermen and return their two
# boats, seized by the coast guard on Monday" (eval/wire15: the request dated by the seizure), "had accepted an
# offer by the Nigerian head of state ..., made in messages to both capitals on Monday" (eval/wire10). The
# participle is a regular "-ed" form or an irregular one of cues.tsv (kind participle); a preposition or a day
# word follows it, so a finite verb with its object (", fired a shell on Monday") is not taken for one.
REDUCED_CLAUSE = re.compile(r",\s*(?:(?:already|later|first|also|then|recently|previously|only|itself)\s+)?"
                            r"([a-z]+)\s+(?:by|in|at|on|near|off|from|during|after|under|over|with|to|into|for|"
                            r"along|across|outside|inside|last|earlier|this|the\s+day)\b[^,;:()\u2013\u2014]*")
# The noun just before the comma may be the act itself, which the clause dates: "the sanctions on Iran,
# announced on Monday," (the trigger in these words before the comma keeps the date)
HEAD_WORDS = 3


def is_participle(word: str) -> bool:
    from detente.events.lexicon import cue_words  # lexicon is loaded lazily: this module is imported early
    return (len(word) > 4 and word.endswith("ed")) or word in cue_words("participle")


def in_reduced_clause(text: str, mention: DateMention, trigger_offset: int) -> bool:
    """Whether the mention sits in a reduced relative clause (REDUCED_CLAUSE) opened after the trigger and
    its head noun."""
    for clause in REDUCED_CLAUSE.finditer(text, trigger_offset):
        if not clause.start() <= mention.start < clause.end():
            continue
        head = re.search(r"(?:\S+\s+){0,%d}\S*$" % HEAD_WORDS, text[:clause.start()])
        return is_participle(clause[1]) and trigger_offset < (head.start() if head else clause.start())
    return False


# A relative clause without "that", its own subject a pronoun, on a noun after the trigger: "withdrew the
# complaint it had lodged with the Commission a week earlier", "dropped the heart of the rule it imposed
# nine days ago" (eval/wire10, eval/wire8: the act dated by the earlier act its object names).
CONTACT_CLAUSE = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,4}?[a-z][\w-]*\s+"
                            r"(?:it|they|he|she|we)\s+(?:had\s+)?(?:(?:already|just|also|first)\s+)?[a-z]+ed\b[^,;:()]*")


def in_contact_clause(text: str, mention: DateMention, trigger_offset: int) -> bool:
    """Whether the mention, after the trigger, ends a contact clause (CONTACT_CLAUSE, or a request's with a named
    maker, `_request_clause`) begun after it."""
    if mention.start <= trigger_offset:
        return False
    # the clause runs on to the date with no punctuation between
    return any(c.end() == mention.start for pattern in (CONTACT_CLAUSE, _request_clause())
               for c in pattern.finditer(text, trigger_offset, mention.start))


@functools.cache
def _request_clause() -> re.Pattern[str]:
    """A request noun (cues.tsv `proposal`) and a relative clause whose subject is a name: "said on Thursday there
    was no need ..., effectively turning down a request Belgrade sent on Tuesday" (wire40 w40_12: the refusal,
    the sayer's, was dated by the request's Tuesday; events/request_makers.py reads the same clause's maker)."""
    from detente.events.lexicon import cue_words  # lexicon is loaded lazily: this module is imported early
    nouns = "|".join(sorted(map(re.escape, cue_words("proposal"))))
    return re.compile(r"\b(?:%s)s?\s+(?:that\s+|which\s+)?(?:[A-Z][\w'-]+\s+){1,3}(?:had\s+|has\s+)?[a-z]+\b[^,;:()]*"
                      % nouns)


# A plan told in what someone said ("Prescott said engineers would fly out on Friday", "the minister said on
# Thursday that the ship would sail on Saturday"): the report is of the day it was said, which is the day the
# benchmark gives the act (eval/wire4: 5 acts dated by the planned day, 2 of them a week later). A plan told
# without a speaker ("the committee is to convene on 27 March", "a plane is expected on Friday") keeps its day.
SPEECH_VERB = re.compile(r"\b(?:said|says|announced|told|stated|confirmed|added)\b", re.I)


SPEECH_DAY_GAP = 5  # characters between a speech verb and its own day: "said on Thursday", "on Thursday said"


def said_plan(text: str, mention: DateMention, trigger_offset: int) -> re.Match[str] | None:
    """The speech verb (before the trigger) in whose complement a future-cued date sits; None if none."""
    if not mention.future:
        return None
    verbs = [v for v in SPEECH_VERB.finditer(text, 0, mention.start) if v.end() <= trigger_offset]
    return verbs[-1] if verbs else None


def speech_day(verb: re.Match[str], mentions: list[DateMention]) -> DateMention | None:
    """The date written next to the speech verb ("said on Thursday that …"), if any."""
    return next((m for m in mentions if 0 <= m.start - verb.end() <= SPEECH_DAY_GAP
                 or 0 <= verb.start() - m.end <= SPEECH_DAY_GAP), None)


# A wire dateline's date ("BAKU, April 9 —", "OSLO, Sept. 15, 2021 (PPA) --") is the day the report was filed,
# not the act's. Plain text has its dateline split off (clean.text_segmenter.split_wire_dateline), but an HTML
# page's paragraph keeps it, and there it was nearer the trigger than the act's own day: "BAKU, April 9 — troops
# shelled a border post on Tuesday" was dated April 9 (newcomer6: a shelling a day late, one outlet's report
# split into an incident of its own).
DATELINE_CITY = re.compile(r"^\W*[A-Z][A-Z'\u2019.\-]+(?:[ /][A-Z][A-Z'\u2019.\-]+){0,3}(?:,\s*[A-Z][a-z]+\.?)?,?\s*$")
DATELINE_TAIL = re.compile(r"^(?:,?\s*(?:19|20)\d\d)?\s*(?:\([^()\n]{1,40}\)\s*)?(?:-{1,2}|\u2014|\u2013)")


def is_dateline_date(text: str, mention: DateMention) -> bool:
    """Whether the mention is the date of a wire dateline opening the sentence: a place in capitals (", State"),
    the date, an optional agency in brackets, a dash."""
    return DATELINE_CITY.match(text[:mention.start]) is not None and DATELINE_TAIL.match(text[mention.end:]) is not None


# A nominal act with its determiner and its own day written after it, in its noun phrase: "summoned the ambassador
# on Friday morning to protest against the arrest of two border policemen by the gendarmerie near Gmünd on Thursday
# evening" (eval/wire14: the arrest dated by the summons's Friday, the nearer day). The words between are the
# phrase's own (of, by, near, in ... with their nouns): no punctuation, and no word that opens another clause or an
# act the noun answers ("a protest over the shelling on Saturday": the day is the shelling's).
DETERMINED = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that)\s+(?:[\w-]+\s+){0,2}$", re.I)
PHRASE_GAP = re.compile(r"[\w-]+(?:\s+[\w'\u2019-]+){0,14}\s+$")
OTHER_ACT = re.compile(r"\b(?:that|which|who|whom|whose|when|while|after|before|following|over|about|for|against|"
                       r"and|or|but|as|to|was|were|is|are|be|been|had|has|have|said|says|would|will)\b", re.I)


def in_noun_phrase(text: str, mention: DateMention, trigger_offset: int) -> bool:
    """Whether the mention ends the noun phrase of a determined noun trigger (DETERMINED, PHRASE_GAP, OTHER_ACT)."""
    if mention.start <= trigger_offset or not DETERMINED.search(text, max(0, trigger_offset - 40), trigger_offset):
        return False
    gap = text[trigger_offset:mention.start]
    return PHRASE_GAP.fullmatch(gap) is not None and OTHER_ACT.search(gap) is None



# A day that opens another predicate of the sentence is that predicate's, not the trigger's, when the sentence
# writes another day: "arrived in Manila on Monday for a three-day official visit and yesterday signed a loan"
# (eval/wire16: the visit dated by the signing's "yesterday", the nearer day), and "tank companies sent to Mae Sot
# earlier in the week began pulling back on Thursday" (eval/wire20: the pull-back dated by the sending, a reduced
# relative clause on the subject). Such a day only gives way to another (events.dates ranks it after the others).
AND_BEFORE = re.compile(r"\b(?:and|but)\s+(?:then\s+)?(?:(?:on|in|at)\s+)?$", re.I)
NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
SUBJECT_PARTICIPLE = re.compile(r"^\W*(?:[\w'\u2019-]+\s+){1,5}?([a-z]+)\s+(?:to|in|at|from|into|on|across|near|by|"
                                r"off|along|for)\s+[^,;:()\u2013\u2014]*$")
NOT_A_VERB = frozenset("and or but nor in at on to for of with by from the a an as than after before near off "
                       "into over under across along".split())


def opens_other_predicate(text: str, mention: DateMention, trigger_offset: int) -> bool:
    """Whether the mention opens a coordinated predicate after the trigger ("and yesterday signed") or ends a
    reduced relative clause on the subject before it ("companies sent to Mae Sot earlier in the week began …")."""
    after = NEXT_WORD.match(text, mention.end)
    if after is None or after[1] in NOT_A_VERB:
        return False
    if mention.start > trigger_offset:
        return AND_BEFORE.search(text, trigger_offset, mention.start) is not None and is_participle(after[1])
    if after.end() > trigger_offset:
        return False  # the word after the day is the trigger's own verb ("on Monday shelled")
    clause = SUBJECT_PARTICIPLE.match(text[:mention.start])
    return clause is not None and is_participle(clause[1])


def planned_after_trigger(text: str, mention: DateMention, trigger_offset: int) -> bool:
    """Whether a future-cued day after the trigger is a plan's day told in another clause of a past act: "The two
    sides agreed that a working group would meet in September", "accused ... and said his government would seek
    heavier fines in a law to be placed before Parliament next year" (eval/wire24, eval/wire22: the agreement and
    the charge dated by the planned month and year). The cue must follow the trigger, and the trigger's own clause
    carry none ("would meet in September" keeps its day)."""
    if not mention.future or mention.start <= trigger_offset or is_future(text, trigger_offset):
        return False
    trigger_end = trigger_offset + len(re.match(r"\w*", text[trigger_offset:]).group(0))
    window = max(trigger_end, mention.start - FUTURE_REACH)
    clause = window + len("".join(re.split(r"([,;:.])", text[window:mention.start])[:-1]))
    return FUTURE_CUE.search(text, clause, mention.start) is not None


# "The visit came two weeks after a navy patrol boat stopped a launch near Pilar on May 3": the clause "two weeks
# after" introduces writes its own day, which dates its act; counted back from it, the stop was dated two weeks
# early (eval/wire29).
def in_shifted_clause(text: str, shift: DateMention, mention: DateMention) -> bool:
    """Whether the mention sits after a "<n> days after" mention (`shift`) with no clause mark between them."""
    return shift.end <= mention.start and re.search(r"[,;:.]", text[shift.end:mention.start]) is None
