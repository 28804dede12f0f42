"""The main window: one note per window, with the File menu and a status bar.

Every dialog goes through :attr:`MainWindow.prompts` (``noteapp/ui/prompts.py``), so
tests (and future front-ends) can answer it without blocking.  Features see the window
as a :class:`~noteapp.ui.window_api.WindowAPI`.
"""

from __future__ import annotations

import base64
import contextlib
import itertools
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel, QMainWindow, QMenu, QWidget

from noteapp.core.errors import DecodeFailure, EncodeFailure, NoteError
from noteapp.core.text.source import MIXED, SourceText
from noteapp.storage import notefile
from noteapp.storage.settings import Settings
from noteapp.storage.workspace import default_workspace
from noteapp.ui import hotkeys
from noteapp.ui.action_factory import command_action, make_action
from noteapp.ui.document import NoteDocument
from noteapp.ui.editor import NoteEditor
from noteapp.ui.features import install_features
from noteapp.ui.panel import PanelDock, PanelSpec, make_panel
from noteapp.ui.prompts import APP_TITLE, ENCODING_CHOICES, Answer, Prompts
from noteapp.ui.textbridge import lossy_breaks

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent
    from PySide6.QtWidgets import QToolBar

    from noteapp.ui.focus_mode import FocusMode
    from noteapp.ui.narrow_layout import NarrowLayout

UNTITLED = QT_TRANSLATE_NOOP("main_window", "Untitled")
SETTINGS_SAVE_DELAY_MS = 300
_NEWLINE_NAMES = {"\n": "LF", "\r\n": "CRLF", "\r": "CR", MIXED: "Mixed line endings"}
_BREAK_NAMES = {"\r": "CR", "\u2029": "U+2029", "\ufdd0": "U+FDD0", "\ufdd1": "U+FDD1"}


class MainWindow(QMainWindow):
    """One note in a :class:`NoteEditor`, plus the facts needed to save it losslessly.

    Features (panels, live-call helpers, recovery) attach themselves through
    :meth:`add_command`, :meth:`add_panel` and the document signals below; see
    ``noteapp/ui/features.py``.
    """

    #: A note is about to replace the editor's text (features may pause costly work).
    documentAboutToLoad = Signal()
    #: A note was shown: its path (None for a new note).
    documentLoaded = Signal(object)
    #: The note was written to this path.
    documentSaved = Signal(object)
    #: The window is closing with the user's consent (changes saved or discarded).
    documentClosing = Signal()

    def __init__(self, settings: Settings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.settings = settings if settings is not None else Settings.load()
        # The workspace of series and notes (--workspace, else the user's default).
        self.workspace: Path | None = None
        # Every question to the user (tests put their own answers here).
        self.prompts = Prompts(self)
        # Settings are written a moment after they change, off the first-paint path.
        self._settings_timer = QTimer(self)
        self._settings_timer.setSingleShot(True)
        self._settings_timer.setInterval(SETTINGS_SAVE_DELAY_MS)
        self._settings_timer.timeout.connect(self._save_settings)

        self.editor = NoteEditor(self)
        self.setCentralWidget(self.editor)
        self.document = NoteDocument(self.editor)
        self.document.editRefused.connect(lambda msg: self.statusBar().showMessage(msg, 8000))
        self.setDockNestingEnabled(True)
        self._menus: dict[str, QMenu] = {}
        self._docks: dict[str, QDockWidget] = {}  # by object name, as add_panel docked them
        self.commands: dict[str, QAction] = {}
        self.narrow_layout: NarrowLayout | None = None  # set by its feature
        self.toolbar: QToolBar | None = None  # set by its feature
        self.focus_mode: FocusMode | None = None  # set by its feature
        self._build_actions()
        self._build_menus()
        self._build_status_bar()

        doc = self.editor.document()
        doc.modificationChanged.connect(self.setWindowModified)
        self.editor.cursorPositionChanged.connect(self._update_position)
        install_features(self)
        self._restore_geometry()
        self._show_source_facts()

    # -- construction -------------------------------------------------------------------

    def menu(self, name: str) -> QMenu:
        """The menu called ``name`` ("File", "Edit", "Meeting", "View", "Help")."""
        found = self._menus.get(name)
        if found is None:
            title = QCoreApplication.translate("menus", f"&{name}")
            found = self._menus[name] = self.menuBar().addMenu(title)
        return found

    def add_command(
        self,
        name: str,
        slot: Callable[[], object],
        *,
        checkable: bool = False,
        menu: bool = True,
    ) -> QAction:
        """The action for :data:`hotkeys.COMMANDS` ``name``: its title, shortcut and help
        come from there; it is added to its menu (unless ``menu`` is False) and to the
        window, so its shortcut works wherever the focus is."""
        action = command_action(self, name, slot, checkable=checkable)
        if menu:
            self.menu(hotkeys.COMMANDS[name].menu).addAction(action)
        self.addAction(action)
        self.commands[name] = action
        return action

    def add_panel(self, spec: PanelSpec, content: QWidget | None = None) -> PanelDock:
        """Dock a panel by the one recipe (:func:`noteapp.ui.panel.make_panel`): View gets
        its toggle, and its focus command shows and focuses it."""
        dock = make_panel(self, spec, content)
        self._docks[spec.name] = dock
        return dock

    def _build_actions(self) -> None:
        for name in hotkeys.MENUS:
            self.menu(name)
        self.new_action = self.add_command("new", self.new_document, menu=False)
        self.new_meeting_action = self.add_command("new_meeting", self.new_meeting, menu=False)
        self.open_action = self.add_command("open", self.open_dialog, menu=False)
        self.save_action = self.add_command("save", self.save, menu=False)
        self.save_as_action = self.add_command("save_as", self.save_as, menu=False)
        self.quit_action = self.add_command("quit", QApplication.closeAllWindows, menu=False)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

    def _build_menus(self) -> None:
        file_menu = self.menu("File")
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.new_meeting_action)
        file_menu.addAction(self.open_action)
        self.recent_menu = QMenu(self.tr("Open &Recent"), file_menu)
        self.recent_menu.aboutToShow.connect(self.refresh_recent_menu)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.save_action)
        file_menu.addAction(self.save_as_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.refresh_recent_menu()
        focus_editor = self.add_command("focus_editor", self.editor.setFocus, menu=False)
        self.menu("View").addAction(focus_editor)
        self.menu("View").addSeparator()
        self.add_command("shortcuts", self.show_shortcuts)

    def show_shortcuts(self) -> None:
        """Help ▸ Keyboard Shortcuts: every command of hotkeys.COMMANDS, by menu."""
        from noteapp.ui.shortcut_help import ShortcutHelp

        ShortcutHelp(self).exec()

    def _build_status_bar(self) -> None:
        self.position_label = QLabel(self)
        self.format_label = QLabel(self)
        for label in (self.format_label, self.position_label):
            label.setContentsMargins(8, 0, 8, 0)
        self.statusBar().addPermanentWidget(self.format_label)
        self.statusBar().addPermanentWidget(self.position_label)
        self._update_position()

    # -- the document -------------------------------------------------------------------

    # The note's facts are the document's (noteapp.ui.document); the window shows them.

    @property
    def source(self) -> SourceText:
        return self.document.source

    @property
    def path(self) -> Path | None:
        return self.document.path

    def is_modified(self) -> bool:
        return self.document.is_modified()

    @property
    def disk_digest(self) -> str | None:
        """See :attr:`NoteDocument.disk_digest`."""
        return self.document.disk_digest

    @disk_digest.setter
    def disk_digest(self, value: str | None) -> None:
        self.document.disk_digest = value

    @property
    def clean_text(self) -> str:
        """The editor's text as loaded or last saved (what it holds while unmodified)."""
        return self.document.clean_text

    def load_source(
        self, source: SourceText, disk_digest: str | None = None, *, from_disk: bool = False
    ) -> bool:
        """Show ``source`` in the editor as an unmodified document; ``disk_digest`` is the
        SHA-256 of the file on disk it came from (None: not compared at save).
        ``from_disk``: ``source`` is the file as just read; its digest is taken when first
        needed.  False when the user cancelled the load of a large note (see
        noteapp.ui.large_note): an empty new note is shown instead."""
        self.documentAboutToLoad.emit()
        self.document.loading(source, disk_digest, from_disk)
        large = len(source.text) > 150_000 and _large(source.text)  # cheap test first
        self.document.large = large
        if large:
            from noteapp.ui.large_note import fill_in_slices

            self.editor.setPlainText("")
            name = source.path.name if source.path else "the note"
            if not fill_in_slices(self.editor, source.text, self, name):
                self.load_source(SourceText(""))
                self.statusBar().showMessage(
                    QCoreApplication.translate(
                        "main_window", "Opening {0} was cancelled; nothing changed."
                    ).format(name)
                )
                return False
        else:
            self.editor.setPlainText(source.text)  # also clears undo and the modified flag
        self.editor.document().setModified(False)
        self.document.rare_breaks.reset(source.text)
        self.document.parse_loaded()  # at start-up the text first, the panels after its paint
        self.statusBar().clearMessage()
        self._show_source_facts()
        breaks = lossy_breaks(source.text)
        if large:
            from noteapp.ui.large_note import describe

            self.statusBar().showMessage(
                QCoreApplication.translate(
                    "main_window",
                    "A large note ({0}): the panels, colours and preview are off for "
                    "it; editing, find and saving work as usual.",
                ).format(describe(source.text))
            )
        elif breaks:
            names = ", ".join(_BREAK_NAMES[ch] for ch in breaks)
            self.statusBar().showMessage(
                QCoreApplication.translate(
                    "main_window",
                    "This note contains {0}; the editor shows it as a line break and "
                    "saves it as it was, unless you delete that line break.",
                ).format(names)
            )
        self.documentLoaded.emit(source.path)
        return True

    def load_path(self, path: str | os.PathLike[str], encoding: str | None = None) -> bool:
        """Open ``path`` without asking anything; raises NoteError or OSError.  False when
        the user cancelled the load of a large note."""
        source = notefile.open_note(Path(path).absolute(), encoding)
        if not self.load_source(source, from_disk=True):
            return False
        self._remember(self.source.path)
        return True

    def open_new_file(self, path: str | os.PathLike[str]) -> None:
        """``noteapp notes.md`` for a file that does not exist yet: an empty note that Save
        creates (as editors do); nothing is written before that."""
        path = Path(path).absolute()
        self.load_source(SourceText("", path=path))
        self.statusBar().showMessage(
            QCoreApplication.translate(
                "main_window", "New file {0}: it is created when you save."
            ).format(path.name)
        )

    def open_path(self, path: str | os.PathLike[str], encoding: str | None = None) -> bool:
        """Open ``path``, asking for an encoding if it does not decode. The file is only read."""
        while True:
            try:
                return self.load_path(path, encoding)
            except DecodeFailure as exc:
                encoding = self.prompts.encoding(str(exc))
            except (LookupError, ValueError) as exc:  # an unknown or unusable encoding name
                encoding = self.prompts.encoding(
                    QCoreApplication.translate(
                        "main_window",
                        "{0}: cannot be read as {1!r} ({2}). Choose another encoding.",
                    ).format(path, encoding, exc)
                )
            except (NoteError, OSError) as exc:
                self.prompts.error(_describe(exc))
                return False
            if not encoding:
                return False

    def new_document(self) -> bool:
        if not self.maybe_save():
            return False
        self.load_source(SourceText(""))
        return True

    def new_meeting(self) -> None:
        """File ▸ New Meeting…: a window-modal dialog; the note it creates is opened here."""
        from noteapp.ui.new_meeting import NewMeetingDialog

        dialog = NewMeetingDialog(self.workspace_path(), self, near=self.path)
        dialog.created.connect(self._open_created)
        dialog.open()

    def _open_created(self, path: Path) -> None:
        if self.maybe_save() and self.open_path(path):
            self.activateWindow()
            self.editor.setFocus()  # the keys go to the note, not where the dialog left them

    def open_dialog(self) -> bool:
        """File ▸ Open…"""
        if not self.maybe_save():
            return False
        path = self.prompts.open_note(self._start_folder())
        return path is not None and self.open_path(path)

    def open_recent(self, path: str) -> bool:
        if not self.maybe_save():
            return False
        if not Path(path).exists():
            self.settings.remove_recent(path)
            self._settings_timer.start()
            self.prompts.error(
                QCoreApplication.translate(
                    "main_window", "{0}: no such file; removed it from the recent files."
                ).format(path)
            )
            return False
        return self.open_path(path)

    def save(self) -> bool:
        """File ▸ Save. Returns True when the note is safely on disk."""
        if self.path is None:
            return self.save_as()
        return self.save_to(self.path)

    def save_as(self) -> bool:
        path = self.prompts.save_note(self._save_start())
        if not path:
            return False
        saved = self.save_to(Path(path).absolute())
        if saved:
            self._remember(self.path)
        return saved

    def save_to(self, path: Path) -> bool:
        """Write the note to ``path`` in its own encoding and newline style.

        On failure the user is told and the document stays modified: nothing is lost.
        """
        try:
            try:
                refused = self._save_unless_read_only(path)
            except notefile.ChangedOnDisk:  # a git pull, another editor: never silently
                if not self.prompts.overwrite_changed(path):
                    return False
                refused = self._save_unless_read_only(path, overwrite=True)
            if refused is not None:
                return refused
        except EncodeFailure as exc:
            self.prompts.error(str(exc))
            return False
        except OSError as exc:
            self.prompts.error(
                QCoreApplication.translate(
                    "main_window",
                    "Could not save {0}: {1}. Nothing was lost: the note is still open here.",
                ).format(path, exc.strerror or exc)
            )
            return False
        self._show_source_facts()
        self.statusBar().showMessage(
            QCoreApplication.translate("main_window", "Saved {0}").format(path.name), 3000
        )
        self.documentSaved.emit(path)
        return True

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; True when it is fine to drop the current document."""
        if not self.is_modified():
            return True
        answer = self.prompts.save_changes(
            self.path.name if self.path else QCoreApplication.translate("main_window", UNTITLED)
        )
        if answer is Answer.SAVE:
            return self.save()
        return answer is Answer.DISCARD

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        self.documentClosing.emit()
        geometry = self.saveGeometry().toBase64().data()
        self.settings.window_geometry = bytes(geometry).decode("ascii")
        state = self.narrow_layout.state_to_save() if self.narrow_layout else self.saveState()
        self.settings.window_state = bytes(state.toBase64().data()).decode("ascii")
        self._save_settings()
        event.accept()
        # What the parses froze (noteapp.core.text.collector) includes this window's own
        # reference cycles: back under the collector, so a closed window can be freed.
        from noteapp.core.text.collector import thaw

        thaw()

    # -- recent files and settings --------------------------------------------------------

    def refresh_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_files
        for number, path in enumerate(recent, start=1):
            label = f"&{number % 10} {Path(path).name.replace('&', '&&')}"
            open_it = lambda _checked=False, p=path: self.open_recent(p)  # noqa: E731
            action = make_action(
                self.recent_menu, label, open_it, status_tip=path, tool_tip=path, data=path
            )
            self.recent_menu.addAction(action)
        if not recent:
            none = make_action(self.recent_menu, self.tr("No recent files"), enabled=False)
            self.recent_menu.addAction(none)
        self.recent_menu.addSeparator()
        clear = make_action(self.recent_menu, self.tr("Clear"), self.clear_recent)
        clear.setEnabled(bool(recent))
        self.recent_menu.addAction(clear)

    def clear_recent(self) -> None:
        self.settings.clear_recent()
        self._settings_timer.start()
        self.refresh_recent_menu()

    def _remember(self, path: Path | None) -> None:
        if path is not None:
            self.settings.add_recent(path)
            self._settings_timer.start()
            self.refresh_recent_menu()

    def settings_changed(self) -> None:
        """A feature changed :attr:`settings`: write them after a moment."""
        self._settings_timer.start()

    def _save_settings(self) -> None:
        self._settings_timer.stop()
        try:
            self.settings.save()
        except OSError as exc:  # settings are a convenience: say so, never block the note
            self.statusBar().showMessage(
                QCoreApplication.translate("main_window", "Could not save settings: {0}").format(
                    exc
                ),
                5000,
            )

    def _restore_geometry(self) -> None:
        saved = self.settings.window_geometry
        restored = False
        if saved:
            try:
                restored = self.restoreGeometry(QByteArray(base64.b64decode(saved)))
            except ValueError:
                restored = False
        if not restored:
            self.resize(1200, 800)
        self._default_layout()
        state = self.settings.window_state
        if state:
            with contextlib.suppress(ValueError):  # a damaged layout: keep the default one
                self.restoreState(QByteArray(base64.b64decode(state)))

    def _default_layout(self) -> None:
        """The live-call layout: who and what on the left, actions and front matter on the
        right (tabbed, so only one paints), the preview on demand."""
        docks = self._docks
        left = [docks[n] for n in ("attendeesDock", "agendaDock") if n in docks]
        right = [
            docks[n]
            for n in ("actionsDock", "propertiesDock", "previewDock", "scheduleDock")
            if n in docks
        ]
        for dock in left:
            self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
        for dock in right:
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        for first, other in itertools.pairwise(right):
            self.tabifyDockWidget(first, other)
        if right:
            right[0].raise_()
        if len(left) == 2:
            self.splitDockWidget(left[0], left[1], Qt.Orientation.Vertical)
        outline = docks.get("outlineDock")
        if outline is not None and left:
            self.tabifyDockWidget(left[-1], outline)  # behind the agenda: built when raised
            left[-1].raise_()
        # Side panels as narrow as their contents allow: the note gets the room.
        sides = [d for d in (left[:1] + right[:1]) if d is not None]
        if sides:
            self.resizeDocks(sides, [260] * len(sides), Qt.Orientation.Horizontal)

    # -- status bar and title -------------------------------------------------------------

    def _show_source_facts(self) -> None:
        name = self.path.name if self.path else QCoreApplication.translate("main_window", UNTITLED)
        self.setWindowTitle(f"{name}[*] — {APP_TITLE}")
        self.setWindowModified(self.is_modified())
        source = self.source
        bom = QCoreApplication.translate("main_window", " with BOM") if source.bom else ""
        newline = _NEWLINE_NAMES.get(source.newline, repr(source.newline))
        self.format_label.setText(f"{source.encoding}{bom} · {newline}")

    def _update_position(self) -> None:
        line, column = self.editor.line_and_column()
        self.position_label.setText(
            QCoreApplication.translate("main_window", "Ln {0}, Col {1}").format(line, column)
        )

    # -- where dialogs start ----------------------------------------------------------------

    def workspace_path(self) -> Path:
        if self.workspace is not None:
            return self.workspace

        return default_workspace()

    def _start_folder(self) -> str:
        if self.path is not None:
            return str(self.path.parent)
        workspace = self.workspace_path()
        return str(workspace) if workspace.is_dir() else str(Path.home())

    def _save_unless_read_only(self, path: Path, *, overwrite: bool = False) -> bool | None:
        """Save to ``path``; a read-only file only when the user says so.  None when it
        was saved, else what ``save_to`` answers (False; or what Save As did instead)."""
        try:
            self.document.save(path, overwrite=overwrite)
            return None
        except notefile.ReadOnlyNote:
            choice = self.prompts.read_only(path)
            if choice == "save as":
                return self.save_as()
            if choice != "overwrite":
                self.statusBar().showMessage(
                    QCoreApplication.translate(
                        "main_window", "{0} is read-only: not saved."
                    ).format(path.name),
                    8000,
                )
                return False
            self.document.save(path, overwrite=overwrite, read_only_too=True)
            return None

    def _save_start(self) -> str:
        return str(self.path) if self.path else str(Path(self._start_folder()) / "untitled.md")


def _large(text: str) -> bool:
    from noteapp.ui.large_note import is_large

    return is_large(text)


def _describe(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.filename:
        return f"{exc.filename}: {exc.strerror or exc}"
    return str(exc)


__all__ = ["ENCODING_CHOICES", "Answer", "MainWindow"]
