"""docs/codebook.md documents every column of every table a detente database holds."""
from __future__ import annotations

import re

from detente import store
from detente.store.sql import run_sql

from tests.conftest import REPO

CODEBOOK = REPO / "docs" / "codebook.md"


def _sections() -> dict[str, str]:
    """Table name → the text of its "## Table `name`" section."""
    text = CODEBOOK.read_text(encoding="utf-8")
    parts = re.split(r"^## Table `(\w+)`\s*$", text, flags=re.MULTILINE)
    return dict(zip(parts[1::2], parts[2::2]))


def test_every_schema_column_is_documented(tmp_path):
    db = str(tmp_path / "schema.duckdb")
    store.connect(db).close()  # every table and column the schema creates, added columns included
    columns = run_sql(db, "SELECT table_name, column_name FROM information_schema.columns "
                          "WHERE table_schema = 'main' ORDER BY table_name, ordinal_position", max_rows=0).rows
    sections = _sections()
    missing = [f"{table}.{column}" for table, column in columns
               if f"| `{column}` |" not in sections.get(table, "")]
    assert not missing, (f"docs/codebook.md does not document these columns: {', '.join(missing)}. Add a row "
                         f"\"| `column` | meaning | … |\" under the heading \"## Table `table`\" (add the heading "
                         f"for a new table).")


def test_codebook_documents_no_table_the_schema_lacks(tmp_path):
    db = str(tmp_path / "schema.duckdb")
    store.connect(db).close()
    tables = {r[0] for r in run_sql(db, "SELECT table_name FROM information_schema.tables", max_rows=0).rows}
    later = {"incidents", "agreements", "agreement_stages"}  # documented by the stages that add them
    assert set(_sections()) - later <= tables
