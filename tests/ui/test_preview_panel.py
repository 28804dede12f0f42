"""The Preview dock renders real notes in a worker thread, only while it is shown."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDockWidget

import noteapp.ui.panels.preview as preview_module
from noteapp.core.convert.render import TASK_DONE, TASK_OPEN
from noteapp.ui.main_window import MainWindow
from noteapp.ui.panels.preview import Preview, PreviewPane


def parts(window: MainWindow) -> tuple[QDockWidget, PreviewPane, Preview]:
    """The dock and its contents, built (while hidden) if they were not yet."""
    dock = window.findChild(QDockWidget, "previewDock")
    dock.content()
    pane = window.findChild(PreviewPane, "previewPane")
    preview = dock.findChild(Preview)
    assert dock is not None and pane is not None and preview is not None
    return dock, pane, preview


def wait_for_render(qtbot, preview: Preview, action: Callable[[], object]) -> None:
    """Do ``action``, then wait until the preview shows a new render."""
    shown: list[int] = []
    preview.rendered.connect(shown.append)
    try:
        action()
        qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    finally:
        preview.rendered.disconnect(shown.append)


def show_and_render(window: MainWindow, qtbot) -> PreviewPane:
    dock, pane, preview = parts(window)
    wait_for_render(qtbot, preview, window.commands["focus_preview"].trigger)
    assert dock.isVisible()
    return pane


def tables_in(pane: PreviewPane) -> list[list[str]]:
    """Each table of the rendered document as its cells' text, row by row."""
    found = []
    block = pane.document().begin()
    seen = set()
    while block.isValid():
        table = QTextCursor(block).currentTable()
        if table is not None and table.firstPosition() not in seen:
            seen.add(table.firstPosition())
            found.append(
                [
                    table.cellAt(r, c).firstCursorPosition().block().text()
                    for r in range(table.rows())
                    for c in range(table.columns())
                ]
            )
        block = block.next()
    return found


def test_the_preview_is_not_even_built_until_it_is_first_shown(window, note_copy, qtbot):
    win, _ = window
    win.open_path(note_copy("conda-forge/2022-11-16.md"))
    assert win.findChild(PreviewPane) is None and "previewDock" in {
        d.objectName() for d in win.findChildren(QDockWidget)
    }
    pane = wait_for_first_render(win, qtbot)
    assert "conda-forge core meeting 2022-11-16" in pane.toPlainText()


def wait_for_first_render(window: MainWindow, qtbot) -> PreviewPane:
    window.commands["focus_preview"].trigger()
    pane = window.findChild(PreviewPane, "previewPane")
    assert pane is not None
    qtbot.waitUntil(lambda: not pane.document().isEmpty(), timeout=20_000)
    return pane


def test_nothing_renders_while_the_preview_is_hidden(window, note_copy, qtbot):
    win, _ = window
    dock, pane, preview = parts(win)
    assert dock.isHidden()
    win.open_path(note_copy("conda-forge/2022-11-16.md"))
    qtbot.keyClicks(win.editor, "typing")
    win.document.reparse_now()
    assert preview.generation == 0 and not preview.pending  # none started or scheduled
    assert pane.document().isEmpty()
    show_and_render(win, qtbot)
    assert preview.generation == 1
    assert "conda-forge core meeting 2022-11-16" in pane.toPlainText()


def test_a_real_note_renders_its_table_tasks_code_and_front_matter(window, note_copy, qtbot):
    win, _ = window
    win.open_path(note_copy("conda-forge/2022-11-16.md"))
    pane = show_and_render(win, qtbot)
    shown = pane.toPlainText()
    tables = tables_in(pane)
    assert tables[0] == ["title", "2022-11-16"]  # the front matter, not a heading or a rule
    assert "title: '2022-11-16'" not in shown
    attendees = tables[1]
    assert attendees[:4] == ["Name", "Initials", "GitHub ID", "Affiliation"]
    assert "Jaime Rodríguez-Guerra" in attendees
    assert f"{TASK_DONE} intros for new folks on the call" in shown
    assert f"{TASK_OPEN} https://github.com/orgs/conda-forge/teams/core/discussions/12" in shown
    assert "[X]" not in shown
    assert "requirements:\n  run_constrained:\n    sdsl-lite <0.a0" in shown  # the fence
    assert "```" not in shown


def test_a_broken_front_matter_is_shown_with_its_error(window, note_copy, qtbot):
    win, _ = window
    win.open_path(note_copy("conda-community/20250212_agenda_and_minutes.md"))
    pane = show_and_render(win, qtbot)
    shown = pane.toPlainText()
    assert "Front matter not read" in shown
    assert "x---\ntags: [meeting-notes]\n---" in shown


def test_the_preview_follows_typing_after_a_pause(window, note_copy, qtbot):
    win, _ = window
    win.open_path(note_copy("zarr/2024-01-24.md"))
    _dock, pane, preview = parts(win)
    show_and_render(win, qtbot)
    win.editor.moveCursor(QTextCursor.MoveOperation.End)

    def type_a_heading() -> None:
        qtbot.keyClick(win.editor, Qt.Key.Key_Return)
        qtbot.keyClicks(win.editor, "## Fresh heading")

    # the snapshot comes after a pause in typing, the render after its own pause
    wait_for_render(qtbot, preview, type_a_heading)
    assert "Fresh heading" in pane.toPlainText()
    assert tables_in(pane)[0][:4] == ["layout", "default", "title", "24th January"]


def test_a_stale_result_is_dropped(window, note_copy, qtbot, monkeypatch):
    win, _ = window
    win.open_path(note_copy("zarr/2024-01-24.md"))
    _dock, pane, preview = parts(win)
    show_and_render(win, qtbot)
    release = threading.Event()
    started = threading.Event()
    real = preview_module.preview_html

    def gated(text: str, around: int | None = None, stale=None) -> tuple[str, list[int]]:
        if "FIRST" in text:  # the first request waits until the second one is made
            started.set()
            release.wait(10)
        return real(text, around, stale)

    monkeypatch.setattr(preview_module, "preview_html", gated)
    shown: list[int] = []
    preview.rendered.connect(shown.append)
    win.editor.setPlainText("FIRST version")
    preview.render_now()
    assert started.wait(10)
    win.editor.setPlainText("second version")
    preview.render_now()
    release.set()
    qtbot.waitUntil(lambda: shown == [preview.generation])
    assert "second version" in pane.toPlainText()
    assert "FIRST" not in pane.toPlainText()


def top_text(pane: PreviewPane) -> str:
    """The text of the preview's first visible line."""
    return pane.cursorForPosition(pane.viewport().rect().topLeft()).block().text()


def test_a_re_render_keeps_showing_the_editors_part_of_the_note(window, note_copy, qtbot):
    win, _ = window
    win.open_path(note_copy("conda-forge/2022-11-16.md"))
    _dock, pane, preview = parts(win)
    show_and_render(win, qtbot)
    block = win.editor.document().findBlockByNumber(win.editor.document().blockCount() // 2)
    win.editor.setTextCursor(QTextCursor(block))
    win.editor.centerCursor()
    qtbot.waitUntil(lambda: pane.verticalScrollBar().value() > 0)
    shown = top_text(pane)
    # typed where the caret is: the preview shows the same part after the re-render
    wait_for_render(qtbot, preview, lambda: qtbot.keyClicks(win.editor, "edited "))
    assert "edited" in pane.toPlainText()
    assert top_text(pane) == shown


def test_a_re_parse_of_the_same_text_renders_nothing(window, note_copy, qtbot):
    win, _ = window
    win.open_path(note_copy("zarr/2024-01-24.md"))
    _dock, _pane, preview = parts(win)
    show_and_render(win, qtbot)
    win.document.reparse_now()
    assert preview.generation == 1 and not preview.pending


def test_links_open_outside_and_relative_ones_resolve_beside_the_note(
    window, note_copy, qtbot, monkeypatch
):
    win, _ = window
    path = note_copy("zarr/2024-01-24.md")
    win.open_path(path)
    pane = show_and_render(win, qtbot)
    opened: list[QUrl] = []
    monkeypatch.setattr(pane, "open_url", opened.append)
    pane.follow(QUrl("https://lu.ma/Zarr-NYC"))
    pane.follow(QUrl("../images/x.jpg"))
    assert opened[0].toString() == "https://lu.ma/Zarr-NYC"
    assert opened[1].toLocalFile() == str(path.parent.parent / "images" / "x.jpg")


def test_opening_a_note_does_not_load_the_renderer(note_copy, tmp_path):
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from noteapp.storage.settings import Settings\n"
        "from noteapp.ui.main_window import MainWindow\n"
        f"window = MainWindow(Settings(Path({str(tmp_path / 's.json')!r})))\n"
        f"window.load_path({str(note_copy('zarr/2024-01-24.md'))!r})\n"
        "window.show()\n"
        "app.processEvents()\n"
        "assert 'cmarkgfm' not in sys.modules, 'start-up loaded cmark-gfm'\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_scrolling_the_editor_scrolls_the_preview_to_the_same_part(window, note_copy, qtbot):
    win, _ = window
    win.resize(1200, 700)
    win.open_path(note_copy("conda-forge/2022-11-16.md"))
    _dock, pane, preview = parts(win)
    show_and_render(win, qtbot)
    bar = pane.verticalScrollBar()
    assert bar.value() == 0 and len(preview._lines) > 1
    editor_bar = win.editor.verticalScrollBar()
    editor_bar.setValue(editor_bar.maximum())  # the end of the note
    # The preview shows the note's last anchored block (a long list that starts near
    # the middle of the rendered note in a 260 px dock).
    qtbot.waitUntil(lambda: bar.value() > bar.maximum() // 3)
    editor_bar.setValue(0)
    qtbot.waitUntil(lambda: bar.value() < bar.maximum() // 4)


def test_a_long_note_is_previewed_around_the_editors_view(window, qtbot):
    from bench.notegen import generate_note
    from noteapp.core.text.source import SourceText

    win, _ = window
    win.load_source(SourceText(generate_note(preview_module.WHOLE_NOTE_LINES + 4000)))
    _dock, pane, preview = parts(win)
    show_and_render(win, qtbot)
    first = preview._lines
    assert first[0] == 0 or first[0] < 50  # the start of the note, front matter included
    assert first[-1] < preview_module.WINDOW_LINES
    assert "layout" in tables_in(pane)[0]
    block = win.editor.document().findBlockByNumber(preview_module.WHOLE_NOTE_LINES)
    cursor = QTextCursor(block)
    win.editor.setTextCursor(cursor)
    win.editor.centerCursor()
    qtbot.waitUntil(lambda: preview._lines and preview._lines[0] > 1000, timeout=20_000)
    top = preview._top_line()
    assert preview._lines[0] <= top <= preview._lines[-1]
    # the view's line near the window's top: little to lay out above it when scrolled to
    assert top - preview._lines[0] < preview_module.WINDOW_LINES // 2


def test_words_typed_in_the_middle_of_a_long_note_show_in_its_preview(window, qtbot):
    from bench.notegen import generate_note
    from noteapp.core.text.source import SourceText

    win, _ = window
    win.load_source(SourceText(generate_note(preview_module.WHOLE_NOTE_LINES + 4000)))
    _dock, pane, preview = parts(win)
    show_and_render(win, qtbot)
    block = win.editor.document().findBlockByNumber(preview_module.WHOLE_NOTE_LINES + 500)
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    win.editor.setTextCursor(cursor)
    win.editor.centerCursor()
    win.editor.setFocus()
    qtbot.keyClicks(win.editor, " Quokka")
    qtbot.waitUntil(lambda: "Quokka" in pane.toPlainText(), timeout=20_000)
    line = preview_module.WHOLE_NOTE_LINES + 500
    assert preview._lines[0] <= line <= preview._lines[-1] + preview_module.WINDOW_LINES


def held_renders(win: MainWindow, note_copy, qtbot, monkeypatch):
    """A note previewed, then its renders held: each request is kept in ``asked`` (run
    it with ``preview._work(*asked[k])``), each render shown is in ``shown``."""
    win.open_path(note_copy("conda-forge/2022-11-16.md"))
    show_and_render(win, qtbot)
    _dock, pane, preview = parts(win)
    asked: list[tuple[object, ...]] = []
    monkeypatch.setattr(preview._worker, "submit", lambda *args: asked.append(args))
    shown: list[int] = []
    preview.rendered.connect(shown.append)
    return pane, preview, asked, shown


def test_a_render_finished_after_typing_resumed_waits_for_the_next_pause(
    window, note_copy, qtbot, monkeypatch
):
    """Its document is not swapped in mid-typing (Qt lays it out on the GUI thread); the
    pause after the typing renders the text as typed."""
    win, _ = window
    pane, preview, asked, shown = held_renders(win, note_copy, qtbot, monkeypatch)
    before = pane.document()
    preview.render_now()
    cursor = win.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertText("\n\nZebra typed meanwhile\n")
    preview._work(*asked[0])  # the render ends now, after the keystrokes
    assert not shown and pane.document() is before
    qtbot.waitUntil(lambda: len(asked) > 1, timeout=5_000)  # the pause renders again
    preview._work(*asked[-1])
    assert shown and "Zebra typed meanwhile" in pane.toPlainText()


def test_a_key_stops_a_render_and_the_pause_after_it_renders_again(
    window, note_copy, qtbot, monkeypatch
):
    """The render's Python part (cutting the note into pieces) gives way to a key press;
    a key that edits nothing brings no new snapshot, so the preview renders again after
    the usual pause itself."""
    win, _ = window
    _pane, preview, asked, shown = held_renders(win, note_copy, qtbot, monkeypatch)
    preview.render_now()
    win.editor.setFocus()
    qtbot.keyClick(win.editor, Qt.Key.Key_Right)
    preview._work(*asked[0])  # stopped before its first piece
    assert not shown and len(asked) == 1
    qtbot.waitUntil(lambda: len(asked) == 2, timeout=5_000)
    preview._work(*asked[1])
    assert shown == [preview.generation]


def test_a_stale_render_stops_before_cutting_the_note_into_pieces():
    text = "# Title\n\n" + "\n\n".join(f"Paragraph {n}" for n in range(50))
    with pytest.raises(preview_module.RenderStopped):
        preview_module.preview_html(text, 0, lambda: True)
    body, lines = preview_module.preview_html(text, 0, lambda: False)
    assert "Paragraph 49" in body and lines
