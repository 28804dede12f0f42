"""Writes the section roles a user taught (:mod:`noteapp.core.meeting.teach`):
atomically, readable by the user alone (0600, in a 0700 folder)."""

from __future__ import annotations

import json
import os
from pathlib import Path

from noteapp.core.meeting.teach import (
    FILE,
    FOLDER,
    folder_key,
    read_roles_file,
    roles_root,
    with_role,
)
from noteapp.storage.atomic import atomic_write


def teach_role(note: str | Path, label: str, role: str | None) -> Path:
    """Remember that sections labelled ``label`` in the folder of ``note`` are
    ``role`` (None: forget it). Returns the roles file written."""
    path = Path(note)
    root = roles_root(path)
    data = with_role(read_roles_file(root), folder_key(root, path), label, role)
    folder = root / FOLDER
    folder.mkdir(mode=0o700, exist_ok=True)
    target = folder / FILE
    if not target.exists():  # created private: atomic_write keeps an existing file's mode
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(fd)
    os.chmod(target, 0o600)
    text = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    atomic_write(target, text.encode("utf-8"))
    return target
