"""Writes the section roles a user taught (:mod:`noteapp.core.meeting.teach`):
atomically, readable by the user alone (0600, in a 0700 folder)."""

from __future__ import annotations

import json
from pathlib import Path

from noteapp.core.meeting.teach import (
    FILE,
    FOLDER,
    folder_key,
    read_roles_file,
    roles_root,
    with_role,
)
from noteapp.storage.atomic import write_private


def teach_role(note: str | Path, label: str, role: str | None) -> Path:
    """Remember that sections labelled ``label`` in the folder of ``note`` are
    ``role`` (None: forget it). Returns the roles file written."""
    path = Path(note)
    root = roles_root(path)
    data = with_role(read_roles_file(root), folder_key(root, path), label, role)
    target = root / FOLDER / FILE
    text = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    write_private(target, text.encode("utf-8"))
    return target
