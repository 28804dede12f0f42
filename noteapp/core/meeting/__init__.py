"""What a meeting note holds, read as a person would: the ``noteapp.core.meeting`` package.

- :mod:`.blocks`: the Markdown blocks of a note with their line spans;
- :mod:`.sections`: the sections and the role of each (attendees, agenda, actions...);
- :mod:`.snapshot`: :class:`Meeting` and :func:`parse_meeting`, everything at once;
- :mod:`.teach`: the roles a user taught for a series, kept in the workspace;
- :mod:`.attendees`: who came, in each list's own style;
- :mod:`.style`: the style of a part the note does not have yet, and where it was learned.

The words people label the parts of a note with are one table,
:mod:`noteapp.core.text.vocabulary`.

``Meeting`` and ``parse_meeting`` are imported from here; the readers of the package
(and the older modules that use its vocabulary) import their modules directly, so
importing one part does not import the whole parse.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from noteapp.core.meeting.snapshot import Meeting, parse_meeting

__all__ = ["Meeting", "parse_meeting"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from noteapp.core.meeting import snapshot

        return getattr(snapshot, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
