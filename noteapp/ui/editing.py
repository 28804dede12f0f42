"""The editor's own features: highlighting, current line, word wrap, font, word count and
the find/replace bar.

Nothing here runs per keystroke beyond Qt's own re-highlighting of the changed lines
and moving the current-line band; the word count waits for the document's snapshot
(after a pause in typing).  The find bar is built the first time it is opened.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import (
    QFont,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTextEdit, QVBoxLayout, QWidget

from noteapp.ui import edit_menu
from noteapp.ui.colours import mix
from noteapp.ui.highlighter import NoteHighlighter
from noteapp.ui.textbridge import OffsetMap
from noteapp.ui.typography import clamp_zoom, zoomed

if TYPE_CHECKING:
    from noteapp.core.meeting import Meeting
    from noteapp.ui.find_replace import FindBar
    from noteapp.ui.window_api import WindowAPI


class EditorView(QObject):
    """Highlighting, the current-line band, word wrap, the font and the word count.

    The highlighter holds back while a note loads: its colours come right after the
    window's first paint, in slices from the top (noteapp.ui.highlighter), so the text
    is shown first and the event loop runs between slices (all at once took 0.57 s at
    50,000 lines); past the first slice, a long note's wait for its parse (the panels
    first).  A large note (noteapp.ui.large_note) is not coloured.
    """

    def __init__(self, window: WindowAPI) -> None:
        super().__init__(window)
        self.setObjectName("editorView")
        self.window = window
        editor = self.editor = window.editor
        # Attached while the document is empty: attaching to a text makes Qt colour all
        # of it on the next loop turn, however it is sliced here.
        self.highlighter = NoteHighlighter(self, editor.palette(), editor.font().pointSizeF())
        if editor.document().isEmpty():
            self.highlighter.setDocument(editor.document())
        self._slices = QTimer(self, singleShot=True, interval=0)
        self._slices.timeout.connect(self._colour_slice)
        self._line_format: QTextCharFormat | None = None
        self._start_pending = False  # _start waits for the editor's next paint
        window.documentAboutToLoad.connect(self._hold)
        window.documentLoaded.connect(self._colour_after_paint)
        self._colour_after_paint(None)  # a window opened without a note
        editor.installEventFilter(self)
        editor.cursorPositionChanged.connect(self.show_current_line)

        settings = window.settings
        self._wrap = window.add_command("word_wrap", self._wrap_toggled, checkable=True)
        self._wrap.setChecked(settings.word_wrap)
        self.set_word_wrap(settings.word_wrap)
        # The chosen (or default) font; zoom steps, in points, are kept apart from it.
        self.base_font = editor.font()
        font = QFont()
        if settings.font and font.fromString(settings.font):
            self.base_font = font
        self.zoom_steps = clamp_zoom(self.base_font, settings.editor_zoom)
        self._apply_font()
        window.add_command("font", self.choose_and_set_font)
        zoom_in = window.add_command("zoom_in", lambda: self.zoom(+1))
        # Ctrl+= and the platform's own zoom keys (Ctrl++ where + needs no Shift).
        zoom_in.setShortcuts(_unique([*zoom_in.shortcuts(), QKeySequence.StandardKey.ZoomIn]))
        zoom_out = window.add_command("zoom_out", lambda: self.zoom(-1))
        zoom_out.setShortcuts(_unique([*zoom_out.shortcuts(), QKeySequence.StandardKey.ZoomOut]))
        window.add_command("zoom_reset", lambda: self.zoom(None))

        self._painted = False  # the loaded note has been painted (its colours are coming)
        self._count_held = False  # a snapshot came while a loaded note awaits its paint
        self.word_count = QLabel(window, objectName="wordCount")
        self.word_count.setContentsMargins(8, 0, 8, 0)
        window.statusBar().addPermanentWidget(self.word_count)
        window.document.snapshotChanged.connect(self.show_word_count)
        window.document.snapshotChanged.connect(self._snapshot_came)

    @property
    def coloured(self) -> bool:
        """True once the loaded note is painted and every line of it coloured."""
        return self._painted and not self._slices.isActive() and not self.highlighter.colouring

    def _hold(self) -> None:
        self._painted = False
        self._slices.stop()
        if not self.highlighter.hold():  # a Qt whose highlighter cannot be held
            self.highlighter.setDocument(None)

    def _colour_after_paint(self, _path: object) -> None:
        if not self.window.document.large and self.highlighter.document() is not None:
            self.highlighter.release()  # the text waits for its slices
        # One more loop turn after the paint's own callbacks, so whatever waits for the
        # first paint (--quit-after-load, screenshots) sees it before the colouring runs.
        if not self._start_pending:  # once, for a note loaded before the last one painted
            self._start_pending = True
            self.editor.after_next_paint(lambda: QTimer.singleShot(0, self.editor, self._start))

    def _start(self) -> None:
        """Colour the loaded note from the top, and show the word count held back."""
        self._start_pending = False
        self._painted = True
        document = self.window.document
        if not document.large:
            if self.highlighter.document() is None:  # not held: coloured all at once
                with document.formats_only():
                    self.highlighter.setDocument(self.editor.document())
                    self.highlighter.rehighlight()
            self._colour_slice()
        self._recolor()
        if self._count_held and document.has_snapshot:
            self._count_held = False
            self.show_word_count(document.meeting)

    def _colour_slice(self) -> None:
        document = self.window.document
        with document.formats_only():  # colours only: the snapshot stays
            more = self.highlighter.colour_slice()
        # The next slice after the events waiting now; while a long note's parse runs in
        # its worker, after its snapshot: the panels first (both want the GIL).
        if more and document.has_snapshot:
            self._slices.start()

    def _snapshot_came(self) -> None:
        if self.highlighter.colouring and not self._slices.isActive() and self._painted:
            self._slices.start()  # the slices that waited for the parse

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.PaletteChange:
            if self._line_format is not None:
                self._recolor()  # a light/dark switch
            with self.window.document.formats_only():
                self.highlighter.set_palette(self.editor.palette())
        elif event.type() == QEvent.Type.FontChange:
            with self.window.document.formats_only():  # zoom: headings keep their scale
                self.highlighter.set_point_size(self.editor.font().pointSizeF())
        return False

    def _recolor(self) -> None:
        if self._line_format is None:
            self._line_format = QTextCharFormat()
        palette = self.editor.palette()
        base = palette.color(QPalette.ColorRole.Base)
        band = mix(base, palette.color(QPalette.ColorRole.Highlight), 0.12)
        self._line_format.setBackground(band)
        self._line_format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        self.show_current_line()

    def show_current_line(self) -> None:
        if self._line_format is None:
            return  # until the first paint

        band = QTextEdit.ExtraSelection()
        band.format = self._line_format
        band.cursor = self.editor.textCursor()
        band.cursor.clearSelection()
        self.editor.set_extra_selections("current_line", [band])

    def _wrap_toggled(self) -> None:
        self.set_word_wrap(self._wrap.isChecked())

    def set_word_wrap(self, on: bool) -> None:
        mode = QPlainTextEdit.LineWrapMode
        self.editor.setLineWrapMode(mode.WidgetWidth if on else mode.NoWrap)
        self.editor.update_margins()
        if self.window.settings.word_wrap != on:
            self.window.settings.word_wrap = on
            self.window.settings_changed()

    def set_font(self, font: QFont) -> None:
        """Use ``font`` (as chosen, zoom reset) in the editor."""
        self.base_font = QFont(font)
        self.zoom_steps = 0
        self._apply_font()

    def _apply_font(self) -> None:
        self.editor.setFont(zoomed(self.base_font, self.zoom_steps))

    def zoom(self, steps: int | None) -> None:
        """View ▸ Zoom In/Out (a point at a time), or back to the font's size (None)."""
        wanted = 0 if steps is None else self.zoom_steps + steps
        self.zoom_steps = clamp_zoom(self.base_font, wanted)
        self._apply_font()
        size = self.editor.font().pointSize()
        self.window.statusBar().showMessage(self.tr("Text size {0} pt").format(size), 2000)
        if self.window.settings.editor_zoom != self.zoom_steps:
            self.window.settings.editor_zoom = self.zoom_steps
            self.window.settings_changed()

    def choose_font(self, current: QFont) -> QFont | None:
        """Ask for a font (tests replace this); None when cancelled."""
        return self.window.prompts.font(
            current, QCoreApplication.translate("editing", "Editor font")
        )

    def choose_and_set_font(self) -> None:
        """View ▸ Font…: the chosen font is used at once and kept in the settings."""
        font = self.choose_font(self.editor.font())
        if font is not None:
            self.set_font(font)
            self.window.settings.font = font.toString()
            self.window.settings.editor_zoom = 0
            self.window.settings_changed()

    def show_word_count(self, meeting: Meeting) -> None:
        if self.window.document.large:
            self.word_count.setText(QCoreApplication.translate("editing", "large note"))
            return
        if not self._painted:  # a note is loading: count after its paint
            self._count_held = True
            return
        words = self.window.document.word_count  # counted with the parse of ``meeting``
        self.word_count.setText(
            QCoreApplication.translate("editing", "{0:,} word{1}").format(
                words, "s" if words != 1 else ""
            )
        )


def _unique(keys: list[QKeySequence | QKeySequence.StandardKey]) -> list[QKeySequence]:
    """Each key sequence once (a standard key may be the one already given)."""
    result: list[QKeySequence] = []
    for key in keys:
        for sequence in (
            QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey) else [key]
        ):
            if not sequence.isEmpty() and sequence not in result:
                result.append(sequence)
    return result


class FindController(QObject):
    """Puts a slot for the find bar under the editor and wires Find/Replace/F3/Shift+F3."""

    def __init__(self, window: WindowAPI) -> None:
        super().__init__(window)
        self.setObjectName("findController")
        self.window = window
        editor = window.takeCentralWidget()
        holder = QWidget(window, objectName="editorArea")
        self._layout = QVBoxLayout(holder)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._layout.addWidget(editor)
        window.setCentralWidget(holder)
        self._bar: FindBar | None = None
        window.add_command("find", lambda: self.bar.open_bar())
        window.add_command("replace", lambda: self.bar.open_bar(replace=True))
        window.add_command("find_next", lambda: self._again(backward=False))
        window.add_command("find_previous", lambda: self._again(backward=True))

    @property
    def bar(self) -> FindBar:
        """The find bar, built on first use."""
        if self._bar is None:
            from noteapp.ui.find_replace import FindBar

            self._bar = FindBar(self.window.editor)
            self._bar.hide()
            self._layout.addWidget(self._bar)
            from noteapp.ui.accessibility import label_widgets

            label_widgets(self._bar)
        return self._bar

    def _again(self, backward: bool) -> None:
        if self._bar is None or not self._bar.find_field.text():
            self.bar.open_bar()
        else:
            self._bar.find(backward=backward)


# How far above the caret's line a Return looks: for the paragraph (a table's delimiter
# row, an HTML block's tag) and, without the highlighter's line states, for code fences.
_PARAGRAPH_LINES = 50
_VERBATIM_LINES = 400


class ListContinuation(QObject):
    """Return in a list item starts the next item (the same marker and depth; the next
    number; an empty task box; the quote's ``>``); Return on an item that is only its
    marker ends the list; Shift+Return is a plain line break.  Each Return is one undo
    step.  Never in front matter, fenced code, HTML comments or blocks, or tables: the
    highlighter's line states say where those are, and the lines above the caret's."""

    def __init__(self, window: WindowAPI, view: EditorView) -> None:
        super().__init__(window)
        self.setObjectName("listContinuation")
        self.window = window
        self.view = view
        self.editor = window.editor
        self.action = window.add_command("continue_lists", self._toggled, checkable=True)
        self.action.setChecked(window.settings.continue_lists)
        self.editor.return_hook = self.on_return

    def _toggled(self) -> None:
        on = self.action.isChecked()
        if self.window.settings.continue_lists != on:
            self.window.settings.continue_lists = on
            self.window.settings_changed()

    def on_return(self, event: QKeyEvent) -> bool:
        """Handle Return (True), or leave it to the editor (False)."""
        if not self.action.isChecked() or self.editor.isReadOnly():
            return False
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        cursor = self.editor.textCursor()
        if modifiers == Qt.KeyboardModifier.ShiftModifier:
            cursor.insertBlock()  # a line break without a marker (Qt's would be U+2028)
            self.editor.ensureCursorVisible()
            return True
        if modifiers != Qt.KeyboardModifier.NoModifier or cursor.hasSelection():
            return False
        block = cursor.block()
        if self._verbatim(block):
            return False
        from noteapp.core.text.list_continuation import continuation

        line = block.text()
        column = OffsetMap(line).from_utf16(cursor.positionInBlock())
        what = continuation(line, column, _lines_above(block, _PARAGRAPH_LINES))
        if what is None:
            return False
        cursor.beginEditBlock()  # one undo step: the line break and the marker together
        if what.end:
            cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
            cursor.movePosition(
                QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
            )
            cursor.insertText(what.prefix)
        else:
            cursor.insertBlock()
            cursor.insertText(what.prefix)
        cursor.endEditBlock()
        self.editor.setTextCursor(cursor)
        self.editor.ensureCursorVisible()
        return True

    def _verbatim(self, block: QTextBlock) -> bool:
        """Is ``block`` in front matter, fenced code or an HTML comment?"""
        previous = block.previous()
        if not previous.isValid():
            return False  # the first line opens them, it is never inside
        highlighter = self.view.highlighter
        if highlighter is not None and highlighter.document() is not None:
            from noteapp.ui.highlighter import NORMAL

            return previous.userState() > NORMAL  # front matter, a comment, code
        from noteapp.core.text.list_continuation import in_verbatim

        above = _lines_above(block, _VERBATIM_LINES)
        return in_verbatim(above, from_start=block.blockNumber() == len(above))


def _lines_above(block: QTextBlock, count: int) -> list[str]:
    """The text of up to ``count`` lines above ``block``, nearest last."""
    lines: list[str] = []
    block = block.previous()
    while block.isValid() and len(lines) < count:
        lines.append(block.text())
        block = block.previous()
    lines.reverse()
    return lines


def install(window: WindowAPI) -> None:
    view = EditorView(window)
    ListContinuation(window, view)
    edit_menu.install(window)
    FindController(window)
