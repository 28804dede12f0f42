"""What a user taught noteapp about a series' sections, kept in the workspace.

Where noteapp guesses a section's role wrong ("## Crew" is who came, "## Attendees
questions" is not), the user says so once, from the window or with ``noteapp teach``.
The choice is kept per folder (a series' notes live in one folder) in
``<root>/.noteapp/roles.json``, never in the note: ``root`` is the nearest folder above
the note that has a ``.noteapp`` folder (the workspace, or a site repository taught
before), else the note's own folder. The file reads::

    {"version": 1, "folders": {"meetings/board": {"crew": "attendees"}}}

keys are folders relative to ``root`` (``"."`` for ``root`` itself), labels are
normalised (:func:`noteapp.core.text.vocabulary.normalize`), roles are those of
:data:`noteapp.core.meeting.sections.TEACHABLE`. Every note of the folder is read with
them (``parse_meeting(text, path, roles=...)``). Writing is
:func:`noteapp.storage.roles.teach_role` (atomic, mode 0600).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from noteapp.core.text.vocabulary import normalize

FOLDER = ".noteapp"
FILE = "roles.json"
VERSION = 1


def roles_root(note: Path) -> Path:
    """The folder whose ``.noteapp/roles.json`` holds the roles for ``note``."""
    folder = note.resolve().parent
    for candidate in (folder, *folder.parents):
        if (candidate / FOLDER).is_dir():
            return candidate
    return folder


def folder_key(root: Path, note: Path) -> str:
    return note.resolve().parent.relative_to(root).as_posix() or "."


def read_roles_file(root: Path) -> dict[str, Any]:
    """The roles file under ``root`` (an empty one if there is none or it is unreadable:
    a broken file must not stop a note from opening)."""
    path = root / FOLDER / FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"version": VERSION, "folders": {}}
    if not isinstance(data, dict) or not isinstance(data.get("folders"), dict):
        return {"version": VERSION, "folders": {}}
    return data


def taught_roles(note: str | Path | None) -> dict[str, str]:
    """The roles taught for the folder of ``note`` (label -> role); {} if none."""
    if note is None:
        return {}
    path = Path(note)
    root = roles_root(path)
    if not (root / FOLDER / FILE).is_file():
        return {}
    roles = read_roles_file(root)["folders"].get(folder_key(root, path), {})
    if not isinstance(roles, dict) or not roles:
        return {}
    # Here, not at the top: the window asks for a note's roles on its GUI thread before
    # the first parse, and the section reader takes 20-60 ms to import; most folders
    # have none taught.
    from noteapp.core.meeting.sections import TEACHABLE

    return {str(k): str(v) for k, v in roles.items() if isinstance(v, str) and v in TEACHABLE}


def with_role(data: dict[str, Any], folder: str, label: str, role: str | None) -> dict[str, Any]:
    """``data`` with ``label`` of ``folder`` taught as ``role`` (None: forgotten)."""
    from noteapp.core.meeting.sections import TEACHABLE

    if role is not None and role not in TEACHABLE:
        raise ValueError(f"{role!r} is not a role to teach; use one of {', '.join(TEACHABLE)}.")
    key = normalize(label)
    if not key:
        raise ValueError(f"{label!r} has no words to recognise a section by.")
    folders = {k: dict(v) for k, v in data.get("folders", {}).items() if isinstance(v, dict)}
    roles = folders.setdefault(folder, {})
    if role is None:
        roles.pop(key, None)
    else:
        roles[key] = role
    if not roles:
        folders.pop(folder)
    return {"version": VERSION, "folders": folders}
