"""Grouping reports into incidents: blocks, dates, acts with several parties, ids, bounded comparisons."""
from __future__ import annotations

from dataclasses import replace

from detente.incidents import assign_incidents
from detente.incidents.group import compatible, group_reports, stated

from tests.incidents.reports_kit import report


def _sizes(reports) -> list[int]:
    return sorted(len(i.event_ids) for i in assign_incidents(reports))


def test_two_outlets_and_two_sentences_of_one_story_are_one_incident():
    reports = [report(doc="d1", outlet="Coast Herald"), report(doc="d1", outlet="Coast Herald"),
               report("AGREE", "TZA", "KEN", doc="d2", outlet="Lake Times")]  # AGREE is direction-free
    (incident,) = assign_incidents(reports)
    assert (incident.n_mentions, incident.n_documents, incident.n_outlets) == (3, 2, 2)
    assert incident.event_type == "AGREE" and {incident.source_country, incident.target_country} == {"KEN", "TZA"}


def test_a_directed_type_keeps_its_direction():
    assert _sizes([report("ACCUSE", "KEN", "TZA"), report("ACCUSE", "TZA", "KEN", doc="d2")]) == [1, 1]


def test_other_types_or_pairs_are_other_incidents():
    assert _sizes([report("AGREE"), report("CONSULT", doc="d2"), report("AGREE", "KEN", "UGA", doc="d3")]) == [1, 1, 1]


def test_a_stated_background_date_is_another_incident_and_undated_reports_join_the_main_one():
    main = [report(date="2024-05-13", stated=True), report(date="2024-05-13", stated=True, doc="d2"),
            report(doc="d3")]
    background = [report(date="2019-07", stated=True, doc="d2")]  # "the 2019 accord they signed in July"
    incidents = assign_incidents(main + background)
    assert sorted(len(i.event_ids) for i in incidents) == [1, 3]
    assert {i.date for i in incidents} == {"2024-05-13", "2019-07"}


def test_a_date_resolved_only_to_the_anchor_is_not_evidence_of_which_event():
    vague = report(date="2024-05", stated=True)
    vague = vague.__class__(*[getattr(vague, f) for f in vague.__slots__[:12]],
                            "weekday: 'Monday' resolved against inferred 2024-05", *[getattr(vague, f) for f in vague.__slots__[13:]])
    assert stated(vague) is None
    assert stated(report(date="2019-07", stated=True)) == "2019-07"


def test_a_date_resolved_against_a_borrowed_story_day_is_not_evidence_of_which_event():
    borrowed = report(date="2024-05-13", stated=True)
    fields = {f: getattr(borrowed, f) for f in borrowed.__slots__}
    borrowed = borrowed.__class__(**(fields | {"date_source": "story",
                                               "date_note": "weekday: 'Monday' resolved against story 2024-05-14"}))
    assert stated(borrowed) is None


def _noted(base, source: str, note: str):
    return replace(base, date_source=source, date_note=note)


def test_another_month_resolved_against_a_borrowed_story_day_is_evidence_of_another_event():
    # "Ruritanian jets have violated the border before, and in October ..." on an undated page of a
    # November story: another act than the story's November violation, whatever the page's own day
    earlier = _noted(report("MOBILIZE", date="2024-10", stated=True), "story",
                     "bare-month: 'in October' resolved against story 2024-11-24")
    assert stated(earlier) == "2024-10"
    same_month = _noted(report("MOBILIZE", date="2024-11", stated=True), "story",
                        "rel-week: 'last week' resolved against story 2024-11-24")
    assert stated(same_month) is None
    main = [report("MOBILIZE", date="2024-11-24", stated=True), report("MOBILIZE", doc="d2", date="2024-11-24")]
    assert _sizes(main + [earlier]) == [1, 2]


def test_a_day_counted_on_from_the_last_day_stated_is_not_evidence_of_which_event():
    # "the agency, which on Tuesday reported the clash, revised its report a day later to say ...": the
    # count starts from the report's day, not the clash's; it joins the clash of its month
    chained = _noted(report("ASSAULT", date="2024-05-17", stated=True), "sentence",
                     "shift: 'a day later' counted from 2024-05-16, the last day stated before")
    assert stated(chained) is None
    clash = [report("ASSAULT", date="2024-05-14", stated=True), report("ASSAULT", doc="d2", date="2024-05-14", stated=True)]
    assert _sizes(clash + [replace(chained, doc_id="d3")]) == [3]
    counted = _noted(chained, "sentence", "shift-clause: 'two days after' 'Wednesday' (2024-05-15)")
    assert stated(counted) == "2024-05-17"


def test_neighbouring_days_fit_and_other_days_do_not():
    assert compatible("2024-05-13", "2024-05-14") and compatible("2024-05", "2024-05-30")
    assert compatible(None, "2024-05-13") and not compatible("2024-05-13", "2024-05-16")
    assert not compatible("2024-04", "2024-05")


def test_reports_of_one_directed_trigger_with_several_parties_are_one_act():
    reports = [report("ACCUSE", "IGO", "NER", doc="d1", trigger=40), report("ACCUSE", "IGO", "MLI", doc="d1", trigger=40)]
    assert _sizes(reports) == [2]


def test_one_symmetric_trigger_with_several_partners_is_several_agreements():
    # "Israel signed accords with the UAE and Bahrain": two bilateral documents
    reports = [report("AGREE", "ISR", "ARE", doc="d1", trigger=40), report("AGREE", "ISR", "BHR", doc="d1", trigger=40)]
    assert _sizes(reports) == [1, 1]


def test_one_symmetric_trigger_between_two_sides_of_several_parties_is_one_deal():
    # "Ruritania and Freedonia signed the corridor deal with Sylvania and the UN": every pair across, one deal
    across = [("RUR", "SYL"), ("RUR", "UNO"), ("FRE", "SYL"), ("FRE", "UNO")]
    reports = [report("AGREE", a, b, doc="d1", trigger=40) for a, b in across]
    assert _sizes(reports) == [4]
    # a pair missing, or a pair within one side (a mediator signing with both: a triangle), is no such shape
    assert _sizes(reports[:3]) == [1, 1, 1]
    triangle = [report("AGREE", a, b, doc="d2", trigger=9) for a, b in (("IRN", "SAU"), ("IRN", "CHN"), ("SAU", "CHN"))]
    assert _sizes(triangle) == [1, 1, 1]
    assert _sizes(reports + [report("AGREE", "RUR", "FRE", doc="d1", trigger=40)]) == [1, 1, 1, 1, 1]


def test_other_stories_join_only_on_the_same_stated_day():
    same_day = [report(story="s1", date="2024-05-13", stated=True), report(story="s2", doc="d2", date="2024-05-14", stated=True)]
    assert _sizes(same_day) == [2]
    unstated = [report(story="s1"), report(story="s2", doc="d2")]
    assert _sizes(unstated) == [1, 1]


def test_ids_are_content_hashes_that_do_not_depend_on_order():
    reports = [report(doc=f"d{i}", story=f"s{i % 3}", date=f"2024-05-{10 + i % 4}", stated=bool(i % 2))
               for i in range(12)]
    assert assign_incidents(reports) == assign_incidents(reports[::-1])
    assert all(i.incident_id.startswith("i") for i in assign_incidents(reports))


def test_every_report_is_in_exactly_one_incident():
    reports = [report(t, doc=f"d{i}", story=f"s{i % 2}") for i, t in enumerate(["AGREE", "AID", "AGREE", "ACCUSE"] * 5)]
    members = [e for group in group_reports(reports) for e in group]
    assert sorted(r.event_id for r in members) == sorted(r.event_id for r in reports)


def test_a_bare_year_that_is_only_the_latest_year_a_page_mentions_does_not_split_an_incident():
    main = [report(date="2023-03-10", stated=True, doc="d1"), report(date="2023-03-10", stated=True, doc="d2")]
    undated_page = report(doc="d3", published=None, date="2016")  # no publication date; the page mentions 2016
    assert _sizes(main + [undated_page]) == [3]


def test_a_period_start_is_not_the_day_of_the_event():
    since = report(date="2011", stated=True)
    since = since.__class__(*[getattr(since, f) for f in since.__slots__[:12]],
                            "year: 'since 2011' resolved against dateline 2023-03-16",
                            *[getattr(since, f) for f in since.__slots__[13:]])
    assert stated(since) is None


def test_reports_dated_only_by_pages_months_apart_are_other_incidents_of_one_story():
    # One story followed up for months (stories.FOLLOW_UP_DAYS): a refusal reported in May and another
    # reported in November, neither sentence stating a date, are two refusals; outlets a few days apart
    # still report one.
    may = [report("REJECT", doc="d1", date="2024-05-14", published="2024-05-14"),
           report("REJECT", doc="d2", date="2024-05-17", published="2024-05-17")]
    november = [report("REJECT", doc="d3", date="2024-11-20", published="2024-11-20")]
    assert _sizes(may + november) == [1, 2]
    assert _sizes(may + november + [report("REJECT", doc="d4", date=None, published=None)]) == [1, 3]
    assert _sizes([report("REJECT", doc="d5", date="2024-05", published="2024-05"), *may]) == [3]


def test_a_report_dated_only_by_its_page_joins_the_group_of_its_own_day_before_a_larger_one():
    # Two acts of one pair in one month: a release stated on the 17th by two outlets, a deal stated on
    # the 22nd by one. A third page of the 22nd, its sentence stating no date, reports the deal.
    release = [report(date="2024-05-17", stated=True, doc="d1"), report(date="2024-05-17", stated=True, doc="d2")]
    deal = report(date="2024-05-22", stated=True, doc="d3")
    page = report(date="2024-05-22", published="2024-05-22", doc="d4")
    groups = group_reports(release + [deal, page])
    assert sorted(len(g) for g in groups) == [2, 2]
    assert next(g for g in groups if page in g) == sorted([deal, page], key=lambda r: r.event_id)
    # with no group on its day, it still joins the largest of its month
    later = report(date="2024-05-25", published="2024-05-25", doc="d5")
    assert sorted(len(g) for g in group_reports(release + [deal, later])) == [1, 3]


def _text_day(**kwargs):
    """A report dated by a day its paragraph or its page's lead states, not its own sentence."""
    from dataclasses import replace
    return replace(report(**kwargs), date_source="text",
                   date_note="no date in the sentence; 'Wednesday' in the sentence next to it in its paragraph")


def test_a_report_dated_by_its_paragraphs_day_joins_no_group_of_another_day_of_its_month():
    # One state's accusation stated on the 14th by two outlets; another outlet's paragraph puts an
    # accusation on the 16th (eval/wire8: a second ministry's charge two days later was joined to the first).
    first = [report("ACCUSE", date="2024-05-14", stated=True, doc="d1"),
             report("ACCUSE", date="2024-05-14", stated=True, doc="d2")]
    assert _sizes(first + [_text_day(event_type="ACCUSE", date="2024-05-16", doc="d3")]) == [1, 2]
    assert _sizes(first + [_text_day(event_type="ACCUSE", date="2024-05-15", doc="d3")]) == [3]  # a day off fits
    # a publication date is no such evidence: it still joins the largest group of its month
    assert _sizes(first + [report("ACCUSE", date="2024-05-16", published="2024-05-16", doc="d3")]) == [3]


def test_a_report_dated_by_its_paragraphs_day_joins_a_group_stating_only_its_month():
    # "sent troops on Sunday" (a day from its lead) and two outlets' "deployed troops in May": no
    # stated day disagrees with it, so it is their act (eval/wire9); a group of another stated day is not
    month = [report("MOBILIZE", date="2024-05", stated=True, doc="d1"),
             report("MOBILIZE", date="2024-05", stated=True, doc="d2")]
    assert _sizes(month + [_text_day(event_type="MOBILIZE", date="2024-05-12", doc="d3")]) == [3]
    other_day = [report("MOBILIZE", date="2024-05-14", stated=True, doc="d4")]
    assert _sizes(other_day + [_text_day(event_type="MOBILIZE", date="2024-05-12", doc="d3")]) == [1, 1]
    assert _sizes(month + other_day + [_text_day(event_type="MOBILIZE", date="2024-06-02", doc="d5")]) == [1, 3]


def test_reports_dated_by_their_paragraphs_days_a_week_apart_are_two_acts():
    # a refusal on one Wednesday and another on the next, neither sentence stating its day (eval/wire8)
    refusals = [_text_day(event_type="REJECT", date="2024-05-15", doc="d1"),
                _text_day(event_type="REJECT", date="2024-05-22", doc="d2")]
    assert _sizes(refusals) == [1, 1]
    assert _sizes(refusals + [report("REJECT", date="2024-05-18", published="2024-05-18", doc="d3")]) == [1, 2]
    assert _sizes([*refusals[:1], _text_day(event_type="REJECT", date="2024-05-16", doc="d4")]) == [2]
    # two days apart they are one act dated from different days by their outlets' paragraphs (eval/wire9)
    assert _sizes([*refusals[:1], _text_day(event_type="REJECT", date="2024-05-17", doc="d4")]) == [2]


def test_an_accusation_and_a_rejection_in_one_sentence_are_one_reply():
    # "Sylvania issued a statement rejecting the protest" (ACCUSE and REJECT), and another outlet's
    # "Sylvania rejected the protest" two days on: one reply
    sentence = [report("ACCUSE", "SYL", "FRD", doc="d1", trigger=5, sentence=3, date="2024-05-14", stated=True),
                report("REJECT", "SYL", "FRD", doc="d1", trigger=40, sentence=3, date="2024-05-14", stated=True)]
    other = report("REJECT", "SYL", "FRD", doc="d2", sentence=1, date="2024-05-14", stated=True)
    assert _sizes(sentence + [other]) == [3]
    # in two sentences, or aimed at two states, they stay two acts
    apart = [sentence[0], replace(sentence[1], sentence_idx=4)]
    assert _sizes(apart) == [1, 1]
    assert _sizes([sentence[0], replace(sentence[1], target_country="TZA")]) == [1, 1]


def test_an_earlier_year_a_quarrel_dates_from_is_that_acts_year():
    # "The last serious dispute at the crossing dates from 1985, when Sylvania expelled thousands of
    # workers", on a page of 2024 about this week's seizure: the expulsion is an act of its own
    old = _noted(report("COERCE", date="1985", stated=True, doc="d1"), "sentence",
                 "year: 'from 1985' resolved against dateline 2024-05-14")
    assert stated(old) == "1985"
    seizure = report("COERCE", doc="d2", date="2024-05-11", published="2024-05-14")
    assert _sizes([old, seizure]) == [1, 1]
    # "since 1985" is a period's start; so is "from" a year not before the page's
    assert stated(_noted(old, "sentence", "year: 'since 1985' resolved against dateline 2024-05-14")) is None
    assert stated(_noted(replace(old, date="2024"), "sentence", "year: 'from 2024' resolved against dateline 2024-05-14")) is None


def test_a_release_and_a_handing_over_in_one_sentence_are_one_act():
    # "Sylvania released nine Freedonian fishermen on Saturday, handing them over to a Freedonian coast guard
    # vessel" (RETREAT and CONCEDE), and the headline "Sylvania frees fishermen"
    day = dict(date="2024-05-11", stated=True)
    sentence = [report("RETREAT", "SYL", "FRD", doc="d1", trigger=5, sentence=2, **day),
                report("CONCEDE", "SYL", "FRD", doc="d1", trigger=60, sentence=2, **day)]
    headline = report("RETREAT", "SYL", "FRD", doc="d1", trigger=1, sentence=0, date="2024-05-11")
    assert _sizes(sentence + [headline]) == [3]
    # in two sentences of one page and day they are one release too (same_act.one_release_links) ...
    assert _sizes([sentence[0], replace(sentence[1], sentence_idx=4)]) == [2]
    # ... but on two pages they stay two acts (types.py: CONCEDE as RETREAT everywhere lowered wire4)
    assert _sizes([sentence[0], replace(sentence[1], sentence_idx=4, doc_id="d2")]) == [1, 1]
