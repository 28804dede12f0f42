"""The Preview dock: the note rendered as HTML, kept off the typing path.

A render starts only while the dock is visible, a pause after the last snapshot.  A
worker thread renders the Markdown (cmark-gfm, which releases the GIL) and builds the
finished ``QTextDocument`` from it (``setHtml`` releases the GIL too: it took 230 ms
on the GUI thread for a 5,000-line note); the GUI thread only swaps the document in.
Each request carries a generation number; a result that is not the latest is dropped,
so a slow render never overwrites a newer one.  The scroll position survives
re-renders as the part of the note the editor shows, and scrolling the editor scrolls
the preview to the same part (every rendered piece opens with an anchor named for its
first line).  A note longer
than :data:`WHOLE_NOTE_LINES` is previewed around the part the editor shows
(:data:`WINDOW_LINES` lines), re-rendered when the editor scrolls away from it: laying
out a 50,000-line document took QTextBrowser seconds on the GUI thread, and a
5,000-line one stalled it for a frame or more after each render.
"""

from __future__ import annotations

import bisect
import contextlib
import threading
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPalette, QTextDocument, QTextOption
from PySide6.QtWidgets import QDockWidget, QTextBrowser, QWidget

from noteapp.core.convert.render import STYLE, front_matter_html, markdown_chunks, markdown_html
from noteapp.core.text.frontmatter import parse_front_matter
from noteapp.ui.highlighter import mix

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from PySide6.QtWidgets import QPlainTextEdit

    from noteapp.core.meeting import Meeting
    from noteapp.ui.document import NoteDocument
    from noteapp.ui.window_api import WindowAPI

# The pause after the last snapshot (itself a pause after typing) before a render.
RENDER_DELAY_MS = 600
# Notes up to this long are previewed whole; longer ones around the editor's view.  Qt
# lays the swapped-in document out on the GUI thread, in steps whose longest grows with
# the document: a whole 5,000-line note's blocked the loop for 65-220 ms after each
# render, a 1,500-line window's for 8-25 ms (measured with the bench's stall probe).
# Scrolling the swapped-in document to the editor's line lays out every line above it
# on the GUI thread too (14-60 ms at 750 lines): the window starts a quarter of its
# length above that line, which is as far as the editor scrolls before it is rendered
# again.
WHOLE_NOTE_LINES = 2_000
WINDOW_LINES = 1_000
WINDOW_ABOVE = WINDOW_LINES // 4


class RenderStopped(Exception):
    """The render's text went stale before it ended (typing went on)."""


def preview_html(
    text: str, around: int | None = None, stale: Callable[[], bool] | None = None
) -> tuple[str, list[int]]:
    """The preview's HTML for ``text`` and the first line of each piece in it (each piece
    opens with ``<a name="L{line}">``); raises :class:`RenderStopped` once ``stale()``
    says the text changed (checked before each piece: the cutting into pieces is Python,
    which a render in a worker runs beside the typing).  A note longer than
    :data:`WHOLE_NOTE_LINES`: only the pieces of the :data:`WINDOW_LINES` lines from
    :data:`WINDOW_ABOVE` above line ``around`` (0-based) on."""
    fm = parse_front_matter(text)
    offset = text.count("\n", 0, fm.end)
    pieces = ((offset + line, part) for line, part in markdown_chunks(text[fm.end :]))
    if stale is not None:
        pieces = _unless(stale, pieces)
    if text.count("\n") > WHOLE_NOTE_LINES:
        chunks = _window(pieces, max(0, (around or 0) - WINDOW_ABOVE))
    else:
        chunks = list(pieces)
    parts = [front_matter_html(fm, text)] if chunks and chunks[0][0] == offset else []
    parts += [f'<a name="L{line}"></a>{markdown_html(part)}' for line, part in chunks]
    return "".join(parts), [line for line, _ in chunks]


def _unless(
    stale: Callable[[], bool], pieces: Iterator[tuple[int, str]]
) -> Iterator[tuple[int, str]]:
    for piece in pieces:
        if stale():
            raise RenderStopped
        yield piece


def _window(chunks: Iterator[tuple[int, str]], low: int) -> list[tuple[int, str]]:
    """The ``chunks`` (first line, text) that reach past line ``low`` and start within
    :data:`WINDOW_LINES` of it (at least the first chunk); the note after the window
    is not cut into chunks at all (that was most of a 50,000-line note's render)."""
    kept: list[tuple[int, str]] = []
    first = previous = None
    for chunk in chunks:
        first = first or chunk
        if previous is not None and chunk[0] > low:
            kept.append(previous)  # it ends where this one starts: past ``low``
        if chunk[0] >= low + WINDOW_LINES:
            previous = None
            break
        previous = chunk
    if previous is not None:
        kept.append(previous)  # the last chunk, which runs to the end of the note
    return kept or ([first] if first else [])


class PreviewPane(QTextBrowser):
    """Shows rendered HTML; links open in the system browser, anchors scroll."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewPane")
        # Lines break between words only (Qt's default also breaks inside a word, so a
        # narrow preview cut "meeting" into "meet-ing" pieces); a long URL scrolls instead.
        self.setWordWrapMode(QTextOption.WrapMode.WordWrap)
        self.setOpenLinks(False)
        self.anchorClicked.connect(self.follow)
        self.folder: Path | None = None

    def style_sheet(self) -> str:
        palette = self.palette()
        shade = mix(
            palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text), 0.08
        ).name()
        return f"{STYLE}\npre {{ background-color: {shade}; }}"

    def new_document(self, body: str) -> QTextDocument:
        """A document holding ``body`` in the pane's style (any thread may build one)."""
        document = QTextDocument()
        option = document.defaultTextOption()  # a swapped-in document keeps the wrap mode
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        document.setDefaultTextOption(option)
        document.setDefaultFont(self.font())
        document.setDefaultStyleSheet(self.style_sheet())
        if self.folder is not None:  # relative images and links resolve beside the note
            document.setBaseUrl(QUrl.fromLocalFile(f"{self.folder}/"))
        document.setHtml(body)
        return document

    def show_html(self, body: str) -> None:
        """Replace the content with ``body``, keeping the scroll position."""
        self.show_document(self.new_document(body))

    def show_document(self, document: QTextDocument) -> None:
        """Show ``document`` (the pane owns it; the one shown before is deleted), keeping
        the scroll position."""
        bar = self.verticalScrollBar()
        position = bar.value()
        document.setParent(self)
        self.setDocument(document)
        bar.setValue(min(position, bar.maximum()))

    def follow(self, url: QUrl) -> None:
        if not url.scheme() and not url.path() and url.hasFragment():
            self.scrollToAnchor(url.fragment())
            return
        if url.isRelative() and self.folder is not None:
            url = QUrl.fromLocalFile(f"{self.folder}/").resolved(url)
        self.open_url(url)

    def open_url(self, url: QUrl) -> None:
        """Open ``url`` outside noteapp (tests replace this)."""
        QDesktopServices.openUrl(url)


class LatestOnlyWorker:
    """Runs ``work(*args)`` for the latest request in one daemon thread, started on demand.

    Daemon, unlike a ThreadPoolExecutor's workers (which the interpreter joins at exit):
    closing the window ends the process even while a render is under way.  Requests that
    arrive during a render replace each other; only the last one runs next.
    """

    def __init__(self, work: Callable[..., None], name: str) -> None:
        self._work = work
        self._name = name
        self._lock = threading.Lock()
        self._pending: tuple[object, ...] | None = None
        self._running = False

    def submit(self, *args: object) -> None:
        with self._lock:
            self._pending = args
            if self._running:
                return
            self._running = True
        threading.Thread(target=self._loop, name=self._name, daemon=True).start()

    def _loop(self) -> None:
        while True:
            with self._lock:
                args, self._pending = self._pending, None
                if args is None:
                    self._running = False
                    return
            self._work(*args)


class _Results(QObject):
    """Carries a finished render from the worker thread back to the GUI thread."""

    done = Signal(int, object, object, object)  # generation, QTextDocument, lines, around


class Preview(QObject):
    """Decides when to render, runs the renders, and shows the latest result."""

    #: A result was shown: its generation number.
    rendered = Signal(int)

    def __init__(
        self,
        document: NoteDocument,
        dock: QDockWidget,
        pane: PreviewPane,
        editor: QPlainTextEdit | None = None,
    ) -> None:
        super().__init__(dock)
        self.document = document
        self.dock = dock
        self.pane = pane
        self.editor = editor
        self.generation = 0  # of the latest request; older results are dropped
        self._worker = LatestOnlyWorker(self._work, "preview")
        self._results = _Results(self)
        self._results.done.connect(self._show)
        self._gui_thread = QThread.currentThread()
        self._stale = True
        self._requested: str | None = None  # the text of the latest request
        self._revision = -1  # the note's revision at the latest request
        self._lines: list[int] = []  # the first line of each piece shown
        self._window: int | None = None  # a long note: the line its preview is around
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RENDER_DELAY_MS)
        self._timer.timeout.connect(self.render_now)
        document.snapshotChanged.connect(self._snapshot)
        dock.visibilityChanged.connect(self._visibility)
        if editor is not None:
            editor.verticalScrollBar().valueChanged.connect(self.follow_editor)

    @property
    def pending(self) -> bool:
        """A render is scheduled (waiting for the pause to end)."""
        return self._timer.isActive()

    def _snapshot(self, meeting: Meeting) -> None:
        if meeting.text == self._requested:
            return  # a re-parse of the text already rendered (or being rendered)
        self._stale = True
        if self.dock.isVisible():
            self._timer.start()

    def _visibility(self, visible: bool) -> None:
        if visible and self._stale:
            self.render_now()

    def _top_line(self) -> int:
        """The note line at the top of the editor's view (0-based)."""
        if self.editor is None:
            return 0
        return self.editor.cursorForPosition(self.editor.rect().topLeft()).blockNumber()

    def render_now(self) -> None:
        """Start rendering the current text in the worker thread."""
        self._timer.stop()
        self._stale = False
        self.generation += 1
        if self.document.large:
            self._requested = ""  # the large note's (empty) snapshots need no render
            self.pane.show_html("<p>This note is too large to preview.</p>")
            return
        generation, text = self.generation, self.document.text()
        self._requested, self._revision = text, self.document.revision
        path = self.document.path
        self.pane.folder = path.parent if path is not None else None
        self._worker.submit(generation, text, self._top_line(), self.document.keys)

    def _work(self, generation: int, text: str, around: int, keys: int = -1) -> None:
        # in the worker
        if generation != self.generation:
            return  # a newer request is queued: skip this one

        def stale() -> bool:  # a newer request, or a key pressed since this one
            return generation != self.generation or keys not in (-1, self.document.keys)

        try:
            body, lines = preview_html(text, around, stale)
        except RenderStopped:
            with contextlib.suppress(RuntimeError):  # the GUI thread renders again later
                self._results.done.emit(generation, None, [], None)
            return
        except Exception as exc:  # a bug must not leave the preview silently stale
            body, lines = f"<p><b>The preview failed:</b> {escape(repr(exc))}</p>", []
        windowed = text.count("\n") > WHOLE_NOTE_LINES
        if generation != self.generation:
            return
        document = self.pane.new_document(body)  # setHtml releases the GIL: built here
        document.moveToThread(self._gui_thread)
        # The window may have closed during the render: then there is nowhere to show it.
        with contextlib.suppress(RuntimeError):
            self._results.done.emit(generation, document, lines, around if windowed else None)

    def _show(
        self, generation: int, document: QTextDocument | None, lines: list[int], around: object
    ) -> None:
        if generation != self.generation:
            if document is not None:
                document.deleteLater()
            return  # stale: a newer render was asked for
        if document is None or self.document.revision != self._revision:
            # Typed on since the render began (or a key stopped it): no swap (its layout
            # on this thread) in the middle of typing.  The snapshot after an edit's pause
            # renders again; a key that edited nothing, the usual pause after it.
            if document is not None:
                document.deleteLater()
            self._stale, self._requested = True, None
            if self.document.revision == self._revision and self.dock.isVisible():
                self._timer.start()
            return
        self.pane.show_document(document)
        self._lines = lines
        self._window = around if isinstance(around, int) else None
        self.follow_editor()  # the new render shows the part of the note the editor shows
        self.rendered.emit(generation)

    def follow_editor(self) -> None:
        """Scroll the preview to the piece the editor's view starts in; a long note's
        preview is rendered again around the view when the view leaves it."""
        if not self._lines or not self.dock.isVisible():
            return
        top = self._top_line()
        if top == 0:
            self.pane.verticalScrollBar().setValue(0)  # the front matter's table above L…
            return
        if self._window is not None and abs(top - self._window) > WINDOW_ABOVE:
            self._timer.start()  # after the scrolling pauses
            return

        index = max(0, bisect.bisect_right(self._lines, top) - 1)
        self.pane.scrollToAnchor(f"L{self._lines[index]}")


def build(window: WindowAPI, dock: QDockWidget) -> PreviewPane:
    """The dock's contents, made on its first show (the dock starts hidden: Ctrl+6)."""
    pane = PreviewPane(dock)
    preview = Preview(window.document, dock, pane, window.editor)
    if dock.isVisible():  # built from the dock's own "now visible" signal: render now
        QTimer.singleShot(0, preview, lambda: preview._visibility(dock.isVisible()))
    return pane
