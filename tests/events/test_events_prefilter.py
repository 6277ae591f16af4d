"""Prefilter on/off give identical events on the seeds and both sentence benchmarks (read at test time)."""
import os
from dataclasses import replace

import pytest

from detente import actors, clean
from detente.events import code_events, mentions_trigger
from detente.ingest import IngestOptions, read_inputs
from detente.nlp import parse_article
from detente.errors import InputRejected
from detente.records import Document

from tests.conftest import SHARED
FOLDERS = ["seeds", "bench/plover_gsr/texts", "bench/cameo_examples/texts"]


def _documents(folder):
    path = os.path.join(SHARED, folder)
    if not os.path.isdir(path):
        pytest.skip(f"{path} absent")
    return [d for d in read_inputs([path], IngestOptions()) if isinstance(d, Document)]


@pytest.mark.slow
@pytest.mark.parametrize("folder", FOLDERS)
def test_prefilter_on_and_off_give_identical_events(folder):
    differing, coded = [], 0
    for document in _documents(folder):
        try:
            article = clean.clean_document(document)
        except InputRejected:
            continue
        full = parse_article(article)
        # The prefiltered run leaves sentences without a trigger form unparsed (no tokens, no mentions).
        kept = tuple(s if mentions_trigger(s.text) else replace(s, tokens=()) for s in full)
        all_mentions = actors.find_mentions(article, full)
        kept_mentions = tuple(m for m in all_mentions if kept[m.sentence].parsed)
        on, off = code_events(article, kept, kept_mentions), code_events(article, full, all_mentions)
        coded += len(off)
        if on != off:
            differing.append(document.path)
    assert coded > 0
    assert differing == []


def test_reporting_verbs_alone_do_not_send_a_sentence_to_the_parser():
    from detente.events import mentions_trigger

    assert not mentions_trigger("The spokesman said the weather was mild in the capital.")
    assert mentions_trigger("The spokesman said the neighbouring government must withdraw its troops.")
    assert mentions_trigger("The spokesman said the two ministers met in the capital.")


def _requirement_lemmas() -> set[str]:
    from detente.events.lexicon import load_triggers
    from detente.events.prefilter import LEXICAL_KINDS, venue_lemmas

    lemmas = {w for e in load_triggers() for r in e.requires if r.kind in LEXICAL_KINDS for w in r.words}
    return lemmas | venue_lemmas()


def test_every_word_spacy_lemmatises_to_a_requirement_word_passes_the_word_test():
    """The prefilter's stem test must accept every word the model's lemmatizer can map to a required
    lemma: its suffix rules ("supplies" → "supply") and its exception table ("men" → "man")."""
    from detente.events.prefilter import could_be_lemma
    from detente.nlp import load_model

    lookups = load_model().get_pipe("lemmatizer").lookups
    rules, exceptions = lookups.get_table("lemma_rules"), lookups.get_table("lemma_exc")
    missed = []
    for lemma in _requirement_lemmas():
        words = {lemma[: len(lemma) - len(new)] + old for pos in ("noun", "verb", "adj")
                 for old, new in rules[pos] if lemma.endswith(new)}
        words |= {w for pos in ("noun", "verb", "adj") for w, lemmas in exceptions[pos].items() if lemma in lemmas}
        missed += [(w, lemma) for w in words if not could_be_lemma(w, lemma)]
    assert missed == []


@pytest.mark.parametrize("sentence, expected", [
    ("Shares closed higher in the capital on Friday.", False),
    ("The government closed the border crossing on Friday.", True),
    ("The army closed its borders to the refugees.", True),
    ("The ministry declined to comment.", False),
    ("The ministry declined to sign the accord.", True),
    ("Officials gave a briefing to reporters.", False),
    ("The donors gave supplies and money to the flood victims.", True),
    ("The council stepped up its campaign.", False),
    ("The president stepped down last week.", True),
])
def test_trigger_words_that_need_an_object_or_complement_pass_only_with_it(sentence, expected):
    assert mentions_trigger(sentence) is expected


VENUE_SENTENCES = [
    ("The new rail link brings the two towns closer together.", False),
    ("The heat wave raised prices for the farmers.", False),
    ("The author referred to the novel as unfinished.", False),
    ("The drought brought hardship to the farmers.", False),
    ("The students sought advice from their teachers.", False),
    ("Canada brought the dispute to the WTO on Monday.", True),
    ("The government referred the seizure to the International Court of Justice.", True),
    ("Tokyo raised the matter with an arbitration tribunal.", True),
    ("Brazil brought its complaint to the World Trade Organisation.", True),
]


@pytest.mark.parametrize("sentence, expected", VENUE_SENTENCES)
def test_venue_triggers_pass_only_with_a_court_named(sentence, expected):
    """bring/raise/refer/seek/appeal code ACCUSE only with a court as the venue (triggers.is_venue)."""
    assert mentions_trigger(sentence) is expected


def test_venue_words_are_the_heads_of_the_tribunal_cues():
    """Each tribunal cue is used: its last word (the lemma is_venue compares) is a venue word."""
    from detente.events.lexicon import cue_words, fold_spelling
    from detente.events.prefilter import venue_lemmas

    cues = cue_words("tribunal")
    assert cues and venue_lemmas() == {fold_spelling(c.split()[-1]) for c in cues}


def test_a_venue_sentence_the_prefilter_skips_codes_nothing_when_parsed():
    """Recall safety on the parse: a sentence without a court, parsed anyway, finds no trigger either."""
    from detente.events import could_code

    from tests.conftest import make_article

    for sentence, expected in VENUE_SENTENCES:
        parsed = parse_article(make_article(sentence))
        assert parsed and any(could_code(s) for s in parsed) is expected, sentence


def test_one_alternation_per_lemma_set_answers_as_each_lemma_alone():
    from detente.events.lexicon import load_triggers
    from detente.events.prefilter import could_be_lemma, lemma_set_pattern, venue_lemmas

    sets = {req.words for entry in load_triggers() for req in entry.requires} | {venue_lemmas(), frozenset()}
    words = ["withdrew", "withdrawal", "envoys", "ambassador", "troops", "court", "tribunals", "fire", "borders",
             "talks", "sanctioning", "men", "aid", "x", "the", "arms", "weapons", "forces", "summoned"]
    for lemmas in sets:
        for word in words:
            assert bool(lemma_set_pattern(lemmas).match(word)) == any(could_be_lemma(word, lem) for lem in lemmas)


@pytest.mark.parametrize("sentence, expected", [
    ("Norway said the foreign jet entered its air space.", True),
    ("The patrol boat entered the harbour space at dawn.", False),
])
def test_an_open_compound_passes_as_its_one_word_spelling(sentence, expected):
    """triggers._closed_compounds reads "air space" as "airspace"; the prefilter must let it through too."""
    assert mentions_trigger(sentence) is expected


def test_a_sentence_passed_by_an_open_compound_codes_its_intrusion():
    """"entered its air space" with no other trigger word: before, the sentence was never parsed."""
    from detente import pipeline
    text = "Norway said a Russian jet entered its air space on Monday."
    document = Document("d-air", "air.txt", None, "text", text, date="2024-03-04")
    events = pipeline.code_document(document).events
    assert ("ACCUSE", "NOR", "RUS") in {(e.event_type, e.source.country, e.target.country) for e in events if e.target}
