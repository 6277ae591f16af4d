"""Export: events and documents out of the store in the stable contract (contract.py)."""
from detente.export.writers import FORMATS, export

__all__ = ["FORMATS", "export"]
