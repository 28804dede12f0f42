"""From the window: the Zarr note to an open pull request in one command (and a second
run updates it), New Meeting's agenda from labelled issues, and the Accounts dialog."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox

from noteapp.core.meeting import parse_meeting
from noteapp.ui.accounts import AccountsDialog
from noteapp.ui.new_meeting import NewMeetingDialog
from noteapp.ui.publishing import Publishing
from tests.publish.github_server import FakeGitHub
from tests.publish.github_setup import TARGET, git


def zarr_series(workspace: Path, folder: Path, agenda: str = "") -> None:
    (workspace / "series").mkdir(parents=True, exist_ok=True)
    (workspace / "series" / "zarr.toml").write_text(
        f'template = "zarr"\nfolder = "{folder.as_posix()}"\nrepository = "{TARGET}"\n'
        'agenda_label = "meeting-agenda"\n' + (f"agenda = [{agenda!r}]\n" if agenda else ""),
        encoding="utf-8",
    )


def wait_done(qtbot, publishing: Publishing) -> None:
    qtbot.waitUntil(lambda: not publishing.busy, timeout=30_000)


def test_call_ended_to_an_open_pull_request_then_updated(
    make_window, qtbot, tmp_path: Path, zarr_in_site: Path, site_clone: Path, site_remote,
    gh: FakeGitHub,
):  # fmt: skip
    workspace = tmp_path
    zarr_series(workspace, site_clone)
    window, dialogs = make_window()
    window.workspace = workspace
    assert window.open_path(zarr_in_site)
    publishing = window.findChild(Publishing, "publishing")
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(window.editor, "- SV: call ended, notes up today")
    publish = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Publish")
    [open_pr] = [a for a in publish.actions() if a.text().replace("&", "") == "Open Pull Request"]
    assert open_pr is window.commands["publish_pr"]
    open_pr.trigger()  # one command: saves, commits, pushes, opens
    wait_done(qtbot, publishing)
    assert publishing.last_message.startswith("Opened pull request #1: https://github.example/")
    assert not window.is_modified() and dialogs.errors == []
    [pull] = gh.pulls(TARGET)
    assert pull["title"] == "Notes for Zarr community call 2024-01-24"
    branch = f"refs/heads/{pull['head']['ref']}"
    shown = git(site_remote, "show", f"{branch}:2024/2024-01-24.md")
    assert shown.endswith("- SV: call ended, notes up today")
    qtbot.keyClick(window.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(window.editor, "- JM: one more thing")
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.editor, Qt.Key.Key_R, ctrl_shift)  # its shortcut, the second time
    wait_done(qtbot, publishing)
    assert publishing.last_message.startswith("Updated pull request #1: ")
    assert len(gh.pulls(TARGET)) == 1
    assert git(site_remote, "show", f"{branch}:2024/2024-01-24.md").endswith("- JM: one more thing")
    assert len(git(site_remote, "log", "--format=%H", f"main..{branch}").split()) == 2


def test_no_push_rights_and_no_fork_is_shown_to_the_user(
    make_window, qtbot, tmp_path: Path, zarr_in_site: Path, site_clone: Path, gh: FakeGitHub
):
    zarr_series(tmp_path, site_clone)
    gh.repos[TARGET].writers.clear()
    gh.repos[TARGET].allow_forking = False
    window, dialogs = make_window()
    window.workspace = tmp_path
    window.open_path(zarr_in_site)
    publishing = window.findChild(Publishing, "publishing")
    window.commands["publish_pr"].trigger()
    wait_done(qtbot, publishing)
    assert len(dialogs.errors) == 1 and "no push rights" in dialogs.errors[0]
    assert gh.pulls(TARGET) == []


def test_new_meeting_writes_the_labelled_issues_as_agenda_items(
    make_window, qtbot, tmp_path: Path, site_remote, gh: FakeGitHub
):
    workspace = tmp_path / "ws"
    # A standing agenda item names issue #1 already: it is not added a second time.
    zarr_series(workspace, workspace / "notes", agenda=f"Release plan ({TARGET}#1)")
    gh.add_issue(TARGET, "Release plan", "ada", ["meeting-agenda"])
    gh.add_issue(TARGET, "Sharding codec", "jhamman", ["meeting-agenda"])
    gh.add_issue(TARGET, "Unrelated bug", "ada", ["bug"])
    gh.add_issue(TARGET, "V3 spec text", "d-v-b", ["meeting-agenda"], pull=True)
    window, _ = make_window()
    dialog = NewMeetingDialog(workspace, window, today=dt.date(2024, 1, 20))  # the window owns it
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.series_box.setCurrentIndex(dialog.series_box.findData("zarr"))
    assert dialog.github_box.isVisible()
    box = dialog.github_box  # a click on its box (the row is wider than its label)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    qtbot.waitUntil(lambda: "Sharding codec" in dialog.preview.toPlainText(), timeout=15_000)
    assert "2 agenda item(s) from" in dialog.message.text()
    assert "1 already in the agenda" in dialog.message.text()
    assert dialog.create_button.isEnabled()
    with qtbot.waitSignal(dialog.created) as created:
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    path = created.args[0]
    meeting = parse_meeting(path.read_text(encoding="utf-8"), path)
    assert [a.text.split(" (")[0] for a in meeting.agenda] == [
        "Release plan", "Sharding codec", "V3 spec text",
    ]  # fmt: skip
    assert "@jhamman" in meeting.agenda[1].text and "PR #4" in meeting.agenda[2].text


class _MemoryKeyring:
    def __init__(self) -> None:
        self.stored: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, user: str) -> str | None:
        return self.stored.get((service, user))

    def set_password(self, service: str, user: str, value: str) -> None:
        self.stored[(service, user)] = value

    def delete_password(self, service: str, user: str) -> None:
        self.stored.pop((service, user), None)


@pytest.fixture
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> _MemoryKeyring:
    import keyring

    memory = _MemoryKeyring()
    for name in ("get_password", "set_password", "delete_password"):
        monkeypatch.setattr(keyring, name, getattr(memory, name))
    for name in ("NOTEAPP_HACKMD_TOKEN", "NOTEAPP_GITHUB_TOKEN", "GITHUB_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("PATH", "")  # no gh
    return memory


def test_accounts_stores_a_token_in_the_keyring_and_never_shows_it(
    qtbot, memory_keyring: _MemoryKeyring
):
    memory_keyring.stored[("noteapp", "hackmd")] = "hm-old-token-1"
    dialog = AccountsDialog()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.busy)  # the keyring is asked in a thread
    assert "system keyring" in dialog.states["hackmd"].text()
    assert "No token yet" in dialog.states["github"].text()
    assert dialog.fields["hackmd"].text() == ""  # a stored token is never shown
    qtbot.keyClicks(dialog.fields["github"], "ghp_new_token_42")
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ("noteapp", "github") in memory_keyring.stored)
    assert memory_keyring.stored[("noteapp", "github")] == "ghp_new_token_42"
    assert memory_keyring.stored[("noteapp", "hackmd")] == "hm-old-token-1"
    assert "ghp_new_token_42" not in dialog.message.text()
    qtbot.waitUntil(lambda: not dialog.busy)
    qtbot.mouseClick(dialog.findChild(type(save), "hackmdClear"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ("noteapp", "hackmd") not in memory_keyring.stored)


def test_a_slow_keyring_never_freezes_the_accounts_dialog(
    qtbot, memory_keyring: _MemoryKeyring, monkeypatch
):
    """A keyring that waits (for its own unlock password, a slow D-Bus): the dialog
    opens, says it is looking, and the window keeps handling events meanwhile."""
    import threading

    import keyring

    release = threading.Event()
    asked_on: list[str] = []
    real = memory_keyring.get_password

    def slow(service: str, name: str) -> str | None:
        asked_on.append(threading.current_thread().name)
        release.wait(30)
        return real(service, name)

    monkeypatch.setattr(keyring, "get_password", slow)
    memory_keyring.stored[("noteapp", "hackmd")] = "hm-token"
    dialog = AccountsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.states["hackmd"].text() == "Looking in the keyring…"
    qtbot.keyClicks(dialog.fields["github"], "typed while the keyring waits")
    assert dialog.fields["github"].text() == "typed while the keyring waits"
    qtbot.waitUntil(lambda: asked_on != [])
    assert dialog.busy
    release.set()
    qtbot.waitUntil(lambda: not dialog.busy)
    assert "system keyring" in dialog.states["hackmd"].text()
    assert all(name == "accounts keyring" for name in asked_on)
