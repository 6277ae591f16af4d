"""A follow-up whose events name another pair of states than its story's first page (cluster._link_sides).

Invented pages, written for this test. A Togolese convoy impounded by Benin's customs (the page's pair: Benin
and Togo); twelve days later a regional commission asks Cotonou to free it (the page's pair: the commission
and Benin). The two pages share one state, not a pair, and 9/64 of their vocabulary, too little for the
banded candidates to find them; they share three names of the story's own (the border post, the driver, the
haulier). eval/wire15, pages cut to half (scripts/story_stress.py): such a follow-up was a story of its own.
"""
from __future__ import annotations

from dataclasses import replace

from detente.records import Fingerprint
from detente.stories import assign_stories, fingerprint
from tests.conftest import make_article

SEIZURE = ("Benin's customs police impounded thirty Togolese fuel lorries at the Hilacondji border post on Monday, "
           "saying their drivers had forged transit papers. The Sanvee Transport company of Lome said its drivers "
           "had been held overnight at Hilacondji and that the lorries carried diesel for Niamey. Driver Kossi "
           "Agbeko said police took the keys of every lorry. Lome summoned Benin's ambassador over the seizure.")
APPEAL = ("Regional transport ministers meeting in Abuja asked Cotonou on Friday to free a convoy stuck at Hilacondji "
          "for almost a fortnight. Kossi Agbeko, one of the stranded drivers, had gone home by bus, a union official "
          "said, and Sanvee Transport was paying guards to watch its tankers. The commission called the documents "
          "valid.")
# the same state and commission twelve days on, another story: no name of the first one's own
ELECTIONS = ("Regional observers meeting in Abuja said on Friday that Benin's local elections had been calm and "
             "orderly. The mission's head, Amara Diallo, praised the electoral commission in Cotonou and asked "
             "parties to settle disputes in court. Turnout was about fifty percent, the commission said.")


def _fp(text: str, doc: str, day: str, pair: str) -> Fingerprint:
    return replace(fingerprint(make_article(text, doc, day)), topics=(pair,))


def _stories(*fps: Fingerprint) -> list[str]:
    links = {link.doc_id: link.story_id for link in assign_stories(fps)}
    return [links[f.doc_id] for f in fps]


def test_a_follow_up_about_another_pair_of_one_state_joins_its_story():
    seizure, appeal = _fp(SEIZURE, "p1", "2024-05-06", "BEN-TGO"), _fp(APPEAL, "p2", "2024-05-18", "BEN-IGO")
    assert len(set(_stories(seizure, appeal))) == 1


def test_another_story_of_that_state_stays_apart():
    seizure, other = _fp(SEIZURE, "p1", "2024-05-06", "BEN-TGO"), _fp(ELECTIONS, "p3", "2024-05-18", "BEN-IGO")
    assert len(set(_stories(seizure, other))) == 2
