"""store.lifecycle_steps: the steps of one agreement as `detente agreements ID` and the page list them."""
from __future__ import annotations

import duckdb
import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from detente import store
from detente.cli.main import app
from detente.web.app import create_app

from tests.web.web_corpus import add_agreements, build_store


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    """The page's store, where the signing sentence of the Lake Trade Pact was also coded as a meeting with
    a third state, as "… signed the pact at a ceremony hosted by Uganda" is: two events of one sentence."""
    path = str(tmp_path_factory.mktemp("agreement-steps") / "steps.duckdb")
    add_agreements(path, build_store(path))
    with duckdb.connect(path) as con:
        signed, doc = con.execute("SELECT event_id, doc_id FROM agreement_stages WHERE agreement_id = 'a-lake' "
                                  "AND stage = 'signed'").fetchone()
        # its id sorts first: the signing must be kept over it whatever the ids
        con.execute("INSERT INTO events SELECT * REPLACE ('e0000-host' AS event_id, 'CONSULT' AS event_type, "
                    "'UGA' AS source_country) FROM events WHERE event_id = ?", [signed])
        con.execute("INSERT INTO agreement_stages VALUES ('a-lake', 'signed', '2024-03-05', 'day', 'e0000-host', ?)",
                    [doc])
    return path


def test_a_sentence_coded_as_several_events_is_one_step_told_by_its_signing(db):
    steps = store.lifecycle_steps(db, "a-lake")
    assert [(s["stage"], s["date"], s["event_type"]) for s in steps] == \
        [("proposed", "2024-01", "REQUEST"), ("signed", "2024-03-05", "AGREE")]
    assert steps[1]["sentence"] == "Kenya signed a new trade pact with Tanzania in Arusha."
    assert steps[1]["outlet"] == "East Wire" and steps[1]["published"] == "2024-03-05"


def test_the_command_and_the_page_list_that_sentence_once(db):
    shown = CliRunner().invoke(app, ["agreements", "a-lake", "--db", db], env={"COLUMNS": "200"})
    assert shown.exit_code == 0 and shown.output.count("Kenya signed a new trade pact") == 1
    steps = TestClient(create_app(db)).get("/api/agreements/a-lake").json()["agreement"]["steps"]
    assert [s["event_id"] for s in steps].count("e0000-host") == 0 and len(steps) == 2
