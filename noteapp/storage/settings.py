"""User settings: one JSON file with a schema version, saved atomically with a ``.bak``.

No Qt here.  The file lives at ``$NOTEAPP_CONFIG_DIR/settings.json`` or in the
platform's config folder.  Loading never fails: a missing or corrupt file falls
back to ``settings.json.bak``, then to defaults.  Keys this version does not know
are kept and written back, so an older noteapp does not erase a newer one's settings.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import platformdirs

from noteapp.storage.atomic import write_private

SCHEMA = 1
MAX_RECENT = 10
FILE_NAME = "settings.json"


def config_dir() -> Path:
    """``$NOTEAPP_CONFIG_DIR`` or the platform's per-user config folder for noteapp."""
    override = os.environ.get("NOTEAPP_CONFIG_DIR")
    if override:
        return Path(override).expanduser()
    return platformdirs.user_config_path("noteapp", appauthor=False)


def settings_path() -> Path:
    return config_dir() / FILE_NAME


def _backup_of(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


def _read_json(path: Path) -> dict[str, Any] | None:
    """The JSON object in ``path``, or None if it is missing, unreadable or not an object."""
    try:
        data = json.loads(path.read_bytes())
    except (OSError, ValueError):  # ValueError covers JSONDecodeError and bad UTF-8
        return None
    return data if isinstance(data, dict) else None


class Settings:
    """The settings file's contents, with typed accessors for the keys noteapp uses."""

    def __init__(self, path: Path, data: dict[str, Any] | None = None) -> None:
        self.path = path
        self.data: dict[str, Any] = dict(data) if data else {}
        self.data.setdefault("schema", SCHEMA)
        # Where the data came from: "file", "backup" or "defaults" (for tests and diagnostics).
        self.origin = "defaults"

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        path = path or settings_path()
        for origin, candidate in (("file", path), ("backup", _backup_of(path))):
            data = _read_json(candidate)
            if data is not None:
                settings = cls(path, data)
                settings.origin = origin
                return settings
        return cls(path)

    def save(self) -> None:
        """Write the settings; the previous good file becomes ``settings.json.bak``.

        Raises OSError when the folder cannot be written (the caller decides how loud to be).
        """
        # Private (0600 in a 0700 folder): recent files name the user's notes.
        # Only a file that still parses is worth keeping: never replace a good backup
        # with the corrupt file we just fell back from.
        if _read_json(self.path) is not None:
            write_private(_backup_of(self.path), self.path.read_bytes())
        text = json.dumps(self.data, indent=2, ensure_ascii=False) + "\n"
        write_private(self.path, text.encode("utf-8"))

    # -- recent files ---------------------------------------------------------------

    @property
    def recent_files(self) -> list[str]:
        """Most recent first; entries of the wrong type (a hand-edited file) are skipped."""
        value = self.data.get("recent_files")
        if not isinstance(value, list):
            return []
        return [item for item in value if isinstance(item, str) and item][:MAX_RECENT]

    def add_recent(self, path: str | os.PathLike[str]) -> None:
        entry = str(Path(path).absolute())
        rest = [item for item in self.recent_files if item != entry]
        self.data["recent_files"] = [entry, *rest][:MAX_RECENT]

    def remove_recent(self, path: str | os.PathLike[str]) -> None:
        entry = str(Path(path).absolute())
        self.data["recent_files"] = [item for item in self.recent_files if item != entry]

    def clear_recent(self) -> None:
        self.data["recent_files"] = []

    # -- window geometry --------------------------------------------------------------

    @property
    def window_geometry(self) -> str | None:
        """The main window's geometry as saved by Qt, base64-encoded."""
        value = self.data.get("window_geometry")
        return value if isinstance(value, str) and value else None

    @window_geometry.setter
    def window_geometry(self, value: str | None) -> None:
        if value:
            self.data["window_geometry"] = value
        else:
            self.data.pop("window_geometry", None)

    def _text(self, key: str) -> str | None:
        value = self.data.get(key)
        return value if isinstance(value, str) and value else None

    def _set_text(self, key: str, value: str | None) -> None:
        if value:
            self.data[key] = value
        else:
            self.data.pop(key, None)

    @property
    def window_state(self) -> str | None:
        """The dock layout (which panels, where) as saved by Qt's saveState, base64."""
        return self._text("window_state")

    @window_state.setter
    def window_state(self, value: str | None) -> None:
        self._set_text("window_state", value)

    # -- editing --------------------------------------------------------------------------

    @property
    def autosave(self) -> bool:
        """Save the note to its own file after a pause in typing (off by default: the
        recovery snapshots already keep every keystroke safe without touching the file)."""
        return self.data.get("autosave") is True

    @autosave.setter
    def autosave(self, value: bool) -> None:
        self.data["autosave"] = bool(value)

    @property
    def font(self) -> str | None:
        """The editor font as QFont.toString() gives it, or None for the system's fixed font."""
        return self._text("font")

    @font.setter
    def font(self, value: str | None) -> None:
        self._set_text("font", value)

    @property
    def word_wrap(self) -> bool:
        return self.data.get("word_wrap", True) is not False

    @word_wrap.setter
    def word_wrap(self, value: bool) -> None:
        self.data["word_wrap"] = bool(value)

    @property
    def continue_lists(self) -> bool:
        """Return in a list item starts the next item (on unless turned off)."""
        return self.data.get("continue_lists", True) is not False

    @continue_lists.setter
    def continue_lists(self, value: bool) -> None:
        self.data["continue_lists"] = bool(value)

    @property
    def editor_zoom(self) -> int:
        """The editor's font zoom, in points above (or below) the chosen font's size."""
        value = self.data.get("editor_zoom")
        return value if isinstance(value, int) and not isinstance(value, bool) else 0

    @editor_zoom.setter
    def editor_zoom(self, value: int) -> None:
        self.data["editor_zoom"] = int(value)

    @property
    def theme(self) -> str:
        """ "system", "light" or "dark" (anything else reads as "system")."""
        value = self.data.get("theme")
        return value if value in ("system", "light", "dark") else "system"

    @theme.setter
    def theme(self, value: str) -> None:
        self.data["theme"] = value
