"""A summons at which the envoy is told of his expulsion or a recall is no summons of its own (incidents.announced)."""
from __future__ import annotations

from dataclasses import replace

from detente.incidents.announced import EXPULSION, told_expulsion
from detente.incidents.asks import asks_of
from detente.incidents.group import group_reports
from tests.incidents.reports_kit import report


def test_summons_told_to_leave_reads_as_expulsion():
    assert told_expulsion("summoned to the ministry, where he was told that he had 48 hours to leave the country")
    assert told_expulsion("summoned and notified of a decision declaring him persona non grata")
    assert told_expulsion("called in on Monday and informed of the recall of Ruritania's own ambassador")
    assert asks_of("ACCUSE", "summoned and handed a note ordering him to leave the national territory") == EXPULSION


def test_summons_over_another_states_expulsion_is_a_summons():
    assert not told_expulsion("summoned over the expulsion of its consul in the border town")
    assert not told_expulsion("summoned the ambassador after Ruritania expelled two diplomats")
    assert not told_expulsion("summoned and handed a note of protest")
    assert asks_of("ACCUSE", "accused the envoy of meddling") is None
    assert asks_of("REJECT", "summoned and told to leave the country") is None


def _page(asks):
    summons = replace(report("ACCUSE", "KEN", "TZA", sentence=2, act="summons"), asks=asks)
    grounds = report("ACCUSE", "KEN", "TZA", sentence=4)
    return summons, grounds


def test_summons_told_of_expulsion_stays_with_the_days_accusations():
    summons, grounds = _page(EXPULSION)
    groups = group_reports([summons, grounds])
    assert [{r.event_id for r in g} for g in groups] == [{summons.event_id, grounds.event_id}]


def test_plain_summons_stays_apart_from_the_days_accusations():
    summons, grounds = _page(None)
    assert len(group_reports([summons, grounds])) == 2


def test_the_store_reads_the_words_after_every_type_asks_of_reads():
    """store/rows.py REPORT_SELECT gives the words after the trigger for the types asks_of reads (AGREE and ACCUSE
    were left out: stored incidents lacked accepted invitations, joint bodies and told expulsions)."""
    import duckdb

    from detente.incidents.asks import ASKS_TYPES, INVITATION
    from detente.store import rows
    con = duckdb.connect()
    con.execute("CREATE TABLE documents (doc_id VARCHAR, outlet VARCHAR, url VARCHAR, published VARCHAR)")
    con.execute("CREATE TABLE stories (doc_id VARCHAR, story_id VARCHAR)")
    con.execute("CREATE TABLE events (event_id VARCHAR, doc_id VARCHAR, event_type VARCHAR, mode VARCHAR, status VARCHAR,"
                " date VARCHAR, date_precision VARCHAR, date_source VARCHAR, date_note VARCHAR, source_country VARCHAR,"
                " source_sector VARCHAR, target_country VARCHAR, target_sector VARCHAR, location_text VARCHAR,"
                " location_country VARCHAR, confidence DOUBLE, trigger_start INTEGER, sentence_idx INTEGER,"
                " source_resolution VARCHAR, rule VARCHAR, sentence VARCHAR, start_char INTEGER, status_cue VARCHAR)")
    sentences = {"AGREE": ("Her minister accepted the invitation to visit Dodoma.", "accepted", "verb:accept"),
                 "ACCUSE": ("The envoy was summoned and told he had two days to leave the country.", "summoned",
                            "verb:summon[obj:envoy]")}
    for n, (kind, (text, trigger, rule)) in enumerate(sentences.items()):
        con.execute("INSERT INTO events VALUES (?, 'd1', ?, NULL, 'asserted', NULL, 'none', 'none', '', 'KEN', 'GOV',"
                    " 'TZA', 'GOV', NULL, NULL, 0.7, ?, ?, NULL, ?, ?, 100, NULL)",
                    [f"e{n}", kind, 100 + text.index(trigger), n, rule, text])
    found = {r.event_type: r for r in map(rows.report_from_row, con.execute(rows.REPORT_SELECT).fetchall())}
    assert set(sentences) <= ASKS_TYPES
    assert found["AGREE"].asks == INVITATION
    assert found["ACCUSE"].act == "summons" and found["ACCUSE"].asks == EXPULSION
