"""The Action items panel: who owes what, done or not, and a keyboard-only way to add
one for an attendee (Ctrl+Shift+A, initials, Tab, the task, Enter).

Ticking "done" is ``set_checked`` on the item's box; adding is ``add_action_item``;
both are one undo step.  Items carried over from earlier meetings are muted.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHeaderView,
    QLineEdit,
    QTableView,
    QWidget,
)

from noteapp.ui.completion import ENTER_KEYS, accept_keys, select_first
from noteapp.ui.panel import PanelSpec
from noteapp.ui.panels.snapshot_rows import (
    Index,
    Panel,
    Row,
    SnapshotRows,
    check_state,
    dock_panel,
    muted_colour,
    set_current,
    show_and_focus,
)

PANEL = PanelSpec("Action items", "actionsDock", "focus_actions")
PANELS = (PANEL,)  # the docks this feature adds (noteapp.ui.i18n reads their titles)


if TYPE_CHECKING:
    from noteapp.core.meeting import Meeting
    from noteapp.core.meeting.structure import ActionItem
    from noteapp.ui.document import NoteDocument
    from noteapp.ui.window_api import WindowAPI

OWNER, TEXT, DONE = range(3)
# Between owners typed in the owner field: "JRG, MCS", "JRG/MCS", "Ada and Grace".
OWNER_SEPARATOR = re.compile(r"\s*[,/&]\s*|\s+and\s+")
_LAST_OWNER = re.compile(r"(?:.*(?:[,/&]|\sand\s))?\s*", re.S)
NO_BOX_TIP = QT_TRANSLATE_NOOP(
    "panels.actions",
    "This item has no check box in the note: it counts as done when its whole text "
    "is struck through (~~…~~). Edit the text to change it.",
)


class ActionModel(SnapshotRows):
    COLUMNS = (
        QT_TRANSLATE_NOOP("headers", "Owner"),
        QT_TRANSLATE_NOOP("headers", "Action item"),
        QT_TRANSLATE_NOOP("headers", "Done"),
    )
    CHECK_COLUMN = DONE

    SHOWN_FIELDS = ("text", "owners", "done", "carried")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.rows[index.row()]
        item: ActionItem = row.item
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == OWNER:
                return ", ".join(item.owners)
            return item.text if column == TEXT else None
        if role == Qt.ItemDataRole.CheckStateRole and column == DONE:
            return check_state(item.done)
        if role == Qt.ItemDataRole.ForegroundRole and item.carried:
            return muted_colour()
        if role == Qt.ItemDataRole.FontRole and item.carried:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return None

    def _tooltip(self, row: Row, column: int) -> str:
        item: ActionItem = row.item
        if column == DONE and row.task is None:
            return QCoreApplication.translate("panels.actions", NO_BOX_TIP)
        tip = QCoreApplication.translate("panels.actions", "{0}\nLine {1}").format(
            item.text, item.line
        )
        if item.carried:
            tip += "\n" + QCoreApplication.translate(
                "panels.actions", "Carried over from an earlier meeting"
            )
        return tip


class OwnerCompleter(QCompleter):
    """Completes the owner being typed after a separator ("JRG, M" → "JRG, MCS")."""

    def splitPath(self, path: str) -> list[str]:
        return [path[_LAST_OWNER.match(path).end() :]]  # type: ignore[union-attr]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        widget = self.widget()
        typed = widget.text() if isinstance(widget, QLineEdit) else ""
        done = typed[: _LAST_OWNER.match(typed).end()]  # type: ignore[union-attr]
        return done + str(index.data())


class ActionPanel(Panel):
    """The action-item table and its add row (owner field + task field)."""

    def __init__(self, document: NoteDocument, parent: QWidget) -> None:
        super().__init__(document, parent)
        self.model = ActionModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("actionView")
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.owner_field = QLineEdit(self)
        self.owner_field.setObjectName("actionOwnerField")
        self.owner_field.setPlaceholderText(
            QCoreApplication.translate("panels.actions", "Owner (initials)")
        )
        self.owner_field.setMaximumWidth(140)
        self._names = QStringListModel(self)
        completer = OwnerCompleter(self._names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.owner_field.setCompleter(completer)
        accept_keys(completer, ENTER_KEYS, self._owner_chosen)
        select_first(completer)  # "K", Enter: the first owner offered, not "K"
        self.text_field = QLineEdit(self)
        self.text_field.setObjectName("actionTextField")
        self.text_field.setPlaceholderText(
            QCoreApplication.translate("panels.actions", "New action item ⏎")
        )
        QWidget.setTabOrder(self.owner_field, self.text_field)
        self.owner_field.returnPressed.connect(self.text_field.setFocus)
        self.text_field.returnPressed.connect(self.add_item)
        self.follow(self.model, self.view, self.owner_field, self.text_field)
        header = self.view.horizontalHeader()  # once the model gives the columns
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(OWNER, 90)
        header.resizeSection(DONE, 48)

    def _owner_chosen(self, owner: str | None) -> bool:
        """Enter in the owner completion: that owner (after those typed before it), then
        on to the task field."""
        if owner is None:
            return False
        typed = self.owner_field.text()
        self.owner_field.setText(typed[: _LAST_OWNER.match(typed).end()] + owner)  # type: ignore[union-attr]
        self.text_field.setFocus()
        return True

    def show_meeting(self, meeting: Meeting) -> None:
        self.model.set_items(meeting.action_items, meeting.checklist)
        names = [a.name for a in meeting.attendees]
        names += [a.initials for a in meeting.attendees if a.initials]
        names = sorted(set(names), key=str.casefold)
        if names != self._names.stringList():
            self._names.setStringList(names)

    def add_item(self) -> None:
        """The task field's Enter: add the action item for the owners typed."""
        from noteapp.core.meeting.task_edits import add_action_item  # on first use

        text = self.text_field.text().strip()
        if not text:
            self.message.emit("Type the action item, then Enter")
            return
        owners = [o for o in OWNER_SEPARATOR.split(self.owner_field.text().strip()) if o]
        doc = self.document
        if doc.run(add_action_item, text, owners, roles=doc.roles(), **doc.style_sources()):
            self.text_field.clear()
            self.owner_field.clear()
            added = max(self.model.rows, key=lambda r: r.id, default=None)
            set_current(self.view, self.model, added.id if added else None)
            self.owner_field.setFocus()  # ready for the next one; Ctrl+1 back to the note


def install(window: WindowAPI) -> None:
    """The Action items dock and the add_action command."""
    panel = ActionPanel(window.document, window)
    dock = dock_panel(window, panel, PANEL)
    window.add_command("add_action", lambda: show_and_focus(dock, panel.owner_field))


__all__ = ["ActionModel", "ActionPanel", "install"]
