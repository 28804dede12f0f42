"""A loaded note: its source facts and front matter, as a script or bot sees it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from noteapp.core.edits import Edit
from noteapp.core.frontmatter import FrontMatter, jsonable, parse_front_matter
from noteapp.core.frontmatter_edit import delete_key, set_key
from noteapp.core.headings import headings
from noteapp.core.source import MIXED, SourceText, read_note
from noteapp.storage.atomic import atomic_write

SCHEMA = 1


@dataclass
class Note:
    """The text of a note plus how to write it back.  Edits replace ``text``."""

    source: SourceText
    text: str

    @classmethod
    def open(cls, path: str | Path, encoding: str | None = None) -> Note:
        source = read_note(path, encoding)
        return cls(source, source.text)

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

    def save(self, path: str | Path | None = None) -> None:
        """Write atomically; unedited text gives back the original bytes."""
        target = Path(path) if path else self.source.path
        if target is None:
            raise ValueError("this note has no path yet; pass one to save()")
        atomic_write(target, self.source.encode(self.text))
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
        return out

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
        }
