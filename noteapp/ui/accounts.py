"""Publish ▸ Accounts…: the HackMD and GitHub API tokens, kept in the system keyring.

The fields never show a stored token (only where one would come from now: the
environment, the keyring or the ``gh`` login); typing a token and Save stores it, Clear
removes the stored one.  Nothing is written to a file.

Every keyring call (and the ``gh auth token`` the lookup may run) happens in a thread:
a keyring that asks for its own password, or a D-Bus service that is slow to start,
never freezes the window; the dialog says it is looking and fills in when told.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
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
    _done = Signal(object)  # a thread's result, handed over on the UI thread

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountsDialog")
        self.setWindowTitle(QCoreApplication.translate("accounts", "Accounts"))
        self.fields: dict[str, QLineEdit] = {}
        self.states: dict[str, QLabel] = {}
        self.message = QLabel(self, objectName="accountsMessage", wordWrap=True)
        form = QFormLayout()
        for account in (HACKMD, GITHUB):
            field = QLineEdit(self, objectName=f"{account.name}Token")
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setPlaceholderText(
                QCoreApplication.translate("accounts", "paste a new token to store it")
            )
            clear = QPushButton(
                QCoreApplication.translate("accounts", "Clear"),
                self,
                objectName=f"{account.name}Clear",
            )
            clear.clicked.connect(lambda *_, a=account: self.clear(a))
            row = QHBoxLayout()
            row.addWidget(field, 1)
            row.addWidget(clear)
            state = QLabel(self, objectName=f"{account.name}State", wordWrap=True)
            form.addRow(
                QCoreApplication.translate("accounts", "{0} token:").format(account.label), row
            )
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
        self.buttons = buttons
        self.busy = False
        self._done.connect(lambda deliver: deliver())
        self.refresh()

    def _in_background(self, work: Callable[[], Any], then: Callable[[Any], None]) -> None:
        """``work()`` in a thread (a NoteError it raises is shown), then ``then(result)``."""
        self.busy = True
        self.buttons.setEnabled(False)

        def run() -> None:
            try:
                result: Any = work()
            except NoteError as exc:
                result = exc
            self._done.emit(lambda: self._finish(then, result))

        threading.Thread(target=run, name="accounts keyring", daemon=True).start()

    def _finish(self, then: Callable[[Any], None], result: Any) -> None:
        self.busy = False
        self.buttons.setEnabled(True)
        if isinstance(result, NoteError):
            self.message.setText(str(result))
            return
        then(result)

    def refresh(self) -> None:
        for account in (HACKMD, GITHUB):
            self.states[account.name].setText(
                QCoreApplication.translate("accounts", "Looking in the keyring…")
            )
        self._in_background(
            lambda: {a.name: token_source(a) for a in (HACKMD, GITHUB)}, self._show_sources
        )

    def _show_sources(self, sources: dict[str, str | None]) -> None:
        for account in (HACKMD, GITHUB):
            source = sources[account.name]
            if source is None:
                text = "No token yet. " + account.where_to_make + "."
            else:
                text = "In use: " + _SOURCES.get(source, f"the environment variable {source}")
            self.states[account.name].setText(text)

    def save(self) -> None:
        if self.busy:
            return
        given = [
            (account, self.fields[account.name].text().strip()) for account in (HACKMD, GITHUB)
        ]
        given = [(account, value) for account, value in given if value]

        def store() -> list[str]:
            for account, value in given:
                store_token(account, value)
            return [account.label for account, _value in given]

        def stored(labels: list[str]) -> None:
            for account, _value in given:
                self.fields[account.name].clear()
            self.message.setText(
                QCoreApplication.translate("accounts", "Stored the {0} token.").format(
                    QCoreApplication.translate("accounts", " and ").join(labels)
                )
                if labels
                else ""
            )
            self.refresh()
            if labels:
                self.accept()

        self._in_background(store, stored)

    def clear(self, account: Account) -> None:
        if self.busy:
            return

        def cleared(_result: object) -> None:
            self.message.setText(
                QCoreApplication.translate("accounts", "Removed the stored {0} token.").format(
                    account.label
                )
            )
            self.refresh()

        self._in_background(lambda: store_token(account, ""), cleared)
