"""A loaded note: its source facts and front matter, as a script or bot sees it."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from noteapp.core.meeting import parse_meeting
from noteapp.core.meeting.attendees.edits import (
    add_attendee,
    move_attendee,
    remove_attendee,
    set_present,
    update_attendee,
)
from noteapp.core.meeting.task_edits import add_action_item, add_agenda_item, set_checked
from noteapp.core.meeting.teach import taught_roles
from noteapp.core.text.edits import Edit
from noteapp.core.text.frontmatter import FrontMatter, jsonable, parse_front_matter
from noteapp.core.text.frontmatter_edit import delete_key, set_key
from noteapp.core.text.headings import headings
from noteapp.core.text.mojibake import find_mojibake, repair_edit
from noteapp.core.text.source import MIXED, SourceText
from noteapp.storage import notefile
from noteapp.storage.earlier_notes import earlier_notes
from noteapp.storage.style_sources import style_sources

if TYPE_CHECKING:
    from noteapp.core.meeting import Meeting
    from noteapp.core.meeting.style import NoteStyle

SCHEMA = 1


def _mojibake(text: str) -> list[Any]:
    return find_mojibake(text)


@dataclass
class Note:
    """The text of a note plus how to write it back.  Edits replace ``text``."""

    source: SourceText
    text: str
    # Opened from its file: save() refuses to overwrite bytes changed since (notefile).
    from_disk: bool = field(default=False, repr=False)

    @classmethod
    def open(cls, path: str | Path, encoding: str | None = None) -> Note:
        source = notefile.open_note(path, encoding)
        return cls(source, source.text, from_disk=True)

    @property
    def path(self) -> Path | None:
        return self.source.path

    @property
    def front_matter(self) -> FrontMatter:
        return parse_front_matter(self.text)

    @property
    def modified(self) -> bool:
        return self.text != self.source.text

    def apply(self, edit: Edit) -> None:
        self.text = edit.apply(self.text)

    def set(self, key: str, value: Any) -> None:
        """Set a front-matter key, changing only that key's lines."""
        self.apply(set_key(self.text, key, value))

    def delete(self, key: str) -> None:
        self.apply(delete_key(self.text, key))

    # -- meeting edits: each changes only the lines it must, in the note's own style.
    # Indexes are into the lists of ``meeting()`` taken just before the call.

    def add_attendee(
        self,
        name: str,
        initials: str | None = None,
        handle: str | None = None,
        affiliation: str | None = None,
        present: bool = True,
    ) -> None:
        src = style_sources(self.path)  # a first attendee block: as the series writes one
        self.apply(
            add_attendee(
                self.text,
                name,
                initials,
                handle,
                affiliation,
                present,
                roles=self.roles(),
                like=src.like,
                template=src.template,
            )
        )

    def remove_attendee(self, index: int) -> None:
        self.apply(remove_attendee(self.text, index, roles=self.roles()))

    def update_attendee(self, index: int, **fields: str | None) -> None:
        """Rename or edit fields: ``name=``, ``initials=``, ``handle=``, ``affiliation=``."""

        self.apply(update_attendee(self.text, index, roles=self.roles(), **fields))

    def move_attendee(self, index: int, to_index: int) -> None:
        self.apply(move_attendee(self.text, index, to_index, roles=self.roles()))

    def set_present(self, index: int, present: bool) -> None:
        src = style_sources(self.path)
        self.apply(
            set_present(
                self.text, index, present, roles=self.roles(), like=src.like, template=src.template
            )
        )

    def set_checked(self, index: int, checked: bool = True) -> None:
        """Tick (or untick) checklist item ``index``: one character changes."""

        like = earlier_notes(self.path)  # read only if the note shows no tick mark yet
        self.apply(set_checked(self.text, index, checked, roles=self.roles(), like=like))

    def add_agenda_item(self, text: str, timebox_minutes: int | None = None) -> None:
        src = style_sources(self.path)  # a first agenda: as the series writes one
        self.apply(
            add_agenda_item(
                self.text,
                text,
                timebox_minutes,
                roles=self.roles(),
                like=src.like,
                template=src.template,
            )
        )

    def add_action_item(self, text: str, owners: tuple[str, ...] | list[str] = ()) -> None:
        src = style_sources(self.path)
        self.apply(
            add_action_item(
                self.text,
                text,
                tuple(owners),
                roles=self.roles(),
                like=src.like,
                template=src.template,
            )
        )

    def save(self, path: str | Path | None = None) -> None:
        """Write atomically; unedited text gives back the original bytes.  Raises
        ``notefile.ChangedOnDisk`` when the file changed on disk since it was opened."""
        target = Path(path) if path else self.source.path
        if target is None:
            raise ValueError("this note has no path yet; pass one to save()")
        own = self.from_disk and target == self.source.path
        expect = notefile.digest(self.source) if own else None
        notefile.save(target, self.text, like=self.source, expect=expect)
        self.source = self.source.with_text(self.text)

    def title(self) -> str | None:
        fm = self.front_matter
        if fm.data and fm.data.get("title") not in (None, ""):
            return str(fm.data["title"])
        first_line = self.text.count("\n", 0, fm.end) + 1
        for heading in headings(self.text[fm.end :], first_line):
            if heading.text:
                return heading.text
        return None

    def warnings(self) -> list[str]:
        fm = self.front_matter
        out: list[str] = []
        if fm.error:
            out.append(f"front matter not read: {fm.error}")
        if self.source.newline == MIXED:
            out.append("mixed line endings (each line's ending is kept)")
        if "\u2029" in self.text:
            out.append("contains U+2029 PARAGRAPH SEPARATOR; the editor shows it as a line break")
        if self.source.encoding != "utf-8":
            out.append(f"encoding is {self.source.encoding}, not UTF-8")

        out.extend(
            f"line {m.line}: {m.text!r} looks mis-decoded (was it {m.fixed!r}?)"
            for m in find_mojibake(self.text)
        )
        return out

    def repair_mojibake(self) -> None:
        """Repair the mis-decoded words :meth:`warnings` reports (one edit)."""

        self.apply(repair_edit(self.text))

    def style(self) -> NoteStyle:
        """The style new sections of this note are written in, each part learned from
        the note, the series' earlier notes, its template or the default (with which)."""
        from noteapp.core.meeting.note_style import note_style

        src = style_sources(self.path)
        return note_style(self.text, src.like, src.template, self.roles())

    def meeting(self) -> Meeting:
        """The meeting structure of the current text (attendees, agenda, actions...)."""

        return parse_meeting(self.text, self.path, roles=self.roles())

    def roles(self) -> dict[str, str]:
        """The section roles taught for this note's folder (``noteapp teach``)."""

        return taught_roles(self.path)

    def to_json(self) -> dict[str, Any]:
        """The ``noteapp inspect --json`` object."""
        fm = self.front_matter
        newline = self.source.newline
        return {
            "schema": SCHEMA,
            "path": str(self.path) if self.path else None,
            "encoding": self.source.encoding,
            "bom": self.source.bom,
            "newline": newline,
            "final_newline": self.text.endswith("\n"),
            "front_matter": {
                "kind": fm.kind,
                "data": jsonable(fm.data) if fm.data is not None else None,
                "error": fm.error,
            },
            "title": self.title(),
            "warnings": self.warnings(),
            "mojibake": [m.as_json() for m in _mojibake(self.text)],
            **self.meeting().as_json(),
        }
