"""A headline parsed again with a word put in one slot, kept only when the new parse reads the line better.

Why one helper: two headline shapes the parser misreads are mended the same way (nlp/addressed_headlines.py,
"Baku to Paris: stop ..." read with "urges"; nlp/headline_pairs.py, "India, Bangladesh seal ..." read with
"and"): find the slot on the sentence as parsed, build one or more variant texts, parse every variant of every
page's sentence in one batch (NER off, as the first parse), and keep the first variant whose parse a shape's own
test accepts. Only the slot finder, the variants and the test differ, so they are passed in.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from detente.nlp.headline_verbs import closed
from detente.records import Sentence


@dataclass(frozen=True, slots=True)
class Variant:
    """One text to parse for sentence `index`: `text`, with the shape's slot at token `slot` and an extra token
    index the shape added (`added`, an article; None when the variant keeps the token count)."""
    index: int
    slot: int
    text: str
    added: int | None = None


SlotFinder = Callable[[Sentence, str], "int | None"]
VariantMaker = Callable[[Sentence, int, str], Iterable["tuple[str, int | None]"]]
Mender = Callable[[Sentence, Any, Variant], "Sentence | None"]


def variants(sentences: dict[int, Sentence], readable: Callable[[str], str], slot_of: SlotFinder,
             texts_of: VariantMaker) -> list[Variant]:
    """Every variant text of every open-ended parsed line whose shape has a slot, in sentence order."""
    out = []
    for i, sentence in sentences.items():
        if not sentence.tokens or closed(sentence.text):
            continue
        read = readable(sentence.text)
        if (k := slot_of(sentence, read)) is not None:
            out.extend(Variant(i, k, text, added) for text, added in texts_of(sentence, k, read))
    return out


def mend_by_reparse(sentences: dict[int, Sentence], nlp, readable: Callable[[str], str], slot_of: SlotFinder,
                    texts_of: VariantMaker, mended: Mender) -> dict[int, Sentence]:
    """The parsed sentences, each line with a slot replaced by the first of its variants `mended` accepts (the
    variants of all lines parsed in one batch). `readable`: the text the parser read for a sentence's text."""
    tries = variants(sentences, readable, slot_of, texts_of)
    if not tries:
        return sentences
    out = dict(sentences)
    for variant, doc in zip(tries, nlp.pipe((v.text for v in tries), disable=["ner"])):
        i = variant.index
        better = mended(sentences[i], doc, variant) if out[i] is sentences[i] else None
        if better is not None:
            out[i] = better
    return out
