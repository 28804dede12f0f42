"""A table model over the snapshot's attendees: a view, never a copy to edit.

Edits go back to the text as intents (:func:`run_attendee_edit`, read with the taught
section roles); the new snapshot then refreshes the model. A refresh that changes no
visible value is skipped, one that keeps the number of rows only repaints the rows that
changed, so the selection and an open editor survive a pause in typing.

Below the attendees, greyed, come the people *expected*: the series' regulars (its
roster) not yet in the note. They are not part of the note; checking one in
(:meth:`AttendeesPanel.check_in`) adds them in the note's style.
"""

from __future__ import annotations

from collections.abc import Sequence
from types import ModuleType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from noteapp.core.meeting.identity import shared_ends
from noteapp.ui.completion import Index

if TYPE_CHECKING:
    from noteapp.core.meeting.structure import Attendee
    from noteapp.ui.document import NoteDocument

COLUMNS = ("name", "initials", "handle", "affiliation", "present")
HEADERS = (
    QT_TRANSLATE_NOOP("headers", "Name"),
    QT_TRANSLATE_NOOP("headers", "Initials"),
    QT_TRANSLATE_NOOP("headers", "Handle"),
    QT_TRANSLATE_NOOP("headers", "Affiliation"),
    QT_TRANSLATE_NOOP("headers", "Present"),
)
PRESENT = COLUMNS.index("present")
ROW_MIME = "application/x-noteapp-attendee-row"

Row = tuple[str, str | None, str | None, str | None, bool]


def attendee_edits() -> ModuleType:
    """:mod:`noteapp.core.attendee_edits`, imported on first use: start-up does not need
    it (it is the slowest module of the panel to import)."""
    from noteapp.core import attendee_edits

    return attendee_edits


def run_attendee_edit(document: NoteDocument, edit: str, /, *args: Any, **kwargs: Any) -> bool:
    """Run the attendee edit ``edit`` (its function's name) on the document's text,
    read with the section roles taught for its folder (a section taught as attendees
    is edited as one); a first block or label is written as the series' earlier notes or
    template write theirs."""
    if edit in ("add_attendee", "set_present"):
        kwargs.update(document.style_sources())
    return document.run(getattr(attendee_edits(), edit), *args, roles=document.roles(), **kwargs)


def visible(attendee: Attendee) -> Row:
    """What the table shows of an attendee (its place in the text is not shown)."""
    return (
        attendee.name,
        attendee.initials,
        attendee.handle,
        attendee.affiliation,
        attendee.present,
    )


def set_present(document: NoteDocument, row: int, present: bool, name: str) -> bool:
    """Mark attendee ``row`` present or absent, unless absent could only be written by
    removing them (a note that lists only who came): that takes Delete, never a toggle."""
    if not present and attendee_edits().absence_removes(
        document.text(), row, roles=document.roles()
    ):
        document.editRefused.emit(
            f"This note lists only who came: press Delete to remove {name} "
            "(Ctrl+Z brings them back)."
        )
        return False
    return run_attendee_edit(document, "set_present", row, present)


# Computed once: the table asks for every cell's flags as it paints.
_ROOT_FLAGS = Qt.ItemFlag.ItemIsDropEnabled
_CELL_FLAGS = (
    Qt.ItemFlag.ItemIsSelectable
    | Qt.ItemFlag.ItemIsEnabled
    | Qt.ItemFlag.ItemNeverHasChildren
    | Qt.ItemFlag.ItemIsDragEnabled
    | Qt.ItemFlag.ItemIsDropEnabled
)
_PRESENT_FLAGS = _CELL_FLAGS | Qt.ItemFlag.ItemIsUserCheckable
_TEXT_FLAGS = _CELL_FLAGS | Qt.ItemFlag.ItemIsEditable
# Expected people: selectable (Space or Enter checks them in), neither edited nor dragged.
_EXPECTED_FLAGS = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled


def _expected_data(column: int, value: Any, role: int) -> Any:
    """A greyed row: the person's fields, an unchecked Present box, a tip saying how."""

    if role == Qt.ItemDataRole.ForegroundRole:
        return QApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    if role == Qt.ItemDataRole.ToolTipRole:
        return QCoreApplication.translate(
            "AttendeeModel", "Expected (a regular of the series): Space or Enter checks them in"
        )
    if column == PRESENT:
        return Qt.CheckState.Unchecked if role == Qt.ItemDataRole.CheckStateRole else None
    if role == Qt.ItemDataRole.DisplayRole:
        return value or ""
    return None


class AttendeeModel(QAbstractTableModel):
    def __init__(self, document: NoteDocument, parent: Any = None) -> None:
        super().__init__(parent)
        self.document = document
        self.rows: list[Row] = []  # the note's attendees
        self.expected: list[Row] = []  # the regulars not in the note (greyed, after them)

    # -- the snapshot -----------------------------------------------------------------

    def show(self, attendees: Sequence[Attendee], expected: Sequence[Row] | None = None) -> None:
        """Show a new snapshot's ``attendees`` (and ``expected`` people after them).

        Only the rows that changed are touched: the people before and after them keep
        their row objects, the view's selection and an edit in progress; a run of rows
        that grew or shrank is removed and inserted, one of the same length is updated
        in place.  Never a reset (it closed an open editor and lost the scroll)."""
        rows = [visible(a) for a in attendees]
        expected = self.expected if expected is None else list(expected)
        if rows == self.rows and expected == self.expected:
            return
        old, new = [*self.rows, *self.expected], [*rows, *expected]
        head, tail = shared_ends(old, new)
        end_old, end_new = len(old) - tail, len(new) - tail
        # The rows before and after the change stay the same objects.
        new = old[:head] + new[head:end_new] + old[end_old:]
        if end_old == end_new:  # changed in place (or only moved between the two parts)
            self._split(new, len(rows))
            first, last = (head, end_new - 1) if end_new > head else (0, len(new) - 1)
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))
            return
        if end_old > head:
            self.beginRemoveRows(QModelIndex(), head, end_old - 1)
            # the old attendees left, then the old expected people left
            attendees_left = min(head, len(self.rows)) + max(0, len(self.rows) - end_old)
            self._split(old[:head] + old[end_old:], attendees_left)
            self.endRemoveRows()
        if end_new > head:
            self.beginInsertRows(QModelIndex(), head, end_new - 1)
            self._split(new, len(rows))
            self.endInsertRows()
        self._split(new, len(rows))

    def _split(self, shown: list[Row], attendees: int) -> None:
        self.rows, self.expected = shown[:attendees], shown[attendees:]

    # -- reading ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows) + len(self.expected)

    def is_expected(self, row: int) -> bool:
        return row >= len(self.rows)

    def row_at(self, row: int) -> Row:
        """Row ``row`` of the table: an attendee, or an expected person after them."""
        return self.rows[row] if row < len(self.rows) else self.expected[row - len(self.rows)]

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = index.row()
        value = self.row_at(row)[index.column()]
        if self.is_expected(row):
            return _expected_data(index.column(), value, role)
        if index.column() == PRESENT:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return value or ""
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("headers", HEADERS[section])
        if self.is_expected(section):
            return ""  # no speaker key until they are checked in
        return str(section + 1)  # Alt+1 … Alt+9 speak for rows 1 to 9

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return _ROOT_FLAGS  # a drop between rows
        if self.is_expected(index.row()):
            return _EXPECTED_FLAGS
        return _PRESENT_FLAGS if index.column() == PRESENT else _TEXT_FLAGS

    # -- intents ----------------------------------------------------------------------

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.is_expected(index.row()):
            return False
        row, column = index.row(), index.column()
        if column == PRESENT and role == Qt.ItemDataRole.CheckStateRole:
            present = Qt.CheckState(value) == Qt.CheckState.Checked
            return set_present(self.document, row, present, self.rows[row][0])
        if column == PRESENT or role != Qt.ItemDataRole.EditRole:
            return False
        text = " ".join(str(value).split())
        if text == (self.rows[row][column] or ""):
            return True
        return run_attendee_edit(self.document, "update_attendee", row, **{COLUMNS[column]: text})

    def move(self, row: int, to_row: int) -> bool:
        return run_attendee_edit(self.document, "move_attendee", row, to_row)

    # -- drag to reorder: the drop sends a move intent; the view removes nothing --------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ROW_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        mime.setData(ROW_MIME, str(rows[0] if rows else -1).encode("ascii"))
        return mime

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(ROW_MIME):
            return False
        source = int(bytes(data.data(ROW_MIME).data()).decode("ascii"))
        if not 0 <= source < len(self.rows):
            return False
        row = min(row, len(self.rows))  # dropped among the expected: after the last attendee
        if parent.isValid():  # dropped onto a person: take their place
            target = min(parent.row(), len(self.rows) - 1)
        else:  # dropped between rows: ``row`` is the row it goes before
            before = len(self.rows) if row < 0 else row
            target = before - 1 if source < before else before
        if target != source:
            self.move(source, target)
        # False: the text moved the row; the view must not remove the dragged one itself.
        return False
