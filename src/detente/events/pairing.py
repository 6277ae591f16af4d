"""Which source-target pairs one coded act gives: each source with each target; the coordinated subjects of
a symmetric act with each other ("Chile and Peru signed a treaty"); both directions of a mutual act or one done
on something the parties share ("Chile and Peru reopened their border"). coder.py calls these."""
from __future__ import annotations

from detente.events.lexicon import SYMMETRIC
from detente.events.tree import children
from detente.records import Actor, Sentence, Token

SHARED_NOUNS = frozenset({"border", "frontier"})  # "X and Y reopened the border": the one between them


def best_actors(actors: list[Actor]) -> list[Actor]:
    """Resolved actors if any; otherwise only the first unresolved phrase ("monitoring and verification")."""
    resolved = [a for a in actors if a.country]
    return resolved or actors[:1]


def party_pairs(event_type: str, sources: list[Actor], targets: list[Actor], mutual: bool,
           listed: bool = False) -> list[tuple[Actor, Actor | None]]:
    """Source × target pairs; coordinated subjects of a symmetric act pair with each other; 'between' is mutual.
    `listed`: the source is the first of a 'between' list ("an agreement reached between X, Y and Z"), whose
    other members are the targets; in a symmetric act they are parties with each other too."""
    sources, targets = best_actors(sources), best_actors(targets)
    listed_pairs = [(a, b) for n, a in enumerate(targets) for b in targets[n + 1:] if a.country != b.country
                    and not _one_side(a, b, sources)] if listed and event_type in SYMMETRIC else []
    own = {s.country for s in sources}
    # "Norwegian and Danish diplomats met in Oslo": a place among the parties is no third party
    if event_type in SYMMETRIC and len(sources) > 1 and not any(t.country and t.country not in own for t in targets):
        return [(a, b) for n, a in enumerate(sources) for b in sources[n + 1:] if not _one_side(a, b, sources)]
    pairs = [(s, t) for s in sources for t in (targets or [None])]
    if mutual and event_type not in SYMMETRIC:
        pairs += [(t, s) for s, t in pairs if t is not None]
    return pairs + listed_pairs


def _one_side(a: Actor, b: Actor, sources: list[Actor]) -> bool:
    """"X's prime minister and the foreign ministers of Y and Z signed the accords": Y and Z, named in one
    phrase beside another party, are co-signatories on one side of the deal, not its two parties (realnews:
    two accords signed with one state coded as a pact between the other two). Alone ("the ministers of Y and
    Z met") the phrase names both parties."""
    return a.text == b.text and any(s.text != a.text for s in sources)


def shared_object(sentence: Sentence, i: int) -> bool:
    """"Chile and Peru reopened their border", "… the border between the two nations", "… the border":
    the parties act on something they share, so each acts toward the other (as with a mutual verb)."""
    return any(o.dep == "dobj" and (o.lemma.lower() in SHARED_NOUNS or any(_shared_mark(m) for m in children(sentence, o.i)))
               for o in children(sentence, i))


def _shared_mark(m: Token) -> bool:
    return (m.dep == "poss" and m.text.lower() == "their" or m.dep == "amod" and m.text.lower() in ("shared", "common")
            or m.dep == "prep" and m.text.lower() == "between")


LABEL_ARCS = frozenset({"compound", "amod", "nmod"})
# Only a body's name is read as a label: a capital's ("Uganda and Rwanda sign Luanda memorandum") names the host,
# who may be a party to the deal (wire37: Angola signed it as guarantor; gold AGO-RWA and AGO-UGA).
BODY_SECTOR = "IGO"


def labelled_object(sentence: Sentence, i: int, targets: list[Actor]) -> bool:
    """Every target is only a name on the common noun agreed ("Greece and Turkey agree NATO hotline": NATO labels
    the hotline, the two states agree with each other; wire37, once "Greece, Turkey agree ..." was read as a pair,
    nlp/headline_pairs.py). Only a body (BODY_SECTOR) and only for several coordinated parties (coder.py); a target that is the object itself or
    stands in a phrase ("agreed with NATO on ...") is kept."""
    objects = [o for o in children(sentence, i) if o.dep == "dobj" and o.tag in ("NN", "NNS")]
    labels = {m.text for o in objects for m in _labels(sentence, o.i, 2) if m.tag in ("NNP", "NNPS")}
    return bool(targets) and all(t.text in labels and t.sector == BODY_SECTOR for t in targets)


def _labels(sentence: Sentence, i: int, depth: int) -> list[Token]:
    """The modifiers of token i, and theirs, `depth` levels down. A name with a quotation mark after it is parsed
    as a possessive ("NATO 'deconfliction' hotline": NATO poss of deconfliction); a true possessive ("NATO's
    plan": its "'s" tagged POS) names an owner, not a label, and is left out."""
    out = []
    for m in children(sentence, i):
        if m.dep in LABEL_ARCS or (m.dep == "poss" and not any(c.tag == "POS" for c in children(sentence, m.i))):
            out += [m] + (_labels(sentence, m.i, depth - 1) if depth > 1 else [])
    return out


def third_party(target: Actor, own: set[str | None]) -> bool:
    """A target of a mutual act ("X and Y exchanged the bodies of soldiers") that is a state apart from its doers.
    People or forces whose state was only guessed from the page ("soldiers", read as the page's main state) are
    not: what two parties exchange is their own (wire36 w36_04: the soldiers' bodies were read as Georgia's, the
    state of the page's headline, and the exchange became two handovers to Georgia)."""
    return bool(target.country) and target.country not in own and "from document context" not in target.resolution




# Mutual acts a 'with' partner does back: fire exchanged, a clash, a prisoner swap, accusations traded. Not a border
# reopened "with" a neighbour (sent-dev6 0054: one state's crossings), which the shared-object rule reads.
RETURNED_IN_KIND = frozenset({"ASSAULT", "RETREAT", "ACCUSE"})


def mutual_partner(entry, how: str, sentence: Sentence, i: int) -> bool:
    """A mutual act done "with" a partner ("Congolese troops exchanged fire with Rwandan soldiers", sent-dev23
    0078; "X exchanged prisoners with Y"): the partner acts on the doer too. Only a 'with' on the verb itself:
    not a place ("exchanged fire with militants in X"), nor an addressee ("told them X would not reopen the
    border until ...", sent-dev5 0064: the refusal is one side's)."""
    if not entry.mutual or entry.event_type not in RETURNED_IN_KIND or how in ("place", "struck-place", "none"):
        return False
    return any(c.dep == "prep" and c.lemma.lower() == "with" for c in children(sentence, i))
