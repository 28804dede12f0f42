"""What the main window is made of, beyond the plain editor: one installer per feature.

Each ``install(window)`` adds its panel, commands and signal handlers through the
window's small API (``add_panel`` with a :class:`~noteapp.ui.panel.PanelSpec`,
``add_command``, ``document``, the document signals); a bare ``PanelSpec`` here is a
panel built on its first show.  The order here is the order of the docks and menu entries.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from noteapp.ui.panel import PanelSpec

if TYPE_CHECKING:
    from noteapp.ui.window_api import WindowAPI


FEATURES: tuple[str | PanelSpec, ...] = (
    "noteapp.ui.editing",  # highlighting, current line, find/replace, word wrap, zoom
    "noteapp.ui.theme",  # light and dark (View ▸ Theme)
    "noteapp.ui.panels.attendees",  # attendee table, speaker prefixes
    "noteapp.ui.panels.agenda",  # agenda checklist, meeting timer, now-discussing
    "noteapp.ui.panels.actions",  # action items
    "noteapp.ui.section_roles",  # View ▸ This Section Is…: teach a section's role
    PanelSpec(
        "Properties", "propertiesDock", "focus_properties", module="noteapp.ui.panels.properties"
    ),  # front-matter fields
    PanelSpec(
        "Outline", "outlineDock", "focus_outline", area="left", module="noteapp.ui.panels.outline"
    ),  # headings and sections, to move through the note
    PanelSpec(
        "Preview", "previewDock", "focus_preview", module="noteapp.ui.panels.preview", hidden=True
    ),  # rendered note
    PanelSpec(
        "Schedule",
        "scheduleDock",
        "focus_schedule",
        module="noteapp.ui.panels.schedule",
        hidden=True,
    ),  # a series' times and links
    "noteapp.ui.safety",  # recovery snapshots, locks, autosave, changes on disk
    "noteapp.ui.publishing",  # export, copy as, HackMD and git (imported when used)
    "noteapp.ui.archive.feature",  # the workspace index: meetings, search, tracker, people
    "noteapp.ui.toolbar",  # the main commands with icons
    "noteapp.ui.focus_mode",  # the note alone: no panels, no toolbar (one key back)
    "noteapp.ui.narrow_layout",  # a narrow window tabs the docks below the editor
    "noteapp.ui.accessibility",  # accessible names and descriptions, the Tab order
)


def install_features(window: WindowAPI) -> None:
    for feature in FEATURES:
        if isinstance(feature, PanelSpec):
            window.add_panel(feature)  # built on its first show
        else:
            importlib.import_module(feature).install(window)
