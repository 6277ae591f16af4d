"""A page reposted without an outlet's name is one source with the page it copies (incidents/reposts.py). Our own
case: a page tells a border clash ("Ostrian troops shelled the post on Monday"), another page tells Ostria's
denial in two sentences ("Ostria on Tuesday denied shelling the post"; "'We fired nothing,' the ministry said on
Tuesday"), and a copy of the denial page with reader comments below it is stored as a third file."""
from __future__ import annotations

from dataclasses import replace

from detente.incidents.reposts import sources_of
from detente.incidents.resolve import resolve
from tests.incidents.reports_kit import report

DAY, NEXT = "2024-05-13", "2024-05-14"


def _said(doc: str, status: str = "asserted", date: str = DAY, note: str = "weekday: 'Monday'", trigger: int = 1,
          confidence: float = 0.7):
    r = report("ASSAULT", "OST", "VAR", doc=doc, status=status, date=date, stated=True, trigger=trigger,
               confidence=confidence)
    return replace(r, date_note=f"{note} resolved against dateline {NEXT}",
                   status_cue="negator:deny" if status == "negated" else "")


def _denial(doc: str):
    return [_said(doc, "negated", NEXT, "weekday: 'Tuesday'", 5), _said(doc, "negated", NEXT, "weekday: 'Tuesday'", 9)]


def test_a_repost_of_a_page_is_no_other_outlet():
    reports = [_said("d1"), *_denial("d2"), *_denial("d3")]
    incident = resolve(reports)
    assert incident.n_documents == 3 and incident.n_outlets == 2
    assert incident.confidence == 0.91  # two sources at 0.7, not three (0.973)
    (status,) = [c for c in incident.contradictions if c.field == "status"]
    negated = next(claim for claim in status.claims if claim.value == "negated")
    assert len(negated.outlets) == 1


def test_pages_telling_the_same_once_or_in_other_words_stay_two_sources():
    once = [_said("d1"), _said("d2")]  # one shared report: two outlets may quote one statement
    assert len(set(sources_of(once).values())) == 2
    other = [*_denial("d2"), _said("d3", "negated", NEXT, "deictic: 'yesterday'", 4),
             _said("d3", "negated", NEXT, "weekday: 'Tuesday'", 8)]
    assert len(set(sources_of(other).values())) == 2
    named = [replace(r, outlet="Vardia Post") for r in _denial("d4")]
    assert len(set(sources_of([*_denial("d2"), *named]).values())) == 2


def test_pages_dated_by_their_publication_day_alone_are_not_compared():
    # realnews: two outlets' pages of one expulsion, each telling it twice, dated by the day they ran
    plain = [replace(_said(doc, trigger=t), date_note="publication date") for doc in ("d1", "d2") for t in (1, 5)]
    assert len(set(sources_of(plain).values())) == 2
