"""Attendee entries as the label modules write them: every field a person can have, fixed.

A field the entry does not write is ``None`` (not ``ANY``), so a parser that invents an
affiliation or a handle fails the label.
"""

from __future__ import annotations

from tests.core.labels.schema import P


def here(
    name: str,
    affiliation: str | None = None,
    handle: str | None = None,
    initials: str | None = None,
) -> P:
    """A person listed as present (attendee list, ``Present:``, sign-in list)."""
    return P(name, initials=initials, handle=handle, affiliation=affiliation, present=True)


def away(
    name: str,
    affiliation: str | None = None,
    handle: str | None = None,
    initials: str | None = None,
) -> P:
    """A person listed as absent (``Regrets:``, apologies, absent)."""
    return P(name, initials=initials, handle=handle, affiliation=affiliation, present=False)
