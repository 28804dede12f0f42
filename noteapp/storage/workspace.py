"""The user's workspace: a folder of meeting series, with a sample on first start."""

from __future__ import annotations

from pathlib import Path

from noteapp.core.workspace import APP_NAME, default_workspace
from noteapp.packaged import packaged_text

__all__ = ["APP_NAME", "default_workspace", "ensure_workspace", "resource_text"]
SAMPLE_SERIES = "example-community-call"
SAMPLE_NOTE = "2026/2026-11-18.md"


def resource_text(*parts: str) -> str:
    """A file shipped in ``resources/`` (see noteapp.packaged)."""
    return packaged_text("resources", *parts)


def ensure_workspace(root: Path | None = None) -> Path:
    """Create the workspace with its sample note and series file if it does not exist yet.

    Returns the path of the sample note.  An existing workspace is left alone: a
    sample the user deleted is not brought back.  The series file
    (``series/example-community-call.toml``) lets "New meeting" make the next one.
    """
    root = root or default_workspace()
    sample = root / SAMPLE_SERIES / SAMPLE_NOTE
    if root.exists():
        return sample
    sample.parent.mkdir(parents=True, exist_ok=True)
    sample.write_bytes(resource_text("sample", f"{SAMPLE_SERIES}.md").encode("utf-8"))
    series = root / "series" / f"{SAMPLE_SERIES}.toml"
    series.parent.mkdir(parents=True, exist_ok=True)
    series.write_bytes(resource_text("sample", f"{SAMPLE_SERIES}.toml").encode("utf-8"))
    return sample
