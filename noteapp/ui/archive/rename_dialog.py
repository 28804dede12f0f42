"""Rename a person across notes in one step: choose the notes, read the diff, apply.

Each note gets one minimal edit (only the attendee entries' names change, in the
note's own style).  Nothing is written before Apply.  The note open in the window
is edited in the editor (one undo step, saved when you save); the others are
written atomically.  A note that cannot be edited is reported and left alone.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
)

from noteapp.core.archive.rename import Planned, plan_rename, preview, rename_in_text
from noteapp.storage.note import Note
from noteapp.ui.archive.common import same_file

if TYPE_CHECKING:
    from noteapp.core.archive.people import Variant
    from noteapp.ui.archive.feature import Archive
    from noteapp.ui.window_api import WindowAPI


class RenameDialog(QDialog):
    def __init__(self, window: WindowAPI, archive: Archive, variant: Variant) -> None:
        super().__init__(window)
        self.setObjectName("renameDialog")
        self.setWindowTitle(
            QCoreApplication.translate("archive.rename_dialog", "Rename a person across notes")
        )
        self.window_ = window
        self.archive = archive
        self.old = variant.other.name
        self.spellings = list(variant.other.spellings)
        self.new = QLineEdit(variant.person.name, self)
        self.new.setObjectName("renameTo")
        self.notes = QListWidget(self)
        self.notes.setObjectName("renameNotes")
        for rel in sorted(variant.other.notes):
            item = QListWidgetItem(rel, self.notes)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        self.diff = QPlainTextEdit(self)
        self.diff.setObjectName("renameDiff")
        self.diff.setReadOnly(True)
        self.diff.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.apply_button = buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.clicked.connect(self.apply)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(
            QCoreApplication.translate("archive.rename_dialog", "Rename “{0}” ({1}) to:").format(
                self.old, variant.reason
            ),
            self.new,
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.diff, 3)
        layout.addWidget(buttons)
        self.resize(760, 560)
        self.new.textChanged.connect(lambda _t: self.preview())
        self.notes.itemChanged.connect(lambda _i: self.preview())
        self.planned: list[Planned] = []
        self.preview()

    def chosen(self) -> list[Path]:
        return [
            self.archive.path_of(self.notes.item(i).text())
            for i in range(self.notes.count())
            if self.notes.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _text_of(self, path: Path) -> str | None:
        """The open note's text as the editor holds it (None for other notes)."""

        return self.window_.document.text() if same_file(self.window_.path, path) else None

    def preview(self) -> None:
        new = self.new.text().strip()
        planned: list[Planned] = []
        for path in self.chosen():
            live = self._text_of(path)
            if live is not None:
                planned.append(
                    Planned(path, live, rename_in_text(live, self.old, new) if new else None)
                )
            else:
                planned.extend(plan_rename([path], self.old, new) if new else [])
        self.planned = planned
        parts = []
        for plan in planned:
            rel = self.archive.rel(plan.path) or str(plan.path)
            if plan.error:
                parts.append(f"# {rel}: {plan.error}\n")
            elif plan.edit is not None:
                parts.append(preview(plan.text, plan.edit, rel))
        self.diff.setPlainText("".join(parts) or "Nothing to change.")
        self.apply_button.setEnabled(bool(new) and any(p.edit for p in planned))

    def apply(self) -> None:
        new = self.new.text().strip()
        written, problems = 0, []
        for plan in self.planned:
            if plan.edit is None:
                continue
            if self._text_of(plan.path) is not None:  # the open note: one undo step
                if self.window_.document.run(rename_in_text, self.old, new):
                    written += 1
                continue
            try:
                note = Note.open(plan.path)
                if note.text != plan.text:
                    raise OSError("it changed on disk since the preview")
                note.apply(plan.edit)
                note.save()
                written += 1
            except Exception as exc:  # reported, the other notes still get their edit
                problems.append(f"{plan.path.name}: {exc}")
        if self.archive.service is not None:
            self.archive.service.check()
        message = QCoreApplication.translate(
            "archive.rename_dialog", "Renamed “{0}” to “{1}” in {2} notes"
        ).format(self.old, new, written)
        if problems:
            message += "; not in " + "; ".join(problems)
        self.window_.statusBar().showMessage(message, 10000)
        self.accept()
