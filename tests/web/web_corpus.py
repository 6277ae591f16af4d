"""A small hand-written store for the web tests: a few articles, events of chosen types, actors,
dates and statuses, and two documents joined as one story. All sentences are our own."""
from __future__ import annotations

import dataclasses

from detente import ids, store
from detente.records import CodedArticle, DateInfo, Evidence, Event, Location, StoryLink
from detente.stories import fingerprint

from tests.conftest import make_article, make_event

# Filler so the evidence sits well inside a long text and the ±300-character window can be checked.
PAD = "Delegates met over several days to review a long list of shared concerns. " * 6

ARTICLES = {
    "trade": (PAD + "Kenya signed a new trade pact with Tanzania in Arusha. " + PAD, "https://news.example/trade",
              "Trade pact signed", "East Wire", "2024-03-05"),
    "trade_copy": (PAD + "Kenya signed a new trade pact with Tanzania in Arusha. " + PAD + "Markets rose.",
                   "https://other.example/pact", "Nairobi and Dodoma agree trade pact", "Lake Daily", "2024-03-06"),
    "border": ("Ugandan troops shelled positions held by Kenyan units near the border.", None, "Border clash",
               "Border Post", "2024-06-10"),
    "talks": ("Ethiopia rejected a proposal from Somalia to reopen the port talks.", None, None, None, "2023"),
}


def _event(article, word: str, event_type: str, source: str, target: str | None, date: str | None,
           status: str = "asserted") -> Event:
    """An event whose trigger is `word` in the article's text (its first occurrence after the padding)."""
    base = make_event(article, event_type, source, target or "", date)
    start = article.text.index(word, len(PAD) if article.text.startswith(PAD) else 0)
    sent_start = article.text.rfind(". ", 0, start) + 2 if article.text.startswith(PAD) else 0
    sent_end = article.text.index(".", start) + 1
    evidence = Evidence("body", 0, 1, article.text[sent_start:sent_end], sent_start, sent_end, word, start,
                        start + len(word))
    precision = {10: "day", 7: "month", 4: "year"}.get(len(date or ""), "none")
    target_actor = dataclasses.replace(base.target, country=target) if target else None
    return dataclasses.replace(base, event_id=ids.event_id(article.doc_id, start, event_type, source, target),
                               status=status, evidence=evidence, date=DateInfo(date, precision, "sentence"),
                               source=dataclasses.replace(base.source, country=source), target=target_actor)


def _located(event: Event, place: str, country: str, lat: float | None = None, lon: float | None = None) -> Event:
    precision = "city" if lat is not None else None
    return dataclasses.replace(event, location=Location(place, country, lat, lon, None, precision))


def _article(key: str):
    text, url, title, outlet, published = ARTICLES[key]
    return dataclasses.replace(make_article(text, published=published), url=url, title=title, outlet=outlet)


def build_store(db: str) -> dict[str, CodedArticle]:
    """Write the corpus to `db`; returns the coded articles by key."""
    arts = {key: _article(key) for key in ARTICLES}
    events = {
        "trade": [_located(_event(arts["trade"], "signed", "AGREE", "KEN", "TZA", "2024-03-05"), "Arusha", "TZA",
                            -3.37, 36.68),
                  _event(arts["trade"], "pact", "COOPERATE", "TZA", "KEN", "2024-03")],
        "trade_copy": [_located(_event(arts["trade_copy"], "signed", "AGREE", "KEN", "TZA", "2024-03-06", "pending"),
                                "Arusha", "TZA", -3.37, 36.68)],
        "border": [_located(_event(arts["border"], "shelled", "ASSAULT", "UGA", "KEN", "2024-06-10"), "the border", "KEN"),
                   _event(arts["border"], "held", "MOBILIZE", "KEN", "KEN", "2024-06-10", "negated")],
        "talks": [_event(arts["talks"], "rejected", "REJECT", "ETH", "SOM", "2023"),
                  _event(arts["talks"], "proposal", "REQUEST", "SOM", None, None)],
    }
    coded = {key: CodedArticle(arts[key], 1, 1, tuple(events[key]), fingerprint(arts[key])) for key in ARTICLES}
    store.write_batch(db, coded.values(), [])
    story = "s" + coded["trade"].article.doc_id[1:]
    store.write_stories(db, [StoryLink(coded["trade"].article.doc_id, story),
                             StoryLink(coded["trade_copy"].article.doc_id, story),
                             StoryLink(coded["border"].article.doc_id, "s" + coded["border"].article.doc_id[1:])])
    return coded


CONTRADICTION = ('[{"field": "status", "claims": [{"value": "asserted", "outlets": ["East Wire"]}, '
                 '{"value": "pending", "outlets": ["Lake Daily"]}]}]')


def build_store_with_incidents(db: str) -> dict[str, CodedArticle]:
    """The same store, with two incidents: the trade pact reported by two outlets that disagree on
    whether it was signed (a contradiction), and the border shelling reported once."""
    import duckdb

    coded = build_store(db)
    pact = [e.event_id for key in ("trade", "trade_copy") for e in coded[key].events if e.event_type == "AGREE"]
    shelling = next(e.event_id for e in coded["border"].events if e.event_type == "ASSAULT")
    with duckdb.connect(db) as con:
        con.execute("INSERT INTO incidents (incident_id, event_type, mode, status, date, date_precision, "
                    "source_country, source_sector, target_country, target_sector, location_text, location_country, "
                    "n_mentions, n_documents, n_outlets, first_reported, last_reported, confidence, contradictions) "
                    "VALUES ('i-pact', 'AGREE', NULL, 'asserted', '2024-03-05', 'day', 'KEN', 'GOV', 'TZA', 'GOV', "
                    "'Arusha', 'TZA', 2, 2, 2, '2024-03-05', '2024-03-06', 0.8, ?), "
                    "('i-shelling', 'ASSAULT', NULL, 'asserted', '2024-06-10', 'day', 'UGA', 'MIL', 'KEN', 'MIL', "
                    "'the border', 'KEN', 1, 1, 1, '2024-06-10', '2024-06-10', 0.5, '[]')", [CONTRADICTION])
        con.execute("UPDATE events SET incident_id = 'i-pact' WHERE list_contains(?, event_id)", [pact])
        con.execute("UPDATE events SET incident_id = 'i-shelling' WHERE event_id = ?", [shelling])
    return coded


AGREEMENTS_DDL = """
CREATE TABLE IF NOT EXISTS agreements (agreement_id VARCHAR PRIMARY KEY, name VARCHAR, aliases VARCHAR,
    parties VARCHAR, first_date VARCHAR, last_date VARCHAR, stage VARCHAR);
CREATE TABLE IF NOT EXISTS agreement_stages (agreement_id VARCHAR, stage VARCHAR, date VARCHAR,
    date_precision VARCHAR, event_id VARCHAR, doc_id VARCHAR);
"""


def add_agreements(db: str, coded: dict[str, CodedArticle]) -> None:
    """One invented agreement between Kenya and Tanzania, proposed (the request of the talks article,
    standing in as a report) and signed in the trade article; and one between Ethiopia and Somalia,
    signed and later suspended, known from the talks article."""
    import duckdb

    signed = next(e for e in coded["trade"].events if e.event_type == "AGREE")
    proposal = next(e for e in coded["talks"].events if e.event_type == "REQUEST")
    rejected = next(e for e in coded["talks"].events if e.event_type == "REJECT")
    with duckdb.connect(db) as con:
        con.execute(AGREEMENTS_DDL)
        con.execute("INSERT INTO agreements VALUES ('a-lake', 'Lake Trade Pact', 'Arusha pact', "
                    "'KEN,TZA', '2024-01', '2024-03-05', 'signed'), "
                    "('a-port', 'Port Access Accord', '', 'ETH, SOM', '2022', '2023', 'Suspended')")
        con.execute("INSERT INTO agreement_stages VALUES ('a-lake', 'proposed', '2024-01', 'month', ?, ?), "
                    "('a-lake', 'signed', '2024-03-05', 'day', ?, ?), ('a-port', 'signed', '2022', 'year', ?, ?), "
                    "('a-port', 'suspended', '2023', 'year', ?, ?)",
                    [proposal.event_id, proposal.doc_id, signed.event_id, signed.doc_id, rejected.event_id,
                     rejected.doc_id, proposal.event_id, proposal.doc_id])


def build_gapped_store(db: str) -> str:
    """KEN→TZA agreements in January and April 2024 only: February and March have no events (the pair's
    Goldstein line must break there, not run at 0)."""
    coded = []
    for text, day in (("Kenya signed a grain accord with Tanzania.", "2024-01-10"),
                      ("Kenya signed a power accord with Tanzania.", "2024-04-12")):
        art = make_article(text, published=day)
        coded.append(CodedArticle(art, 1, 1, (make_event(art, "AGREE", "KEN", "TZA", day),), fingerprint(art)))
    store.write_batch(db, coded, [])
    return db
