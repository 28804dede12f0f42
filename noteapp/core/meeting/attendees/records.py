"""The records of the attendee reader: where each field of an entry sits, the blocks,
and one typed style record per style (what an edit needs to write a new entry the way
the block already is)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, NamedTuple

from noteapp.core.errors import StructureEditError
from noteapp.core.meeting.structure import Attendee, AttendeeGroup

if TYPE_CHECKING:
    from noteapp.core.meeting.style import Sources
    from noteapp.core.text.frontmatter import FrontMatter
    from noteapp.core.text.outline import Outline

FIELD_KINDS = ("name", "initials", "handle", "affiliation")


class Part(NamedTuple):
    """Where one field of an entry sits, as offsets from the entry's start (so a block
    that only moved keeps its parts): ``start``/``end`` bound the value itself (what a
    rename replaces); ``outer_start``/``outer_end`` the field as written, with its markup
    (``(JM)``, ``\\@betatim``, a table cell's inside), which is what clearing removes."""

    kind: str  # "name", "initials", "handle", "affiliation" or "other"
    start: int
    end: int
    outer_start: int
    outer_end: int


class AttendeeEntry(NamedTuple):
    """One attendee with the places of its fields and its own style facts."""

    attendee: Attendee
    parts: tuple[Part, ...]
    kind: str  # "segment", "person", "handle", "slash", "comma", "row", "yaml"
    handle_format: str | None = None  # how its handle is written, "{}" marks the handle

    def part(self, kind: str) -> Part | None:
        return next((p for p in self.parts if p.kind == kind), None)

    def span(self, kind: str) -> tuple[int, int] | None:
        """Absolute offsets of a field's value in the text, or None."""
        part = self.part(kind)
        base = self.attendee.start
        return None if part is None else (base + part.start, base + part.end)

    def outer(self, kind: str) -> tuple[int, int] | None:
        """Absolute offsets of a field as written (with its markup), or None."""
        part = self.part(kind)
        base = self.attendee.start
        return None if part is None else (base + part.outer_start, base + part.outer_end)


class AttendeeBlock(NamedTuple):
    group: AttendeeGroup
    entries: tuple[AttendeeEntry, ...]
    fillers: tuple[tuple[int, int], ...] = ()  # placeholder rows/items to fill, line spans
    region: tuple[int, int] | None = None  # the section body holding it, if any


# ----------------------------------------------------------------------------- styles


@dataclass(frozen=True)
class InlineStyle:
    """``**Attending:** Ada (AL), Grace (GH)``, ``Present: ...``, ``参加者: 福田、水野``."""

    separator: str  # between people: ", ", "、"
    label_text: str  # the label as written, with its markup and colon
    lead: str  # a list marker before the label ("- 参加者:"), or ""
    bold: str  # "**", "__" or ""
    content_start: int  # the list after the label
    content_end: int
    holds: tuple[str, ...] = ("name", "initials")

    def moved(self, delta: int) -> InlineStyle:
        return replace(
            self, content_start=self.content_start + delta, content_end=self.content_end + delta
        )


@dataclass(frozen=True)
class ParagraphStyle:
    """A paragraph of people with no label of its own, under an attendee heading or
    recognised by its shape: ``Ada Lovelace, Grace Hopper.``, one name a line, or
    ``Ada Lovelace (AL), Grace Hopper (GH), Edsger Dijkstra (ED)``."""

    separator: str  # between people: ", ", "\n", ",\n"
    content_start: int
    content_end: int
    holds: tuple[str, ...] = ("name", "initials")

    def moved(self, delta: int) -> ParagraphStyle:
        return replace(
            self, content_start=self.content_start + delta, content_end=self.content_end + delta
        )


@dataclass(frozen=True)
class ListStyle:
    """A bullet or numbered list: ``- Name``, ``* Name (XX) (handle)``, ``- Name / Org /
    \\@handle``, ``1. XX: Name (@handle), Org``, ``- MS, ED, LB``, ``- @handle``."""

    marker: str  # "-", "*", "+", "1." ...
    marker_space: str
    indent: str
    numbering: str  # "same" (``1.`` every time) or "increment"
    format: str  # "person", "slash", "comma", "multi" (several per item) or "handle"
    fields: tuple[str, ...]  # a slash list's field order
    field_separator: str  # " / "
    handle_format: str  # "{}" marks the handle: "\\@{}", "`@{}`", "(@{})"
    separator: str  # between people of a "multi" item
    has_header: bool  # a header item opens the list ("- name / institution / GitHub")
    has_prompt: bool  # a prompt line above it gives the field order
    holds: tuple[str, ...]  # the fields a new entry can carry
    affiliation_form: str  # "paren" (``Name (Org)``), "dash" (``Name - Org``) or ""

    def moved(self, delta: int) -> ListStyle:
        return self


@dataclass(frozen=True)
class TableStyle:
    """A Markdown table with any column order."""

    columns: tuple[str, ...]  # each column's kind ("name", "handle", ..., "other")
    headers: tuple[str, ...]
    widths: tuple[int, ...]  # the header cells' widths, as padded
    separator_style: str  # "tight" (``|---|``) or "spaced" (``| --- |``)
    handle_format: str
    holds: tuple[str, ...]

    def moved(self, delta: int) -> TableStyle:
        return self


@dataclass(frozen=True)
class HtmlTableStyle:
    """An HTML ``<table>`` whose header names the columns; new rows copy the last."""

    columns: tuple[str, ...]  # each column's kind ("name", "handle", ..., "other")
    headers: tuple[str, ...]
    holds: tuple[str, ...]
    handle_format: str = "{}"  # "@{}" where the handles are written with an @

    def moved(self, delta: int) -> HtmlTableStyle:
        return self


@dataclass(frozen=True)
class FrontMatterStyle:
    """A front-matter list: ``members:`` then ``- Name`` lines, or ``[A, B]``."""

    key: str
    list_style: str  # "block" or "flow"
    indent: str
    holds: tuple[str, ...] = ("name",)

    def moved(self, delta: int) -> FrontMatterStyle:
        return self


AttendeeStyle = (
    InlineStyle | ParagraphStyle | ListStyle | TableStyle | HtmlTableStyle | FrontMatterStyle
)


# ----------------------------------------------------------------------------- the note


Fields = dict[str, str | None]
PersonTuple = tuple[str, str | None, str | None, str | None, bool]


@dataclass
class AttendeeNote:
    """A note as the attendee edits see it: its text and its attendee blocks."""

    text: str
    fm: FrontMatter
    outline: Outline
    blocks: list[AttendeeBlock]
    roles: Mapping[str, str] | None = None  # taught section roles, read with them
    # where a new block's style is learned: this note, the series' earlier notes, template
    sources: Sources | None = field(default=None, compare=False)

    @property
    def entries(self) -> list[tuple[AttendeeBlock, AttendeeEntry]]:
        return [(b, e) for b in self.blocks for e in b.entries]

    @property
    def people(self) -> list[PersonTuple]:
        return [person_of(e) for _b, e in self.entries]

    @property
    def raws(self) -> list[str]:
        """Each entry's own text, runs of blanks as one (a table column that grows
        re-pads its rows): an edit must leave the other entries' words alone."""
        text = self.text
        return [" ".join(text[e.attendee.start : e.attendee.end].split()) for _b, e in self.entries]

    def entry(self, index: int) -> tuple[AttendeeBlock, AttendeeEntry]:
        entries = self.entries
        if isinstance(index, bool) or not isinstance(index, int) or not (0 <= index < len(entries)):
            raise StructureEditError(
                f"There is no attendee {index!r}: the note lists {len(entries)} "
                f"(numbered 0 to {len(entries) - 1})."
                if entries
                else f"There is no attendee {index!r}: the note lists none."
            )
        return entries[index]


def person_of(entry: AttendeeEntry) -> PersonTuple:
    a = entry.attendee
    return (a.name, a.initials, a.handle, a.affiliation, a.present)
