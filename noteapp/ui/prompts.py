"""Every question the window and its features put to the user, in one replaceable object.

``window.prompts`` is a :class:`Prompts`; a test (or another front-end) puts its own
object with the same methods there and answers without a blocking dialog
(``tests/ui/conftest.py``'s ``Dialogs``).  Message boxes and file, folder and font
pickers go through here; forms with their own widgets (New Meeting, crash recovery, a
HackMD conflict) are dialog classes of their own, each behind one public method of its
feature.  The dialog classes are imported on first use: the first paint needs none.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QFontDialog, QInputDialog, QMessageBox

if TYPE_CHECKING:
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QWidget

APP_TITLE = "noteapp"
NOTE_FILTER = "Notes (*.md *.markdown *.txt *.qmd);;All files (*)"
ENCODING_CHOICES = ("windows-1252", "latin-1", "utf-16", "shift_jis", "gb18030")

#: A button of :meth:`Prompts.choose`: its label and its role ("accept", "reject",
#: "destructive", "action"; "cancel" is the platform's Cancel button, label unused).
Button = tuple[str, str]


class Answer(enum.Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class Prompts:
    """Qt dialogs, window-modal over ``parent``."""

    def __init__(self, parent: QWidget) -> None:
        self.parent = parent

    # -- the note's own questions -----------------------------------------------------------

    def error(self, message: str) -> None:
        """Something failed; ``message`` says what and that nothing was lost."""

        QMessageBox.warning(self.parent, APP_TITLE, message)

    def save_changes(self, name: str) -> Answer:
        """Unsaved changes to the note called ``name``: save, discard or cancel?"""

        standard = QMessageBox.StandardButton
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            APP_TITLE,
            QCoreApplication.translate("prompts", "Save the changes to {0}?").format(name),
            standard.Save | standard.Discard | standard.Cancel,
            self.parent,
        )
        box.setInformativeText(
            QCoreApplication.translate("prompts", "If you don't save, your changes will be lost.")
        )
        box.setDefaultButton(standard.Save)
        choice = box.exec()
        if choice == standard.Save:
            return Answer.SAVE
        if choice == standard.Discard:
            return Answer.DISCARD
        return Answer.CANCEL

    def overwrite_changed(self, path: Path) -> bool:
        """``path`` changed on disk since it was opened: True to overwrite it."""

        box = QMessageBox(
            QMessageBox.Icon.Warning,
            APP_TITLE,
            QCoreApplication.translate(
                "prompts", "{0} has changed on disk since it was opened here."
            ).format(path.name),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            self.parent,
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "prompts",
                "Save replaces the version on disk with yours. Cancel keeps both: save yours "
                "under another name with Save As.",
            )
        )
        box.button(QMessageBox.StandardButton.Save).setText(
            QCoreApplication.translate("prompts", "Overwrite")
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Save

    def read_only(self, path: Path) -> str:
        """The note is read-only: "save as", "overwrite" (it stays read-only) or "cancel"."""
        clicked = self.choose(
            APP_TITLE,
            QCoreApplication.translate("prompts", "{0} is read-only.").format(path.name),
            [
                (QCoreApplication.translate("prompts", "Save &As…"), "accept"),
                (QCoreApplication.translate("prompts", "&Overwrite"), "destructive"),
                (QCoreApplication.translate("prompts", "Cancel"), "cancel"),
            ],
            detail=QCoreApplication.translate(
                "prompts",
                "Save a copy under another name, or overwrite it anyway (it stays "
                "read-only). Nothing is lost either way: the note is still open here.",
            ),
            default=0,
            escape=2,
        )
        return {0: "save as", 1: "overwrite"}.get(clicked if clicked is not None else -1, "cancel")

    def encoding(self, message: str) -> str | None:
        """The encoding to read a note with (any name Python knows can be typed)."""

        encoding, ok = QInputDialog.getItem(
            self.parent,
            QCoreApplication.translate("prompts", "Choose the note's encoding"),
            QCoreApplication.translate("prompts", "{0}\n\nOpen it as:").format(message),
            list(ENCODING_CHOICES),
            0,
            True,  # editable
        )
        return encoding.strip() if ok and encoding.strip() else None

    def open_note(self, start: str) -> str | None:
        path, _ = QFileDialog.getOpenFileName(
            self.parent, QCoreApplication.translate("prompts", "Open note"), start, NOTE_FILTER
        )
        return path or None

    def save_note(self, start: str) -> str | None:
        return self.save_file(
            QCoreApplication.translate("prompts", "Save note as"), start, NOTE_FILTER
        )

    # -- the features' questions ------------------------------------------------------------

    def choose(
        self,
        title: str,
        text: str,
        buttons: Sequence[Button],
        *,
        detail: str = "",
        default: int | None = None,
        escape: int | None = None,
    ) -> int | None:
        """A warning with ``buttons``: the index of the one clicked (None: closed)."""

        roles = {
            "accept": QMessageBox.ButtonRole.AcceptRole,
            "reject": QMessageBox.ButtonRole.RejectRole,
            "destructive": QMessageBox.ButtonRole.DestructiveRole,
            "action": QMessageBox.ButtonRole.ActionRole,
        }
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, self.parent
        )
        if detail:
            box.setInformativeText(detail)
        made = [
            box.addButton(QMessageBox.StandardButton.Cancel)
            if role == "cancel"
            else box.addButton(label, roles[role])
            for label, role in buttons
        ]
        if default is not None:
            box.setDefaultButton(made[default])
        if escape is not None:
            box.setEscapeButton(made[escape])
        box.exec()
        clicked = box.clickedButton()
        return next((i for i, button in enumerate(made) if button is clicked), None)

    def confirm(self, title: str, text: str, *, discard: bool = False) -> bool:
        """Yes or No; ``discard``: a warning with Discard or Cancel (the default), True for
        Discard."""

        standard = QMessageBox.StandardButton
        if discard:
            answer = QMessageBox.warning(
                self.parent, title, text, standard.Discard | standard.Cancel, standard.Cancel
            )
            return answer == standard.Discard
        return QMessageBox.question(self.parent, title, text) == standard.Yes

    def save_file(self, caption: str, start: str, pattern: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self.parent, caption, start, pattern)
        return path or None

    def folder(self, caption: str, start: str) -> Path | None:
        chosen = QFileDialog.getExistingDirectory(self.parent, caption, start)
        return Path(chosen) if chosen else None

    def font(self, current: QFont, caption: str) -> QFont | None:
        ok, font = QFontDialog.getFont(current, self.parent, caption)
        return font if ok else None
