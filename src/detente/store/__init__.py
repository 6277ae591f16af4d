"""Store stage: the DuckDB file (schema in schema.sql; rows built only in rows.py)."""
from detente.store.dataset import is_dataset
from detente.store.db import (DEFAULT_DB, connect, fingerprints, finished_inputs, finished_rejects, known_documents,
                              merge_staged, opened,
                              agreement_reports, reports, write_agreements, write_batch, write_incidents, write_part, write_stories)
from detente.store.story_date_io import date_reports, page_dates, story_date_slices, write_story_dates
from detente.store.incident_io import drop_stale_incidents, incident_slices, slice_reports, write_incident_slice
from detente.store.agreement_queries import agreements, get_agreement, lifecycle_steps
from detente.store.queries import incident_reports, incidents

__all__ = ["DEFAULT_DB", "connect", "fingerprints", "finished_inputs", "finished_rejects", "is_dataset", "known_documents", "merge_staged", "opened",
           "reports", "agreement_reports", "write_agreements", "agreements", "get_agreement", "lifecycle_steps", "write_batch", "write_incidents", "write_part", "write_stories", "incidents",
           "page_dates", "date_reports", "write_story_dates", "story_date_slices",
           "incident_reports", "incident_slices", "slice_reports", "write_incident_slice", "drop_stale_incidents"]
