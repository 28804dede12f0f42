"""Fixtures for driving the real main window without any blocking dialog."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from noteapp.storage.settings import Settings
from noteapp.ui.main_window import MainWindow
from noteapp.ui.prompts import Answer


class Dialogs:
    """Stands in for ``window.prompts``: records questions, gives queued answers.

    A dialog nobody queued an answer for fails the test instead of blocking it.
    """

    def __init__(self, window: MainWindow) -> None:
        self.errors: list[str] = []
        self.encoding_prompts: list[str] = []
        self.asked_save = 0
        self.answers: list[Answer] = []
        self.encodings: list[str | None] = []
        self.open_paths: list[str | None] = []
        self.save_paths: list[str | None] = []
        self.overwrite_answers: list[bool] = []
        self.asked_overwrite: list[Path] = []
        self.read_only_answers: list[str] = []
        self.asked_read_only: list[Path] = []
        self.folders: list[Path | None] = []
        window.prompts = self  # type: ignore[assignment]

    @staticmethod
    def _pop(queue: list):  # type: ignore[type-arg]
        if not queue:
            raise AssertionError("a dialog was shown that the test did not expect")
        return queue.pop(0)

    def error(self, message: str) -> None:
        self.errors.append(message)

    def save_changes(self, _name: str) -> Answer:
        self.asked_save += 1
        return self._pop(self.answers)

    def overwrite_changed(self, path: Path) -> bool:
        self.asked_overwrite.append(path)
        return self._pop(self.overwrite_answers)

    def read_only(self, path: Path) -> str:
        self.asked_read_only.append(path)
        return self._pop(self.read_only_answers)

    def encoding(self, message: str) -> str | None:
        self.encoding_prompts.append(message)
        return self._pop(self.encodings)

    def open_note(self, _start: str) -> str | None:
        return self._pop(self.open_paths)

    def save_note(self, _start: str) -> str | None:
        return self._pop(self.save_paths)

    def folder(self, _caption: str, _start: str) -> Path | None:
        return self._pop(self.folders)

    def __getattr__(self, name: str) -> Callable[..., object]:
        """Any other question (a feature's hook the test did not replace): a failure."""
        if name.startswith("_"):
            raise AttributeError(name)

        def unexpected(*args: object, **kwargs: object) -> object:
            raise AssertionError(f"an unexpected dialog: prompts.{name}{args}")

        return unexpected


def _forget_changes(window: MainWindow) -> None:
    window.editor.document().setModified(False)


@pytest.fixture(autouse=True)
def _delete_closed_windows(qapp):
    """Delete the windows earlier tests closed (pytest-qt closes, never deletes): hundreds
    of them, with their menus and docks, slowed every later test's window.  At the next
    test's start, after every teardown that may still reach into them (qtmodeltester)."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == "main_window" and not widget.isVisible():
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    yield


@pytest.fixture(autouse=True)
def _system_theme_after(qapp):
    """A test that chose Light or Dark leaves the application palette as it found it."""
    yield
    from noteapp.ui.theme import ThemeManager

    manager = qapp.findChild(ThemeManager, "themeManager")
    if manager is not None and manager.choice != "system":
        manager.apply("system")


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "config" / "settings.json")


@pytest.fixture
def make_window(qtbot, settings: Settings) -> Callable[[], tuple[MainWindow, Dialogs]]:
    """A factory of shown main windows whose dialogs are answered by the test."""

    def make() -> tuple[MainWindow, Dialogs]:
        window = MainWindow(settings)
        # pytest-qt closes the window after the test: without asking about changes.
        qtbot.addWidget(window, before_close_func=_forget_changes)
        dialogs = Dialogs(window)
        window.show()
        qtbot.waitExposed(window)
        return window, dialogs

    return make


@pytest.fixture
def window(make_window) -> tuple[MainWindow, Dialogs]:
    return make_window()


@pytest.fixture
def note_copy(corpus: Path, tmp_path: Path) -> Callable[[str], Path]:
    """Copy a corpus note (relative name) into a fresh folder; the original is never touched."""

    def copy(name: str) -> Path:
        target = tmp_path / "notes" / Path(name).name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(corpus / name, target)
        return target

    return copy
