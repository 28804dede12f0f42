"""Reading the editor's text back without loss, and UTF-16 <-> code-point offsets."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtGui import QTextCursor, QTextDocument

from noteapp.core.text.edits import Edit
from noteapp.ui.textbridge import (
    OffsetMap,
    apply_edit,
    as_qt_sees_it,
    document_text,
    from_utf16,
    lossy_breaks,
    to_utf16,
    utf16_length,
)

TRICKY = "a\u00a0b\u2028c\td  \n\n😓 café 🇦🇧\nlast line, no newline"


def _doc(text: str) -> QTextDocument:
    doc = QTextDocument()
    doc.setPlainText(text)
    return doc


def test_document_text_keeps_nbsp_line_separator_tabs_and_trailing_spaces(qapp):
    doc = _doc(TRICKY)
    assert document_text(doc) == TRICKY
    # The pitfall this module exists for: toPlainText() would have changed the text.
    assert doc.toPlainText() != TRICKY


@pytest.mark.parametrize("text", ["", "\n", "x\n", "\n\n\n", "no final newline"])
def test_document_text_keeps_final_newline_state(qapp, text: str):
    assert document_text(_doc(text)) == text


def test_characters_qt_turns_into_line_breaks_are_predicted(qapp):
    text = "a\u2029b\ufdd0c\ufdd1d\re"
    assert document_text(_doc(text)) == as_qt_sees_it(text) == "a\nb\nc\nd\ne"
    assert lossy_breaks(text) == sorted("\r\u2029\ufdd0\ufdd1")
    assert lossy_breaks(TRICKY) == []


@pytest.mark.parametrize(
    ("text", "index", "position"),
    [("abc", 2, 2), ("😓x", 1, 2), ("😓x", 2, 3), ("a😓😓b", 3, 5), ("é€", 2, 2)],
)
def test_offsets_count_emoji_as_two_utf16_units(text: str, index: int, position: int):
    assert to_utf16(text, index) == position
    assert from_utf16(text, position) == index


def test_position_inside_a_surrogate_pair_rounds_down_to_the_character():
    assert from_utf16("x😓y", 2) == 1


def test_offsets_outside_the_text_are_refused():
    with pytest.raises(IndexError):
        OffsetMap("ab").to_utf16(3)
    with pytest.raises(IndexError):
        OffsetMap("😓").from_utf16(3)


@given(st.text())
def test_offsets_match_utf16_encoding(text: str):
    offsets = OffsetMap(text)
    assert utf16_length(text) == len(text.encode("utf-16-le")) // 2
    for index in range(len(text) + 1):
        position = len(text[:index].encode("utf-16-le")) // 2
        assert offsets.to_utf16(index) == position
        assert offsets.from_utf16(position) == index


def test_offsets_agree_with_qt_cursor_positions(qapp):
    text = "😓 one\n🇦🇧 two"
    doc = _doc(text)
    cursor = QTextCursor(doc)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    assert cursor.position() == to_utf16(text, len(text))
    cursor.setPosition(to_utf16(text, text.index("two")))
    cursor.movePosition(QTextCursor.MoveOperation.EndOfWord, QTextCursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == "two"


def test_apply_edit_after_emoji_lands_on_the_right_characters_as_one_undo_step(qapp):
    text = "😓😓 old text\n"
    doc = _doc(text)
    start = text.index("old")
    apply_edit(doc, Edit(start, start + 3, "new\nline"))
    assert document_text(doc) == "😓😓 new\nline text\n"
    doc.undo()
    assert document_text(doc) == text
