"""The note being edited: the editor's text, the file it came from, and the meeting
snapshot parsed from it.

The text is the single source of truth.  Panels never keep their own copy of the
data: they read :attr:`NoteDocument.meeting`, listen to ``snapshotChanged``, and
change things by handing an intent to :meth:`NoteDocument.run`, which turns it into
a core :class:`~noteapp.core.text.edits.Edit` and applies it as one undo step, so Ctrl+Z
after a panel action undoes exactly that action.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from noteapp.core.errors import NoteError
from noteapp.core.text.source import SourceText
from noteapp.core.text.words import WordCounter
from noteapp.storage import notefile
from noteapp.ui.background_parse import parse_meeting
from noteapp.ui.text_mirror import TextMirror
from noteapp.ui.textbridge import RareBreaks, apply_edit, as_qt_sees_it

if TYPE_CHECKING:
    from noteapp.core.meeting import Meeting
    from noteapp.core.meeting.style import AttendeeStyle
    from noteapp.core.text.edits import Edit
    from noteapp.ui.background_parse import BackgroundParse
    from noteapp.ui.editor import NoteEditor

# A pause in typing this long refreshes the panels.
PARSE_DELAY_MS = 300
# Notes longer than this are parsed in a worker thread (noteapp.ui.background_parse):
# the parse grows with the note (~0.1 s at 5,000 lines, seconds at 50,000), and the
# editor must never wait for it.
BACKGROUND_CHARACTERS = 30_000
# Background threads (the parse, the preview's render, the index) run Python while the
# user types, and each call between Qt and Python on the editor's thread waits for the
# interpreter: it is handed over each millisecond, not each five (bench.typing_speed at
# 50,000 lines with the Preview: p95 15-33 ms against 22-50 ms).
SWITCH_INTERVAL_S = 0.001


class NoteDocument(QObject):
    """The editor's document, the :class:`SourceText` it was loaded from (path, encoding,
    newlines), the digest of the file on disk, and the latest :class:`Meeting` snapshot."""

    #: A new snapshot (a Meeting) after a pause in typing, a panel action, or a load.
    snapshotChanged = Signal(object)
    #: A panel intent could not be applied; the message says why (nothing changed).
    editRefused = Signal(str)

    def __init__(self, editor: NoteEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL_S))
        self.source = SourceText("")
        # The loaded text as the editor gives it back; equal text means "unchanged".
        self._loaded_view = ""
        # Where U+2029 and other characters Qt turns into line breaks sit (put back on save).
        self.rare_breaks = RareBreaks(editor.document())
        # A digest of the bytes on disk as last loaded or saved, to notice outside changes.
        self._disk_digest: str | None = None
        self._digest_pending = False  # self.source is the file as read; digest not yet taken
        self._meeting: Meeting | None = None
        self._stale = True
        self._formatting = 0  # inside formats_only(): contentsChanged is not an edit
        self._revision = 0  # counts edits: a worker's snapshot is taken only if current
        self._words = WordCounter()
        #: The words after the front matter in the current snapshot's text.
        self.word_count = 0
        self._background: BackgroundParse | None = None
        self._mirror = TextMirror(editor.document())  # before _changed: it reads it
        # The section roles taught for the note's folder, and the path they were read for.
        self._roles: tuple[Path | None, dict[str, str]] | None = None
        # A note too large to parse after every pause (noteapp.ui.large_note): its
        # snapshot is empty and panel actions are refused.
        self.large = False
        # The agenda topic being discussed (view state, set by the agenda panel): where
        # live commands put minute lines when the caret is not in the minutes.
        self.discussing: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PARSE_DELAY_MS)
        self._timer.timeout.connect(self.parse_soon)
        editor.document().contentsChanged.connect(self._changed)
        #: Counts key presses in the editor (a worker's result older than one gives way).
        self.keys = 0
        editor.key_hooks.append(self._key_coming)

    @property
    def path(self) -> Path | None:
        return self.source.path

    @property
    def disk_digest(self) -> str | None:
        """SHA-256 of the file as last loaded or saved here (None: unknown).

        Save asks before overwriting a file whose bytes no longer match; crash recovery
        sets it to the digest recorded in the snapshot (see ``noteapp.ui.safety``).
        """
        if self._digest_pending:
            # open_note checked that encode() gives back the very bytes it read, so this
            # is the file's digest as loaded, without hashlib on the start-up path.
            self._disk_digest = notefile.digest(self.source)
            self._digest_pending = False
        return self._disk_digest

    @disk_digest.setter
    def disk_digest(self, value: str | None) -> None:
        self._disk_digest = value
        self._digest_pending = False

    def is_modified(self) -> bool:
        return self.editor.document().isModified()

    def text(self) -> str:
        return self._mirror.text()

    def loading(self, source: SourceText, disk_digest: str | None, from_disk: bool) -> None:
        """``source`` is about to fill the editor; ``from_disk``: it is the file as just
        read, its digest is taken when first needed."""
        self.source = source
        self.disk_digest = disk_digest
        self._digest_pending = from_disk
        self._loaded_view = as_qt_sees_it(source.text)

    @property
    def clean_text(self) -> str:
        """The editor's text as loaded or last saved (what it holds while unmodified)."""
        return self._loaded_view

    def save(self, path: Path, *, overwrite: bool = False, read_only_too: bool = False) -> None:
        """Write the note to ``path`` in its own encoding and newline style (unedited:
        the very bytes loaded).  Raises notefile.ChangedOnDisk when the file is this
        note's and changed since (unless ``overwrite``), notefile.ReadOnlyNote (unless
        ``read_only_too``), EncodeFailure or OSError."""
        text = self.text()
        if not self.is_modified() or text == self._loaded_view:
            text = self.source.text
        else:
            text = self.rare_breaks.restore(text)  # U+2029 & co. far from the edits
        known = self.disk_digest if path == self.path and not overwrite else None
        self.source, self.disk_digest = notefile.save(
            path, text, like=self.source, expect=known, read_only_too=read_only_too
        )
        self._loaded_view = as_qt_sees_it(text)
        self.editor.document().setModified(False)

    @property
    def meeting(self) -> Meeting:
        """The snapshot of the current text (parsed now if typing made it stale)."""
        if self._stale or self._meeting is None:
            self.reparse_now()
        assert self._meeting is not None
        return self._meeting

    @property
    def revision(self) -> int:
        """Counts the edits to the text (formatting passes excluded)."""
        return self._revision

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
        self._revision += 1
        self._timer.start()  # restarts on every keystroke: parse after a pause
        if self._background is not None:
            self._background.stop()  # a parse running now is of the text before

    def _key_coming(self) -> None:
        """A key press, before its edit: a parse running now (its text about to go stale)
        stops, so the keystroke's own Python calls do not each wait for the GIL behind
        it; the pause after the key parses again (also when the key edits nothing)."""
        self.keys += 1
        if self._stale and self._background is not None:
            self._background.stop()
            self._timer.start()

    def parse_soon(self, text: str | None = None) -> None:
        """Parse the editor's text: now if it is short, else in a worker thread, whose
        snapshot is shown if the text has not changed meanwhile (else the next pause
        parses again).  Until then :attr:`has_snapshot` is False."""
        text = self.text() if text is None else text
        self._timer.stop()
        if self.large or len(text) < BACKGROUND_CHARACTERS:
            self.reparse_now(text)
            return
        if self._background is None:
            from noteapp.ui.background_parse import BackgroundParse

            self._background = BackgroundParse(self._words)
            self._background.parsed.connect(self._parsed)
        self._background.submit(self._revision, text, self.path, self.roles(), self._meeting)

    def _parsed(self, revision: int, meeting: Meeting | None, words: int) -> None:
        if revision != self._revision:
            return  # typed on meanwhile: the pause after that parses again
        if meeting is None:  # the parse failed there: again here, to raise as usual
            self.reparse_now()
            return
        self._show(meeting, words)

    def reparse_now(self, text: str | None = None) -> None:
        """Parse the editor's text now (``text``: that text, when the caller has it)."""

        self._timer.stop()
        if self.large:
            text = ""
        meeting = parse_meeting(
            self.text() if text is None else text,
            self.path,
            roles=self.roles(),
            previous=self._meeting,
        )
        self._show(meeting, self._words.body(meeting.text, meeting.front_matter.end))

    def _show(self, meeting: Meeting, words: int) -> None:
        self._meeting = meeting
        self.word_count = words
        self._stale = False
        self.snapshotChanged.emit(meeting)

    def roles(self) -> dict[str, str]:
        """The section roles taught for the note's folder (read again when the note's
        path changes); the parse and the attendee edits use them."""
        path = self.path
        if self._roles is None or self._roles[0] != path:
            from noteapp.core.meeting.teach import taught_roles

            self._roles = (path, taught_roles(path))
        return self._roles[1]

    def earlier_notes(self) -> Iterator[str]:
        """The series' earlier notes beside this one, newest first, read one at a time
        when asked (a tick in a note that has none follows their mark)."""
        from noteapp.storage.earlier_notes import earlier_notes

        return earlier_notes(self.path)

    def style_sources(self) -> dict[str, Any]:
        """What a section the note does not have yet is written like, besides the note:
        the ``like`` (earlier notes) and ``template`` arguments of the adding edits,
        each read only if the edit asks."""
        from noteapp.storage.style_sources import style_sources

        src = style_sources(self.path)
        return {"like": src.like, "template": src.template}

    def new_attendee_style(self) -> AttendeeStyle:
        """The style a first attendee block of this note is written in, and its source."""
        from noteapp.core.meeting.attendees.learned import attendee_style
        from noteapp.core.meeting.style import Sources

        return attendee_style(Sources(self.text(), **self.style_sources()), self.roles())

    def teach(self, label: str, role: str | None) -> bool:
        """Remember that sections labelled ``label`` are ``role`` in the note's folder
        (None: back to noteapp's guess), as ``noteapp teach`` does, and re-read the note.
        False (with ``editRefused``) when it cannot be kept."""
        path = self.path
        if path is None:
            self.editRefused.emit(
                "Save the note first: what a section is is kept for the note's folder."
            )
            return False
        from noteapp.storage.roles import teach_role

        try:
            teach_role(path, label, role)
        except (ValueError, OSError) as exc:
            self.editRefused.emit(f"Could not remember that: {exc}")
            return False
        self._roles = None
        self.reparse_now()
        return True

    def parse_loaded(self) -> None:
        """Parse the text just loaded.  In a window on screen, now (or in the worker): the
        note and its panels change together.  In a window about to be shown (start-up),
        once the editor has painted the text: the text first, the panels a frame or two
        later (a window that is never shown parses after the usual pause).  Until then
        :attr:`has_snapshot` is False, and :attr:`meeting` parses on demand."""
        if self.editor.isVisible():
            self.parse_soon(self._loaded_view)
            self._mirror.prime(self._loaded_view)
            return
        self._stale = True
        revision, text = self._revision, self._loaded_view

        def parse() -> None:
            if self._stale and self._revision == revision:  # else typing's pause parses
                self.parse_soon(text)
                self._mirror.prime(text)  # after the paint: not on the way to it

        # One more loop turn after the paint's own callbacks: what waits for the first
        # paint (--quit-after-load, screenshots) sees it before the parse runs.
        self.editor.after_next_paint(lambda: QTimer.singleShot(0, self, parse))
        self._timer.start()  # in case no paint comes (a window never shown)

    def reparse_loaded(self) -> None:
        """Parse the text just loaded (as the editor shows it, without asking the editor)."""
        self.reparse_now(self._loaded_view)

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
