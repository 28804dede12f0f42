"""The Attendees panel: who is at the meeting, as the note writes them.

A table over the snapshot's attendees (:class:`AttendeeModel`) and an "Add" field
that completes names from the series' earlier notes (:mod:`noteapp.core.series.roster`).
Every action is an intent for :meth:`NoteDocument.run`, so it is one undo step and
a refusal (a style that cannot hold a field) reaches the status bar, changing nothing.
The roster's people not in the note yet follow the attendees as greyed *expected*
rows; Space or Enter on one checks them in (:meth:`AttendeesPanel.check_in`). The
roster is read once a note is open, after its first snapshot, in a worker thread (off the
opening path: :mod:`noteapp.ui.panels.roster_reader`);
the completer is built when the Add field first gets the focus, not at start-up.
:func:`install` also sets up the speaker prefixes (:mod:`noteapp.ui.speakers`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from noteapp.core.series.roster import person_key, typed_person
from noteapp.ui.action_factory import command_action
from noteapp.ui.completion import ENTER_KEYS, ChoiceModel, accept_keys, select_first
from noteapp.ui.panel import PanelSpec
from noteapp.ui.panels.attendee_model import (
    PRESENT,
    AttendeeModel,
    Row,
    run_attendee_edit,
    set_present,
)
from noteapp.ui.speakers import SpeakerPrefixes

PANEL = PanelSpec("Attendees", "attendeesDock", "focus_attendees", "left")
PANELS = (PANEL,)  # the docks this feature adds (noteapp.ui.i18n reads their titles)

if TYPE_CHECKING:
    from pathlib import Path

    from noteapp.core.meeting import Meeting
    from noteapp.core.meeting.style import AttendeeStyle
    from noteapp.core.series.roster import RosterEntry
    from noteapp.ui.panels.roster_reader import RosterReader
    from noteapp.ui.window_api import WindowAPI


def install(window: WindowAPI) -> None:
    panel = AttendeesPanel(window)
    panel.dock = window.add_panel(PANEL, panel)
    window.add_command("add_attendee", panel.focus_add_field)
    panel.speakers = SpeakerPrefixes(window)


class AddField(QLineEdit):
    """The "Add attendee" line; tells the panel when it first gets the focus."""

    def __init__(self, on_focus: Callable[[], None], parent: QWidget) -> None:
        super().__init__(parent)
        self._on_focus = on_focus

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._on_focus()
        super().focusInEvent(event)


class AttendeeTable(QTableView):
    """The attendee table; focused by its shortcut, or by the keyboard with no current
    row, it starts on the first expected person (the next one to check in: Ctrl+2,
    Space), whoever was current before."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        fresh = not self.currentIndex().isValid()
        super().focusInEvent(event)
        model = self.model()
        reason = event.reason()
        if reason == Qt.FocusReason.ShortcutFocusReason or (
            fresh and reason != Qt.FocusReason.MouseFocusReason
        ):
            assert isinstance(model, AttendeeModel)
            if model.expected:
                self.setCurrentIndex(model.index(len(model.rows), 0))


class AttendeesPanel(QWidget):
    """The contents of the Attendees dock: the Add field, its buttons and the table."""

    def __init__(self, window: WindowAPI) -> None:
        super().__init__(window)  # type: ignore[arg-type]
        self.setObjectName("attendeesPanel")
        self.main = window
        self.dock: QDockWidget | None = None  # set by install()
        self.document = window.document
        self.speakers: SpeakerPrefixes | None = None  # set by install()
        self.roster: list[RosterEntry] | None = None  # read on first need
        self._roster_reader: RosterReader | None = None  # made by the first read
        self.completer: QCompleter | None = None

        self.add_field = AddField(self.prepare_completion, self)
        self.add_field.setObjectName("attendeeAdd")
        self.add_field.setPlaceholderText(
            QCoreApplication.translate("panels.attendees", "Add attendee: name, or Name (XX)")
        )
        self.add_field.setClearButtonEnabled(True)
        self.add_field.returnPressed.connect(self.add_typed)
        add_button = QPushButton(QCoreApplication.translate("panels.attendees", "Add"), self)
        add_button.setObjectName("attendeeAddButton")
        add_button.clicked.connect(self.add_typed)
        remove_button = QPushButton(QCoreApplication.translate("panels.attendees", "Remove"), self)
        remove_button.setObjectName("attendeeRemoveButton")
        remove_button.clicked.connect(self.remove_current)

        self.model = AttendeeModel(self.document, self)
        self.table = self._table(self)
        self._kept: tuple[int, int, Row] | None = None
        self.table.activated.connect(self._activated)

        top = QHBoxLayout()
        top.addWidget(self.add_field, 1)
        top.addWidget(add_button)
        top.addWidget(remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.table)
        self.setFocusProxy(self.table)

        self.document.snapshotChanged.connect(self.show_snapshot)
        window.documentLoaded.connect(self._forget_roster)
        window.documentSaved.connect(self._forget_roster)  # Save As: another folder

    def _table(self, parent: QWidget) -> QTableView:
        table = AttendeeTable(parent)
        table.setObjectName("attendeeTable")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.AnyKeyPressed  # typing in a cell edits it
        )
        table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        table.setDefaultDropAction(Qt.DropAction.MoveAction)
        table.setDragDropOverwriteMode(False)
        table.setDropIndicatorShown(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Fixed sizes, not ResizeToContents: that asks the model for every cell's every
        # role before the first paint (~2,000 Python calls for 40 people).
        header.setSectionResizeMode(PRESENT, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(PRESENT, header.sectionSizeHint(PRESENT))  # the title's width
        table.setWordWrap(False)  # one line a person: a long name is elided, rows stay even
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(max(rows.defaultSectionSize(), table.fontMetrics().height() + 8))
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for name, slot in (
            ("attendee_present", self.toggle_present),
            ("attendee_up", lambda: self.move_current(-1)),
            ("attendee_down", lambda: self.move_current(1)),
            ("attendee_remove", self.remove_current),
        ):
            table.addAction(command_action(table, name, slot))
        return table

    # -- the snapshot ------------------------------------------------------------------

    def show_snapshot(self, meeting: Meeting) -> None:
        self._remember_current()
        self.model.show(meeting.attendees, self._expected(meeting))
        self._follow_current()

    def _expected(self, meeting: Meeting) -> list[Row]:
        """The roster's people not in the note, as greyed rows (none until it is read)."""

        if self.roster is None:
            if self.document.path is not None:
                QTimer.singleShot(0, self._read_roster)
            return []
        here = {person_key(a.name) for a in meeting.attendees}
        return [
            (e.name, e.initials, e.handle, e.affiliation, False)
            for e in self.roster
            if person_key(e.name) not in here
        ]

    def _read_roster(self) -> None:
        if self.roster is None and self.document.path is not None:
            if self._roster_reader is None:  # imported here: not on the first paint's path
                from noteapp.ui.panels import roster_reader

                self._roster_reader = roster_reader.RosterReader()
                self._roster_reader.read.connect(self._roster_read)
            self._roster_reader.start(self.document.path)

    def _roster_read(self, path: Path, roster: list[RosterEntry]) -> None:
        """The worker's roster of ``path``: kept if the note is still that one."""
        if self.roster is not None or path != self.document.path:
            return  # read already (the completer needed it first), or another note now
        self.roster = roster
        if self.document.has_snapshot:  # else the parse's snapshot shows it
            self.show_snapshot(self.document.meeting)

    def _remember_current(self) -> None:
        index = self.table.currentIndex()
        row = index.row()
        self._kept = (row, index.column(), self.model.row_at(row)) if index.isValid() else None

    def _follow_current(self) -> None:
        """Keep the current person current: the same name nearest the old row (they may
        have moved), else the row that took their place (the next one after a removal)."""
        rows = [*self.model.rows, *self.model.expected]
        if self._kept is None or not rows:
            return
        row, column, person = self._kept
        same = [r for r, other in enumerate(rows) if other[0] == person[0]]
        target = min(same, key=lambda r: abs(r - row)) if same else min(row, len(rows) - 1)
        if self.table.currentIndex().row() != target:  # also after a reset (row -1)
            self.select(target, column)

    def select(self, row: int, column: int = 0) -> None:
        self.table.setCurrentIndex(self.model.index(row, column))

    def current_row(self) -> int | None:
        """The current attendee's row (None on an expected person's greyed row)."""
        index = self.table.currentIndex()
        if not index.isValid() or self.model.is_expected(index.row()):
            return None
        return index.row()

    # -- actions on the current person -------------------------------------------------

    def toggle_present(self) -> None:
        """Space: present or absent; on an expected person, check them in."""
        index = self.table.currentIndex()
        if index.isValid() and self.model.is_expected(index.row()):
            self.check_in(index.row())
            return
        row = self.current_row()
        if row is not None:
            person = self.model.rows[row]
            set_present(self.document, row, not person[PRESENT], person[0])

    def _activated(self, index: QModelIndex) -> None:
        """Enter (or a double click) on an expected person checks them in."""
        if index.isValid() and self.model.is_expected(index.row()):
            self.check_in(index.row())

    def check_in(self, row: int) -> bool:
        """Add expected person ``row`` to the note, in its style (one undo step); the
        current row stays on them, now an attendee."""
        name, initials, handle, affiliation, _present = self.model.row_at(row)
        fields = {"name": name, "initials": initials, "handle": handle, "affiliation": affiliation}
        self._kept = None
        new_block = self._new_block_style()
        if not run_attendee_edit(self.document, "add_attendee", **fields):
            return False
        here = [r for r, person in enumerate(self.model.rows) if person[0] == name]
        if here:
            self.select(here[-1], self.table.currentIndex().column())
        done = QCoreApplication.translate("panels.attendees", "Checked in {0}").format(name)
        self.main.statusBar().showMessage(_with_source(done, new_block), 5000)
        return True

    def _new_block_style(self) -> AttendeeStyle | None:
        """The style a first attendee block will take, where the note has none yet."""
        if self.document.meeting.attendee_groups:
            return None
        return self.document.new_attendee_style()

    def remove_current(self) -> None:
        row = self.current_row()
        if row is not None:
            name = self.model.rows[row][0]
            if run_attendee_edit(self.document, "remove_attendee", row):
                self.main.statusBar().showMessage(
                    QCoreApplication.translate(
                        "panels.attendees", "Removed {0}: Ctrl+Z brings them back"
                    ).format(name),
                    5000,
                )

    def move_current(self, delta: int) -> None:
        row = self.current_row()
        if row is None or not 0 <= row + delta < len(self.model.rows):
            return
        self.model.move(row, row + delta)  # the selection follows them (show_snapshot)

    # -- adding ------------------------------------------------------------------------

    def focus_add_field(self) -> None:
        """The ``add_attendee`` command: show the panel and type a name."""
        if self.dock is not None:
            self.dock.show()
            self.dock.raise_()
        self.prepare_completion()
        self.add_field.setFocus()
        self.add_field.selectAll()

    def add_typed(self) -> None:
        typed = self.add_field.text().strip()
        if not typed:
            return

        fields = typed_person(typed, self._roster())
        if self.completer is not None:
            self.completer.popup().hide()
        new_block = self._new_block_style()
        if run_attendee_edit(self.document, "add_attendee", **fields):
            self.add_field.clear()
            done = QCoreApplication.translate("panels.attendees", "Added {0}").format(
                fields["name"]
            )
            self.main.statusBar().showMessage(_with_source(done, new_block), 5000)

    def _add_chosen(self, name: str | None) -> bool:
        """Enter in the completion popup adds the person chosen (or what was typed)."""
        if name is not None:
            self.add_field.setText(name)
        self.add_typed()
        return True

    def prepare_completion(self) -> None:
        """Build the completer (once) and offer the series' people not yet listed."""

        if self.completer is None:
            self.completer = QCompleter(ChoiceModel(self), self.add_field)
            self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
            self.completer.setCompletionRole(Qt.ItemDataRole.EditRole)
            self.add_field.setCompleter(self.completer)
            accept_keys(self.completer, ENTER_KEYS, self._add_chosen)
            select_first(self.completer)
        here = {person_key(row[0]) for row in self.model.rows}
        choices = [(e.name, _describe(e)) for e in self._roster() if person_key(e.name) not in here]
        model = self.completer.model()
        assert isinstance(model, ChoiceModel)
        model.set_choices(choices)

    def _roster(self) -> list[RosterEntry]:
        if self.roster is None:
            from noteapp.core.series.roster import roster_for

            self.roster = roster_for(self.document.path)
        return self.roster

    def _forget_roster(self, _path: object = None) -> None:
        self.roster = None  # read again (cheaply: files are cached by mtime) on next need
        # Not another note's people; a note still being parsed shows its own when parsed
        # (asking for ``meeting`` now would parse a long note on this thread, text unseen).
        doc = self.document
        self.model.show(doc.meeting.attendees if doc.has_snapshot else [], [])
        if doc.path is not None and doc.has_snapshot:  # else its snapshot asks for it
            QTimer.singleShot(0, self._read_roster)


def _describe(entry: RosterEntry) -> str:
    details = [d for d in (entry.initials, entry.affiliation) if d]
    return f"{entry.name} ({', '.join(details)})" if details else entry.name


def _with_source(done: str, new_block: AttendeeStyle | None) -> str:
    """``done``, and where the style of a new attendee block was learned (the user sees
    what was guessed for them)."""
    if new_block is None or new_block.source == "this note":
        return done
    where = {
        "earlier notes": QCoreApplication.translate(
            "panels.attendees", "a new attendee block, written like the series' earlier notes"
        ),
        "template": QCoreApplication.translate(
            "panels.attendees", "a new attendee block, written like the series' template"
        ),
        "default": QCoreApplication.translate(
            "panels.attendees", "a new attendee list (no earlier note or template to copy)"
        ),
    }[new_block.source]
    return QCoreApplication.translate("panels.attendees", "{0}, in {1}").format(done, where)
