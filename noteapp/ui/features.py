"""What the main window is made of, beyond the plain editor: one installer per feature.

Each ``install(window)`` adds its panel, commands and signal handlers through the
window's small API (``add_panel``, ``add_command``, ``document``, the document
signals).  The order here is the order of the docks and menu entries.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import Qt

if TYPE_CHECKING:
    from noteapp.ui.main_window import MainWindow


class LazyPanel(NamedTuple):
    """A dock whose module (with ``build(window, dock)``) is imported on its first show."""

    title: str
    name: str
    focus_command: str
    module: str
    hidden: bool = False  # starts closed; View or its shortcut opens it


FEATURES: tuple[str | LazyPanel, ...] = (
    "noteapp.ui.editing",  # highlighting, current line, find/replace, word wrap, zoom
    "noteapp.ui.theme",  # light and dark (View ▸ Theme)
    "noteapp.ui.panels.attendees",  # attendee table, speaker prefixes
    "noteapp.ui.panels.agenda",  # agenda checklist, meeting timer, now-discussing
    "noteapp.ui.panels.actions",  # action items
    "noteapp.ui.section_roles",  # View ▸ This Section Is…: teach a section's role
    LazyPanel(
        "Properties", "propertiesDock", "focus_properties", "noteapp.ui.panels.properties"
    ),  # front-matter fields
    LazyPanel(
        "Preview", "previewDock", "focus_preview", "noteapp.ui.panels.preview", hidden=True
    ),  # rendered note
    LazyPanel(
        "Schedule", "scheduleDock", "focus_schedule", "noteapp.ui.panels.schedule", hidden=True
    ),  # a series' times and links
    "noteapp.ui.safety",  # recovery snapshots, locks, autosave, changes on disk
    "noteapp.ui.publishing",  # export, copy as, HackMD and git (imported when used)
    "noteapp.ui.archive.feature",  # the workspace index: meetings, search, tracker, people
    "noteapp.ui.toolbar",  # the main commands with icons
    "noteapp.ui.narrow_layout",  # a narrow window tabs the docks below the editor
    "noteapp.ui.accessibility",  # accessible names and descriptions, the Tab order
)


def install_features(window: MainWindow) -> None:
    for feature in FEATURES:
        if isinstance(feature, str):
            importlib.import_module(feature).install(window)
            continue
        dock = window.add_lazy_panel(
            feature.title,
            feature.name,
            lambda dock, module=feature.module: importlib.import_module(module).build(window, dock),
            Qt.DockWidgetArea.RightDockWidgetArea,
            feature.focus_command,
        )
        if feature.hidden:
            dock.hide()
