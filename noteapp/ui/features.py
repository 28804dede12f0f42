"""What the main window is made of, beyond the plain editor: one installer per feature.

Each ``install(window)`` adds its panel, commands and signal handlers through the
window's small API (``add_panel``, ``add_command``, ``document``, the document
signals).  The order here is the order of the docks and menu entries.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from noteapp.ui.main_window import MainWindow

FEATURES = (
    "noteapp.ui.editing",  # highlighting, current line, find/replace, word wrap, status
    "noteapp.ui.panels.attendees",  # attendee table, speaker prefixes
    "noteapp.ui.panels.agenda",  # agenda checklist, meeting timer, now-discussing
    "noteapp.ui.panels.actions",  # action items
    "noteapp.ui.panels.properties",  # front-matter fields
    "noteapp.ui.panels.preview",  # rendered note
    "noteapp.ui.safety",  # recovery snapshots, locks, autosave, changes on disk
)


def install_features(window: MainWindow) -> None:
    for name in FEATURES:
        importlib.import_module(name).install(window)
