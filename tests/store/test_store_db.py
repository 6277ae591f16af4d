import dataclasses
import os

import pytest

from detente import store
from detente.errors import NotFound, StoreError
from detente.records import Reject
from detente.store import queries

from tests.conftest import make_coded

TEXT = "Kenya and Tanzania signed a trade agreement in Arusha on Tuesday, officials said."


def test_write_batch_twice_adds_nothing(tmp_path):
    db = str(tmp_path / "t.duckdb")
    coded = make_coded(TEXT, events=2)
    reject = Reject("bad.jsonl", 3, "bad_json", "line 3 is not JSON")
    for _ in range(2):
        store.write_batch(db, [coded], [reject], [("key1", "in.txt")])
    assert queries.counts(db) == {"documents": 1, "segments": 1, "events": 2, "stories": 1, "rejects": 1, "ledger": 1,
                                  "sources": 1, "incidents": 0}


def test_events_round_trip_through_rows(tmp_path):
    db = str(tmp_path / "t.duckdb")
    coded = make_coded(TEXT, events=1)
    store.write_batch(db, [coded], [])
    (event, _story), = queries.select_events(db)
    assert event == coded.events[0]


def test_filters_by_country_dyad_type_and_since(tmp_path):
    db = str(tmp_path / "t.duckdb")
    store.write_batch(db, [make_coded(TEXT, events=3)], [])
    F = queries.EventFilter
    assert len(queries.select_events(db, F(country="ken"))) == 3
    assert len(queries.select_events(db, F(dyad="TZA-KEN"))) == 3
    assert len(queries.select_events(db, F(dyad="TZA-UGA"))) == 0
    assert [e.event_type for e, _ in queries.select_events(db, F(event_type="aid"))] == ["AID"]
    assert len(queries.select_events(db, F(since="2024-03"))) == 3
    assert len(queries.select_events(db, F(since="2025"))) == 0


def test_filter_by_least_confidence(tmp_path):
    from dataclasses import replace

    from detente.records import CodedArticle

    db = str(tmp_path / "t.duckdb")
    coded = make_coded(TEXT, events=3)
    events = tuple(replace(e, confidence=c) for e, c in zip(coded.events, (0.95, 0.9, 0.6)))
    store.write_batch(db, [CodedArticle(coded.article, 1, 1, events, coded.fingerprint)], [])
    F = queries.EventFilter
    assert sorted(e.confidence for e, _ in queries.select_events(db, F(min_confidence=0.9))) == [0.9, 0.95]
    assert len(queries.select_events(db, F(min_confidence=0.0))) == 3


def test_bad_filter_values_raise_config_errors():
    from detente.errors import ConfigError

    with pytest.raises(ConfigError):
        queries.EventFilter(dyad="PAKUSA").where()
    with pytest.raises(ConfigError):
        queries.EventFilter(since="March").where()
    with pytest.raises(ConfigError):
        queries.EventFilter(min_confidence=90).where()  # a percentage, not a probability


@pytest.mark.parametrize("kwargs, words", [
    ({"event_type": "FOO"}, ["'FOO'", "AGREE", "ASSAULT"]), ({"status": "maybe"}, ["asserted, pending, negated"]),
    ({"since": "2024-13"}, ["month must be in 1..12"]), ({"until": "2024-02-30"}, ["day is out of range"]),
    ({"since": "2024-02-29"}, None), ({"status": "NEGATED", "event_type": " agree "}, None),
])
def test_filter_values_outside_the_vocabulary_or_calendar_are_refused(kwargs, words):
    from detente.errors import ConfigError

    if words is None:
        queries.EventFilter(**kwargs).where()
        return
    with pytest.raises(ConfigError) as caught:
        queries.EventFilter(**kwargs).where()
    assert all(word in str(caught.value) for word in words), caught.value


def test_reading_a_missing_database_is_a_config_error_and_creates_nothing(tmp_path):
    from detente.errors import ConfigError

    with pytest.raises(ConfigError, match="does not exist"):
        queries.select_events(str(tmp_path / "absent.duckdb"))
    assert not (tmp_path / "absent.duckdb").exists()


def test_a_database_file_named_with_a_trailing_slash_is_told_to_drop_it(tmp_path):
    # session 14 newcomer: "--db demo.duckdb/ does not exist" while demo.duckdb was there
    from detente.errors import ConfigError

    path = str(tmp_path / "news.duckdb")
    store.write_batch(path, [make_coded(TEXT)], [])
    with pytest.raises(ConfigError, match="drop the /") as caught:
        queries.select_events(path + "/")
    assert "does not exist" not in str(caught.value)
    with pytest.raises(ConfigError, match="does not exist"):
        queries.select_events(str(tmp_path / "absent") + "/")


def test_a_database_that_cannot_be_created_says_what_to_do(tmp_path):
    # session 14 newcomer: `--db /proc/x.duckdb` ended on DuckDB's "Cannot open file …" with no next step
    (tmp_path / "plain").write_text("not a folder")
    with pytest.raises(StoreError, match="cannot open the database: .*; name a --db in a folder you can write to"):
        store.write_batch(str(tmp_path / "plain" / "x.duckdb"), [make_coded(TEXT)], [])


def test_a_duckdb_file_without_detente_tables_is_named_as_such(tmp_path):
    import duckdb

    path = str(tmp_path / "other.duckdb")
    duckdb.connect(path).execute("CREATE TABLE events (x INTEGER)").close()
    with pytest.raises(StoreError, match="not one made by detente"):
        queries.select_events(path)


def test_file_names_that_are_not_utf8_are_stored_with_their_bytes_escaped(tmp_path):
    # os.fsdecode(b"caf\xe9.txt") keeps the Latin-1 byte as a lone surrogate, which DuckDB cannot hold.
    name = os.fsdecode(b"caf\xe9.txt")
    db = str(tmp_path / "t.duckdb")
    coded = make_coded(TEXT)
    coded = dataclasses.replace(coded, article=dataclasses.replace(coded.article, path=name))
    store.write_batch(db, [coded], [Reject(os.fsdecode(b"\xff.bin"), None, "binary", "not text")], [("k", name)])
    with store.opened(db, read_only=True) as con:
        assert con.execute("SELECT path FROM documents").fetchone()[0] == "caf\\xe9.txt"
        assert con.execute("SELECT path FROM rejects").fetchone()[0] == "\\xff.bin"


def test_unknown_event_is_not_found(tmp_path):
    db = str(tmp_path / "t.duckdb")
    store.write_batch(db, [], [])
    with pytest.raises(NotFound):
        queries.get_event(db, "e0000")


def test_a_file_that_is_not_a_database_is_a_store_error(tmp_path):
    bad = tmp_path / "not.duckdb"
    bad.write_text("hello")
    with pytest.raises(StoreError):
        store.known_documents(str(bad))


def test_stories_are_written_to_stored_documents(tmp_path):
    from detente.records import StoryLink

    db = str(tmp_path / "t.duckdb")
    coded = make_coded(TEXT)
    store.write_batch(db, [coded], [])
    store.write_stories(db, [StoryLink(coded.article.doc_id, "s123")])
    assert queries.get_document(db, coded.article.doc_id)["story_id"] == "s123"


def test_incidents_are_stored_read_back_and_named_by_their_events(tmp_path):
    from detente import pipeline

    db = str(tmp_path / "t.duckdb")
    store.write_batch(db, [make_coded(TEXT, events=3)], [])
    made = pipeline.link_incidents(store.reports(db))
    for _ in range(2):  # rewriting replaces, never duplicates
        store.write_incidents(db, made)
    assert sorted(store.incidents(db), key=lambda i: i.incident_id) == sorted(made, key=lambda i: i.incident_id)
    (agree,) = store.incidents(db, queries.EventFilter(event_type="AGREE", dyad="TZA-KEN"))
    (event, _story), = store.incident_reports(db, agree.incident_id)
    assert event.incident_id == agree.incident_id and event.event_type == "AGREE"
    assert store.incidents(db, queries.EventFilter(dyad="TZA-UGA")) == []
    assert len(store.incidents(db, queries.EventFilter(doc_id=event.doc_id))) == 3
    with pytest.raises(NotFound):
        store.incident_reports(db, "i0000")


def test_a_database_from_before_incidents_gains_the_table_and_column(tmp_path):
    import duckdb

    db = str(tmp_path / "old.duckdb")
    con = duckdb.connect(db)
    con.execute("CREATE TABLE events (event_id VARCHAR PRIMARY KEY, doc_id VARCHAR, date VARCHAR, "
                "date_precision VARCHAR)")
    con.execute("INSERT INTO events VALUES ('e1', 'd1', '2024-03-05', 'day')")
    con.execute("CREATE TABLE stories (doc_id VARCHAR PRIMARY KEY, story_id VARCHAR, signature BLOB, published VARCHAR)")
    con.execute("INSERT INTO stories VALUES ('d1', 's1', ?, '2024-03-05')", [bytes(8 * 64)])
    con.close()
    store.write_batch(db, [], [])  # every write connect runs the idempotent schema
    with store.opened(db, read_only=True) as con:
        assert con.execute("SELECT event_id, incident_id FROM events").fetchall() == [("e1", None)]
        assert con.execute("SELECT count(*) FROM incidents").fetchone() == (0,)
    (old,) = store.fingerprints(db)
    assert (old.topics, old.latest_year, old.names) == ((), None, b"")


def test_a_staging_table_made_before_the_names_column_still_takes_a_batch(tmp_path):
    import duckdb

    db = str(tmp_path / "old.duckdb")
    store.write_batch(db, [], [])
    con = duckdb.connect(db)
    con.execute("ALTER TABLE staging.stories DROP COLUMN names")  # as a database of the session before
    con.close()
    from dataclasses import replace

    from detente.stories import fingerprint

    coded = make_coded(TEXT)
    coded = replace(coded, fingerprint=fingerprint(coded.article, coded.events))
    store.write_batch(db, [coded], [], staged=True)
    store.merge_staged(db)
    (fp,) = store.fingerprints(db)
    assert fp.topics == ("KEN-TZA",) and fp.names == coded.fingerprint.names != b""


def test_reports_share_repeated_values_and_keep_their_types(tmp_path):
    db = str(tmp_path / "t.duckdb")
    store.write_batch(db, [make_coded(TEXT, events=3)], [])
    first, *others = sorted(store.reports(db), key=lambda r: r.event_id)
    assert len({r.event_id for r in [first, *others]}) == 3
    assert all(r.doc_id is first.doc_id for r in others)  # equal values are one object
    assert all(a is b for r in others for a, b in zip(dataclasses.astuple(r.as_report())[1:],
                                                      dataclasses.astuple(first.as_report())[1:])
               if isinstance(a, str) and a == b)
    assert all(r._doc is first._doc for r in others)  # one document's part, shared by its rows
    assert isinstance(first.confidence, float) and isinstance(first.trigger_start, int)
    from detente.store.db import shared_values

    memo: dict = {}  # 1, 1.0 and True are equal in Python; each must keep its own type
    assert [type(v) for v in shared_values(("e2", 1, 1.0, True, None), memo)] == [str, int, float, bool, type(None)]
    assert [type(v) for v in shared_values(("e3", True, 1.0, 1, None), memo)] == [str, bool, float, int, type(None)]
    kept, late = "x" * 3, "".join(["x"] * 3)  # equal strings, distinct objects
    row = shared_values(("e4", kept, late), memo, upto=2)
    assert row == ("e4", "xxx", "xxx") and row[1] is memo[(str, "xxx")] and row[2] is late

def test_agreement_reports_stream_every_event_whose_sentence_holds_a_head(tmp_path):
    db = str(tmp_path / "t.duckdb")
    coded = make_coded(TEXT, events=3)
    other = make_coded("Kenya and Tanzania held talks in Arusha on Tuesday, officials said.", events=2)
    shouted = make_coded("KENYA AND TANZANIA SIGN CEASE-FIRE IN ARUSHA", events=1)
    store.write_batch(db, [coded, other, shouted], [])
    found = store.agreement_reports(db)
    assert not isinstance(found, list)  # yielded as read: the stage keeps only those that name an agreement
    assert sorted(r.event_id for r in found) == sorted(e.event_id for e in coded.events + shouted.events)


def test_corpus_level_writes_in_slices_store_the_same_rows(tmp_path, monkeypatch):
    from detente import pipeline
    from detente.store import db as store_db

    whole, sliced = str(tmp_path / "whole.duckdb"), str(tmp_path / "sliced.duckdb")
    for db in (whole, sliced):
        store.write_batch(db, [make_coded(TEXT, events=3)], [])
    made = pipeline.link_incidents(store.reports(whole))
    store.write_incidents(whole, made)
    monkeypatch.setattr(store_db, "INSERT_ROWS", 1)
    store.write_incidents(sliced, made)
    members = "SELECT event_id, incident_id FROM events ORDER BY event_id"
    with store.opened(whole, read_only=True) as a, store.opened(sliced, read_only=True) as b:
        assert a.execute(members).fetchall() == b.execute(members).fetchall()
        assert a.execute("SELECT count(*) FROM incidents").fetchone() == b.execute(
            "SELECT count(*) FROM incidents").fetchone() == (len(made),)


def _staged_rows(db: str) -> int:
    with store.opened(db) as con:
        return sum(con.execute(f"SELECT count(*) FROM staging.{t}").fetchone()[0] for t in store.db.STAGED_TABLES)


def _every_row(db: str) -> dict:
    with store.opened(db, read_only=True) as con:
        return {t: sorted(con.execute(f"SELECT * EXCLUDE (ingested_at) FROM {t}" if t == "documents" else
                                      f"SELECT * FROM {t}").fetchall(), key=repr) for t in store.db.STAGED_TABLES}


def test_staged_batches_merge_into_the_rows_a_direct_write_stores(tmp_path, monkeypatch):
    """An ingest's batches go to the keyless staging tables; merged (here in several slices, a
    document twice), they are the rows writing the same batches directly stores."""
    monkeypatch.setattr(store.db, "MERGE_EVENTS", 2)
    batches = [[make_coded(TEXT, events=3)], [make_coded(TEXT + " Talks went on.", events=2)]]
    direct, staged = str(tmp_path / "direct.duckdb"), str(tmp_path / "staged.duckdb")
    for batch in batches:
        store.write_batch(direct, batch, [])
        store.write_batch(staged, batch, [], staged=True)
    store.write_batch(staged, batches[0], [], staged=True)  # a document staged twice keeps one copy of its rows
    assert store.known_documents(staged) == store.known_documents(direct)
    assert _staged_rows(staged) > 0 and queries.counts(staged)["events"] == 0
    assert store.merge_staged(staged) == 4  # 8 staged events, 2 a slice
    assert _staged_rows(staged) == 0 and _every_row(staged) == _every_row(direct)
    assert store.merge_staged(staged) == 0 and _every_row(staged) == _every_row(direct)


def test_merging_keeps_the_rows_already_stored(tmp_path):
    db = str(tmp_path / "t.duckdb")
    coded = make_coded(TEXT, events=2)
    store.write_batch(db, [coded], [])
    before = _every_row(db)
    store.write_batch(db, [coded], [], staged=True)
    store.merge_staged(db)
    assert _every_row(db) == before and _staged_rows(db) == 0


def _row_groups(db: str, table: str) -> int:
    with store.opened(db, read_only=True) as con:
        return con.execute(f"SELECT count(DISTINCT row_group_id) FROM pragma_storage_info('{table}')").fetchone()[0]


def test_batch_writes_close_without_rewriting_the_rows_staged_before(tmp_path):
    """A batch only appends, so its close skips DuckDB's vacuum: each batch's rows stay in row groups of
    their own instead of the close re-compressing every row staged so far into one (what made the
    parent's writes grow with the corpus). The merge still stores the rows a direct write stores."""
    staged, direct, vacuumed = (str(tmp_path / f"{n}.duckdb") for n in ("staged", "direct", "vacuumed"))
    batches = [[make_coded(TEXT + " Talks went on." * k, events=2)] for k in range(4)]
    for batch in batches:
        store.write_batch(staged, batch, [], staged=True)
        store.write_batch(direct, batch, [])
        with store.db.transaction(vacuumed) as con:  # a transaction that may delete keeps the vacuum
            store.db.insert_batch(con, batch, staged=True)
    assert _row_groups(staged, "staging.documents") == _row_groups(staged, "staging.events") == len(batches)
    assert _row_groups(vacuumed, "staging.documents") == _row_groups(vacuumed, "staging.events") == 1
    store.merge_staged(staged)
    assert _staged_rows(staged) == 0 and _every_row(staged) == _every_row(direct)


def test_writing_into_a_duckdb_file_of_another_program_is_refused_and_leaves_it_as_it_was(tmp_path):
    # newcomer session 12: `detente ingest --db other.duckdb` added detente's tables among the other program's
    import duckdb

    path = str(tmp_path / "other.duckdb")
    duckdb.connect(path).execute("CREATE TABLE measurements (x INTEGER)").close()
    with pytest.raises(StoreError, match="database of another program \\(tables: measurements\\)"):
        store.write_batch(path, [make_coded(TEXT)], [], [])
    with duckdb.connect(path, read_only=True) as con:
        assert con.execute("SELECT table_name FROM information_schema.tables").fetchall() == [("measurements",)]


def test_an_empty_duckdb_file_and_a_detente_database_are_written_as_before(tmp_path):
    import duckdb

    path = str(tmp_path / "fresh.duckdb")
    duckdb.connect(path).close()  # a DuckDB file with no table yet
    store.write_batch(path, [make_coded(TEXT)], [], [])
    store.write_batch(path, [make_coded(TEXT)], [], [])  # and again, into detente's own tables
    assert queries.select_events(path)


def test_a_database_file_cut_short_says_so_and_what_to_do(tmp_path):
    path = tmp_path / "whole.duckdb"
    store.write_batch(str(path), [make_coded(TEXT)], [], [])
    cut = tmp_path / "cut.duckdb"
    cut.write_bytes(path.read_bytes()[:100_000])
    with pytest.raises(StoreError, match="is cut short") as caught:
        queries.select_events(str(cut))
    assert "copy it again" in str(caught.value)


def _many_events(db: str, n: int) -> list[str]:
    """`n` event rows of 16-character ids (as ids.event_id makes them) written straight in SQL: a corpus's
    worth of events in a second, for the memory tests of the corpus-level writes."""
    with store.db.transaction(db) as con:
        con.execute(f"INSERT INTO events (event_id, doc_id, event_type, sentence) SELECT left(sha256(i::VARCHAR), 16), "
                    f"left(sha256((i // 16)::VARCHAR), 16), 'CONSULT', repeat('x', 120) FROM range({n}) t(i)")
        ids = [r[0] for r in con.execute("SELECT event_id FROM events ORDER BY event_id").fetchall()]
    return ids


def _incidents_of(ids: list[str], per: int, salt: str) -> list:
    from detente.records import Incident

    return [Incident(f"{salt}{k:014d}", "CONSULT", None, "reported", None, "unknown", None, None, None, None, None,
                     None, per, 1, 1, None, None, 0.5, (), tuple(ids[k * per:(k + 1) * per]))
            for k in range(-(-len(ids) // per))]


def test_an_out_of_memory_error_says_so_and_how_to_resume(tmp_path, monkeypatch):
    """DuckDB's out-of-memory error is named as such, with the limit, the variable that raises it and that a
    rerun resumes; not "is it a database made by this version of detente?" (session 11's 50,000 run), nor
    "Current transaction is aborted", which the Arrow table's unregistering raised in its place."""
    db = str(tmp_path / "many.duckdb")
    ids = _many_events(db, 150_000)
    monkeypatch.setattr(store.db, "WRITE_MEMORY_LIMIT", "4MB")
    with pytest.raises(StoreError) as caught:
        store.write_incidents(db, _incidents_of(ids, 10, "a"))
    words = str(caught.value)
    assert "ran out of the memory" in words and "DETENTE_WRITE_MEMORY_LIMIT" in words and "run the same" in words
    assert "this version of detente" not in words


def test_running_out_of_memory_while_the_tables_are_made_says_so_too(tmp_path, monkeypatch):
    """The schema's creation under a limit too low for it is the same out-of-memory message, not "cannot set up
    detente's tables" (a combined test run hit a 4 MB limit there, session 14)."""
    monkeypatch.setattr(store.db, "WRITE_MEMORY_LIMIT", "1KB")
    with pytest.raises(StoreError) as caught:
        store.db.connect(str(tmp_path / "tiny.duckdb"))
    words = str(caught.value)
    assert "ran out of the memory" in words and "DETENTE_WRITE_MEMORY_LIMIT" in words, words
