"""The warning box with buttons of its own that several questions share."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def warning_box(parent: QWidget | None, text: str, detail: str = "") -> QMessageBox:
    """A warning titled "noteapp" with no buttons yet (the caller adds its own)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, "noteapp", text, QMessageBox.StandardButton.NoButton, parent
    )
    if detail:
        box.setInformativeText(detail)
    return box
