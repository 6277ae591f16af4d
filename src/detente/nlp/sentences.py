"""Split an article's coded segments into sentences; parse the ones worth parsing."""
from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace

from detente.nlp.addressed_headlines import mend_addresses
from detente.nlp.entities import Names, rule_entities
from detente.nlp.headline_case import dictionary, recased, shouted
from detente.nlp.headline_pairs import mend_pairs
from detente.nlp.headline_verbs import dictionary_verbs, mend_headlines
from detente.nlp.inverted_conditions import mend_inverted_conditions
from detente.nlp.model import load_model, load_splitter, with_recogniser
from detente.nlp.participle_verbs import mend_participles
from detente.nlp.token_table import tokens_of
from detente.records import CODED_ROLES, Article, Segment, Sentence, Token


# Sentences longer than this many characters are cut before parsing: spaCy's cost grows with
# length and a 'sentence' this long is almost always a run-on table or list, not prose.
MAX_SENTENCE_CHARS = 2000
# Segments are split into sentences in pieces of at most this size (cut at white space), far under
# spaCy's max_length, so a giant paragraph (a whole book on one line) never raises.
MAX_PIECE_CHARS = 100_000
# Sentences per parser batch (spaCy's default is 1,000 docs). The batch's activations are a worker's
# largest transient allocation: on real text 256 sentences raised a worker's peak RSS by about 250 MB
# over the loaded model, 64 by about 130 MB, at the same CPU time (docs/scaling.md, Memory).
PARSE_BATCH = 64

Keep = Callable[[str], bool]
Worth = Callable[[Sentence], bool]
ENTITY_PIPE = "ner"
# What a token outside every entity carries once entities are set. A parse made without the recogniser
# says it of every token: only `events.could_code` reads those tokens before the entities come, and
# it tells a token in an entity by "B"/"I", which neither ("", "") nor this is.
NO_ENTITY = ("", "O")


def _keep_all(_text: str) -> bool:
    return True


def split_sentences(article: Article) -> list[Sentence]:
    """Unparsed sentences of the segments that may yield events, numbered in text order."""
    splitter = load_splitter()
    out: list[Sentence] = []
    pieces = [p for s in article.segments if s.role in CODED_ROLES for p in _pieces(article.text, s)]
    texts = [article.text[start:end] for _segment, start, end in pieces]
    for (segment, offset, _end), text, doc in zip(pieces, texts, splitter.pipe(texts, batch_size=64)):
        for start, end in sentence_spans(doc, offset, text):
            out.append(Sentence(article.doc_id, len(out), segment.index, segment.role,
                                start, end, article.text[start:end]))
    return out


def _pieces(text: str, segment: Segment) -> Iterator[tuple[Segment, int, int]]:
    """The segment as (segment, start, end) pieces of at most MAX_PIECE_CHARS, cut at white space."""
    start = segment.start
    while segment.end - start > MAX_PIECE_CHARS:
        cut = text.rfind(" ", start + MAX_PIECE_CHARS // 2, start + MAX_PIECE_CHARS)
        cut = cut if cut > start else start + MAX_PIECE_CHARS
        yield segment, start, cut
        start = cut
    yield segment, start, segment.end


def sentence_spans(doc, offset: int, text: str | None = None) -> Iterator[tuple[int, int]]:
    """The (start, end) of each sentence the splitter marked, white space trimmed, in the article's text.
    Read from the Doc's arrays: `doc.sents` and `Span.text` built a spaCy Token object per token, twice,
    a third of the splitting's time (docs/scaling.md, session 13). Same spans: a sentence runs from a
    token whose SENT_START is 1 to the next, and its text is doc.text from the first token's IDX to the
    end of its last token (spaCy's Span.text). `text`: the Doc's text, when the caller has it (Doc.text
    joins the tokens anew at each call)."""
    from spacy.attrs import IDX, LENGTH, SENT_START  # here: importing this module must not load spaCy

    rows, whole = doc.to_array([SENT_START, IDX, LENGTH]).tolist(), doc.text if text is None else text
    starts = [i for i, row in enumerate(rows) if i == 0 or row[0] == 1] + [len(rows)]
    for first, after in zip(starts, starts[1:]):
        begin, last = rows[first][1], rows[after - 1]
        raw = whole[begin:last[1] + last[2]]
        trimmed = raw.strip()
        if not trimmed:
            continue
        start = offset + begin + (len(raw) - len(raw.lstrip()))
        end = start + len(trimmed)
        while end - start > MAX_SENTENCE_CHARS:
            yield start, start + MAX_SENTENCE_CHARS
            start += MAX_SENTENCE_CHARS
        yield start, end


def parse_article(article: Article, keep: Keep = _keep_all, model=None) -> tuple[Sentence, ...]:
    """All coded sentences; those `keep` accepts carry parsed tokens, the others none."""
    return parse_sentences(split_sentences(article), keep, model)


def parse_sentences(sentences: Sequence[Sentence], keep: Keep = _keep_all, model=None,
                    worth_entities: Worth | None = None, names: Names | None = None) -> tuple[Sentence, ...]:
    """The same sentences (of one article or many), those `keep` accepts parsed, in one parser call.

    Callers hand over many articles' sentences at once when they can: spaCy's layers work on
    batches of PARSE_BATCH sentences, and on the throughput corpus one stream of 1,836 candidate
    sentences took 11.8–12.8 CPU s against 12.1–14.6 s as one call per article.

    With `worth_entities`, named-entity recognition runs last and only on the sentences that test
    accepts when shown their parse without entities; the others come back unparsed. Why: NER is
    the dearest component of en_core_web_sm (about 60 % of its time on candidate sentences, more
    than tok2vec, tagger and parser together), and a sentence in which the coder can find no
    trigger needs no entities. With `names` as well (rule entities, the default), those sentences get their
    entities from rules over the gazetteer names `names` finds and the parse (nlp/entities.py)
    instead of the recogniser."""
    # shortest first: a batch of like lengths wastes less of the parser's and NER's batched steps
    # (about 4 % of NER time on real text); each sentence is parsed alone, so its parse is the same
    wanted = sorted((i for i, s in enumerate(sentences) if keep(s.text)), key=lambda i: len(sentences[i].text))
    nlp = model if model is not None else _own_model(worth_entities is None or names is None)
    texts = (for_parser(sentences[i].text, nlp, names) for i in wanted)
    if worth_entities is None:
        docs = nlp.pipe(texts, batch_size=PARSE_BATCH)
        parsed = _mended(nlp, names, {i: replace(sentences[i], tokens=_tokens(doc, sentences[i].start, written=sentences[i].text))
                               for i, doc in zip(wanted, docs)})
    else:
        docs = nlp.pipe(texts, batch_size=PARSE_BATCH, disable=[ENTITY_PIPE])
        parsed = _entities_where_worth(nlp, sentences, dict(zip(wanted, docs)), worth_entities, names)
    return tuple(parsed.get(i, s) for i, s in enumerate(sentences))


def _own_model(recognising: bool):
    """The process's model, with the entity recogniser when this parse runs it (a model handed in is used as it is)."""
    return with_recogniser(load_model()) if recognising else load_model()


def _entities_where_worth(nlp, sentences: Sequence[Sentence], docs: dict, worth: Worth,
                          names: Names | None = None) -> dict[int, Sentence]:
    """The sentences whose entity-less parse `worth` accepts, with entities added (the others dropped).
    Tokens are read from spaCy once; after NER only their two entity fields are filled in."""
    bare = _mended(nlp, names, {i: replace(sentences[i], tokens=_tokens(doc, sentences[i].start, NO_ENTITY, sentences[i].text))
                         for i, doc in docs.items()})
    chosen = sorted((i for i in sorted(bare) if worth(bare[i])), key=lambda i: len(sentences[i].text))
    if names is not None:
        return {i: rule_entities(bare[i], names(bare[i].text)) for i in chosen}
    tagged = nlp.get_pipe(ENTITY_PIPE).pipe((docs[i] for i in chosen), batch_size=PARSE_BATCH)
    return {i: replace(bare[i], tokens=_with_entities(bare[i].tokens, doc)) for i, doc in zip(chosen, tagged)}


def _with_entities(tokens: tuple[Token, ...], doc) -> tuple[Token, ...]:
    """The tokens with the recogniser's labels. Most tokens are outside every entity, which the bare
    tokens already say (NO_ENTITY): those records are kept, and only entity tokens are built anew
    (building a Token is most of this step's cost: 3,300 sentences, 0.44 CPU s before, docs/scaling.md)."""
    from spacy.attrs import ENT_IOB, ENT_TYPE  # here: importing this module must not load spaCy
    from spacy.tokens import Token as SpacyToken

    strings, iob = doc.vocab.strings, SpacyToken.iob_strings()
    return tuple(o if (o.ent, o.ent_iob) == (label := strings[e], iob[b]) else
                 Token(o.i, o.text, o.lemma, o.pos, o.tag, o.dep, o.head, label, iob[b], o.start)
                 for o, (e, b) in zip(tokens, doc.to_array([ENT_TYPE, ENT_IOB]).tolist()))


def for_parser(text: str, nlp, names: Names | None) -> str:
    """The text the parser reads: a title-case or capitals headline in sentence case (nlp/headline_case.py),
    of the same length; any other sentence as it is. Only with the gazetteers' names (`names`), which keep
    the names capitalised."""
    if names is None or shouted(text) is None:
        return text
    return recased(text, names(text), _dictionary(nlp))


_DICTIONARIES: dict[tuple[int, str], frozenset[str]] = {}


def _dictionary(nlp, part: str = "words") -> frozenset[str]:
    """The model's dictionary of common words (or of its verbs), read once per loaded model."""
    if (id(nlp), part) not in _DICTIONARIES:
        _DICTIONARIES[id(nlp), part] = dictionary(nlp) if part == "words" else dictionary_verbs(nlp)
    return _DICTIONARIES[id(nlp), part]


def _mended(nlp, names: Names | None, parsed: dict[int, Sentence]) -> dict[int, Sentence]:
    """The parsed sentences, headlines "X to Y: <demand>" parsed again with "urges" (nlp/addressed_headlines.py),
    headlines opening with two names joined by a comma parsed again with "and"
    (nlp/headline_pairs.py), headlines whose verb the tagger read as a noun parsed again (nlp/headline_verbs.py),
    clauses whose verb it read as its object's adjective (nlp/participle_verbs.py), and inverted "should"
    conditions hung as "if" clauses (nlp/inverted_conditions.py)."""
    readable = lambda text: for_parser(text, nlp, names)  # noqa: E731
    addressed = mend_addresses(parsed, nlp, readable)  # "Baku to Paris: stop ...": the "to" read as "urges"
    paired = mend_pairs(addressed, nlp, readable)  # "X, Y seal accord": before the verb's re-parse, which reads its arcs
    mended = mend_participles(mend_headlines(paired, nlp, _dictionary(nlp, "verbs"), readable), nlp, readable)
    return {i: mend_inverted_conditions(s) for i, s in mended.items()}


def _tokens(doc, offset: int, no_entity: tuple[str, str] | None = None, written: str | None = None
            ) -> tuple[Token, ...]:
    """Token records of a parse (nlp/token_table.py reads them from the document's table in one call)."""
    return tokens_of(doc, offset, no_entity, written)
