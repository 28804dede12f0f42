"""What noteapp remembers about each note pushed to HackMD, kept in the workspace.

``<workspace>/.noteapp/hackmd.json`` maps a note (its path relative to the workspace,
or its absolute path when it lies outside) to the HackMD note id and what was synced
last: a fingerprint of the HackMD text and of the file's body, HackMD's ETag and
``lastChangedAt``.  Nothing goes into the site's front matter unless the user asks.
The file is written atomically, readable by its owner only (0600, in a 0700
``.noteapp`` folder: it says which notes exist and where), and never holds the token; a
broken file stops a push rather than risk a second note on HackMD.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from noteapp.core.errors import PublishError
from noteapp.storage.atomic import write_private

STATE_FILE = Path(".noteapp") / "hackmd.json"
SCHEMA = 1


def fingerprint(text: str) -> str:
    """SHA-256 of ``text`` with newlines unified and trailing blanks ignored, so a server
    that trims the end of a note does not look like someone else's edit."""
    normal = text.replace("\r\n", "\n").replace("\r", "\n").rstrip()
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class SyncRecord:
    note_id: str | None = None
    team: str | None = None
    title: str | None = None
    content_sha256: str | None = None  # fingerprint of HackMD's text at the last sync
    local_sha256: str | None = None  # fingerprint of the file's body at the last sync
    etag: str | None = None
    last_changed_at: str | None = None
    publish_link: str | None = None
    synced_at: str | None = None
    # A create sent without an answer: {"title": ..., "started": epoch seconds}.
    pending_create: dict[str, Any] | None = None

    def updated(self, **changes: Any) -> SyncRecord:
        stamp = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        return replace(self, synced_at=stamp, **changes)


class SyncState:
    """The state file of one workspace."""

    def __init__(self, workspace: Path) -> None:
        self.workspace = Path(workspace)
        self.path = self.workspace / STATE_FILE

    def key(self, note: str | Path) -> str:
        note = Path(note).resolve()
        try:
            return note.relative_to(self.workspace.resolve()).as_posix()
        except ValueError:
            return str(note)

    def get(self, note: str | Path) -> SyncRecord | None:
        entry = self._load()["notes"].get(self.key(note))
        if not isinstance(entry, dict):
            return None
        known = {f.name for f in fields(SyncRecord)}
        return SyncRecord(**{k: v for k, v in entry.items() if k in known})

    def put(self, note: str | Path, record: SyncRecord) -> None:
        data = self._load()  # read again just before writing: keep other notes' entries
        data["notes"][self.key(note)] = {k: v for k, v in asdict(record).items() if v is not None}
        self._save(data)

    def forget(self, note: str | Path) -> None:
        data = self._load()
        if data["notes"].pop(self.key(note), None) is not None:
            self._save(data)

    def _load(self) -> dict[str, Any]:
        try:
            raw = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raw = ""
        except OSError as exc:
            raise PublishError(f"Cannot read {self.path} ({exc.strerror}).") from None
        if not raw.strip():  # none yet (or made empty and 0600 by a write cut short)
            return {"schema": SCHEMA, "notes": {}}
        try:
            data = json.loads(raw)
        except ValueError as exc:
            raise PublishError(
                f"{self.path} is damaged ({exc}); it says which HackMD note each file went to. "
                "Fix or remove it (then the next push creates new notes)."
            ) from None
        if not isinstance(data, dict) or not isinstance(data.get("notes"), dict):
            raise PublishError(f"{self.path} is not a noteapp HackMD state file.")
        return data

    def _save(self, data: dict[str, Any]) -> None:
        data["schema"] = SCHEMA
        text = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
        try:
            write_private(self.path, text.encode("utf-8"))
        except OSError as exc:
            raise PublishError(f"Cannot write {self.path} ({exc.strerror or exc}).") from None
