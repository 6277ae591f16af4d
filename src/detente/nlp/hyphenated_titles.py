"""Plural titles with a hyphenated rank ("vice-ministers") kept as one token (data/hyphenated_titles.tsv).

spaCy splits "vice-ministers" into "vice", "-", "ministers" and parses the pieces as three nouns: "the two
vice-ministers of foreign affairs, A of Peru and B of Bolivia, met X and signed an agreement" (eval/wire26 w26_11)
got the hyphen as its subject and no AGREE, where "the two deputy ministers ..." is read whole. A special case of
the tokenizer keeps the word whole, in the splitter as in the parser, so both cut the same sentences.
"""
from __future__ import annotations

from detente.datafiles import numbered_rows


def hyphenated_titles() -> tuple[str, ...]:
    """Every spelling kept whole: "vice-ministers", "Vice-ministers", "Vice-Ministers"."""
    words = []
    for _, cells in numbered_rows("nlp", "hyphenated_titles.tsv", 2, 2, header=True):
        for title in (t.strip() for t in cells[1].split("|") if t.strip()):
            rank = cells[0].strip()
            words += [f"{rank}-{title}", f"{rank.capitalize()}-{title}", f"{rank.capitalize()}-{title.capitalize()}"]
    return tuple(words)


def with_hyphenated_titles(nlp):
    """The pipeline with each hyphenated plural title kept as one token."""
    from spacy.symbols import ORTH

    for word in hyphenated_titles():
        nlp.tokenizer.add_special_case(word, [{ORTH: word}])
    return nlp
