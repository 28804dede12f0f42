"""A workspace holding one series file, for tests that find a note's series by folder."""

from __future__ import annotations

from pathlib import Path


def workspace_with_series(root: Path, name: str, title: str, folder: str) -> Path:
    """``root/workspace`` with ``series/<name>.toml``: a fortnightly series of the Zarr
    template whose notes live in ``folder``."""
    workspace = root / "workspace"
    (workspace / "series").mkdir(parents=True)
    (workspace / "series" / f"{name}.toml").write_text(
        f'title = "{title}"\ntemplate = "zarr"\ncadence = "every 2 weeks"\n'
        f'start = 2024-01-10 17:00:00\nzone = "Europe/Berlin"\nfolder = "{folder}"\n',
        encoding="utf-8",
    )
    return workspace
