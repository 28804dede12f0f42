"""The Preview dock: the note rendered as HTML, kept off the typing path.

A render starts only while the dock is visible, a pause after the last snapshot,
and runs :func:`noteapp.core.convert.render.render_note` in a worker thread.  Each request
carries a generation number; a result that is not the latest is dropped, so a slow
render never overwrites a newer one.  The scroll position survives re-renders.
"""

from __future__ import annotations

import contextlib
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPalette, QTextOption
from PySide6.QtWidgets import QDockWidget, QTextBrowser, QWidget

from noteapp.core.convert.render import STYLE, render_note
from noteapp.ui.highlighter import mix

if TYPE_CHECKING:
    from collections.abc import Callable

    from noteapp.core.meeting import Meeting
    from noteapp.ui.document import NoteDocument
    from noteapp.ui.window_api import WindowAPI

# The pause after the last snapshot (itself a pause after typing) before a render.
RENDER_DELAY_MS = 600


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

    def show_html(self, body: str) -> None:
        """Replace the content with ``body``, keeping the scroll position."""
        bar = self.verticalScrollBar()
        position = bar.value()
        palette = self.palette()
        shade = mix(
            palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text), 0.08
        ).name()
        document = self.document()
        document.setDefaultStyleSheet(f"{STYLE}\npre {{ background-color: {shade}; }}")
        if self.folder is not None:  # relative images and links resolve beside the note
            document.setBaseUrl(QUrl.fromLocalFile(f"{self.folder}/"))
        self.setHtml(body)
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
        import threading

        self._work = work
        self._name = name
        self._lock = threading.Lock()
        self._pending: tuple[object, ...] | None = None
        self._running = False

    def submit(self, *args: object) -> None:
        import threading

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

    done = Signal(int, str)


class Preview(QObject):
    """Decides when to render, runs the renders, and shows the latest result."""

    #: A result was shown: its generation number.
    rendered = Signal(int)

    def __init__(self, document: NoteDocument, dock: QDockWidget, pane: PreviewPane) -> None:
        super().__init__(dock)
        self.document = document
        self.dock = dock
        self.pane = pane
        self.generation = 0  # of the latest request; older results are dropped
        self._worker = LatestOnlyWorker(self._work, "preview")
        self._results = _Results(self)
        self._results.done.connect(self._show)
        self._stale = True
        self._requested: str | None = None  # the text of the latest request
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RENDER_DELAY_MS)
        self._timer.timeout.connect(self.render_now)
        document.snapshotChanged.connect(self._snapshot)
        dock.visibilityChanged.connect(self._visibility)

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
        self._requested = text
        path = self.document.path
        self.pane.folder = path.parent if path is not None else None
        self._worker.submit(generation, text)

    def _work(self, generation: int, text: str) -> None:  # in the worker thread
        if generation != self.generation:
            return  # a newer request is queued: skip this one
        try:
            body = render_note(text)
        except Exception as exc:  # a bug must not leave the preview silently stale
            body = f"<p><b>The preview failed:</b> {escape(repr(exc))}</p>"
        # The window may have closed during the render: then there is nowhere to show it.
        with contextlib.suppress(RuntimeError):
            self._results.done.emit(generation, body)

    def _show(self, generation: int, body: str) -> None:
        if generation != self.generation:
            return  # stale: the text changed since this render started
        self.pane.show_html(body)
        self.rendered.emit(generation)


def build(window: WindowAPI, dock: QDockWidget) -> PreviewPane:
    """The dock's contents, made on its first show (the dock starts hidden: Ctrl+6)."""
    pane = PreviewPane(dock)
    preview = Preview(window.document, dock, pane)
    if dock.isVisible():  # built from the dock's own "now visible" signal: render now
        QTimer.singleShot(0, preview, lambda: preview._visibility(dock.isVisible()))
    return pane
