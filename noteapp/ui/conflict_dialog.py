"""A conflict between the note and its HackMD copy, side by side, for the user to settle.

Both versions of the clashing lines are shown next to each other, with the lines they
were made from; the user keeps theirs, takes HackMD's or keeps both.  Closing the dialog
decides nothing (the live bridge stops and the note stays as it was).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
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
        self.setWindowTitle(
            QCoreApplication.translate("conflict_dialog", "Edited here and on HackMD")
        )
        self.choice: Choice | None = None
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        of = (
            QCoreApplication.translate("conflict_dialog", " ({0} of {1})").format(index, count)
            if count > 1
            else ""
        )
        by = QCoreApplication.translate("conflict_dialog", " by {0}").format(who) if who else ""
        intro = QLabel(
            QCoreApplication.translate(
                "conflict_dialog",
                "Line {0} was changed both here and on HackMD{1}{2}. Which version goes on?",
            ).format(conflict.line, by, of),
            self,
            wordWrap=True,
        )
        grid = QGridLayout()
        theirs = (
            QCoreApplication.translate("conflict_dialog", "On HackMD ({0})").format(who)
            if who
            else QCoreApplication.translate("conflict_dialog", "On HackMD")
        )
        mine = QCoreApplication.translate("conflict_dialog", "In noteapp (yours)")
        for column, (title, text, name) in enumerate(
            ((mine, conflict.mine, "mineText"), (theirs, conflict.theirs, "theirsText"))
        ):
            view = QPlainTextEdit(text, self, objectName=name, readOnly=True)
            view.setFont(fixed)
            view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
            grid.addWidget(QLabel(title, self), 0, column)
            grid.addWidget(view, 1, column)
        before = conflict.base.strip() or QCoreApplication.translate("conflict_dialog", "(nothing)")
        base = QLabel(
            QCoreApplication.translate("conflict_dialog", "Before either change: {0}").format(
                before
            ),
            self,
            wordWrap=True,
        )
        buttons = QDialogButtonBox(self)
        for label, choice in (
            (QCoreApplication.translate("conflict_dialog", "Keep &Mine"), "mine"),
            (QCoreApplication.translate("conflict_dialog", "Take &Theirs"), "theirs"),
            (QCoreApplication.translate("conflict_dialog", "Keep &Both"), "both"),
        ):
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
