"""Where the user's workspace is: ``$NOTEAPP_WORKSPACE``, else the user data folder.

The core's series and new-note planning default to it; storage (which creates the
workspace and its sample) re-exports it from :mod:`noteapp.storage.workspace`.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "noteapp"


def default_workspace() -> Path:
    """``$NOTEAPP_WORKSPACE`` or ``<user data folder>/noteapp/workspace``."""
    override = os.environ.get("NOTEAPP_WORKSPACE")
    if override:
        return Path(override).expanduser()

    return platformdirs.user_data_path(APP_NAME, appauthor=False) / "workspace"


def workspace_or_default(workspace: Path | None) -> Path:
    """``workspace``, or the default one when it is None."""
    return workspace if workspace is not None else default_workspace()
