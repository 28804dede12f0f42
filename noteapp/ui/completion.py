"""What the completers of the attendee panel and the editor share.

A completer's popup normally hands Enter to its widget and then completes, which in a
line edit also fires ``returnPressed`` with the highlighted text, and in the editor
would start a new line. :func:`accept_keys` gives those keys to one callback instead.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCompleter

Index = QModelIndex | QPersistentModelIndex
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ChoiceModel(QAbstractListModel):
    """Completion choices: each completes to ``value`` and shows ``label`` in the popup
    (a completer matches and inserts its EditRole, and shows the DisplayRole)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.choices: list[tuple[str, str]] = []  # (value, label)

    def set_choices(self, choices: Sequence[tuple[str, str]]) -> None:
        if list(choices) != self.choices:
            self.beginResetModel()
            self.choices = list(choices)
            self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.choices)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value, label = self.choices[index.row()]
        if role == Qt.ItemDataRole.EditRole:
            return value
        return label if role == Qt.ItemDataRole.DisplayRole else None


class _AcceptKeys(QObject):
    def __init__(
        self, completer: QCompleter, keys: Sequence[Qt.Key], accept: Callable[[str | None], bool]
    ) -> None:
        super().__init__(completer)
        self._completer = completer
        self._keys = tuple(keys)
        self._accept = accept
        # Installed after the completer's own filter, so it sees the keys first.
        completer.popup().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        if event.key() not in self._keys or event.modifiers() not in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            return False
        popup = self._completer.popup()
        index = popup.currentIndex()
        value = index.data(Qt.ItemDataRole.EditRole) if index.isValid() else None
        popup.hide()
        return self._accept(value)


def accept_keys(
    completer: QCompleter, keys: Sequence[Qt.Key], accept: Callable[[str | None], bool]
) -> None:
    """Send ``keys`` pressed in ``completer``'s popup to ``accept(value)`` after hiding it:
    ``value`` is the current row's (None when no row is current). The key is eaten when
    ``accept`` returns True, else the completer and its widget see it as usual."""
    _AcceptKeys(completer, keys, accept)


class _SelectFirst(QObject):
    def __init__(self, completer: QCompleter) -> None:
        super().__init__(completer)
        self._completer = completer
        completer.popup().installEventFilter(self)
        model = completer.completionModel()
        model.modelReset.connect(self.select)
        model.layoutChanged.connect(self.select)

    def select(self) -> None:
        popup = self._completer.popup()
        if popup.isVisible() and not popup.currentIndex().isValid():
            # Quietly: a highlighted completion would otherwise replace the typed text.
            selection = popup.selectionModel()
            selection.blockSignals(True)
            popup.setCurrentIndex(self._completer.completionModel().index(0, 0))
            selection.blockSignals(False)
            popup.viewport().update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            self.select()
        return False


def select_first(completer: QCompleter) -> None:
    """Keep the first completion selected whenever ``completer``'s popup shows or its
    choices change, so Enter takes it (what a user who typed "K" means)."""
    _SelectFirst(completer)
