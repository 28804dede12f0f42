"""Publish ▸ Accounts…: the HackMD and GitHub API tokens, kept in the system keyring.

The fields never show a stored token (only where one would come from now: the
environment, the keyring or the ``gh`` login); typing a token and Save stores it, Clear
removes the stored one.  Nothing is written to a file.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from noteapp.core.errors import NoteError
from noteapp.publish.token import GITHUB, HACKMD, Account, store_token, token_source

_SOURCES = {
    "keyring": "stored in the system keyring",
    "gh": "from the gh command's login",
}


class AccountsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountsDialog")
        self.setWindowTitle("Accounts")
        self.fields: dict[str, QLineEdit] = {}
        self.states: dict[str, QLabel] = {}
        self.message = QLabel(self, objectName="accountsMessage", wordWrap=True)
        form = QFormLayout()
        for account in (HACKMD, GITHUB):
            field = QLineEdit(self, objectName=f"{account.name}Token")
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setPlaceholderText("paste a new token to store it")
            clear = QPushButton("Clear", self, objectName=f"{account.name}Clear")
            clear.clicked.connect(lambda *_, a=account: self.clear(a))
            row = QHBoxLayout()
            row.addWidget(field, 1)
            row.addWidget(clear)
            state = QLabel(self, objectName=f"{account.name}State", wordWrap=True)
            form.addRow(f"{account.label} token:", row)
            form.addRow("", state)
            self.fields[account.name] = field
            self.states[account.name] = state
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        for account in (HACKMD, GITHUB):
            source = token_source(account)
            if source is None:
                text = "No token yet. " + account.where_to_make + "."
            else:
                text = "In use: " + _SOURCES.get(source, f"the environment variable {source}")
            self.states[account.name].setText(text)

    def save(self) -> None:
        stored = []
        try:
            for account in (HACKMD, GITHUB):
                value = self.fields[account.name].text().strip()
                if value:
                    store_token(account, value)
                    self.fields[account.name].clear()
                    stored.append(account.label)
        except NoteError as exc:
            self.message.setText(str(exc))
            return
        self.message.setText(f"Stored the {' and '.join(stored)} token." if stored else "")
        self.refresh()
        if stored:
            self.accept()

    def clear(self, account: Account) -> None:
        try:
            store_token(account, "")
        except NoteError as exc:
            self.message.setText(str(exc))
            return
        self.message.setText(f"Removed the stored {account.label} token.")
        self.refresh()
