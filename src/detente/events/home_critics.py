"""A legislator, an opposition figure or a party that criticises, accuses or urges "the government" speaks of
its own state's government, not of the story's other state: "A Croatian opposition MP accused the government of
handing our sea to Rome" (wire29), "Several members of the Bosnian parliament accused the Council of Ministers"
(wire27), "Opposition MP X criticised the government for allowing Malawi to win" (wire26). The document
counterpart (events/counterpart.py) gave each of these the other state as target: three ACCUSE false positives.
An act whose sources are all of such home sectors and whose object is a role noun of a state organ with no
state or the critic's own (the actors stage's reading of "the government") gets none.

A state's request addressed to its own organ is likewise one at home: "the president asked the interior minister
to reinforce the border posts", "the council asked the government to reinforce its border posts" (wire41),
"the Head of State has asked the Minister of External Relations to brief ..." (wire34), "urged parliament to
approve ...". The counterpart made each a REQUEST of the other state (session 29's count of wrong-party false
rows). A request whose object is such an organ (cues.tsv `homeorgan`, the head noun), unnamed or of the
requester's own state, gets no counterpart; an envoy ("asked the ambassador to explain") is no home organ.
So is a state's thanks or praise for its own soldiers, troops or government ("He thanked soldiers for a week of
vigilance", wire40: SUPPORT of the other state); soldiers and troops count only for thanks (cue value
`support`): "urged the troops to withdraw" may mean the other side's."""
from __future__ import annotations

from detente.actors.agency_names import STATE_SECTORS
from detente.actors.coref import is_state_code
from detente.events.lexicon import cue_words
from detente.events.role_actors import mention_at
from detente.events.triggers import children
from detente.records import Event, Mention, Sentence

HOME_SECTORS = frozenset({"LEG", "OPP", "PTY"})  # actors/data/roles.tsv: legislature, opposition, party
OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
# Charges only: a request of the same critics ("lawmakers urged the government to recall its ambassador", wire27)
# stayed open too, and its counterpart row had been the page's only match for the president's letter asking the
# other state for a mandate (a core event found by the wrong sentence): leaving requests alone keeps that match.
CHARGES = frozenset({"ACCUSE"})
# "the two governments", "both armies": a mediator's request to the two sides, not to its own organ
BOTH_SIDES = frozenset({"both", "two", "each"})
# a request to, or thanks for, one's own organ ("thanked the soldiers for their vigilance", wire40 w40_12)
HOME_ACTS = frozenset({"REQUEST", "SUPPORT"})
# a people ("Canadians ... called on the government") is no state organ; its request stays open (wire37 w37_05:
# the row matched a core want of the other state's cooperation the coder does not code, R 0.716 -> 0.701 without this)
PEOPLE = "→ nationality"


def home_critic(sentence: Sentence, trigger: int, events: list[Event], mentions: list[Mention]) -> bool:
    """Whether the trigger's charges are all made by legislators, opposition or party and its object is an
    unnamed organ or the critic's own."""
    if not events or not all(e.source.sector in HOME_SECTORS and e.event_type in CHARGES for e in events):
        return False
    own = {e.source.country for e in events}
    return any(_own_organ(sentence, o.i, mentions, own) for o in _objects(sentence, trigger))


def home_request(sentence: Sentence, trigger: int, events: list[Event], mentions: list[Mention]) -> bool:
    """Whether the trigger's acts are all requests of one state's organs (not the home critics above, whose
    requests stay open: wire27's lawmakers) addressed to an organ of that state or of none."""
    if not events or any(e.event_type not in HOME_ACTS or e.source.sector in HOME_SECTORS
                         or PEOPLE in e.source.resolution or not is_state_code(e.source.country or "") for e in events):
        return False
    own = {e.source.country for e in events}
    thanks = all(e.event_type == "SUPPORT" for e in events)
    return any(_home_organ(sentence, o.i, thanks) and _own_organ(sentence, o.i, mentions, own)
               for o in _objects(sentence, trigger))


def _home_organ(sentence: Sentence, i: int, thanks: bool) -> bool:
    token = sentence.tokens[i]
    kind = cue_words("homeorgan").get(token.lemma.lower())
    return kind is not None and (thanks or kind != "support") and not any(
        c.lemma.lower() in BOTH_SIDES for c in children(sentence, i) if c.dep in ("det", "nummod", "predet"))


def _objects(sentence: Sentence, trigger: int) -> list:
    """The direct object, or what "called on" is said of ("called on the government to suspend ...")."""
    kids = children(sentence, trigger)
    called_on = [c for c in kids if c.dep == "prep" and c.lemma.lower() == "on"]
    return [c for c in kids if c.dep in OBJECT_DEPS] + [g for c in called_on for g in children(sentence, c.i)
                                                        if g.dep == "pobj"]


def _own_organ(sentence: Sentence, i: int, mentions: list[Mention], own: set[str | None]) -> bool:
    """An organ's role noun ("the government", "the Council of Ministers") the actors stage left unnamed or gave
    the critic's own state: the critic's state is not the target, so the act stayed open for the counterpart."""
    mention = mention_at(sentence, i, mentions)
    return mention is not None and mention.kind == "role" and mention.sector in STATE_SECTORS \
        and (mention.country is None or mention.country in own)
