"""The README's Workspace example runs as written (on a copy of the made-up archive)."""

from __future__ import annotations

import contextlib
import io
import re

from tests.test_readme import README


def test_the_readme_workspace_example_runs(archive, monkeypatch):
    block = next(
        b
        for b in re.findall(r"```python\n(.*?)```", README, re.S)
        if "from noteapp.storage.archive import Workspace" in b
    )
    monkeypatch.chdir(archive.parent)
    code = block.replace('"meeting-notes"', f'"{archive.name}"').replace("stale=5", "stale=2")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, "README.md", "exec"), {})
    # stale[0] was the newsletter, open for three meetings: ticked in its newest copy
    assert "- [x] (ID) Write the newsletter" in (
        archive / "garden-club/2025/2025-02-04.md"
    ).read_text(encoding="utf-8")
    assert "Marta Lopez is probably Marta Lopes 1 letter apart" in out.getvalue()
