"""A conflict between the note and its HackMD copy, side by side, for the user to settle.

Both versions of the clashing lines are shown next to each other, with the lines they
were made from; the user keeps theirs, takes HackMD's or keeps both.  Closing the dialog
decides nothing (the live bridge stops and the note stays as it was).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from noteapp.core.text.merge import Choice, Conflict


class ConflictDialog(QDialog):
    def __init__(self, conflict: Conflict, who: str | None, index: int, count: int,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle("Edited here and on HackMD")
        self.choice: Choice | None = None
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        of = f" ({index} of {count})" if count > 1 else ""
        intro = QLabel(
            f"Line {conflict.line} was changed both here and on HackMD"
            f"{' by ' + who if who else ''}{of}. Which version goes on?",
            self,
            wordWrap=True,
        )
        grid = QGridLayout()
        for column, (title, text, name) in enumerate((
            ("In noteapp (yours)", conflict.mine, "mineText"),
            (f"On HackMD{' (' + who + ')' if who else ''}", conflict.theirs, "theirsText"),
        )):  # fmt: skip
            view = QPlainTextEdit(text, self, objectName=name, readOnly=True)
            view.setFont(fixed)
            view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
            grid.addWidget(QLabel(title, self), 0, column)
            grid.addWidget(view, 1, column)
        base = QLabel(f"Before either change: {conflict.base.strip() or '(nothing)'}", self,
                      wordWrap=True)  # fmt: skip
        buttons = QDialogButtonBox(self)
        for label, choice in (("Keep &Mine", "mine"), ("Take &Theirs", "theirs"),
                              ("Keep &Both", "both")):  # fmt: skip
            button = buttons.addButton(label, QDialogButtonBox.ButtonRole.AcceptRole)
            button.setObjectName(f"choose_{choice}")
            button.clicked.connect(lambda *_, c=choice: self._choose(c))
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel).clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid, 1)
        layout.addWidget(base)
        layout.addWidget(buttons)
        self.resize(820, 360)

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()
