"""The rows a chart draws that are not reported as having happened (detente.web.statuses), as the timeline's
answer gives them to the page (session 32 newcomer; sentences our own)."""
from __future__ import annotations

import dataclasses

import pytest

from detente import store
from detente.records import CodedArticle
from detente.runners.local import link_corpus
from detente.store.queries import EventFilter
from detente.stories import fingerprint
from detente.web import queries
from detente.web.statuses import unsure_drawn

from tests.conftest import make_article, make_event

PAGES = (("Niger troops shelled a Malian border post on Friday.", "asserted", "2024-02-02"),
         ("Niger denied that its troops had shelled a Malian village in March.", "negated", "2024-03-10"),
         ("Niger threatened to shell Malian positions near the border in April.", "pending", "2024-04-20"))


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("statuses") / "news.duckdb")
    coded = []
    for text, status, date in PAGES:  # three months apart: three incidents
        article = make_article(text, published=date)
        event = dataclasses.replace(make_event(article, "ASSAULT", "NER", "MLI", date), status=status)
        coded.append(CodedArticle(article, 1, 1, (event,), fingerprint(article)))
    store.write_batch(path, coded, [])
    link_corpus(path)
    return path


def test_the_timeline_names_its_rows_that_did_not_happen(db):
    assert queries.timeline(db, EventFilter())["not_asserted"] == {"negated": 1, "pending": 1}
    assert queries.timeline(db, EventFilter(), "events")["not_asserted"] == {"negated": 1, "pending": 1}


def test_a_status_filter_leaves_nothing_to_say(db):
    assert unsure_drawn(db, EventFilter(status="negated")) == ("incidents", {})
    assert queries.timeline(db, EventFilter(status="asserted"))["not_asserted"] == {}
