"""Everything a Meeting snapshot holds, as plain comparable values (its Outline object has
no equality of its own): two snapshots are the same reading of a text when these are."""

from __future__ import annotations

from typing import Any

from noteapp.core.meeting import Meeting


def snapshot_values(meeting: Meeting) -> dict[str, Any]:
    values = meeting._asdict()
    outline = values.pop("outline")
    values["outline"] = (
        outline.text,
        outline.body_start,
        outline.line_starts,
        outline.code,
        outline.headings,
        outline.sections,
    )
    # compare=False on the layouts: what an edit needs to write an entry, compared too
    values["attendee_layouts"] = [group.layout for group in meeting.attendee_groups]
    return values
