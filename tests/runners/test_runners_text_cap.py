"""A document whose cleaned text is over max_text_chars is rejected (too_large) before it is split or parsed, with
its path and line, and the run goes on: a 6 MB JSONL text ran for minutes with no progress line (newcomer6).
Texts written for this test."""
from __future__ import annotations

import json
import time

import pytest

from detente import clean
from detente.cli.cmd_ingest import ingest
from detente.errors import InputRejected
from detente.records import Document
from detente.runners.local import RunOptions, run_ingest

LEAD = "Chile recalled its ambassador from Peru on Monday after a dispute over fishing rights in the Pacific."
FILLER = ("The committee {n} reviewed item {n} of the annual fisheries report and adjourned after a short "
          "discussion of quotas and port fees.\n\n")


def _long_text(chars: int) -> str:
    parts, n = [LEAD + "\n\n"], 0
    while sum(map(len, parts)) < chars:
        n += 1
        parts.append(FILLER.format(n=n))
    return "".join(parts)


def test_the_cap_is_far_above_any_benchmark_page_and_a_long_article():
    # the longest benchmark page is 5,500 characters; a long news article is under 50,000
    assert 50_000 < clean.MAX_TEXT_CHARS <= 200_000


@pytest.mark.parametrize("fmt, wrap", [("text", lambda t: t),
                                       ("html", lambda t: "<html><body><article>" + "".join(
                                           f"<p>{p}</p>" for p in t.split("\n\n") if p) + "</article></body></html>")])
def test_a_text_over_the_cap_is_rejected_before_it_is_coded(fmt, wrap):
    document = Document("d1", "dump.jsonl", 7, fmt, wrap(_long_text(30_000)))
    started = time.monotonic()
    with pytest.raises(InputRejected) as caught:
        clean.clean_document(document, max_chars=20_000)
    assert time.monotonic() - started < 5  # refused before the slow steps, not after them
    assert (caught.value.reason, caught.value.line, caught.value.path) == ("too_large", 7, "dump.jsonl")
    assert "max_text_chars (20,000" in caught.value.detail and "--max-text-chars" in caught.value.detail


def test_a_text_at_the_cap_is_coded():
    text = _long_text(5_000)
    article = clean.clean_document(Document("d1", "a.txt", None, "text", text), max_chars=len(text))
    assert article.text.startswith("Chile recalled")


def test_a_run_rejects_the_long_record_by_reason_and_line_and_codes_the_others(tmp_path):
    lines = [{"text": LEAD}, {"text": _long_text(30_000)}, {"text": LEAD.replace("Monday", "Tuesday")}]
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "feed.jsonl").write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    db = str(tmp_path / "x.duckdb")
    summary = run_ingest([str(tmp_path / "in")], RunOptions(db=db, workers=1, batch_size=5, max_text_chars=20_000))
    assert summary.documents == 2 and summary.rejects == {"too_large": 1}
    (reason, path), example = next(iter(summary.reject_file_examples.items()))
    assert (reason, path) == ("too_large", str(tmp_path / "in" / "feed.jsonl"))
    assert example.startswith("line 2: text is ")
    assert summary.failed == 1


def test_the_cli_default_is_the_clean_stages_cap():
    import inspect

    option = inspect.signature(ingest).parameters["max_text_chars"].default
    assert option == clean.MAX_TEXT_CHARS
