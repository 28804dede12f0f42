"""What the style of a note's missing sections is learned from, beyond the note itself
(:mod:`noteapp.core.meeting.style`): the series' earlier notes in its folder and the
series' template, found from where the note sits."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from noteapp.storage.earlier_notes import earlier_notes

if TYPE_CHECKING:
    from noteapp.core.series.model import Series


@dataclass
class StyleSources:
    """The series' earlier notes (newest first, read lazily) and its template's text
    (rendered when first asked): the ``like`` and ``template`` of the edits."""

    like: Iterator[str] = field(default_factory=lambda: iter(()))
    template: Callable[[], str | None] | None = None


def style_sources(
    path: str | os.PathLike[str] | None, workspace: Path | None = None
) -> StyleSources:
    """The sources for the note at ``path``; nothing for an unsaved note."""
    if path is None:
        return StyleSources()
    return StyleSources(earlier_notes(path), lambda: series_template(path, workspace))


def series_template(path: str | os.PathLike[str], workspace: Path | None = None) -> str | None:
    """The template of the series whose folder holds ``path``, rendered with a sample
    person and topic; None outside a series."""
    series = series_for(path, workspace)
    if series is None:
        return None
    from noteapp.core.series.template_sample import template_sample

    return template_sample(series, workspace)


def series_for(path: str | os.PathLike[str], workspace: Path | None = None) -> Series | None:
    """The series whose folder holds ``path``: the user's own before a built-in one,
    then the deepest folder."""
    try:
        from noteapp.core.series.model import list_series
        from noteapp.storage.workspace import default_workspace

        root = workspace or default_workspace()
        note = Path(path).resolve()
        found = []
        for series in list_series(workspace):
            folder = (series.folder or root / series.name).resolve()
            if note.is_relative_to(folder):
                found.append((not series.builtin, len(folder.parts), series.name, series))
    except Exception:  # the series files are another module's business: never fail a commit
        return None
    return max(found, key=lambda entry: entry[:3])[3] if found else None
