"""A text edit: the one currency between intents and the editor's document."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Edit:
    """Replace ``text[start:end]`` with ``new`` (offsets in code points)."""

    start: int
    end: int
    new: str

    def apply(self, text: str) -> str:
        return text[: self.start] + self.new + text[self.end :]

    @property
    def is_noop(self) -> bool:
        return self.start == self.end and not self.new
