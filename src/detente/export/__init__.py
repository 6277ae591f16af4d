"""Export: events, documents and the other tables out of the store, in detente's contract (contract.py)
and in the formats of the field (formats.py: PLOVER, GDELT, ICEWS)."""
from detente.export.writers import EVENT_FORMATS, FORMATS, TABLE_FORMATS, WHAT, event_records, export, export_notes

__all__ = ["EVENT_FORMATS", "FORMATS", "TABLE_FORMATS", "WHAT", "event_records", "export", "export_notes"]
