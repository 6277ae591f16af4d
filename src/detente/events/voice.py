"""Who did a clause's act when the parser's reading hides it (split out of roles.py, session 18, precision8):
a passive without its auxiliary whose subject suffered the act, and a participle hung on the one a writer
wrote to. Both from the blind pages wire15 and wire17."""
from __future__ import annotations

from detente.events.lexicon import cue_words
from detente.events.triggers import children
from detente.records import Sentence, Token


def reduced_passive(sentence: Sentence, token: Token) -> bool:
    """"The fourteen Vietnamese fishermen detained near the reef are home" (the copula read as the participle's
    conjunct), "Two Beninese customs officers wounded; ...": a verb that must take an object (cues.tsv
    undergone) read with a subject, no object, no auxiliary and no agent is a passive without its 'were', so
    its subject suffered the act (wire17, a blind page: the detained fishermen's state coded as the detainer).
    A past participle (VBN) or a headline past form; never a verb with a verb conjunct, whose object the
    parser may hang on the last conjunct ("arrested and deported two men")."""
    if token.pos != "VERB" or token.tag not in ("VBN", "VBD") or token.dep not in ("ROOT", "ccomp") \
            or token.lemma.lower() not in cue_words("undergone"):
        return False
    kids = children(sentence, token.i)
    deps = {c.dep for c in kids if not _stray_main_verb(sentence, c)}
    return "nsubj" in deps and not deps & {"dobj", "dative", "iobj", "aux", "auxpass", "agent", "cc", "ccomp",
                                          "xcomp", "prt"} and not any(
        c.dep == "prep" and c.lemma.lower() == "by" or c.dep == "conj" and c.pos == "VERB" for c in kids)


def _stray_main_verb(sentence: Sentence, kid: Token) -> bool:
    """"The four Greek forest workers detained near X last Sunday were arrested by frontier troops" (wire19): the
    parser made "detained" the clause's verb and hung the real one, a passive with no subject of its own, under it
    as a ccomp; that clause is the sentence's main verb, not a complement of the participle."""
    kids = children(sentence, kid.i)
    return kid.dep == "ccomp" and kid.i > kid.head and any(c.dep == "auxpass" for c in kids) and not any(
        c.dep in ("nsubj", "nsubjpass", "mark") for c in kids)


def writer(sentence: Sentence, token: Token) -> int | None:
    """"had written to the EU's foreign policy chief asking the Union to raise the matter": a participle the
    parser hung on the 'to' object of a verb of writing or turning to someone (cues.tsv addressee) is the
    writer's act, so that verb, whose subject asks; the one written to is asked (wire15, a blind page)."""
    if token.dep != "acl" or token.tag != "VBG":
        return None
    prep = sentence.tokens[sentence.tokens[token.head].head]
    if sentence.tokens[token.head].dep != "pobj" or prep.dep not in ("prep", "dative") or prep.text.lower() != "to":
        return None
    verb = sentence.tokens[prep.head]
    verbal = verb.pos in ("VERB", "AUX") or verb.tag.startswith("VB")
    return verb.i if verbal and verb.lemma.lower() in cue_words("addressee") else None
