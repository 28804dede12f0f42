"""``noteapp check``: prove that load-then-save gives back every file's bytes."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from noteapp.core.errors import NoteError
from noteapp.core.text.frontmatter import parse_front_matter
from noteapp.core.text.mojibake import find_mojibake
from noteapp.core.text.source import MIXED, decode, read_file_bytes

NOTE_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd", ".mkdn", ".qmd", ".rmd", ".txt", ""}


@dataclass
class CheckResult:
    path: Path
    ok: bool
    kind: str = "-"
    warnings: list[str] = field(default_factory=list)
    error: str | None = None

    def line(self) -> str:
        status = "OK    " if self.ok else "FAILED"
        extra = self.error or "; ".join(self.warnings)
        return f"{status}  {self.kind:<8} {self.path}" + (f"  ({extra})" if extra else "")


def note_files(paths: Iterable[Path]) -> Iterator[Path]:
    """The given files, and the notes found recursively in the given folders.

    In folders, hidden entries are skipped and only note-like names are taken
    (Markdown and text suffixes, or no suffix at all, as in ``2022-10-07``).
    """
    for path in paths:
        if path.is_dir():
            for found in sorted(path.rglob("*")):
                rel = found.relative_to(path)
                if any(part.startswith(".") for part in rel.parts):
                    continue
                if found.is_file() and found.suffix.lower() in NOTE_SUFFIXES:
                    yield found
        else:
            yield path


def check_file(path: Path) -> CheckResult:
    try:
        data = read_file_bytes(path)  # refuses FIFOs, devices and folders before opening
        source = decode(data, path)
    except NoteError as exc:
        return CheckResult(path, False, error=str(exc).removeprefix(f"{path}: "))
    fm = parse_front_matter(source.text)
    warnings = []
    if fm.error:
        warnings.append(fm.error)
    if source.newline == MIXED:
        warnings.append("mixed line endings")

    warnings.extend(
        f"line {m.line}: {m.text!r} looks mis-decoded (was it {m.fixed!r}?)"
        for m in find_mojibake(source.text)
    )
    if source.encode() != data:  # decode() already guarantees this; checked again on purpose
        return CheckResult(path, False, fm.kind, warnings, "saving would change the bytes")
    return CheckResult(path, True, fm.kind, warnings)
