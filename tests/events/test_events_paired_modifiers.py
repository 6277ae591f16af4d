"""Events stage: two states joined as the modifier of the argument's noun ("Chile and Peru coast guards ...") each
own the argument (events/role_actors._paired_modifiers); only the first was found. Sentences are our own."""
from tests.events.events_kit import whole_pipeline_tests

FOUND = [
    ("Vietnam and Philippines coast guards hold first dialogue in Hanoi", ("CONSULT", "VNM", "PHL")),
    ("Chile, Peru coast guards hold first dialogue in Lima", ("CONSULT", "CHL", "PER")),
]
ABSENT = [("Vietnam and Philippines coast guards mark fifty years of service", "CONSULT")]  # no meeting held

full_coded, test_full_pipeline_classes, test_full_pipeline_near_misses = whole_pipeline_tests(FOUND, ABSENT)
