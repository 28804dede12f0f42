"""A loaded note is coloured in slices after its paint, and ends up coloured exactly as
one full pass colours it, also when typing goes on meanwhile."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument

from bench.notegen import SHAPES
from noteapp.core.text.source import SourceText
from noteapp.ui import highlighter as highlighter_module
from noteapp.ui.editing import EditorView
from noteapp.ui.highlighter import SLICE_BLOCKS, NoteHighlighter
from noteapp.ui.main_window import MainWindow
from tests.ui.helpers import put_cursor

# What slices must carry over: front matter, a fence longer than a slice, a comment
# spanning lines, headings and inline spans (a style the generated notes do not hold).
SPANS = "\n".join(
    [
        "---",
        "title: 'spans'",
        "# a comment in the front matter",
        "---",
        "# Notes",
        "",
        "~~~~ text",
        *(f"- [ ] inside a tilde fence {n} ``` not closing it" for n in range(SLICE_BLOCKS + 5)),
        "~~~~",
        "<!-- a comment",
        *(f"still the comment, **not bold** {n}" for n in range(SLICE_BLOCKS)),
        "-->",
        "## After it: [a link](https://example.org) and `code`",
        *(f"- AB: line {n} with **bold** <https://example.org/{n}>" for n in range(900)),
    ]
)


def view_of(window: MainWindow) -> EditorView:
    view = window.findChild(EditorView)
    assert view is not None
    return view


def spans(document: QTextDocument) -> list[list[tuple[int, int, object]]]:
    """Each line's formats: (start, length, format)."""
    result = []
    block = document.begin()
    while block.isValid():
        result.append(
            [(r.start, r.length, QTextCharFormat(r.format)) for r in block.layout().formats()]
        )
        block = block.next()
    return result


def full_pass(window: MainWindow) -> list[list[tuple[int, int, object]]]:
    """The formats one full pass of a highlighter gives the window's current text."""
    view = view_of(window)
    document = QTextDocument()
    document.setPlainText(window.editor.document().toPlainText())
    reference = NoteHighlighter(document, view.highlighter.palette, view.highlighter.point_size)
    reference.rehighlight()
    return spans(document)


def open_text(window: MainWindow, qtbot, text: str) -> EditorView:
    window.load_source(SourceText(text))
    view = view_of(window)
    qtbot.waitUntil(lambda: view._painted, timeout=10_000)
    return view


@pytest.mark.parametrize("shape", [*SHAPES, "spans"])
def test_sliced_colours_equal_one_full_pass(make_window, qtbot, shape):
    win, _ = make_window()
    text = SPANS if shape == "spans" else SHAPES[shape](6000)
    view = open_text(win, qtbot, text)
    qtbot.waitUntil(lambda: view.coloured, timeout=20_000)
    assert spans(win.editor.document()) == full_pass(win)


def test_the_note_is_coloured_after_its_paint_not_all_at_once(make_window, monkeypatch, qtbot):
    """The first slice colours the top (what the window shows); the rest waits for
    later loop turns, and a keystroke meanwhile colours no line past the slices."""
    seen: list[int] = []
    slices: list[list[int]] = []  # the lines coloured by each slice
    original, original_slice = NoteHighlighter.highlightBlock, NoteHighlighter.colour_slice

    def spy(self: NoteHighlighter, text: str) -> None:
        original(self, text)
        if self.currentBlockState() >= 0:  # coloured, not skipped
            seen.append(self.currentBlock().blockNumber())

    def slice_spy(self: NoteHighlighter) -> bool:
        before = len(seen)
        more = original_slice(self)
        slices.append(seen[before:])
        return more

    monkeypatch.setattr(NoteHighlighter, "highlightBlock", spy)
    monkeypatch.setattr(NoteHighlighter, "colour_slice", slice_spy)
    win, _ = make_window()
    text = SHAPES["call"](8000)
    win.load_source(SourceText(text))
    assert seen == []  # the text shows first
    view = view_of(win)
    qtbot.waitUntil(lambda: bool(slices), timeout=10_000)
    first = slices[0]
    assert first == list(range(len(first))) and 0 < len(first) <= SLICE_BLOCKS  # the top
    assert win.editor.firstVisibleBlock().blockNumber() in slices[0]
    qtbot.waitUntil(lambda: view.highlighter.colouring, timeout=10_000)
    put_cursor(win, text.index("\n- ") + 1)
    before = len(seen)
    qtbot.keyClicks(win.editor, "ok")
    assert len(seen) - before < 2 * SLICE_BLOCKS  # a keystroke: no colouring of the rest
    qtbot.waitUntil(lambda: view.coloured, timeout=20_000)
    assert len(set(seen)) == win.editor.document().blockCount()


def test_typing_while_slices_run_still_ends_as_one_full_pass(make_window, qtbot):
    """A fence opened near the top while the rest is uncoloured turns the lines after it
    into code as far as the slices went, and the slices then colour on from there."""
    win, _ = make_window()
    view = open_text(win, qtbot, SHAPES["core"](6000))
    assert view.highlighter.colouring
    put_cursor(win, win.editor.document().findBlockByNumber(30).position())
    qtbot.keyClicks(win.editor, "```")
    qtbot.keyClick(win.editor, Qt.Key.Key_Return)
    cursor = QTextCursor(win.editor.document().findBlockByNumber(SLICE_BLOCKS - 3))
    cursor.movePosition(QTextCursor.MoveOperation.Down, QTextCursor.MoveMode.KeepAnchor, 9)
    cursor.removeSelectedText()  # lines deleted across the edge of the slices done
    qtbot.waitUntil(lambda: view.coloured, timeout=20_000)
    assert spans(win.editor.document()) == full_pass(win)


def test_a_note_loaded_while_slices_run_is_coloured_from_its_own_top(make_window, qtbot):
    win, _ = make_window()
    view = open_text(win, qtbot, SHAPES["call"](6000))
    assert view.highlighter.colouring
    open_text(win, qtbot, SPANS)
    qtbot.waitUntil(lambda: view.coloured, timeout=20_000)
    assert spans(win.editor.document()) == full_pass(win)


def test_qt_lets_the_highlighter_be_held(make_window):
    """Holding relies on the document's change signal reaching the highlighter through
    the slot Qt connects in setDocument: a Qt that renames it fails here (and colours
    a loaded note all at once again)."""
    win, _ = make_window()
    highlighter = view_of(win).highlighter
    assert highlighter.document() is win.editor.document()
    assert highlighter.hold()
    highlighter.release()
    assert highlighter_module._REFORMAT.endswith("(int,int,int)")


def test_past_the_first_slice_a_long_note_waits_for_its_parse(make_window, monkeypatch, qtbot):
    """The worker's parse and the slices both want the GIL: the panels come first."""
    import threading

    from noteapp.ui import background_parse

    release = threading.Event()
    real = background_parse.parse_meeting

    def held(*args, **kwargs):
        release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(background_parse, "parse_meeting", held)
    win, _ = make_window()
    win.hide()  # loaded as at start-up: parsed after the paint, in the worker
    win.load_source(SourceText(SHAPES["call"](6000)))
    win.show()
    view = view_of(win)
    qtbot.waitUntil(lambda: view._painted, timeout=10_000)
    qtbot.wait(100)
    first = view.highlighter._frontier.block().blockNumber()
    assert 0 < first <= SLICE_BLOCKS and not win.document.has_snapshot
    release.set()
    qtbot.waitUntil(lambda: view.coloured, timeout=20_000)
    assert win.document.has_snapshot
    assert spans(win.editor.document()) == full_pass(win)
