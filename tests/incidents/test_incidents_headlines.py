"""Incidents: a headline re-read by the headline passes (nlp/headline_case.py, nlp/headline_verbs.py) and
its lead report one act: they fall in one incident, not two. Pages are our own."""
from detente import pipeline
from detente.incidents.reports import report_of
from detente.records import Document

PAGES = [
    "Peru Expels Chilean Ambassador Over Spy Claims\n\nLIMA, March 12 - Peru expelled the Chilean ambassador on "
    "Tuesday over claims that his staff spied on naval bases, the foreign ministry said.",
    "Lima summons Chilean ambassador as fishing row grows\n\nLIMA, March 12 - Peru summoned the Chilean ambassador "
    "on Tuesday to protest the seizure of two fishing boats, the foreign ministry said.",
]


def test_headline_and_lead_share_one_incident():
    docs = [Document(f"d{n}", f"t{n}.txt", None, "text", text) for n, text in enumerate(PAGES)]
    coded = list(pipeline.code_documents(docs))
    reports = [report_of(e, c.article, None) for c in coded for e in c.events]
    incident = {e: i.incident_id for i in pipeline.link_incidents(reports) for e in i.event_ids}
    for page in coded:
        titled = [e for e in page.events if e.evidence.segment_role == "title"]
        assert titled, [(e.event_type, e.evidence.sentence) for e in page.events]
        for event in titled:
            same = [e for e in page.events if e.evidence.segment_role == "body" and
                    (e.event_type, e.source.country, e.target.country) ==
                    (event.event_type, event.source.country, event.target.country)]
            assert same and all(incident[e.event_id] == incident[event.event_id] for e in same)
