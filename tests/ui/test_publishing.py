"""After the call, from the window: export, copy as, HackMD push/pull, git commit."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QProgressDialog, QPushButton

from noteapp.core.frontmatter import parse_front_matter
from noteapp.core.meeting import parse_meeting
from noteapp.ui.publishing import Publishing
from tests.conftest import FIXTURES, require_corpus
from tests.publish.hackmd_server import FakeHackMD, Fault
from tests.publish.test_git_publish import files_in, git

ZARR = "zarr/2024-01-24.md"


@pytest.fixture
def hackmd(monkeypatch: pytest.MonkeyPatch):
    server = FakeHackMD().start()
    monkeypatch.setenv("NOTEAPP_HACKMD_API_URL", server.url)
    monkeypatch.setenv("NOTEAPP_HACKMD_TOKEN", server.token)
    yield server
    server.stop()


def note_window(make_window, folder: Path, name: str = ZARR, source: Path | None = None):
    """A window on a copy of the corpus note ``name`` (or of the file ``source``)."""
    source = source or require_corpus() / name
    target = folder / source.name
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    window, dialogs = make_window()
    window.workspace = folder
    assert window.open_path(target)
    return window, dialogs, window.findChild(Publishing, "publishing"), target


def wait_done(qtbot, publishing: Publishing) -> None:
    qtbot.waitUntil(lambda: not publishing.busy, timeout=20_000)


def body(text: str) -> str:
    return text[parse_front_matter(text).end :]


def test_export_html_writes_a_page_with_every_heading(make_window, tmp_path: Path, monkeypatch):
    window, _, publishing, note = note_window(make_window, tmp_path / "notes")
    target = tmp_path / "out" / "call.html"
    target.parent.mkdir()
    monkeypatch.setattr(publishing, "choose_export_path", lambda suggested, pattern: str(target))
    window.commands["export_html"].trigger()
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page
    for heading in parse_meeting(note.read_text(encoding="utf-8"), note).outline.headings:
        assert heading.text.split("](")[0].strip("[*`") in page


def test_copy_as_markdown_makes_hackmd_syntax_plain(make_window, tmp_path: Path):
    window, _, _, _ = note_window(make_window, tmp_path / "notes")
    window.editor.setPlainText("# Call\n\n:::info\nBring your questions.\n:::\n")
    window.commands["copy_markdown"].trigger()
    copied = QGuiApplication.clipboard().text()
    assert ":::" not in copied and "Bring your questions." in copied
    assert copied.startswith("# Call\n")


def test_push_then_pull_after_an_edit_on_hackmd_is_one_undo_step(
    make_window, tmp_path: Path, qtbot, hackmd: FakeHackMD
):
    window, _, publishing, _note = note_window(make_window, tmp_path / "ws" / "zarr")
    window.workspace = tmp_path / "ws"
    original = window.document.text()
    window.commands["publish_hackmd"].trigger()
    wait_done(qtbot, publishing)
    assert "created" in publishing.last_message
    [note_id] = list(hackmd.notes)
    assert body(hackmd.notes[note_id].content).strip() == body(original).strip()

    edited = hackmd.notes[note_id].content.replace("## TL;DR:", "## TL;DR (edited on HackMD):")
    assert edited != hackmd.notes[note_id].content
    hackmd.edit(note_id, edited)
    asked: list[str] = []

    def choose(message: str) -> str:
        asked.append(message)
        return "pull"

    publishing.ask_conflict = choose
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    window.editor.insertPlainText("A line typed here meanwhile.\n")
    mine = window.document.text()
    window.commands["publish_hackmd"].trigger()  # changed on both sides: the user is asked
    wait_done(qtbot, publishing)
    assert asked, publishing.last_message
    wait_done(qtbot, publishing)  # the pull the user chose
    assert "Pulled" in publishing.last_message, publishing.last_message
    assert asked and len(hackmd.notes) == 1  # no second note was created
    text = window.document.text()
    assert "## TL;DR (edited on HackMD):" in text
    assert text[: parse_front_matter(text).end] == original[: parse_front_matter(original).end]
    assert "A line typed here meanwhile." not in text  # theirs, as chosen
    window.editor.undo()
    assert window.document.text() == mine  # one step back: the note as it was saved


def test_commit_and_push_saves_and_commits_the_note_alone(
    make_window, tmp_path: Path, qtbot, monkeypatch
):
    home = tmp_path / "home"
    home.mkdir()
    (home / ".gitconfig").write_text("[init]\n\tdefaultBranch = main\n")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(home / ".gitconfig"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    for who in ("AUTHOR", "COMMITTER"):
        monkeypatch.setenv(f"GIT_{who}_NAME", "Note Taker")
        monkeypatch.setenv(f"GIT_{who}_EMAIL", "notes@example.org")
    remote = tmp_path / "site.git"
    git(tmp_path, "init", "--bare", "-q", str(remote))
    site = tmp_path / "site"
    git(tmp_path, "clone", "-q", str(remote), str(site))
    (site / "README.md").write_text("# Calls\n")
    (site / "other.md").write_text("untouched\n")
    git(site, "add", "README.md")
    git(site, "commit", "-q", "-m", "Start")
    git(site, "push", "-q", "-u", "origin", "main")

    window, _, publishing, note = note_window(make_window, site / "2024")
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    window.editor.insertPlainText("\nOne more line typed in the window.\n")
    window.commands["publish_git_push"].trigger()
    wait_done(qtbot, publishing)
    assert "pushed" in publishing.last_message
    assert not window.is_modified() and "One more line" in note.read_text(encoding="utf-8")
    assert files_in(remote) == ["2024/2024-01-24.md"]
    assert git(site, "status", "--porcelain").split() == ["??", "other.md"]


def test_cancel_stops_a_push_waiting_for_a_rate_limit(
    make_window, tmp_path: Path, qtbot, hackmd: FakeHackMD
):
    window, _, publishing, _ = note_window(make_window, tmp_path / "ws")
    hackmd.throttle = 100
    hackmd.throttle_reset_in = 60.0
    window.commands["publish_hackmd"].trigger()
    qtbot.waitUntil(lambda: window.findChild(QProgressDialog, "jobProgress") is not None
                    and bool(hackmd.calls()), timeout=10_000)  # fmt: skip
    progress = window.findChild(QProgressDialog, "jobProgress")
    qtbot.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)
    wait_done(qtbot, publishing)
    assert publishing.last_message == "Cancelled"
    assert hackmd.notes == {}


# -- a hostile HackMD, from the window -------------------------------------------------------

CALL = FIXTURES / "hackmd" / "weekly-call.md"


def pushed_window(make_window, tmp_path: Path, qtbot, hackmd: FakeHackMD):
    """A window on the fixture note, pushed once (healthy), then edited on HackMD."""
    window, dialogs, publishing, note = note_window(make_window, tmp_path / "ws", source=CALL)
    window.commands["publish_hackmd"].trigger()
    wait_done(qtbot, publishing)
    [note_id] = list(hackmd.notes)
    return window, dialogs, publishing, note, note_id


def test_broken_json_on_pull_leaves_the_editor_text_unchanged(
    make_window, tmp_path: Path, qtbot, hackmd: FakeHackMD
):
    window, dialogs, publishing, note, note_id = pushed_window(make_window, tmp_path, qtbot, hackmd)
    hackmd.edit(note_id, hackmd.notes[note_id].content + "- added on the web\n")
    hackmd.faults.append(Fault("broken-json", method="GET", prefix=f"/v1/notes/{note_id}"))
    text, data = window.document.text(), note.read_bytes()
    window.commands["pull_hackmd"].trigger()
    wait_done(qtbot, publishing)
    assert window.document.text() == text and note.read_bytes() == data
    assert not window.is_modified()
    assert dialogs.errors and "not valid JSON" in dialogs.errors[-1]
    assert hackmd.token not in dialogs.errors[-1]
    window.commands["pull_hackmd"].trigger()  # HackMD answers properly again
    wait_done(qtbot, publishing)
    assert window.document.text().endswith("- added on the web\n")


def test_cancel_during_a_dripping_answer_returns_at_once_and_a_second_push_works(
    make_window, tmp_path: Path, qtbot, hackmd: FakeHackMD
):
    window, dialogs, publishing, _ = note_window(make_window, tmp_path / "ws", source=CALL)
    hackmd.faults.append(Fault("drip", method="POST", every=0.5))
    window.commands["publish_hackmd"].trigger()
    qtbot.waitUntil(lambda: window.findChild(QProgressDialog, "jobProgress") is not None
                    and bool(hackmd.calls("POST")), timeout=10_000)  # fmt: skip
    progress = window.findChild(QProgressDialog, "jobProgress")
    qtbot.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not publishing.busy, timeout=1_000)  # not the 60 s deadline
    assert publishing.last_message == "Cancelled" and not dialogs.errors
    window.commands["publish_hackmd"].trigger()
    wait_done(qtbot, publishing)
    assert "created" in publishing.last_message and len(hackmd.notes) == 1


def test_an_empty_note_on_hackmd_is_taken_only_when_the_user_says_so(
    make_window, tmp_path: Path, qtbot, hackmd: FakeHackMD
):
    window, _, publishing, _, note_id = pushed_window(make_window, tmp_path, qtbot, hackmd)
    hackmd.edit(note_id, "---\ntitle: Weekly maintainers call\n---\n")
    text = window.document.text()
    asked: list[str] = []
    answers = [False, True]

    def ask(message: str) -> bool:
        asked.append(message)
        return answers.pop(0)

    publishing.ask_empty_pull = ask
    window.commands["pull_hackmd"].trigger()
    wait_done(qtbot, publishing)
    assert window.document.text() == text and "keeps its text" in publishing.last_message
    assert "empty" in asked[0] and "--allow-empty" not in asked[0]
    window.commands["pull_hackmd"].trigger()
    wait_done(qtbot, publishing)
    qtbot.waitUntil(lambda: "Pulled" in publishing.last_message, timeout=10_000)
    assert len(asked) == 2 and body(window.document.text()).strip() == ""
    window.editor.undo()
    assert window.document.text() == text


def test_export_as_markdown_proposes_another_file_and_writes_it(
    make_window, tmp_path: Path, monkeypatch
):
    """Defect 10 of issue 14: the proposed name was the note's own, which then failed."""
    window, _, publishing, note = note_window(make_window, tmp_path / "notes")
    proposed: list[str] = []

    def choose(suggested: str, pattern: str) -> str:
        proposed.append(suggested)
        return suggested  # the user accepts what is proposed

    monkeypatch.setattr(publishing, "choose_export_path", choose)
    original = note.read_bytes()
    window.commands["export_markdown"].trigger()
    assert Path(proposed[0]).parent == note.parent
    assert Path(proposed[0]).name == note.stem + ".markdown.md"
    assert Path(proposed[0]).read_text(encoding="utf-8").startswith("---\n")
    assert note.read_bytes() == original
