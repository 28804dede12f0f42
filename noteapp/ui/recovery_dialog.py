"""Dialogs that show a diff and ask what to do: the crash-recovery offer, and Compare.

Imported only when one of them is needed (never on the start-up path).
"""

from __future__ import annotations

import enum
import html
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, TypeVar, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase, QGuiApplication, QSyntaxHighlighter, QTextCharFormat
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from noteapp.storage.recovery import unified_diff
from noteapp.ui.colours import tone

if TYPE_CHECKING:
    from PySide6.QtGui import QTextDocument

    from noteapp.storage.recovery import Snapshot

T = TypeVar("T")


class RecoveryChoice(enum.Enum):
    RESTORE = "restore"  # open the recovered text as an unsaved change
    DISCARD = "discard"  # delete the snapshot
    LATER = "later"  # keep it; ask again at the next start


class _DiffColours(QSyntaxHighlighter):
    """Added lines green, removed lines red, hunk headers grey."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._formats: dict[str, QTextCharFormat] = {}

        palette = QGuiApplication.palette()
        muted = palette.color(palette.ColorRole.PlaceholderText)
        for prefix, colour in (
            ("+", tone(palette, 130)),
            ("-", tone(palette, 0, 0.65)),
            ("@", muted),
        ):
            fmt = QTextCharFormat()
            fmt.setForeground(colour)
            self._formats[prefix] = fmt

    def highlightBlock(self, text: str) -> None:
        fmt = self._formats.get(text[:1])
        if fmt is not None and not text.startswith(("+++", "---")):
            self.setFormat(0, len(text), fmt)


class DiffDialog(QDialog):
    """A message, a read-only diff and one button per choice; :attr:`choice` is the answer."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        message: str,
        diff: str,
        choices: Sequence[tuple[str, object]],
        escape: object,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.choice = escape  # Esc or closing the dialog
        self.message = QLabel(message, self)
        self.message.setWordWrap(True)
        self.view = QPlainTextEdit(self)
        self.view.setReadOnly(True)
        self.view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.view.setPlainText(diff or "(no differences)")
        self._colours = _DiffColours(self.view.document())
        self.buttons = QDialogButtonBox(self)
        for text, value in choices:
            button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
            button.clicked.connect(lambda _checked=False, v=value: self._choose(v))
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 520)

    def _choose(self, value: object) -> None:
        self.choice = value
        self.accept()

    def ask(self) -> object:
        """Run modally; the choice made (the ``escape`` one if dismissed)."""
        self.exec()
        return self.choice


def choose_with_diff(
    parent: QWidget | None,
    title: str,
    message: str,
    diff: str,
    choices: Sequence[tuple[str, T]],
    escape: T,
) -> T:
    """Show a :class:`DiffDialog` modally and return the choice (``escape`` if dismissed)."""
    return cast(T, DiffDialog(parent, title, message, diff, choices, escape).ask())


def recovery_dialog(parent: QWidget | None, snapshot: Snapshot) -> DiffDialog:
    """The offer for one orphaned snapshot: where, when, and what differs from the disk now."""
    name = str(snapshot.path) if snapshot.path else "An untitled note"
    when = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(snapshot.saved_at))
    disk = snapshot.disk_text()
    if snapshot.path is None:
        state = QCoreApplication.translate("recovery_dialog", "It was never saved.")
    elif disk is None:
        state = QCoreApplication.translate("recovery_dialog", "The file no longer exists.")
    else:
        state = QCoreApplication.translate(
            "recovery_dialog",
            "Lines with - are in the file on disk now, lines with + only in the recovery.",
        )
    message = QCoreApplication.translate(
        "recovery_dialog",
        "<b>{0}</b> had unsaved changes when noteapp stopped "
        "unexpectedly.<br>Recovered text saved at {1}. "
        "{2}<br><br>Restore opens it as an unsaved change (Save writes "
        "it); Discard deletes the recovered text; Later asks again at "
        "the next start.",
    ).format(html.escape(name), when, state)
    label = (
        snapshot.path.name
        if snapshot.path
        else QCoreApplication.translate("recovery_dialog", "untitled")
    )
    diff = unified_diff(disk, snapshot.text, f"{label} (on disk)", f"{label} (recovered)")
    choices = (
        (QCoreApplication.translate("recovery_dialog", "&Restore"), RecoveryChoice.RESTORE),
        (QCoreApplication.translate("recovery_dialog", "&Discard"), RecoveryChoice.DISCARD),
        (QCoreApplication.translate("recovery_dialog", "&Later"), RecoveryChoice.LATER),
    )
    return DiffDialog(
        parent,
        QCoreApplication.translate("recovery_dialog", "Recover unsaved changes"),
        message,
        diff,
        choices,
        RecoveryChoice.LATER,
    )


def ask_recovery(parent: QWidget | None, snapshot: Snapshot) -> RecoveryChoice:
    return cast(RecoveryChoice, recovery_dialog(parent, snapshot).ask())
