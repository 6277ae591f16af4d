"""NLP stage: the shared re-parse of headline shapes (nlp/reparse.py): one batch for every variant, the first
variant the shape's test accepts kept, lines with a stop or no slot left as they were. A stand-in parser records
what it was asked to parse; sentences are our own."""
from dataclasses import replace

from detente.nlp.reparse import Variant, mend_by_reparse
from detente.records import Sentence, Token


class CountingParser:
    """Stands in for the spaCy pipeline: returns each text as its 'doc' and records every batch."""

    def __init__(self):
        self.batches: list[list[str]] = []

    def pipe(self, texts, disable=()):
        batch = list(texts)
        self.batches.append(batch)
        return iter(batch)


def _sentence(i: int, text: str) -> Sentence:
    token = Token(0, text.split()[0], "", "PROPN", "NNP", "ROOT", 0, "", "O", 0)
    return replace(Sentence("d", i, 0, "body", 0, len(text), text), tokens=(token,))


def _slot(sentence: Sentence, read: str) -> int | None:
    return 0 if " to " in read else None


def _texts(_sentence: Sentence, _k: int, read: str) -> list[tuple[str, int | None]]:
    return [(read.replace(" to ", " warns "), None), (read.replace(" to ", " urges "), 1)]


def _accept_urges(sentence: Sentence, doc: str, variant: Variant) -> Sentence | None:
    return replace(sentence, text=doc) if "urges" in doc and variant.added == 1 else None


def test_variants_of_all_lines_go_in_one_batch_and_the_accepted_one_is_kept():
    lines = {0: _sentence(0, "Lima to Quito: open the border"), 1: _sentence(1, "Quito reopens the border"),
             2: _sentence(2, "Lima to Quito: talks are over.")}
    parser = CountingParser()
    out = mend_by_reparse(lines, parser, lambda t: t, _slot, _texts, _accept_urges)
    assert parser.batches == [["Lima warns Quito: open the border", "Lima urges Quito: open the border"]]
    assert out[0].text == "Lima urges Quito: open the border"
    assert out[1] is lines[1] and out[2] is lines[2]  # no slot; a closed line (full stop) is not re-read


def test_no_slot_means_no_parse_and_the_same_mapping():
    lines = {0: _sentence(0, "Quito reopens the border")}
    parser = CountingParser()
    assert mend_by_reparse(lines, parser, lambda t: t, _slot, _texts, _accept_urges) is lines
    assert parser.batches == []
