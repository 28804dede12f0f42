"""Speaker prefixes in the editor: Alt+1 … Alt+9, the speaker picker, typed initials.

All three read the attendees of the latest snapshot, kept here when it arrives, and
write through :mod:`noteapp.core.meeting.speaker_edits` as one undo step. Nothing on the
typing path parses the note: the typed-initials check looks at the caret's line only,
and the completer is built the first time it has something to offer.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QCompleter,
    QFrame,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from noteapp.core.errors import StructureEditError
from noteapp.core.meeting import speaker_edits
from noteapp.core.series.roster import person_key
from noteapp.ui.action_factory import command_action
from noteapp.ui.completion import ENTER_KEYS, ChoiceModel, accept_keys
from noteapp.ui.hotkeys import COMMANDS, help_text, title
from noteapp.ui.textbridge import OffsetMap, to_utf16

if TYPE_CHECKING:
    from noteapp.core.meeting import Meeting
    from noteapp.core.text.edits import Edit
    from noteapp.ui.window_api import WindowAPI

_LABEL_ROLE = Qt.ItemDataRole.UserRole
_KEY_ROLE = Qt.ItemDataRole.UserRole + 1


# Letters of a first name typed before its completion is offered (initials: from one).
FIRST_NAME_LETTERS = 2


class Speaker(NamedTuple):
    label: str  # what the prefix says: initials, else the first name
    name: str
    initials: str | None


def numbered_keys(command: str) -> list[str]:
    """``"Alt+1…Alt+9"`` in :data:`COMMANDS` -> ``["Alt+1", ..., "Alt+9"]``."""
    first, last = COMMANDS[command].keys.split("…")
    modifiers = first.rstrip("0123456789")
    return [
        f"{modifiers}{n}"
        for n in range(int(first[len(modifiers) :]), int(last[len(modifiers) :]) + 1)
    ]


class SpeakerPrefixes(QObject):
    """Inserts speaker prefixes at the editor's caret, for the whole window."""

    def __init__(self, window: WindowAPI) -> None:
        super().__init__(window)
        self.window = window
        self.editor = window.editor
        self.document = window.document
        self.speakers: list[Speaker] = []
        self.known: frozenset[str] = frozenset()
        self.picker: SpeakerPicker | None = None  # built on first use
        self.number_actions = self._number_actions()
        window.add_command("speaker", self.pick)
        window.add_command("go_to_minutes", self.go_to_minutes)
        self.completion = InitialsCompletion(self)
        self.document.snapshotChanged.connect(self.show_snapshot)

    def _number_actions(self) -> list[QAction]:
        command = COMMANDS["speaker_n"]
        menu = self.window.menu(command.menu).addMenu(title("speaker_n"))
        actions = []
        for n, keys in enumerate(numbered_keys("speaker_n"), start=1):
            action = command_action(
                self.window,  # type: ignore[arg-type]
                "speaker_n",
                lambda _checked=False, row=n - 1: self.insert_number(row),
                shortcuts=keys,
                text=QCoreApplication.translate("speakers", "Speaker &{0}").format(n),
                status_tip=help_text("speaker_n").replace("N", str(n), 1),
                object_name=f"action_speaker_{n}",
            )
            menu.addAction(action)
            self.window.addAction(action)
            actions.append(action)
        return actions

    def show_snapshot(self, meeting: Meeting) -> None:
        """Point Alt+1 … Alt+9 (and the picker, and completion) at the new attendees."""
        label = speaker_edits.speaker_label
        speakers = [
            Speaker(label(a.name, a.initials), a.name, a.initials) for a in meeting.attendees
        ]
        if speakers == self.speakers:
            return
        self.speakers = speakers
        self.known = frozenset(s.label for s in speakers)
        for row, action in enumerate(self.number_actions):
            if row < len(speakers):
                who = speakers[row]
                action.setText(f"&{row + 1} " + f"{who.label} — {who.name}".replace("&", "&&"))
            else:
                action.setText(
                    QCoreApplication.translate("speakers", "Speaker &{0}").format(row + 1)
                )

    # -- inserting ---------------------------------------------------------------------

    def insert_number(self, row: int) -> None:
        # Always enabled: a disabled Alt+7 would reach the editor and type a "7".
        if row < len(self.speakers):
            self.insert(self.speakers[row].label)
        else:
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "speakers", "The note lists {0} attendees: there is no number {1}."
                ).format(len(self.speakers), row + 1),
                5000,
            )

    def insert(self, label: str) -> None:
        """Start the caret's line as a minute line of ``label``."""
        text, offset = self.text_and_caret()
        try:
            edit = speaker_edits.insert_speaker(
                text,
                offset,
                label,
                known=self.known,
                meeting=self.document.meeting,
                topic=self.document.discussing,
            )
        except StructureEditError as exc:  # it would change how other items read
            self.document.editRefused.emit(str(exc))
            return
        self.apply(text, *edit)

    def go_to_minutes(self) -> None:
        """F7: the caret to the end of the minutes of the topic being discussed."""
        from noteapp.core.meeting.minute_place import minutes_caret

        text, offset = self.text_and_caret()
        at = minutes_caret(self.document.meeting, self.document.discussing, offset)
        cursor = self.editor.textCursor()
        cursor.setPosition(to_utf16(text, at))
        self.editor.setTextCursor(cursor)
        self.editor.ensureCursorVisible()
        self.editor.setFocus()

    def text_and_caret(self) -> tuple[str, int]:
        """The note's text and the caret's code-point offset in it."""
        text = self.document.text()
        return text, OffsetMap(text).from_utf16(self.editor.textCursor().position())

    def apply(self, text: str, edit: Edit, caret: int) -> None:
        """Apply ``edit`` to ``text`` (the editor's) as one undo step; caret to ``caret``."""
        if text[edit.start : edit.end] != edit.new:  # the same speaker again: no undo step
            self.document.apply(edit)
            text = edit.apply(text)
        cursor = self.editor.textCursor()
        cursor.setPosition(to_utf16(text, caret))
        self.editor.setTextCursor(cursor)
        self.editor.setFocus()

    # -- the picker (Ctrl+Shift+K) ------------------------------------------------------

    def pick(self) -> None:
        if not self.speakers:
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "speakers", "No attendees yet: add them in the Attendees panel first."
                ),
                5000,
            )
            return
        if self.picker is None:
            self.picker = SpeakerPicker(self.window)
            self.picker.chosen.connect(self.insert)
        rect = self.editor.cursorRect()
        self.picker.open(self.speakers, self.editor.viewport().mapToGlobal(rect.bottomLeft()))


class SpeakerPicker(QFrame):
    """A small popup list of the attendees, filtered as one types; Enter picks."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("speakerPicker")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("speakerFilter")
        self.filter.setPlaceholderText(QCoreApplication.translate("speakers", "Initials or name…"))
        self.list = QListWidget(self)
        self.list.setObjectName("speakerList")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        self.filter.textChanged.connect(self._filter)
        self.filter.installEventFilter(self)
        self.list.itemActivated.connect(self._choose)
        self.list.itemClicked.connect(self._choose)

    def open(self, speakers: Sequence[Speaker], at: QPoint) -> None:
        self.list.clear()
        for who in speakers:
            shown = who.name if who.label == who.name.split()[0] else f"{who.label}  {who.name}"
            item = QListWidgetItem(shown, self.list)
            item.setData(_LABEL_ROLE, who.label)
            item.setData(_KEY_ROLE, person_key(f"{who.label} {who.name}").split())
        self.filter.clear()
        self._filter("")
        self.move(at)
        self.show()
        self.filter.setFocus()

    def visible_items(self) -> list[QListWidgetItem]:
        items = (self.list.item(i) for i in range(self.list.count()))
        return [item for item in items if not item.isHidden()]

    def _filter(self, typed: str) -> None:
        """Keep the people one of whose words starts with each typed word."""

        wanted = person_key(typed).split()
        for i in range(self.list.count()):
            item = self.list.item(i)
            words = item.data(_KEY_ROLE)
            item.setHidden(not all(any(w.startswith(t) for w in words) for t in wanted))
        shown = self.visible_items()
        self.list.setCurrentItem(shown[0] if shown else None)

    def _step(self, delta: int) -> None:
        shown = self.visible_items()
        if shown:
            current = self.list.currentItem()
            at = shown.index(current) if current in shown else -delta
            self.list.setCurrentItem(shown[max(0, min(len(shown) - 1, at + delta))])

    def _choose(self, item: QListWidgetItem | None) -> None:
        if item is None or item.isHidden() or not self.isVisible():  # once per pick
            return
        self.hide()
        self.chosen.emit(item.data(_LABEL_ROLE))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.filter and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self._step(-1 if key == Qt.Key.Key_Up else 1)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._choose(self.list.currentItem())
                return True
            if key == Qt.Key.Key_Escape:
                self.hide()
                return True
        return super().eventFilter(watched, event)


class InitialsCompletion(QObject):
    """Initials typed at the start of a line (``- J``, ``JM``) pop up the attendees whose
    initials start so; Enter or Tab writes the prefix (``- JMS: ``)."""

    def __init__(self, prefixes: SpeakerPrefixes) -> None:
        super().__init__(prefixes)
        self.prefixes = prefixes
        self.editor = prefixes.editor
        self.completer: QCompleter | None = None  # built when first needed
        self.choices = ChoiceModel(self)
        self.editor.document().contentsChange.connect(self._changed)

    def _changed(self, position: int, removed: int, added: int) -> None:
        if removed == added:  # a format change (highlighting) or an overwrite: not typing
            return
        if (removed, added) not in ((0, 1), (1, 0)):
            self.hide()
            return
        cursor = self.editor.textCursor()
        if cursor.position() != position + added or cursor.hasSelection():
            return  # not typed at the caret
        line = cursor.block().text()
        column = OffsetMap(line).from_utf16(cursor.positionInBlock())
        typed = speaker_edits.typed_initials(line, column)
        matching = self._matching(typed) if typed else []
        if typed and matching:
            self._show(typed, matching)
        else:
            self.hide()

    def _matching(self, typed: str) -> list[tuple[str, str]]:
        """(label, "label  name") of the attendees whose prefix label starts with
        ``typed``: their initials, or the first name of those the note writes without
        initials (from two letters on, so a one-letter word brings no popup)."""
        folded = typed.casefold()
        labels = {
            s.label: s.name
            for s in self.prefixes.speakers
            if s.initials or len(typed) >= FIRST_NAME_LETTERS
        }
        return [
            (label, f"{label}  {name}")
            for label, name in labels.items()
            if label.casefold().startswith(folded)
        ]

    def _show(self, typed: str, matching: list[tuple[str, str]]) -> None:
        completer = self.completer or self._build()
        self.choices.set_choices(matching)
        completer.setCompletionPrefix(typed)
        popup = completer.popup()
        rect = self.editor.cursorRect()
        rect.setWidth(popup.sizeHintForColumn(0) + popup.verticalScrollBar().sizeHint().width())
        completer.complete(rect)
        popup.setCurrentIndex(completer.completionModel().index(0, 0))

    def _build(self) -> QCompleter:
        completer = QCompleter(self.choices, self)
        completer.setWidget(self.editor)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionRole(Qt.ItemDataRole.EditRole)
        completer.activated[str].connect(self.accept)  # a click in the popup
        # Enter would reach the editor as a new line: it accepts the initials instead.
        accept_keys(completer, (*ENTER_KEYS, Qt.Key.Key_Tab), self._accept_key)
        self.completer = completer
        return completer

    def hide(self) -> None:
        if self.completer is not None and self.completer.popup().isVisible():
            self.completer.popup().hide()

    def _accept_key(self, initials: str | None) -> bool:
        if initials is None:
            return False  # nothing chosen: the key goes to the editor
        self.accept(initials)
        return True

    def accept(self, initials: str) -> None:
        """Replace the typed initials with ``initials``' prefix."""
        self.hide()
        text, offset = self.prefixes.text_and_caret()
        try:
            edit, caret = speaker_edits.complete_speaker(
                text, offset, initials, known=self.prefixes.known
            )
        except ValueError:  # the caret left the initials meanwhile
            return
        self.prefixes.apply(text, edit, caret)
