"""detente.quick_init: the records' cheaper __init__ sets the same slots, keeps the signature and stays frozen."""
from __future__ import annotations

import dataclasses
import inspect
import pickle

import pytest

from detente import records
from detente.quick_init import quick_init

RECORDS = [v for v in vars(records).values() if isinstance(v, type) and dataclasses.is_dataclass(v)]


def _expected_parameters(cls: type) -> list[tuple[str, object]]:
    return [(f.name, inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default)
            for f in dataclasses.fields(cls)]


@pytest.mark.parametrize("cls", RECORDS, ids=lambda c: c.__name__)
def test_every_record_sets_its_slots_through_descriptors(cls):
    # the dataclass's own __init__ calls object.__setattr__ by field name on every record built
    assert "__setattr__" not in cls.__init__.__code__.co_names
    assert cls.__init__.__qualname__ == f"{cls.__name__}.__init__"


@pytest.mark.parametrize("cls", RECORDS, ids=lambda c: c.__name__)
def test_signature_and_defaults_are_the_fields(cls):
    params = list(inspect.signature(cls).parameters.values())
    assert [(p.name, p.default) for p in params] == _expected_parameters(cls)
    assert all(p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD for p in params)


def test_a_token_is_built_frozen_equal_and_picklable():
    token = records.Token(3, "talks", "talk", "NOUN", "NNS", "dobj", 1, "", "O", 40)
    keywords = records.Token(i=3, text="talks", lemma="talk", pos="NOUN", tag="NNS", dep="dobj", head=1, ent="",
                             ent_iob="O", start=40)
    assert token == keywords and hash(token) == hash(keywords)
    assert (token.i, token.text, token.head, token.start) == (3, "talks", 1, 40)
    assert pickle.loads(pickle.dumps(token)) == token
    assert dataclasses.replace(token, text="Talks") == records.Token(3, "Talks", "talk", "NOUN", "NNS", "dobj", 1,
                                                                    "", "O", 40)
    with pytest.raises(dataclasses.FrozenInstanceError):
        token.i = 4  # type: ignore[misc]


def test_defaults_and_argument_errors_as_a_dataclass():
    assert records.DateInfo("2024-05") == records.DateInfo("2024-05", "none", "none", "")
    assert records.Sentence("d", 0, 0, "body", 0, 4, "Text").tokens == ()
    with pytest.raises(TypeError):
        records.Segment(0, "body", 0)  # a field missing
    with pytest.raises(TypeError):
        records.Segment(0, "body", 0, 4, 5)  # one too many
    with pytest.raises(TypeError):
        records.Segment(0, "body", 0, 4, colour="red")  # no such field


def test_a_class_it_cannot_copy_keeps_its_own_init():
    @dataclasses.dataclass(frozen=True, slots=True)
    class Checked:
        value: int

        def __post_init__(self):
            if self.value < 0:
                raise ValueError("negative")

    @dataclasses.dataclass(frozen=True, slots=True)
    class Listed:
        items: tuple = ()
        extra: list = dataclasses.field(default_factory=list)

    for cls in (Checked, Listed):
        own = cls.__init__
        assert quick_init(cls).__init__ is own
    with pytest.raises(ValueError):
        Checked(-1)
