"""The parse of a long note, in a worker thread, handed back as a snapshot.

The parser is pure Python, so the worker holds the GIL while it runs; the editor's
thread still gets it back within the interpreter's switch interval (1 ms: the note's
document sets it, :data:`noteapp.ui.document.SWITCH_INTERVAL_S`), so a keystroke waits
at most about a millisecond per call into Python instead of the whole parse.  Only the
newest text waits to be parsed: a parse asked for while one runs replaces any other
waiting one, and stops the running one (:meth:`BackgroundParse.stop`: typing went on,
its snapshot would be thrown away), so a stale parse does not keep the editor's thread
waiting for the GIL while the user types.
"""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from noteapp.core.text.stopping import ParseStopped
from noteapp.core.text.words import WordCounter
from noteapp.ui.gil_share import quick_handoff

if TYPE_CHECKING:
    from noteapp.core.meeting import Meeting


def parse_meeting(text: str, path: Path | None = None, **options: Any) -> Meeting:
    """The parser (noteapp.core.meeting), loaded by the first parse: a long note's is in
    its worker after the first paint, so the parser's ~100 ms import is not on the way to
    the text."""
    from noteapp.core.meeting.snapshot import parse_meeting as parse

    return parse(text, path, **options)


class BackgroundParse(QObject):
    """``submit(revision, text, path, roles, previous)``; ``parsed(revision, meeting, words)``
    follows on the GUI thread (``meeting`` None when the parse raised: the caller parses again to
    report it).  Has no Qt parent: the worker holds it while it runs."""

    parsed = Signal(int, object, int)

    def __init__(self, words: WordCounter) -> None:
        super().__init__()
        self._words = words
        self._lock = threading.Lock()
        self._job: tuple[int, str, Path | None, dict[str, str], Meeting | None] | None = None
        self._running = False
        self._stop = threading.Event()  # set: the running parse's text is stale
        #: Parses stopped before they ended (their text changed meanwhile).
        self.stopped = 0

    def submit(
        self,
        revision: int,
        text: str,
        path: Path | None,
        roles: dict[str, str],
        previous: Meeting | None = None,
    ) -> None:
        """Parse ``text``; ``previous``: the snapshot of an earlier text, reused where the
        edits since left it as it was."""
        with self._lock:
            self._job = (revision, text, path, roles, previous)
            self._stop.set()  # the running parse (if any) is of an older text
            if self._running:
                return
            self._running = True
        threading.Thread(target=self._run, name="noteapp-parse", daemon=True).start()

    def stop(self) -> None:
        """The text changed: stop the running parse (its snapshot would be stale)."""
        self._stop.set()

    def _run(self) -> None:
        with quick_handoff():
            while True:
                with self._lock:
                    job, self._job = self._job, None
                    if job is None:
                        self._running = False
                        return
                    stop = self._stop = threading.Event()
                revision, text, path, roles, previous = job
                try:
                    meeting = parse_meeting(text, path, roles=roles, stop=stop, previous=previous)
                    words = self._words.body(text, meeting.front_matter.end)
                except ParseStopped:
                    self.stopped += 1
                    continue  # a newer text is waiting, or the next pause sends one
                except Exception:
                    meeting, words = None, 0
                # The window may have closed during the parse: then there is no one to tell.
                with contextlib.suppress(RuntimeError):
                    self.parsed.emit(revision, meeting, words)
