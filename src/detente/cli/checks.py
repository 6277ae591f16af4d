"""Checks of option values shared by the commands: a bad value is refused (exit 2) naming what is valid."""
from __future__ import annotations

from collections.abc import Iterable

from detente.errors import ConfigError


def choice(value: str, choices: Iterable[str], option: str) -> str:
    """`value` if it is one of `choices`, else ConfigError naming them all."""
    choices = tuple(choices)
    if value not in choices:
        raise ConfigError(f"{option} {value!r}: choose one of {', '.join(choices)}")
    return value
