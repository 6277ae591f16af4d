"""What a run did, counted by the runner and printed by the CLI."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


@dataclass
class RunSummary:
    inputs: int = 0  # input files (or "-") looked at
    inputs_skipped: int = 0  # already finished in an earlier run (ledger)
    documents: int = 0  # new documents stored
    duplicates: int = 0  # documents whose content was already stored or seen in this run
    sentences: int = 0
    parsed: int = 0  # sentences the parser ran on (the rest failed the cheap prefilter)
    events: int = 0
    rejects: Counter = field(default_factory=Counter)  # reason → count
    reject_examples: dict = field(default_factory=dict)  # reason → first "path:line: detail"
    seconds: float = 0.0

    @property
    def rejected(self) -> int:
        return sum(self.rejects.values())
