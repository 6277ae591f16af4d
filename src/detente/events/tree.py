"""Walking the dependency parse of one sentence: a token's dependents, its subtree, its folded lemmas.
The lowest layer of the events stage (triggers, predicates and the argument readers all build on it)."""
from __future__ import annotations

from detente.events.lexicon import cue_words, fold_spelling
from detente.records import Sentence, Token

_CHILDREN: list = [None, {}]  # the last sentence asked about, and its head → dependents table


def children(sentence: Sentence, i: int) -> list[Token]:
    """The dependents of token i, in text order. The table is built once per sentence (the coder
    asks this hundreds of times of one sentence; a scan of all tokens each time was a tenth of the
    events stage); holding the sentence itself, not its id, means a new sentence can never hit it."""
    if _CHILDREN[0] is not sentence:
        table: dict[int, list[Token]] = {}
        for t in sentence.tokens:
            if t.head != t.i:
                table.setdefault(t.head, []).append(t)
        _CHILDREN[:] = [sentence, table]
    return list(_CHILDREN[1].get(i, ()))


def subtree(sentence: Sentence, i: int) -> set[int]:
    """Token i and every token under it in the parse."""
    children(sentence, i)  # the sentence's head → dependents table, read below without a copy per token
    table = _CHILDREN[1]
    keep, frontier = {i}, [i]
    while frontier:
        frontier = [k.i for j in frontier for k in table.get(j, ()) if k.i not in keep]
        keep.update(frontier)
    return keep


def below(sentence: Sentence, i: int, depth: int) -> list[int]:
    """Tokens under `i` up to `depth` steps, its subject left out (who speaks is neither addressed nor the
    condition): the near object of a trigger without the whole subtree (counterpart's bereaved kin, a warning's
    deep "if")."""
    found, frontier = [], [c.i for c in children(sentence, i) if c.dep not in ("nsubj", "nsubjpass", "agent")]
    for _ in range(depth):
        found += frontier
        frontier = [c.i for j in frontier for c in children(sentence, j)]
    return found


def folded_lemmas(token: Token) -> set[str]:
    """The token's lemma and text, spelling folded; a '-men' plural the tagger and lemmatizer left whole (tagged a
    singular noun) also as its '-man' singular (reqs2: "released three servicemen" missed the listed 'serviceman',
    while "guardsmen" was lemmatized; short words such as "omen" are left alone)."""
    lemma = fold_spelling(token.lemma)
    plural = [lemma[:-3] + "man"] if lemma.endswith("men") and len(lemma) > 5 and token.pos == "NOUN" else []
    return {lemma, fold_spelling(token.text), *plural}


def noun_rooted_clause(sentence: Sentence, token: Token) -> bool:
    """"The ambassador of Japan signed on Tuesday a grant agreement …", "The port authority released on
    Wednesday the 42 trucks …": with a time phrase before the object the parser reads the whole sentence as a
    noun phrase, the verb hung on its subject as a participle. A participle with a direct object and no
    auxiliary on the sentence's root noun is the finite verb of that noun (wire18: a grant signed and lorries
    released by the subject, coded with the subject as what was signed or released, or with nobody)."""
    head = sentence.tokens[token.head]
    kids = children(sentence, token.i)
    if token.dep != "acl" or head.i == token.i or head.pos not in ("NOUN", "PROPN") \
            or any(c.dep in ("aux", "auxpass") for c in kids):
        return False
    return (token.tag in ("VBD", "VBN") and head.dep == "ROOT" and any(c.dep == "dobj" for c in kids)) \
        or past_tense_participle(token, head, kids)


def past_tense_participle(token: Token, head: Token, kids: list[Token]) -> bool:
    """A verb the tagger read as past tense (VBD, never a participle's VBN) hung on its noun as a participle, with
    an object or an infinitive: the parser's slip after a document noun ("The statement called on Thailand to stop
    the rebels ... and said ...", "The resolution called on Kenya to ..."; a true participle, "a town called X",
    "the measures announced on Monday", is tagged VBN). The verb is the noun's own, the noun the sentence's or a
    clause's subject (eval/wire58 w58_08: the statement's request had no source and was not coded). Only after a
    document noun (cues.tsv `document`): a person's "Its president, X, called on the government" (wire19, an
    association's head) read this way became a state's request."""
    return token.tag == "VBD" and head.dep in ("ROOT", "nsubj") and head.lemma.lower() in cue_words("document") \
        and any(c.dep in ("dobj", "xcomp") for c in kids)
