"""events.page_anchor.in_subject_clause: only the first day after a reduced clause's participle on the lead's
subject ends that clause (eval/wire29: "The engineers detained at the reservoir ten days ago walked back across
the crossing on Tuesday afternoon" gave its undated handovers the detention's day). Sentences written for these
tests; the page is published on Friday 2021-05-14."""
from __future__ import annotations

from detente import pipeline
from detente.events.dates import find_dates
from detente.events.page_anchor import in_subject_clause
from detente.records import Document

LEAD = ("The two Kenyan fishermen detained on the lake ten days ago crossed back at the Busia post on Tuesday "
        "afternoon, greeted by their families.")


def test_only_the_first_day_after_the_participle_ends_the_clause():
    ago, tuesday = find_dates(LEAD)
    assert in_subject_clause(LEAD, ago)
    assert not in_subject_clause(LEAD, tuesday)


def test_an_undated_handover_after_such_a_lead_takes_the_leads_own_day():
    text = LEAD + "\n\nUgandan border officers handed the men over to Kenyan officials at the middle of the bridge."
    doc = Document("d0", "t0.txt", None, "text", text, date="2021-05-14")
    coded = pipeline.code_documents([doc])[0]
    dated = {e.date.value for e in coded.events if e.evidence.sentence.startswith("Ugandan border")}
    assert dated == {"2021-05-11"}


def test_a_day_after_a_main_verb_read_as_a_participle_keeps_its_rank():
    # eval/wire15's lead shape: "denied on Tuesday that ... heard near the lake on Sunday"; no verb follows the
    # first day, so the second is not moved ahead of it
    lead = ("Kenya's army denied on Tuesday that its boats had fired on Ugandan waters and said the shots heard near "
            "the island on Sunday came from smugglers.")
    tuesday, sunday = find_dates(lead)
    assert in_subject_clause(lead, tuesday) == in_subject_clause(lead, sunday)
