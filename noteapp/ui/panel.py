"""The one recipe for a panel: a :class:`PanelSpec` and :func:`make_panel`.

Every dock of the window is made here (``tests/test_architecture.py`` checks that no
other module makes or subclasses a ``QDockWidget``).  A spec names the dock's title
(source text, translated in the ``panels`` context), its object name (the saved window
state restores docks by it), its area, the ``hotkeys.COMMANDS`` entry whose shortcut
shows and focuses it, whether it starts closed, and where its contents come from:

- contents made now: ``window.add_panel(spec, widget)``;
- contents built on the first show: ``spec.module`` names a module with
  ``build(window, dock) -> QWidget``, imported only then.  Panels that sit behind a tab
  or start hidden (Properties, Preview, the archive's) cost nothing at start-up this way:
  not their module import, not their widgets, not their first fill.

View gets the dock's toggle action; the focus command is added to the window.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Literal, NamedTuple, Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget, QWidget

from noteapp.ui.accessibility import label_widgets

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu

Area = Literal["left", "right", "bottom"]
AREAS: dict[str, Qt.DockWidgetArea] = {
    "left": Qt.DockWidgetArea.LeftDockWidgetArea,
    "right": Qt.DockWidgetArea.RightDockWidgetArea,
    "bottom": Qt.DockWidgetArea.BottomDockWidgetArea,
}


class PanelSpec(NamedTuple):
    """What a panel is: everything :func:`make_panel` needs to dock it."""

    title: str  # the source text of its title (noteapp.ui.i18n extracts it)
    name: str  # the dock's object name
    focus_command: str  # hotkeys.COMMANDS name: its shortcut shows and focuses the panel
    area: Area = "right"
    module: str = ""  # lazy: the module whose build(window, dock) makes the contents
    hidden: bool = False  # starts closed; View or its shortcut opens it


class PanelDock(QDockWidget):
    """A dock whose contents are either given or built by ``build`` on its first show."""

    def __init__(
        self,
        title: str,
        name: str,
        parent: QWidget,
        build: Callable[[QDockWidget], QWidget] | None = None,
    ) -> None:
        super().__init__(title, parent)
        self.setObjectName(name)
        self._build = build
        if build is not None:
            self.setWidget(QWidget(self))  # an empty stand-in keeps the dock's size hints sane
            self.visibilityChanged.connect(self._shown)

    @property
    def built(self) -> bool:
        return self._build is None

    def content(self) -> QWidget:
        """The real contents, built now if they were not yet."""
        build, self._build = self._build, None
        if build is not None:
            placeholder = self.widget()
            self.setWidget(build(self))
            placeholder.deleteLater()
            label_widgets(self)
        return self.widget()

    def _shown(self, visible: bool) -> None:
        if visible and self._build is not None:
            self.content()


class Docking(Protocol):
    """What :func:`make_panel` uses of the window (a part of ``WindowAPI``, which names
    this module's types: importing it here would make a loop)."""

    def addDockWidget(self, area: Qt.DockWidgetArea, dock: QDockWidget) -> None: ...
    def menu(self, name: str) -> QMenu: ...
    def add_command(
        self, name: str, slot: Callable[[], object], *, menu: bool = ...
    ) -> QAction: ...


def make_panel(window: Docking, spec: PanelSpec, content: QWidget | None = None) -> PanelDock:
    """Dock the panel of ``spec`` (with ``content``, else built lazily from ``spec.module``)."""
    if (content is None) == (not spec.module):
        raise ValueError(f"{spec.name}: give either contents or a module to build them")
    build = None
    if content is None:

        def build(dock: QDockWidget, module: str = spec.module) -> QWidget:
            return importlib.import_module(module).build(window, dock)  # type: ignore[no-any-return]

    title = QCoreApplication.translate("panels", spec.title)
    dock = PanelDock(title, spec.name, window, build)  # type: ignore[arg-type]  # a QMainWindow
    if content is not None:
        dock.setWidget(content)
    window.addDockWidget(AREAS[spec.area], dock)
    window.menu("View").addAction(dock.toggleViewAction())

    def focus() -> None:
        dock.show()
        dock.raise_()
        dock.content().setFocus(Qt.FocusReason.ShortcutFocusReason)

    window.add_command(spec.focus_command, focus, menu=False)
    if spec.hidden:
        dock.hide()
    return dock
