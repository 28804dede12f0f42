"""Where a note's missing sections learn their style beyond the note: its earlier notes
and the template of the series whose folder holds it."""

from __future__ import annotations

from pathlib import Path

from noteapp.core.meeting.attendees import edits
from noteapp.core.meeting.attendees.learned import attendee_style
from noteapp.core.meeting.note_style import note_style
from noteapp.core.meeting.style import Sources
from noteapp.storage.style_sources import style_sources
from tests.series_files import workspace_with_series

NOTE = "# Call 2024-01-24\n\nNothing yet.\n\n## Notes\n\n- item\n"


def _workspace(tmp_path: Path) -> tuple[Path, Path]:
    workspace = workspace_with_series(tmp_path, "europe", "Europe call", "calls")
    note = workspace / "calls" / "2024-01-24.md"
    note.parent.mkdir()
    note.write_text(NOTE, encoding="utf-8")
    return workspace, note


def test_a_series_note_without_earlier_notes_learns_from_its_template(tmp_path):
    workspace, note = _workspace(tmp_path)
    src = style_sources(note, workspace)
    style = note_style(NOTE, src.like, src.template)
    assert (style.attendees.form, style.attendees.label) == ("inline", "**Attending:**")
    assert style.attendees.source == "template"
    assert style.agenda.heading == "**Open Agenda (add here 👇🏻):**"
    assert style.agenda.source == "template"
    src = style_sources(note, workspace)
    add = edits.add_attendee(NOTE, "Ada Lovelace", "AL", like=src.like, template=src.template)
    assert "**Attending:** Ada Lovelace (AL)" in add.apply(NOTE)


def test_an_earlier_note_beats_the_template_and_the_template_is_not_rendered(tmp_path):
    workspace, note = _workspace(tmp_path)
    (note.parent / "2024-01-10.md").write_text(
        "# Call\n\nPresent: Grace Hopper, Alan Turing\n", encoding="utf-8"
    )
    src = style_sources(note, workspace)
    rendered: list[str | None] = []
    template = src.template
    assert template is not None

    def render() -> str | None:
        rendered.append(template())
        return rendered[-1]

    style = attendee_style(Sources(NOTE, src.like, template=render))
    assert (style.label, style.source) == ("Present:", "earlier notes")
    assert rendered == []


def test_a_note_outside_any_series_has_no_template(tmp_path):
    workspace, _note = _workspace(tmp_path)
    alone = tmp_path / "elsewhere" / "2024-01-24.md"
    alone.parent.mkdir()
    alone.write_text(NOTE, encoding="utf-8")
    src = style_sources(alone, workspace)
    assert src.template is not None and src.template() is None
    style = note_style(NOTE, src.like, src.template)
    assert {style.attendees.source, style.agenda.source, style.actions.source} == {"default"}
    assert style_sources(None).template is None
