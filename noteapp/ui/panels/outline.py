"""The Outline panel: the note's headings and labelled sections as a navigable list.

The rows are the latest snapshot's sections (``Meeting.sections``: the parse already
made them, nothing is read again): the front matter, every heading (a bold-only line
too) indented by its rank, and every label that opens a section (``Present:``,
``Agenda:``) one step under its heading.  Enter or a click puts the caret on that
line of the note; moving the caret makes its section the current row.  Built on the
panel's first show (``PanelSpec.module``), so it costs nothing at start-up.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QAbstractItemView, QListView

from noteapp.ui.panels.agenda import DEPTH_ROLE, IndentDelegate, plain
from noteapp.ui.panels.snapshot_rows import Index, Panel, SnapshotRows, muted_colour

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDockWidget, QWidget

    from noteapp.core.meeting import Meeting
    from noteapp.core.meeting.sections import MeetingSection
    from noteapp.ui.document import NoteDocument
    from noteapp.ui.editor import NoteEditor
    from noteapp.ui.window_api import WindowAPI

FRONT_MATTER = QT_TRANSLATE_NOOP("outline", "Front matter")
_NAMED = ("heading", "label")


class Entry(NamedTuple):
    """One row: a section and how deep the outline shows it."""

    label: str
    role: str
    depth: int
    first: int  # 1-based line of its heading or label
    last: int


def outline_entries(sections: tuple[MeetingSection, ...]) -> list[Entry]:
    """The rows for ``sections``: headings by their rank among the note's heading levels
    (a note whose first heading is ``##`` starts at the left), labels one deeper than
    the heading above them; sections found by their content alone have no name to show."""
    named = [s for s in sections if s.source == "front_matter" or (s.label and s.source in _NAMED)]
    ranks = {level: k for k, level in enumerate(sorted({s.level for s in named if s.level}))}
    entries = []
    heading_depth = -1  # labels before any heading sit at the left
    for s in sorted(named, key=lambda s: s.start):
        if s.source == "front_matter":
            label, depth = FRONT_MATTER, 0
        elif s.source == "heading":
            label, depth = plain(s.label), ranks[s.level]
            heading_depth = depth
        else:
            label, depth = plain(s.label), heading_depth + 1
        entries.append(Entry(label, s.role, depth, s.first, s.last))
    return entries


class OutlineModel(SnapshotRows):
    """One row per :class:`Entry`; rows keep their ids while the note is typed in."""

    COLUMNS = (QT_TRANSLATE_NOOP("headers", "Outline"),)
    KEY_FIELDS = ("depth", "label")
    SHOWN_FIELDS = ("label", "depth", "role")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.firsts: list[int] = []  # each row's first line, ascending

    def show_sections(self, sections: tuple[MeetingSection, ...]) -> None:
        entries = outline_entries(sections)
        self.set_items(entries, ())
        self.firsts = [e.first for e in entries]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry: Entry = self.rows[index.row()].item
        if role == Qt.ItemDataRole.DisplayRole:
            if entry.role == "front_matter":
                return QCoreApplication.translate("outline", FRONT_MATTER)
            return entry.label
        if role == DEPTH_ROLE:
            return entry.depth
        if role == Qt.ItemDataRole.ForegroundRole and entry.role == "front_matter":
            return muted_colour()
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("outline", "Line {0} · {1}").format(
                entry.first, entry.role.replace("_", " ")
            )
        return None

    def row_at_line(self, line: int) -> int | None:
        """The row of the innermost listed section holding ``line`` (1-based), else the
        last one that starts before it."""
        k = bisect_right(self.firsts, line) - 1
        if k < 0:
            return None
        for j in range(k, max(-1, k - 8), -1):  # a label's section may end before the line
            entry: Entry = self.rows[j].item
            if entry.first <= line <= entry.last:
                return j
        return k


class OutlinePanel(Panel):
    """The list of sections; Enter or a click moves the caret to the one chosen."""

    def __init__(self, document: NoteDocument, editor: NoteEditor, parent: QWidget) -> None:
        super().__init__(document, parent)
        self.editor = editor
        self.model = OutlineModel(self)
        self.view = QListView(self)
        self.view.setObjectName("outlineView")
        self.view.setUniformItemSizes(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setItemDelegate(IndentDelegate(self.view))
        self.follow(self.model, self.view)
        self.view.activated.connect(self.go_to)
        self.view.clicked.connect(self.go_to)
        editor.cursorPositionChanged.connect(self.follow_caret)
        self.follow_caret()

    def show_meeting(self, meeting: Meeting) -> None:
        self.model.show_sections(meeting.sections)
        self.follow_caret()

    def go_to(self, index: QModelIndex) -> None:
        """The caret to the start of the chosen section's heading or label line."""
        if not index.isValid():
            return
        entry: Entry = self.model.rows[index.row()].item
        block = self.editor.document().findBlockByNumber(entry.first - 1)
        if not block.isValid():
            return
        cursor = self.editor.textCursor()
        cursor.setPosition(block.position())
        self.editor.setTextCursor(cursor)
        self.editor.centerCursor()
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def follow_caret(self) -> None:
        """Make the section holding the caret the current row (the focus stays put).
        Block numbers are the note's lines: no text is read per keystroke."""
        if not self.isVisible():
            return
        cursor: QTextCursor = self.editor.textCursor()
        row = self.model.row_at_line(cursor.blockNumber() + 1)
        if row is not None and row != self.view.currentIndex().row():
            self.view.setCurrentIndex(self.model.index(row, 0))

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.follow_caret()


def build(window: WindowAPI, dock: QDockWidget) -> OutlinePanel:
    """The dock's contents, made on its first show."""
    return OutlinePanel(window.document, window.editor, dock)
