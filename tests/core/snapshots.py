"""Everything a Meeting snapshot holds, as plain comparable values (its Outline object has
no equality of its own): two snapshots are the same reading of a text when these are."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from noteapp.core.meeting import Meeting
from tests.conftest import corpus_files, require_corpus


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


def draw_corpus_note(data: st.DataObject) -> str:
    """The text of a corpus note hypothesis picks (``\n`` newlines)."""
    require_corpus()
    path = data.draw(st.sampled_from(corpus_files()))
    return path.read_text(encoding="utf-8", errors="replace").replace("\r\n", "\n")
