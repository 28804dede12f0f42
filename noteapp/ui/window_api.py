"""What a feature may use of the window it is installed in: :class:`WindowAPI`.

Features (``noteapp/ui/features.py`` and the modules it lists) type their window as
``WindowAPI`` and never import ``noteapp.ui.main_window``: the window depends on the
features, not the other way round.  ``MainWindow`` is the one implementation; at run
time it is a ``QMainWindow``, so a feature may also parent its widgets on it.

Only type checkers read this module (features import it under ``TYPE_CHECKING``).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import QByteArray, QObject, Qt, SignalInstance
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QDockWidget, QMenu, QStatusBar, QWidget

    from noteapp.core.text.source import SourceText
    from noteapp.storage.settings import Settings
    from noteapp.ui.document import NoteDocument
    from noteapp.ui.editor import NoteEditor
    from noteapp.ui.panel import PanelDock, PanelSpec
    from noteapp.ui.prompts import Prompts


class WindowAPI(Protocol):
    # -- what the window holds
    settings: Settings
    workspace: Path | None
    editor: NoteEditor
    document: NoteDocument
    prompts: Prompts
    commands: dict[str, QAction]
    quit_action: QAction
    # set by their features (typed Any: those modules type their window as WindowAPI)
    narrow_layout: Any  # noteapp.ui.narrow_layout.NarrowLayout | None
    focus_mode: Any  # noteapp.ui.focus_mode.FocusMode | None

    # -- the document's signals (see MainWindow)
    documentAboutToLoad: SignalInstance
    documentLoaded: SignalInstance
    documentSaved: SignalInstance
    documentClosing: SignalInstance

    @property
    def path(self) -> Path | None: ...
    @property
    def source(self) -> SourceText: ...
    @property
    def disk_digest(self) -> str | None: ...
    @property
    def clean_text(self) -> str: ...

    # -- extending the window
    def menu(self, name: str) -> QMenu: ...
    def add_command(
        self,
        name: str,
        slot: Callable[[], object],
        *,
        checkable: bool = False,
        menu: bool = True,
    ) -> QAction: ...
    def add_panel(self, spec: PanelSpec, content: QWidget | None = None) -> PanelDock: ...
    def settings_changed(self) -> None: ...
    def workspace_path(self) -> Path: ...

    # -- the note
    def is_modified(self) -> bool: ...
    def load_source(
        self, source: SourceText, disk_digest: str | None = None, *, from_disk: bool = False
    ) -> bool: ...
    def load_path(self, path: str | os.PathLike[str], encoding: str | None = None) -> bool: ...
    def open_path(self, path: str | os.PathLike[str], encoding: str | None = None) -> bool: ...
    def maybe_save(self) -> bool: ...
    def save(self) -> bool: ...

    # -- the QMainWindow methods features use
    def statusBar(self) -> QStatusBar: ...
    def findChild(self, type: type[Any], name: str = ...) -> Any: ...
    def addAction(self, action: QAction) -> None: ...
    def addDockWidget(self, area: Qt.DockWidgetArea, dock: QDockWidget) -> None: ...
    def tabifyDockWidget(self, first: QDockWidget, second: QDockWidget) -> None: ...
    def saveState(self, version: int = ...) -> QByteArray: ...
    def restoreState(self, state: QByteArray, version: int = ...) -> bool: ...
    def findChildren(self, type: type[Any], name: str = ...) -> list[Any]: ...
    def setCentralWidget(self, widget: QWidget) -> None: ...
    def takeCentralWidget(self) -> QWidget: ...
    def installEventFilter(self, watcher: QObject) -> None: ...
    def property(self, name: str) -> Any: ...
    def setProperty(self, name: str, value: Any) -> bool: ...
    def show(self) -> None: ...
