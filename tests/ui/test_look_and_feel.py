"""The editor reads like a writing tool: lines with air between them, headings larger by
level, dense chrome, and check boxes that show on a dark base. Measured on the real
widgets as ratios and contrasts, never as pixels or fonts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QTextCursor
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem, QTableView

from noteapp.ui.colours import contrast
from noteapp.ui.editor import SpacedLayout
from noteapp.ui.main_window import MainWindow
from noteapp.ui.theme import CHECK_CONTRAST, DARK, LIGHT, NoteStyle, palette_for
from noteapp.ui.typography import HEADING_SCALES, LINE_HEIGHT
from tests.ui.helpers import window_on

CTRL = Qt.KeyboardModifier.ControlModifier
NOTE = (
    "# Weekly call\n\n## Agenda\n\n### Release\n\n"
    "- AL: " + "a long minute line that wraps " * 12 + "\n\nplain text\n"
)


@pytest.fixture
def note_window(make_window, tmp_path: Path, qtbot) -> MainWindow:
    return window_on(make_window, qtbot, tmp_path / "call.md", NOTE, (1000, 700))


def block(window: MainWindow, text: str):
    doc = window.editor.document()
    found = doc.find(text)
    assert not found.isNull(), text
    return found.block()


def test_lines_are_spaced_by_the_line_height_without_touching_the_text(note_window, qtbot):
    editor = note_window.editor
    layout = editor.document().documentLayout()
    assert isinstance(layout, SpacedLayout)
    assert 1.3 <= layout.line_height == LINE_HEIGHT <= 1.5
    plain = block(note_window, "plain text")
    line = plain.layout().lineAt(0)
    assert 1.3 <= editor.blockBoundingRect(plain).height() / line.height() <= 1.5
    wrapped = block(note_window, "a long minute line")
    lines = wrapped.layout()
    assert lines.lineCount() >= 2  # wrapped lines are spaced too, not only paragraphs
    step = lines.lineAt(1).y() - lines.lineAt(0).y()
    assert 1.3 <= step / lines.lineAt(0).height() <= 1.5
    # Layout only: the note's text and undo history are as loaded.
    assert editor.document().toRawText().replace("\u2029", "\n") == NOTE
    assert not editor.document().isUndoAvailable()
    assert not note_window.is_modified()


def test_a_click_on_a_spaced_line_puts_the_caret_on_it(note_window, qtbot):
    editor = note_window.editor
    for text in ("plain text", "### Release", "## Agenda"):
        target = block(note_window, text)
        cursor = QTextCursor(target)
        cursor.movePosition(QTextCursor.MoveOperation.Right, n=3)
        centre = editor.cursorRect(cursor).center()
        qtbot.mouseClick(editor.viewport(), Qt.MouseButton.LeftButton, pos=centre)
        assert editor.textCursor().blockNumber() == target.blockNumber(), text
        assert editor.textCursor().positionInBlock() == 3


def _size(block_) -> float:
    formats = block_.layout().formats()
    assert formats, block_.text()
    return max(f.format.fontPointSize() or 0 for f in formats)


def test_headings_are_larger_by_level_and_follow_the_zoom(note_window, qtbot):
    editor = note_window.editor
    qtbot.waitUntil(lambda: bool(block(note_window, "# Weekly").layout().formats()))
    body = editor.font().pointSizeF()
    sizes = [_size(block(note_window, t)) for t in ("# Weekly", "## Agenda", "### Release")]
    assert sizes[0] > sizes[1] > sizes[2] > body
    assert sizes == pytest.approx([body * s for s in HEADING_SCALES[:3]], abs=0.11)
    # The heading's line is taller than a body line: the layout gives it room.
    head, plain = block(note_window, "# Weekly"), block(note_window, "plain text")
    assert head.layout().lineAt(0).height() > plain.layout().lineAt(0).height()
    qtbot.keyClick(editor, Qt.Key.Key_Equal, CTRL)  # zoom in: headings keep their scale
    zoomed = editor.font().pointSizeF()
    assert zoomed > body
    assert _size(block(note_window, "# Weekly")) == pytest.approx(
        zoomed * HEADING_SCALES[0], abs=0.11
    )


def _indicator_contrast(palette: QPalette, style: QStyle) -> float:
    """The strongest contrast between any pixel of an unchecked item-view check box and
    the base it is drawn on."""
    image = QImage(24, 24, QImage.Format.Format_ARGB32)
    base = palette.color(QPalette.ColorRole.Base)
    image.fill(base)
    option = QStyleOptionViewItem()
    side = max(
        style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth),
        style.pixelMetric(QStyle.PixelMetric.PM_IndicatorHeight),
    )
    option.rect = QRect(4, 4, min(side, 16), min(side, 16))
    option.palette = palette
    option.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Off
    painter = QPainter(image)
    style.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck, option, painter)
    painter.end()
    return max(contrast(QColor(image.pixel(x, y)), base) for x in range(24) for y in range(24))


@pytest.mark.parametrize("scheme", [LIGHT, DARK])
def test_check_boxes_read_on_both_themes(qapp, scheme):
    """The agenda's, the Present column's and the Done column's boxes: their outline
    stands out from the base at the contrast controls need."""
    style = qapp.style()
    assert isinstance(style, NoteStyle)
    assert _indicator_contrast(palette_for(scheme), style) >= CHECK_CONTRAST


def test_the_chrome_is_dense(note_window):
    """Table rows a little taller than their text, dock title bars and the toolbar close
    around their contents (Fusion gives ~30 px rows)."""
    for view in note_window.findChildren(QTableView):
        if view.isVisible() and view.model() is not None and view.model().rowCount():
            height = view.rowHeight(0)
            assert height <= view.fontMetrics().height() * 1.8, view.objectName()
    bar = note_window.toolbar
    assert bar.height() <= bar.iconSize().height() + 16
    style = QApplication.style()
    assert style.pixelMetric(QStyle.PixelMetric.PM_DockWidgetTitleMargin) <= 3
