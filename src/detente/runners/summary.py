"""What a run did, counted by the runner and printed by the CLI."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

# Reasons that are verdicts on content, not failures to read: the input was read correctly and
# set aside on purpose (a navigation-only page, a page in another language). They are stored
# and summarised like every reject but do not make the run a partial failure (exit code 1):
# otherwise one non-article page in a crawl would fail scripts that run `set -e`.
SKIP_REASONS = frozenset({"not_article", "not_english"})
# Notes on an input that was read and kept: a JSONL metadata field of the wrong type ("url": 5) left out
# (newcomer s16). Stored and listed like rejects, counted apart, and no failure.
NOTE_REASONS = frozenset({"bad_field"})


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
    # (reason, path) → count, and its first "line: detail": the terminal lists rejects per file, because a
    # folder holding a gold.jsonl of 56 lines without a text field is one mistake, not 56 (session 7 review)
    reject_files: Counter = field(default_factory=Counter)
    reject_file_examples: dict = field(default_factory=dict)
    seconds: float = 0.0
    # Seconds before the first document could be coded: Spark's JVM and its Python workers starting (0 for the
    # local engine). The summary's rate leaves them out: "8 new documents in 96 s (0.1 documents/s)" read as
    # detente's speed when 27 s of it was the JVM (newcomer17, session 28).
    startup_seconds: float = 0.0

    @property
    def rejected(self) -> int:
        """Every input set aside, for whatever reason."""
        return sum(self.rejects.values())

    @property
    def failed(self) -> int:
        """Inputs that could not be read or coded (rejects other than content verdicts)."""
        return sum(n for reason, n in self.rejects.items() if reason not in SKIP_REASONS | NOTE_REASONS)

    @property
    def noted(self) -> int:
        """Articles kept without a field of the wrong type (NOTE_REASONS)."""
        return sum(n for reason, n in self.rejects.items() if reason in NOTE_REASONS)
