"""The text mirror gives exactly what the document holds, after any kind of edit."""

from __future__ import annotations

import random

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from noteapp.ui.highlighter import NoteHighlighter
from noteapp.ui.text_mirror import TextMirror
from noteapp.ui.textbridge import document_text

PIECES = ["a", "word ", "\n", "- [ ] JH: `code` **b**\n", "Gābor ", "\u00a0", "```\n", "😀", "\r\n"]


def test_the_mirror_follows_typing_deleting_undo_and_reloads(qtbot) -> None:
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    document = editor.document()
    NoteHighlighter(document, editor.palette())  # its colouring passes report changes too
    mirror = TextMirror(document)
    rng = random.Random(3)
    editor.setPlainText("---\ntitle: x\n---\n# Notes\n\n- one\n- two\n")
    for step in range(400):
        cursor = QTextCursor(document)
        length = document.characterCount() - 1
        start = rng.randint(0, length)
        cursor.setPosition(start)
        kind = rng.random()
        if kind < 0.45:
            cursor.insertText(rng.choice(PIECES[:-2] if step < 300 else PIECES))
        elif kind < 0.7:
            cursor.setPosition(
                min(length, start + rng.randint(1, 12)), QTextCursor.MoveMode.KeepAnchor
            )
            cursor.removeSelectedText()
        elif kind < 0.85:
            document.undo()
        elif kind < 0.95:
            document.redo()
        else:
            editor.setPlainText(document_text(document)[::-1][:200])
        if rng.random() < 0.3:
            assert mirror.text() == document_text(document)
    assert mirror.text() == document_text(document)


def test_the_mirror_reads_only_the_edits_of_an_ordinary_note(qtbot, monkeypatch) -> None:
    import noteapp.ui.text_mirror as text_mirror

    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    editor.setPlainText("# Notes\n\n- Gābor: one\n- two\n" * 50)
    mirror = TextMirror(editor.document())
    expected = mirror.text()  # the one whole read
    reads = []
    monkeypatch.setattr(text_mirror, "document_text", lambda d: reads.append(1) or "")
    cursor = editor.textCursor()
    cursor.setPosition(30)
    for ch in "typed words\n- more":
        cursor.insertText(ch)
    cursor.deletePreviousChar()
    expected = expected[:30] + "typed words\n- mor" + expected[30:]
    assert mirror.text() == expected
    assert reads == []


def test_the_incremental_word_count_matches_a_whole_count() -> None:
    from noteapp.core.text.words import WordCounter, count_words

    rng = random.Random(5)
    alphabet = "ab -_|\n é1\t"
    for _ in range(500):
        counter = WordCounter()
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        for _ in range(6):
            assert (
                counter.count(text)
                == count_words(text)
                == len(text.split())
                - sum(
                    1
                    for token in text.split()
                    if not any(ch.isalnum() and ch != "_" for ch in token)
                )
            )
            start = rng.randint(0, len(text))
            stop = rng.randint(start, min(len(text), start + 6))
            typed = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 5)))
            text = text[:start] + typed + text[stop:]


def test_a_loaded_note_is_mirrored_without_reading_it_back_from_qt(window, qtbot, monkeypatch):
    """The first pause after typing in a just-opened note reads no whole document out of
    Qt: the mirror starts from the text as loaded."""
    from noteapp.core.text.source import SourceText
    from noteapp.ui import text_mirror

    win, _ = window
    text = "# Notes\n\n" + "\n".join(f"- line {n}" for n in range(400)) + "\n"
    win.load_source(SourceText(text))
    qtbot.waitUntil(lambda: win.document.has_snapshot, timeout=10_000)
    reads: list[int] = []
    real = text_mirror.document_text
    monkeypatch.setattr(text_mirror, "document_text", lambda d: reads.append(1) or real(d))
    cursor = win.editor.textCursor()
    cursor.setPosition(len("# Notes"))
    win.editor.setTextCursor(cursor)
    win.editor.setFocus()
    qtbot.keyClicks(win.editor, " today")
    assert win.document.text() == real(win.editor.document())
    assert win.document.text().startswith("# Notes today\n\n- line 0\n")
    assert reads == []
