"""Help ▸ Keyboard Shortcuts: the reference a note-taker keeps at hand."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from noteapp.ui.hotkeys import COMMANDS, MENUS


def shortcut_rows() -> list[tuple[str, str, str]]:
    """(keys, command, what it does) for every command with a shortcut, menu by menu."""
    rows = []
    for menu in MENUS:
        for command in COMMANDS.values():
            if command.menu == menu and command.keys:
                title = command.title.replace("&", "").rstrip("…")
                rows.append((command.keys, f"{menu} ▸ {title}", command.help))
    return rows


class ShortcutHelp(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutHelp")
        self.setWindowTitle(
            QCoreApplication.translate("shortcut_help", "Keyboard Shortcuts — noteapp")
        )
        rows = shortcut_rows()
        table = QTableWidget(len(rows), 3, self)
        table.setObjectName("shortcutTable")
        table.setHorizontalHeaderLabels([
            QCoreApplication.translate("shortcut_help", "Keys"),
            QCoreApplication.translate("shortcut_help", "Command"),
            QCoreApplication.translate("shortcut_help", "What it does"),
        ])  # fmt: skip
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(value))
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.resize(720, 560)


def markdown_table() -> str:
    """The shortcut reference as a Markdown table (the README's copy of it)."""
    lines = ["| Keys | Command | What it does |", "| --- | --- | --- |"]
    lines += [f"| {keys} | {command} | {what} |" for keys, command, what in shortcut_rows()]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":  # python -m noteapp.ui.shortcut_help > table.md
    print(markdown_table(), end="")
