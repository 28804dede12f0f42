"""Fixtures for driving the real main window without any blocking dialog."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from noteapp.storage.settings import Settings
from noteapp.ui.main_window import Answer, MainWindow


class Dialogs:
    """Stands in for every dialog of a window: records questions, gives queued answers.

    A dialog nobody queued an answer for fails the test instead of blocking it.
    """

    def __init__(self, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
        self.errors: list[str] = []
        self.encoding_prompts: list[str] = []
        self.asked_save = 0
        self.answers: list[Answer] = []
        self.encodings: list[str | None] = []
        self.open_paths: list[str | None] = []
        self.save_paths: list[str | None] = []
        self.overwrite_answers: list[bool] = []
        self.asked_overwrite: list[Path] = []
        monkeypatch.setattr(window, "_show_error", self.errors.append)
        monkeypatch.setattr(window, "_ask_save_discard_cancel", self._ask)
        monkeypatch.setattr(window, "_choose_encoding", self._encoding)
        monkeypatch.setattr(window, "_choose_open_path", lambda: self._pop(self.open_paths))
        monkeypatch.setattr(window, "_choose_save_path", lambda: self._pop(self.save_paths))
        monkeypatch.setattr(window, "_ask_overwrite_changed_file", self._overwrite)

    @staticmethod
    def _pop(queue: list):  # type: ignore[type-arg]
        if not queue:
            raise AssertionError("a dialog was shown that the test did not expect")
        return queue.pop(0)

    def _ask(self) -> Answer:
        self.asked_save += 1
        return self._pop(self.answers)

    def _overwrite(self, path: Path) -> bool:
        self.asked_overwrite.append(path)
        return self._pop(self.overwrite_answers)

    def _encoding(self, message: str) -> str | None:
        self.encoding_prompts.append(message)
        return self._pop(self.encodings)


def _forget_changes(window: MainWindow) -> None:
    window.editor.document().setModified(False)


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
def make_window(
    qtbot, monkeypatch: pytest.MonkeyPatch, settings: Settings
) -> Callable[[], tuple[MainWindow, Dialogs]]:
    """A factory of shown main windows whose dialogs are answered by the test."""

    def make() -> tuple[MainWindow, Dialogs]:
        window = MainWindow(settings)
        # pytest-qt closes the window after the test: without asking about changes.
        qtbot.addWidget(window, before_close_func=_forget_changes)
        dialogs = Dialogs(window, monkeypatch)
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
