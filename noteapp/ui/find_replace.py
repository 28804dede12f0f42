"""The find/replace bar under the editor.

Searching runs on the note's Python text (``document_text``: NBSPs and emoji as
typed) with Python's ``re``; every span is turned into Qt's UTF-16 positions in one
place, :meth:`FindBar._cursor`, so an emoji before a match does not shift it.
Replace All applies every replacement inside one edit block: one undo step.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QKeyEvent, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextEdit,
    QToolButton,
    QWidget,
)

from noteapp.ui.editor import NoteEditor
from noteapp.ui.textbridge import OffsetMap, document_text

# Matches shown as highlights at most (counting goes on): keeps painting cheap.
MAX_HIGHLIGHTS = 1000


class Search(NamedTuple):
    """What to look for and how."""

    text: str
    match_case: bool = False
    whole_word: bool = False
    regex: bool = False

    def pattern(self) -> re.Pattern[str]:
        """The compiled search; raises ``re.error`` for a bad regular expression."""
        body = self.text if self.regex else re.escape(self.text)
        if self.whole_word:
            body = rf"(?<!\w)(?:{body})(?!\w)"
        flags = re.MULTILINE | (0 if self.match_case else re.IGNORECASE)
        return re.compile(body, flags)

    def replacement(self, match: re.Match[str], template: str) -> str:
        """What replaces ``match``: ``template`` as typed, or expanded (``\\1``) for a regex."""
        return match.expand(template) if self.regex else template


def find_spans(text: str, pattern: re.Pattern[str]) -> list[re.Match[str]]:
    """The non-empty matches of ``pattern`` in ``text`` (an empty match finds nothing)."""
    return [m for m in pattern.finditer(text) if m.end() > m.start()]


def next_match(
    matches: list[re.Match[str]], start: int, end: int, backward: bool = False
) -> tuple[re.Match[str] | None, bool]:
    """The match after the selection ``start:end`` (or before it), and whether the
    search wrapped around the end of the note."""
    if not matches:
        return None, False
    if backward:
        before = [m for m in matches if m.start() < start]
        return (before[-1], False) if before else (matches[-1], True)
    after = next((m for m in matches if m.start() >= end), None)
    return (after, False) if after else (matches[0], True)


def replace_all(text: str, search: Search, template: str) -> list[tuple[int, int, str]]:
    """(start, end, new) for every match whose replacement differs, in text order."""
    pattern = search.pattern()
    edits = []
    for match in find_spans(text, pattern):
        new = search.replacement(match, template)
        if new != match.group():
            edits.append((match.start(), match.end(), new))
    return edits


class FindBar(QWidget):
    """Find field, replace field, options, next/previous, replace, replace all."""

    def __init__(self, editor: NoteEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.editor = editor
        self.find_field = QLineEdit(
            self,
            objectName="findField",
            placeholderText=QCoreApplication.translate("find_replace", "Find"),
        )
        self.replace_field = QLineEdit(
            self,
            objectName="replaceField",
            placeholderText=QCoreApplication.translate("find_replace", "Replace with"),
        )
        self.find_field.setClearButtonEnabled(True)
        self.match_case = QCheckBox(
            QCoreApplication.translate("find_replace", "Match &case"), self, objectName="matchCase"
        )
        self.whole_word = QCheckBox(
            QCoreApplication.translate("find_replace", "&Whole words"), self, objectName="wholeWord"
        )
        self.regex = QCheckBox(
            QCoreApplication.translate("find_replace", "Rege&x"), self, objectName="regex"
        )
        self.status = QLabel(self, objectName="findStatus")
        previous = QPushButton(
            QCoreApplication.translate("find_replace", "Previous"), self, objectName="findPrevious"
        )
        following = QPushButton(
            QCoreApplication.translate("find_replace", "Next"), self, objectName="findNext"
        )
        self.replace_button = QPushButton(
            QCoreApplication.translate("find_replace", "Replace"), self, objectName="replaceOne"
        )
        self.replace_all_button = QPushButton(
            QCoreApplication.translate("find_replace", "Replace All"), self, objectName="replaceAll"
        )
        close = QToolButton(self, objectName="findClose", text="✕", autoRaise=True)
        close.setToolTip(QCoreApplication.translate("find_replace", "Close (Escape)"))

        grid = QGridLayout(self)
        grid.setContentsMargins(6, 3, 6, 3)
        grid.setVerticalSpacing(3)
        for column, widget in enumerate(
            (
                self.find_field,
                previous,
                following,
                self.match_case,
                self.whole_word,
                self.regex,
                self.status,
            )
        ):
            grid.addWidget(widget, 0, column)
        grid.addWidget(close, 0, 8)
        grid.addWidget(self.replace_field, 1, 0)
        grid.addWidget(self.replace_button, 1, 1)
        grid.addWidget(self.replace_all_button, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(7, 1)
        self._replace_row = (self.replace_field, self.replace_button, self.replace_all_button)

        self.find_field.textEdited.connect(lambda _text: self._search_as_typed())
        self.find_field.returnPressed.connect(self._return_in_find)
        self.replace_field.returnPressed.connect(self.replace_one)
        for box in (self.match_case, self.whole_word, self.regex):
            box.toggled.connect(lambda _on: self._search_as_typed())
        previous.clicked.connect(lambda: self.find(backward=True))
        following.clicked.connect(lambda: self.find())
        self.replace_button.clicked.connect(self.replace_one)
        self.replace_all_button.clicked.connect(self.replace_all)
        close.clicked.connect(self.close_bar)

    # -- opening and closing -----------------------------------------------------------

    def open_bar(self, replace: bool = False) -> None:
        """Show the bar (with the replace row for Ctrl+H), seeded with the selection."""
        if not self.find_field.hasFocus():
            selected = self.editor.textCursor().selectedText()
            if selected and "\u2029" not in selected:  # one line of the note
                self.find_field.setText(re.escape(selected) if self.regex.isChecked() else selected)
        for widget in self._replace_row:
            widget.setVisible(replace)
        self.show()
        self.find_field.setFocus()
        self.find_field.selectAll()
        self._highlight()

    def close_bar(self) -> None:
        self.hide()
        self._clear_matches()
        self.editor.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
        else:
            super().keyPressEvent(event)

    # -- searching ---------------------------------------------------------------------

    def search(self) -> Search:
        return Search(
            self.find_field.text(),
            self.match_case.isChecked(),
            self.whole_word.isChecked(),
            self.regex.isChecked(),
        )

    def _matches(self) -> tuple[OffsetMap, list[re.Match[str]]] | None:
        """The note's offset map and the matches; None (and a message) if the search is
        empty or not a valid regular expression."""
        search = self.search()
        if not search.text:
            self._say("")
            return None
        try:
            pattern = search.pattern()
        except re.error as exc:
            self._say(
                QCoreApplication.translate("find_replace", "Bad expression: {0}").format(exc),
                error=True,
            )
            return None
        text = document_text(self.editor.document())
        return OffsetMap(text), find_spans(text, pattern)

    def _selection(self, offsets: OffsetMap) -> tuple[int, int]:
        cursor = self.editor.textCursor()
        return offsets.from_utf16(cursor.selectionStart()), offsets.from_utf16(
            cursor.selectionEnd()
        )

    def _cursor(self, offsets: OffsetMap, start: int, end: int) -> QTextCursor:
        """A cursor selecting code points ``start:end`` of the note."""
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(offsets.to_utf16(start))
        cursor.setPosition(offsets.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def find(self, backward: bool = False, *, from_start: bool = False) -> bool:
        """Select the next (previous) match; True when one was found."""
        found = self._matches()
        if found is None:
            return False
        offsets, matches = found
        start, end = self._selection(offsets)
        # Searching as you type starts at the selection's start: the match there may grow.
        match, wrapped = next_match(matches, start, start if from_start else end, backward)
        if match is None:
            self._say(QCoreApplication.translate("find_replace", "No matches"), error=True)
            self._clear_matches()
            return False
        self.editor.setTextCursor(self._cursor(offsets, match.start(), match.end()))
        self.editor.ensureCursorVisible()
        number = matches.index(match) + 1
        shown = QCoreApplication.translate("find_replace", "{0} of {1}").format(
            number, len(matches)
        )
        if wrapped:
            shown += QCoreApplication.translate("find_replace", " (wrapped)")
        self._say(shown)
        self._show_matches(offsets, matches)
        return True

    def _search_as_typed(self) -> None:
        self.find(from_start=True)

    def _return_in_find(self) -> None:
        shift = QApplication.keyboardModifiers() & Qt.KeyboardModifier.ShiftModifier
        self.find(backward=bool(shift))

    def _highlight(self) -> None:
        found = self._matches()
        if found is not None:
            offsets, matches = found
            self._show_matches(offsets, matches)
            self._say(
                QCoreApplication.translate("find_replace", "{0} matches").format(len(matches))
                if matches
                else QCoreApplication.translate("find_replace", "No matches"),
                not matches,
            )

    # -- replacing ---------------------------------------------------------------------

    def replace_one(self) -> bool:
        """Replace the selected match (if the selection is one), then find the next."""
        found = self._matches()
        if found is None:
            return False
        offsets, matches = found
        start, end = self._selection(offsets)
        current = next((m for m in matches if (m.start(), m.end()) == (start, end)), None)
        if current is not None:
            new = self._replacement(current)
            if new is None:
                return False
            cursor = self._cursor(offsets, start, end)
            cursor.insertText(new)  # one call: one undo step
            self.editor.setTextCursor(cursor)
        return self.find()

    def replace_all(self) -> int:
        """Replace every match in one undo step; returns how many were replaced."""
        search = self.search()
        if not search.text:
            return 0
        text = document_text(self.editor.document())
        try:
            edits = replace_all(text, search, self.replace_field.text())
        except (re.error, IndexError) as exc:  # bad expression or group reference
            self._say(
                QCoreApplication.translate("find_replace", "Cannot replace: {0}").format(exc),
                error=True,
            )
            return 0
        if edits:
            offsets = OffsetMap(text)
            cursor = QTextCursor(self.editor.document())
            cursor.beginEditBlock()
            for start, end, new in reversed(edits):  # from the end: earlier offsets hold
                cursor.setPosition(offsets.to_utf16(start))
                cursor.setPosition(offsets.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
                cursor.insertText(new)
            cursor.endEditBlock()
        self._clear_matches()
        self._say(
            QCoreApplication.translate("find_replace", "Replaced {0}").format(len(edits))
            if edits
            else QCoreApplication.translate("find_replace", "Nothing to replace"),
            not edits,
        )
        return len(edits)

    def _replacement(self, match: re.Match[str]) -> str | None:
        try:
            return self.search().replacement(match, self.replace_field.text())
        except (re.error, IndexError) as exc:
            self._say(
                QCoreApplication.translate("find_replace", "Cannot replace: {0}").format(exc),
                error=True,
            )
            return None

    # -- feedback ----------------------------------------------------------------------

    def _say(self, message: str, error: bool = False) -> None:
        self.status.setText(message)
        palette = self.find_field.palette()
        base = self.palette().color(QPalette.ColorRole.Base)
        if error and self.find_field.text():
            base = QColor.fromHslF(0, 0.7, 0.85 if base.lightnessF() >= 0.5 else 0.25)
        palette.setColor(QPalette.ColorRole.Base, base)
        self.find_field.setPalette(palette)

    def _clear_matches(self) -> None:
        self.editor.set_extra_selections("find", [])

    def _show_matches(self, offsets: OffsetMap, matches: list[re.Match[str]]) -> None:
        """Highlight (up to MAX_HIGHLIGHTS of) the matches in the editor."""
        highlight = QTextCharFormat()
        color = self.editor.palette().color(QPalette.ColorRole.Highlight)
        color.setAlphaF(0.3)
        highlight.setBackground(color)
        selections = []
        for match in matches[:MAX_HIGHLIGHTS]:
            selection = QTextEdit.ExtraSelection()
            selection.cursor = self._cursor(offsets, match.start(), match.end())
            selection.format = highlight
            selections.append(selection)
        self.editor.set_extra_selections("find", selections)
