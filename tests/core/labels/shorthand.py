"""Shorthands for writing labels: plain attendees, untimed topics, unowned actions.

Each builds the ``schema`` dataclasses with every field fixed, so a label written with
them labels the whole entry (no field left ``ANY`` by accident).
"""

from __future__ import annotations

from tests.core.labels.schema import Action, P, Topic


def person(
    name: str,
    *,
    initials: str | None = None,
    handle: str | None = None,
    affiliation: str | None = None,
    present: bool = True,
) -> P:
    """One attendee; the fields the entry does not write are None."""
    return P(name, initials=initials, handle=handle, affiliation=affiliation, present=present)


def names(*written: str) -> tuple[P, ...]:
    """Present attendees written as plain names: no initials, handle or affiliation."""
    return tuple(person(name) for name in written)


def untimed(*items: tuple[int, str]) -> tuple[Topic, ...]:
    """Topics (line, fragment) that carry no time box."""
    return tuple(Topic(line, text, None) for line, text in items)


def unowned(*items: tuple[int, str]) -> tuple[Action, ...]:
    """Actions (line, fragment) that name no owner and are not ticked."""
    return tuple(Action(line, text, (), False) for line, text in items)
