"""A dock whose contents are built the first time it is shown.

Panels that sit behind a tab or start hidden (Properties, Preview) cost nothing at
start-up this way: not their module import, not their widgets, not their first fill.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDockWidget, QWidget


class LazyDock(QDockWidget):
    def __init__(
        self, title: str, name: str, build: Callable[[QDockWidget], QWidget], parent: QWidget
    ) -> None:
        super().__init__(title, parent)
        self.setObjectName(name)
        self._build: Callable[[QDockWidget], QWidget] | None = build
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
            from noteapp.ui.accessibility import label_widgets

            label_widgets(self)
        return self.widget()

    def _shown(self, visible: bool) -> None:
        if visible and self._build is not None:
            self.content()
