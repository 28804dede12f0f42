"""A series' template rendered with one sample person and topic: the "template" source
of the style a note's missing sections take (:mod:`noteapp.core.meeting.style`)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from noteapp.core.errors import NoteError
from noteapp.core.series.model import Person, Series
from noteapp.core.series.newnote import plan_note

SAMPLE = Person("Ada Lovelace", "AL", "ada", "Engines")


def template_sample(series: Series, workspace: Path | None = None) -> str | None:
    """The text of the series' first note with :data:`SAMPLE` present and one topic, so
    its attendee block and agenda show their form; None if the template fails."""
    sample = replace(series, agenda=series.agenda or ("Sample topic",))
    try:
        return plan_note(
            sample, series.first_start.date(), workspace=workspace, attending=(SAMPLE,)
        ).text
    except (NoteError, OSError):  # a broken template: the default style, not a failed edit
        return None
