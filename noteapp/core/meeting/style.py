"""The style of the parts a note does not have yet, learned rather than guessed.

When an edit must write something the note has no example of (the first attendee
block, an agenda or action-item section), it asks, in order:

1. the note itself (``"this note"``),
2. the series' earlier notes, newest first (``"earlier notes"``: the caller reads them,
   :mod:`noteapp.storage.earlier_notes`; the core does no I/O), the newest
   :data:`EARLIER_READ` at most,
3. the series' template rendered (``"template"``),
4. one plain neutral default (``"default"``).

Each part is learned on its own (the agenda from one note, the attendees from
another), as a typed record that says where it came from.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Any, Literal, TypeVar

Source = Literal["this note", "earlier notes", "template", "default"]
Owners = Literal["colon", "paren"]


@dataclass(frozen=True)
class SectionStyle:
    """How a note writes an agenda or action-item section."""

    heading: str  # the whole heading line as written: "## 📝 Agenda", "**Open Agenda:**"
    box: bool  # items are "- [ ] ..."
    owners: Owners | None = None  # "Name: task" or "(JK) task"; None: the note shows none
    source: Source = "default"

    def as_json(self) -> dict[str, Any]:
        return {"heading": self.heading, "box": self.box, "owners": self.owners}


@dataclass(frozen=True)
class AttendeeStyle:
    """How a note writes its attendees block.

    ``form`` is "inline" (``label`` then the people on one line), "table" (``columns``
    as (header, field) pairs, field one of name/initials/handle/affiliation/other;
    ``tight`` a ``|---|`` rule rather than ``| --- |``) or "list" (``marker`` then the
    ``fields`` in order, joined by ``separator``). ``heading`` is the heading line above
    it, None for a labelled line that needs none."""

    form: Literal["inline", "table", "list"]
    heading: str | None
    label: str = "Present:"
    columns: tuple[tuple[str, str], ...] = ()
    tight: bool = False
    marker: str = "-"
    fields: tuple[str, ...] = ("name",)
    separator: str = " / "
    handle_format: str | None = None  # "{}" marks the handle: "\\@{}", "`{}`"; None: none seen
    initials: bool = True  # people are written with initials ("Ada Lovelace (AL)")
    source: Source = "default"

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"form": self.form, "heading": self.heading}
        if self.form == "inline":
            out["label"] = self.label
        elif self.form == "table":
            out["columns"] = [h for h, _f in self.columns]
            out["tight"] = self.tight
        else:
            out.update(marker=self.marker, fields=list(self.fields), separator=self.separator)
        out.update(handle_format=self.handle_format, initials=self.initials)
        return out


DEFAULT_AGENDA = SectionStyle("## Agenda", True)
DEFAULT_ACTIONS = SectionStyle("## Action items", False)
DEFAULT_ATTENDEES = AttendeeStyle("list", "## Attendees")


@dataclass(frozen=True)
class NoteStyle:
    """The learned style of each part, each with its own source."""

    attendees: AttendeeStyle
    agenda: SectionStyle
    actions: SectionStyle

    def as_json(self) -> dict[str, Any]:
        """``noteapp inspect``'s ``style``: each part and where it was learned."""
        return {
            part: {**style.as_json(), "from": style.source}
            for part, style in (
                ("attendees", self.attendees),
                ("agenda", self.agenda),
                ("actions", self.actions),
            )
        }


# How many of the series' earlier notes a style is looked for in, newest first: a habit
# shows in the last few, and each one read is a parse (a long note's takes ~0.1 s).
EARLIER_READ = 3

# The series' template rendered, or a function that renders it when first asked.
Template = str | Callable[[], str | None] | None


class Sources:
    """The texts a style is learned from, in order: the note, the series' earlier notes
    (read lazily, once), the series' template (rendered only if asked). Shared by the
    parts learned in one edit."""

    def __init__(self, text: str, like: Iterable[str] = (), template: Template = None) -> None:
        self.text = text
        self._like = iter(like)
        self._seen: list[str] = []
        self._template = template

    @property
    def template(self) -> str | None:
        if callable(self._template):
            self._template = self._template()
        return self._template

    def _earlier(self) -> Iterator[str]:
        yield from self._seen
        while len(self._seen) < EARLIER_READ:
            text = next(self._like, None)
            if text is None:
                return
            self._seen.append(text)
            yield text

    def texts(self) -> Iterator[tuple[Source, str]]:
        yield "this note", self.text
        for text in self._earlier():
            yield "earlier notes", text
        template = self.template
        if template:
            yield "template", template


S = TypeVar("S", SectionStyle, AttendeeStyle)


def learned(sources: Sources, learn: Callable[[str, bool], S | None], default: S) -> S:
    """The first style ``learn`` finds in ``sources``, marked with where; else ``default``.

    ``learn(text, blank)`` gets ``blank`` True for the template, whose sections may hold
    nothing yet: a heading is then enough."""
    for source, text in sources.texts():
        found = learn(text, source == "template")
        if found is not None:
            return replace(found, source=source)
    return default
