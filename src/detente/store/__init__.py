"""Store stage: the DuckDB file (schema in schema.sql; rows built only in rows.py)."""
from detente.store.db import (DEFAULT_DB, connect, fingerprints, finished_inputs, known_documents, opened,
                              write_batch, write_stories)

__all__ = ["DEFAULT_DB", "connect", "fingerprints", "finished_inputs", "known_documents", "opened",
           "write_batch", "write_stories"]
