"""Return continues a list in the real editor, as the desktop editors people know do."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from noteapp.ui.editing import EditorView
from noteapp.ui.main_window import MainWindow
from tests.ui.helpers import put_cursor, text_of, window_on

RETURN = Qt.Key.Key_Return


@pytest.fixture
def on_text(make_window, qtbot, tmp_path):
    """A window on ``text`` (coloured: the highlighter's line states are live)."""

    def make(text: str) -> MainWindow:
        window = window_on(make_window, qtbot, tmp_path / "note.md", text, (900, 700))
        view = window.findChild(EditorView)
        assert view is not None
        qtbot.waitUntil(
            lambda: view.highlighter is not None and view.highlighter.document() is not None
        )
        return window

    return make


def press_at(qtbot, window: MainWindow, index: int, *keys, modifier=None) -> None:
    put_cursor(window, index)
    for key in keys:
        if isinstance(key, str):
            qtbot.keyClicks(window.editor, key)
        else:
            qtbot.keyClick(window.editor, key, modifier or Qt.KeyboardModifier.NoModifier)


@pytest.mark.parametrize(
    ("line", "typed", "expected"),
    [
        ("- one", "two", "- one\n- two"),
        ("* one", "two", "* one\n* two"),
        ("+ one", "two", "+ one\n+ two"),
        ("1. one", "two", "1. one\n2. two"),
        ("9) nine", "ten", "9) nine\n10) ten"),
        ("- [x] done", "next", "- [x] done\n- [ ] next"),
        ("* [ ] open", "next", "* [ ] open\n* [ ] next"),
        ("- JH: said so", "more", "- JH: said so\n- more"),
        ("    - (MvN) nested", "reply", "    - (MvN) nested\n    - reply"),
        ("> quoted", "more", "> quoted\n> more"),
        ("> - in a quote", "more", "> - in a quote\n> - more"),
        ("\t3. tabbed", "x", "\t3. tabbed\n\t4. x"),
    ],
)
def test_return_starts_the_next_item(on_text, qtbot, line, typed, expected) -> None:
    window = on_text(f"# Notes\n\n{line}\n\nEnd.\n")
    end = len("# Notes\n\n") + len(line)
    press_at(qtbot, window, end, RETURN, typed)
    assert text_of(window) == f"# Notes\n\n{expected}\n\nEnd.\n"


def test_return_inside_an_item_splits_it(on_text, qtbot) -> None:
    window = on_text("- alpha beta\n")
    press_at(qtbot, window, len("- alpha "), RETURN)
    assert text_of(window) == "- alpha \n- beta\n"
    assert window.editor.textCursor().positionInBlock() == 2


def test_return_before_the_marker_is_a_plain_break(on_text, qtbot) -> None:
    window = on_text("intro\n- alpha\n")
    press_at(qtbot, window, len("intro\n"), RETURN)
    assert text_of(window) == "intro\n\n- alpha\n"


def test_an_empty_item_ends_the_list(on_text, qtbot) -> None:
    window = on_text("- one\n  - two\n")
    press_at(qtbot, window, len("- one\n  - two"), RETURN, RETURN)
    assert text_of(window) == "- one\n  - two\n\n"
    press_at(qtbot, window, len("- one\n  - two\n"), "after")
    assert text_of(window) == "- one\n  - two\nafter\n"


def test_an_empty_item_in_a_quote_keeps_the_quote(on_text, qtbot) -> None:
    window = on_text("> - one\n")
    press_at(qtbot, window, len("> - one"), RETURN, RETURN)
    assert text_of(window) == "> - one\n> \n"
    qtbot.keyClick(window.editor, RETURN)
    assert text_of(window) == "> - one\n\n"


def test_shift_return_breaks_the_line_without_a_marker(on_text, qtbot) -> None:
    window = on_text("- one\n")
    press_at(qtbot, window, len("- one"), RETURN, modifier=Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(window.editor, "  more")
    assert text_of(window) == "- one\n  more\n"


def test_one_undo_removes_the_marker_and_the_break(on_text, qtbot) -> None:
    window = on_text("1. one\n")
    press_at(qtbot, window, len("1. one"), RETURN)
    assert text_of(window) == "1. one\n2. \n"
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert text_of(window) == "1. one\n"
    press_at(qtbot, window, len("1. one"), RETURN, RETURN)  # ended: one undo brings it back
    assert text_of(window) == "1. one\n\n"
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert text_of(window) == "1. one\n2. \n"


@pytest.mark.parametrize(
    ("text", "at"),
    [
        ("---\ntags:\n- a\n---\n\n# Notes\n", "- a"),
        ("+++\ntags = [\n- a\n+++\n", "- a"),
        ("# Code\n\n```\n- a\n```\n", "- a"),
        ("# Code\n\n~~~~ yaml\n- a\n~~~~\n", "- a"),
        ("<!--\n- a\n-->\n", "- a"),
        ("| a | b |\n| - | - |\n- a | b\n", "- a | b"),
        ("a | b\n--|--\n- x | y\n", "- x | y"),
        ("<details>\n- a\n</details>\n", "- a"),
    ],
)
def test_no_continuation_where_a_list_cannot_be(on_text, qtbot, text, at) -> None:
    window = on_text(text)
    end = text.index(at + "\n") + len(at)
    press_at(qtbot, window, end, RETURN)
    assert text_of(window) == text[:end] + "\n" + text[end:]


def test_after_the_fence_lists_continue_again(on_text, qtbot) -> None:
    text = "```\ncode\n```\n- a\n"
    window = on_text(text)
    press_at(qtbot, window, len(text) - 1, RETURN)
    assert text_of(window) == text + "- \n"


def test_without_the_highlighter_the_lines_above_decide(make_window, qtbot, tmp_path) -> None:
    """A window not yet coloured (a huge note is never): code is still code."""
    path = tmp_path / "note.md"
    path.write_text("```\n- a\n```\n- b\n", encoding="utf-8")
    window, _dialogs = make_window()
    window.open_path(path)
    view = window.findChild(EditorView)
    assert view is not None
    if view.highlighter is not None:  # held while the note loads: take its line states away
        view.highlighter.setDocument(None)
    press_at(qtbot, window, len("```\n- a"), RETURN)
    press_at(qtbot, window, len("```\n- a\n\n```\n- b"), RETURN)
    assert text_of(window) == "```\n- a\n\n```\n- b\n- \n"


def test_the_setting_turns_it_off_and_is_kept(make_window, qtbot, settings, tmp_path) -> None:
    window = window_on(make_window, qtbot, tmp_path / "note.md", "- a\n", (900, 700))
    action = window.commands["continue_lists"]
    assert action.isChecked() and action in window.menu("Edit").actions()
    action.trigger()
    assert settings.continue_lists is False
    press_at(qtbot, window, len("- a"), RETURN)
    assert text_of(window) == "- a\n\n"
    again, _dialogs = make_window()
    assert not again.commands["continue_lists"].isChecked()


@pytest.mark.parametrize("following", ["## Agenda", "- [ ] next item", "2. second", "> quoted"])
def test_an_item_typed_in_front_of_a_block_leaves_the_block_alone(
    on_text, qtbot, following
) -> None:
    window = on_text(f"intro\n{following}\n")
    press_at(qtbot, window, len("intro\n"), "- [ ] new", RETURN)
    assert text_of(window) == f"intro\n- [ ] new\n{following}\n"
