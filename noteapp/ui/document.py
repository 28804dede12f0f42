"""The note being edited: the editor's text, and the meeting snapshot parsed from it.

The text is the single source of truth.  Panels never keep their own copy of the
data: they read :attr:`NoteDocument.meeting`, listen to ``snapshotChanged``, and
change things by handing an intent to :meth:`NoteDocument.run`, which turns it into
a core :class:`~noteapp.core.edits.Edit` and applies it as one undo step, so Ctrl+Z
after a panel action undoes exactly that action.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from noteapp.core.errors import NoteError
from noteapp.ui.textbridge import apply_edit, document_text

if TYPE_CHECKING:
    from noteapp.core.edits import Edit
    from noteapp.core.meeting import Meeting
    from noteapp.ui.editor import NoteEditor

# A pause in typing this long refreshes the panels (the parse takes ~10 ms at 5,000 lines).
PARSE_DELAY_MS = 300


class NoteDocument(QObject):
    """The editor's document plus its latest :class:`Meeting` snapshot."""

    #: A new snapshot (a Meeting) after a pause in typing, a panel action, or a load.
    snapshotChanged = Signal(object)
    #: A panel intent could not be applied; the message says why (nothing changed).
    editRefused = Signal(str)

    def __init__(self, editor: NoteEditor, path: Callable[[], Path | None]) -> None:
        super().__init__(editor)
        self.editor = editor
        self._path = path
        self._meeting: Meeting | None = None
        self._stale = True
        self._formatting = 0  # inside formats_only(): contentsChanged is not an edit
        # A note too large to parse after every pause (noteapp.ui.large_note): its
        # snapshot is empty and panel actions are refused.
        self.large = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PARSE_DELAY_MS)
        self._timer.timeout.connect(self.reparse_now)
        editor.document().contentsChanged.connect(self._changed)

    @property
    def path(self) -> Path | None:
        return self._path()

    def text(self) -> str:
        return document_text(self.editor.document())

    @property
    def meeting(self) -> Meeting:
        """The snapshot of the current text (parsed now if typing made it stale)."""
        if self._stale or self._meeting is None:
            self.reparse_now()
        assert self._meeting is not None
        return self._meeting

    @property
    def has_snapshot(self) -> bool:
        """True when the panels show the current text (no re-parse pending)."""
        return self._meeting is not None and not self._stale

    @contextmanager
    def formats_only(self) -> Iterator[None]:
        """Changes made inside change colours, not text (the highlighter's passes): Qt
        still emits ``contentsChanged`` for them, but the snapshot stays current."""
        self._formatting += 1
        try:
            yield
        finally:
            self._formatting -= 1

    def _changed(self) -> None:
        if self._formatting:
            return
        self._stale = True
        self._timer.start()  # restarts on every keystroke: parse after a pause

    def reparse_now(self, text: str | None = None) -> None:
        """Parse the editor's text now (``text``: that text, when the caller has it)."""
        from noteapp.core.meeting import parse_meeting

        self._timer.stop()
        if self.large:
            text = ""
        self._meeting = parse_meeting(self.text() if text is None else text, self.path)
        self._stale = False
        self.snapshotChanged.emit(self._meeting)

    def apply(self, edit: Edit) -> None:
        """Apply ``edit`` to the editor as one undo step and refresh the snapshot now."""
        if edit.is_noop:
            return
        apply_edit(self.editor.document(), edit)
        self.reparse_now()

    def run(self, intent: Callable[..., Edit], *args: Any, **kwargs: Any) -> bool:
        """Turn an intent (a core edit function taking the text first) into an edit.

        ``doc.run(set_checked, 3, True)`` ticks checklist item 3.  When the core
        refuses (the note cannot take that change safely), nothing changes and
        ``editRefused`` carries the reason.
        """
        if self.large:
            self.editRefused.emit("This note is too large for the panels; edit it in the text.")
            return False
        try:
            edit = intent(self.text(), *args, **kwargs)
        except NoteError as exc:
            self.editRefused.emit(str(exc))
            return False
        self.apply(edit)
        return True
