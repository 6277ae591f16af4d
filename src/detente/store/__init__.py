"""Store stage: the DuckDB file (schema in schema.sql; rows built only in rows.py)."""
from detente.store.dataset import is_dataset
from detente.store.db import (DEFAULT_DB, connect, fingerprints, finished_inputs, known_documents, opened,
                              write_batch, write_part, write_stories)

__all__ = ["DEFAULT_DB", "connect", "fingerprints", "finished_inputs", "is_dataset", "known_documents", "opened",
           "write_batch", "write_part", "write_stories"]
