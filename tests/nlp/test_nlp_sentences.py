"""NLP stage: sentences of coded segments only, offsets into the article, prefilter, long input."""
import pytest

from detente.nlp import parse_article, split_sentences
from detente.nlp.model import title_abbreviations
from detente.nlp.sentences import MAX_SENTENCE_CHARS
from detente.records import NO_DATE, Article, Segment

BODY = "Ghana and Togo agreed on a new border post on Friday. The U.S. envoy met Gen. Mensah in Accra."
RELATED = "Related: Niger closes its airspace"


def _article(text: str, roles: list[tuple[str, int, int]]) -> Article:
    return Article("d1", "a.txt", None, "text", text, tuple(Segment(i, r, s, e) for i, (r, s, e) in enumerate(roles)),
                   NO_DATE)


def test_sentences_come_from_coded_roles_only_with_exact_offsets():
    text = f"{BODY}\n{RELATED}"
    article = _article(text, [("body", 0, len(BODY)), ("related", len(BODY) + 1, len(text))])
    sentences = parse_article(article)
    assert [s.text for s in sentences] == ["Ghana and Togo agreed on a new border post on Friday.",
                                           "The U.S. envoy met Gen. Mensah in Accra."]
    for s in sentences:
        assert text[s.start:s.end] == s.text and s.role == "body"
        assert all(text[t.start:t.start + len(t.text)] == t.text for t in s.tokens)


def test_tokens_carry_the_parse():
    (first, _second) = parse_article(_article(BODY, [("body", 0, len(BODY))]))
    agreed = next(t for t in first.tokens if t.text == "agreed")
    assert agreed.lemma == "agree" and agreed.pos == "VERB"
    assert first.tokens[0].ent == "GPE" and first.tokens[first.tokens[0].head].text == "agreed"


def test_the_prefilter_leaves_sentences_unparsed_but_keeps_them():
    sentences = parse_article(_article(BODY, [("body", 0, len(BODY))]), keep=lambda text: "agreed" in text)
    assert [s.parsed for s in sentences] == [True, False] and len(sentences) == 2


def test_a_giant_paragraph_is_split_and_cut_without_errors():
    text = ("word " * 150_000).strip()  # 750,000 characters, one 'sentence', no full stop
    sentences = split_sentences(_article(text, [("body", 0, len(text))]))
    assert sentences and all(len(s.text) <= MAX_SENTENCE_CHARS for s in sentences)
    assert all(text[s.start:s.end] == s.text for s in sentences)


# Texts written for this test: leading and trailing white space, runs of punctuation, quotes after a full
# stop, a bare newline, an empty piece, a piece of only white space and one without any full stop.
SPAN_TEXTS = [
    "", "   ", "\n\n", "No full stop here", "  Ghana protested.  Togo replied!\n\nThe talks went on?  ",
    'He said: "We will not go." Then he left... And so did they.', "Mr. Mensah met Gen. Alu. \u2018Quiet,\u2019 he said.\u00a0 Fine.",
    "One.\nTwo.\n\n\nThree", "?!?! ... ;; Yes. No.  ", "A" * 2500 + ". B.",
]


def test_sentence_spans_are_those_of_spacys_doc_sents():
    """sentence_spans reads the splitter's Doc through arrays; it must give what `doc.sents` and
    `Span.text` give (the code it replaced), with and without the piece's text handed over."""
    from detente.nlp.model import load_splitter
    from detente.nlp.sentences import sentence_spans

    def from_sents(doc, offset):
        for sent in doc.sents:
            text = sent.text.strip()
            if not text:
                continue
            start = offset + sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
            end = start + len(text)
            while end - start > MAX_SENTENCE_CHARS:
                yield start, start + MAX_SENTENCE_CHARS
                start += MAX_SENTENCE_CHARS
            yield start, end

    for doc in load_splitter().pipe(SPAN_TEXTS):
        expected = list(from_sents(doc, 7))
        assert list(sentence_spans(doc, 7)) == expected == list(sentence_spans(doc, 7, doc.text))


@pytest.mark.parametrize("title", title_abbreviations())
def test_a_title_abbreviation_ends_no_sentence_and_stays_one_token(title):
    # realnews: "Mali's interim president, Col. <name>, and his junta expelled the ambassador" was cut after
    # "Col.", and the expulsion lost its doer; our own sentence, one per row of data/abbreviations.tsv
    body = f"Ghana's army chief, {title} Kofi Mensah, and his aides met the Togolese envoy on Friday. They left."
    sentences = parse_article(_article(body, [("body", 0, len(body))]))
    assert [s.text for s in sentences] == [body[:body.index(" They")], "They left."]
    assert title in [t.text for t in sentences[0].tokens]


def test_a_day_glued_to_the_subject_is_read_back_as_the_time():
    """"On Friday Azerbaijan in turn freed ...": the parser made "Friday Azerbaijan" the object of "On"."""
    text = "On Tuesday Peru in turn expelled a Chilean diplomat."
    (sentence,) = parse_article(_article(text, [("body", 0, len(text))]))
    by_text = {t.text: t for t in sentence.tokens}
    assert by_text["Peru"].dep == "nsubj" and by_text["Peru"].head == by_text["expelled"].i
    assert by_text["Tuesday"].dep == "pobj" and by_text["Tuesday"].head == by_text["On"].i


def test_a_day_before_a_place_with_a_subject_after_it_stays():
    text = "On Friday Lima police arrested two Chilean fishermen."
    (sentence,) = parse_article(_article(text, [("body", 0, len(text))]))
    assert [t.text for t in sentence.tokens if t.dep == "nsubj"] == ["police"]
