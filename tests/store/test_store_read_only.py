"""A database the user may read but not write: every reading command works, a write is refused up front saying
which of file or folder is read-only. Root writes whatever the modes, so as root the checks run in a child process
without the capabilities that override file modes (setpriv); as another user, the modes alone do it."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap

import pytest

from detente import store
from detente.errors import StoreError
from detente.store import queries
from detente.store.db import transaction

from tests.conftest import make_coded

TEXT = "Kenya and Tanzania signed a trade agreement in Arusha on Tuesday, officials said."
OTHER = "Kenya and Uganda held talks in Kampala on Monday, officials said."
# what a non-root user is: root with the file-mode overrides taken away
_AS_USER = (["setpriv", "--bounding-set", "-dac_override,-dac_read_search,-fowner"] if os.geteuid() == 0 else [])
_CHILD = textwrap.dedent("""
    import sys
    from detente import store
    from detente.errors import StoreError
    from detente.store import queries
    from tests.conftest import make_coded
    db = sys.argv[1]
    print("read", queries.counts(db)["events"])
    try:
        store.write_batch(db, [make_coded(sys.argv[2], events=1)], [])
    except StoreError as exc:
        print("refused", exc)
    else:
        print("written")
""")


def _as_user(db: str) -> list[str]:
    if os.geteuid() == 0 and shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: file modes cannot be enforced in a child process")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    proc = subprocess.run([*_AS_USER, sys.executable, "-c", _CHILD, db, OTHER], capture_output=True, text=True,
                          env=env, timeout=120, cwd=os.path.dirname(os.path.dirname(os.path.dirname(__file__))))
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout.splitlines()


@pytest.fixture()
def built(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    db = str(folder / "news.duckdb")
    store.write_batch(db, [make_coded(TEXT, events=2)], [])
    yield folder, db
    folder.chmod(0o755)  # so that pytest can remove it


def test_a_read_only_file_is_read_and_a_write_is_refused_naming_the_file(built):
    folder, db = built
    os.chmod(db, 0o444)
    read, refused = _as_user(db)
    assert read == "read 2" and refused.startswith("refused") and "database file is read-only" in refused
    assert queries.counts(db)["events"] == 2


def test_a_read_only_folder_is_read_and_a_write_is_refused_naming_the_journal(built):
    # session 18 newcomer: a writable file in a read-only folder coded every document, then failed its first
    # commit with "cannot rollback - no transaction is active; is it a database made by this version of detente?"
    folder, db = built
    folder.chmod(0o555)
    read, refused = _as_user(db)
    assert read == "read 2" and "folder" in refused and "news.duckdb.wal" in refused
    assert sorted(os.listdir(folder)) == ["news.duckdb"]


def test_a_read_only_folder_and_file_are_read_and_the_file_is_named(built):
    folder, db = built
    os.chmod(db, 0o444)
    folder.chmod(0o555)
    read, refused = _as_user(db)
    assert read == "read 2" and "database file is read-only" in refused


def test_a_failed_commit_is_the_error_reported_not_the_rollback_after_it(tmp_path):
    db = str(tmp_path / "t.duckdb")
    store.write_batch(db, [make_coded(TEXT, events=1)], [])
    with pytest.raises(StoreError) as raised:
        with transaction(db) as con:
            con.execute("COMMIT")  # ends the transaction: the block's own COMMIT then fails
    assert "cannot commit" in str(raised.value) and "rollback" not in str(raised.value)
