"""The step of an agreement's life that one report tells."""
from __future__ import annotations

import pytest

from detente.agreements.lifecycle import ORDER, report_stage, stage_in, stage_words


@pytest.mark.parametrize("event_type, status, trigger, sentence, stage", [
    ("AGREE", "asserted", "signed", "Norway and Iceland signed the accord.", "signed"),
    ("AGREE", "asserted", "ratified", "Parliament ratified the accord.", "approved"),
    ("AGREE", "pending", "sign", "The two sides will sign the accord next month.", "negotiating"),
    ("AGREE", "negated", "agree", "The sides failed to agree on the accord.", "negotiating"),
    ("REJECT", "asserted", "quit", "Iceland quit the accord on Friday.", "exited"),
    ("THREATEN", "pending", "threatened", "Iceland threatened to quit the accord.", None),
    ("CONSULT", "asserted", "met", "Envoys met to discuss the accord.", "negotiating"),
    ("AGREE", "asserted", "agreed", "The accord took effect on Sunday after both agreed.", "agreed"),
    ("COOPERATE", "asserted", "renewed", "The two states renewed the accord for five years.", "renewed"),
    ("COOPERATE", "asserted", "resumed", "Shipping resumed under the accord.", None),
])
def test_report_stage(event_type, status, trigger, sentence, stage):
    assert report_stage(event_type, status, trigger, sentence) == stage


def test_every_stage_word_of_the_data_file_loads_and_names_a_known_stage():
    for pattern, stage, prefix in stage_words():
        assert stage in ORDER
        assert stage_in(f"they {prefix}ed it") == stage or stage_in(f"they {prefix} it") == stage, prefix


@pytest.mark.parametrize("text", ["the agreement was a topic", "a significant signal"])
def test_a_deals_own_noun_or_a_lookalike_word_names_no_step(text):
    assert stage_in(text) is None
