"""After the call: File ▸ Export, Edit ▸ Copy as Markdown/HTML, and the Publish menu.

Exports are made by :func:`noteapp.core.convert.export.export_text` from the editor's text.
Publishing (HackMD push and pull, git commit and push) works on the saved file, so
the note is saved first; the work runs in a worker thread (:mod:`noteapp.ui.jobs`)
with a Cancel button.  A note changed on HackMD since the last sync is never
overwritten without asking: the user picks pull, overwrite or cancel.  A pull
replaces the editor's text as one undo step, only with an answer the client checked,
and empties a non-empty body only after asking.  Cancel ends a request at once (the
client shuts its socket down), so another publish can start right after.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from PySide6.QtCore import QCoreApplication, QMimeData, QObject
from PySide6.QtGui import QGuiApplication

from noteapp.core.errors import NoteError
from noteapp.core.text.edits import minimal_edit
from noteapp.storage.atomic import atomic_write
from noteapp.ui.jobs import start_job
from noteapp.ui.live_hackmd import LiveHackMD

if TYPE_CHECKING:
    from noteapp.ui.window_api import WindowAPI

Progress = Callable[[str], None]
EXPORTS = {  # command -> (export kind, file suffix, file-dialog filter)
    "export_markdown": ("markdown", ".md", "Markdown (*.md)"),
    "export_hackmd": ("hackmd", ".hackmd.md", "Markdown (*.md)"),
    "export_html": ("html", ".html", "HTML page (*.html)"),
}
Choice = Literal["pull", "overwrite"] | None


class Publishing(QObject):
    def __init__(self, window: WindowAPI) -> None:
        super().__init__(window)
        self.setObjectName("publishing")
        self.window_ = window
        self.busy = False  # a job is running (one at a time)
        self.last_message = ""  # what the status bar said last (tests and screen readers)
        file_menu = window.menu("File")
        file_menu.insertSeparator(window.quit_action)
        for name, (kind, suffix, pattern) in EXPORTS.items():
            action = window.add_command(
                name, lambda *_, k=kind, s=suffix, p=pattern: self.export(k, s, p), menu=False
            )
            file_menu.insertAction(window.quit_action, action)
        file_menu.insertSeparator(window.quit_action)
        # Lambdas without parameters: QAction.triggered would fill the first one (checked).
        window.add_command("copy_markdown", lambda: self.copy_markdown())
        window.add_command("copy_html", lambda: self.copy_html())
        window.add_command("publish_hackmd", lambda: self.push_hackmd())
        window.add_command("pull_hackmd", lambda: self.pull_hackmd())

        self.live = LiveHackMD(window)  # Publish ▸ Follow HackMD Live
        window.menu("Publish").addSeparator()
        window.add_command("publish_git", lambda: self.commit(push=False))
        window.add_command("publish_git_push", lambda: self.commit(push=True))
        window.menu("Publish").addSeparator()
        window.add_command("publish_pr", lambda: self.pull_request())
        window.add_command("comment_issues", lambda: self.comment_issues())
        window.menu("Publish").addSeparator()
        window.add_command("accounts", lambda: self.accounts())

    # -- export and copy ------------------------------------------------------------------

    def _export(self, kind: str) -> str | None:
        from noteapp.core.convert.export import export_text

        path = self.window_.path
        try:
            return export_text(self.window_.document.text(), kind,
                               title_hint=path.stem if path else None)  # fmt: skip
        except NoteError as exc:
            self.window_.prompts.error(str(exc))
            return None

    def export(self, kind: str, suffix: str, pattern: str) -> Path | None:
        text = self._export(kind)
        if text is None:
            return None
        here = self.window_.path
        suggested = export_name(here, kind, suffix)
        chosen = self.choose_export_path(str(suggested), pattern)
        if not chosen:
            return None
        target = Path(chosen)
        if here is not None and target.resolve() == here.resolve():
            self.window_.prompts.error(
                QCoreApplication.translate(
                    "publishing", "Export into another file: this one is the note itself."
                )
            )
            return None

        try:
            atomic_write(target, text.encode("utf-8"))
        except OSError as exc:
            self.window_.prompts.error(
                QCoreApplication.translate(
                    "publishing", "{0}: cannot write the export ({1})."
                ).format(target, exc.strerror)
            )
            return None
        self._say(QCoreApplication.translate("publishing", "Exported to {0}").format(target))
        return target

    def copy_markdown(self) -> None:
        text = self._export("markdown")
        if text is not None:
            QGuiApplication.clipboard().setText(text)
            self._say(QCoreApplication.translate("publishing", "Copied the note as Markdown"))

    def copy_html(self) -> None:
        from noteapp.core.convert.render import render_note

        html = render_note(self.window_.document.text())
        data = QMimeData()
        data.setHtml(html)
        data.setText(self.window_.document.text())  # plain-text targets get the Markdown
        QGuiApplication.clipboard().setMimeData(data)
        self._say(QCoreApplication.translate("publishing", "Copied the note as HTML"))

    # -- HackMD ---------------------------------------------------------------------------

    def _saved_path(self) -> Path | None:
        """Publishing works on the file: save first (Save As for a new note)."""
        window = self.window_
        if (window.is_modified() or window.path is None) and not window.save():
            return None
        return window.path

    def _state(self) -> Any:
        from noteapp.publish.hackmd_state import SyncState

        return SyncState(self.window_.workspace_path())

    def push_hackmd(self, on_conflict: str = "cancel") -> None:
        path = self._saved_path()
        if path is None:
            return
        state = self._state()

        def work(cancel: threading.Event, progress: Progress) -> Any:
            from noteapp.publish.hackmd_sync import push_to_hackmd, series_options

            options = series_options(path, state.workspace)  # the series' team, permissions
            return push_to_hackmd(path, on_conflict=on_conflict, state=state,  # type: ignore[arg-type]
                                  cancel=cancel, progress=progress, **options)  # fmt: skip

        def done(result: Any) -> None:
            where = f": {result.url}" if result.url else ""
            self._say(
                QCoreApplication.translate("publishing", "HackMD note {0}{1}").format(
                    result.action, where
                ),
                *result.warnings,
            )

        self._start(QCoreApplication.translate("publishing", "Push to HackMD"), work, done)

    def pull_hackmd(self, force: bool = False, allow_empty: bool = False) -> None:
        path = self._saved_path()
        if path is None:
            return
        state = self._state()

        def work(cancel: threading.Event, progress: Progress) -> Any:
            from noteapp.publish.hackmd_sync import pull_from_hackmd

            return pull_from_hackmd(path, save=False, force=force, allow_empty=allow_empty,
                                    state=state, cancel=cancel, progress=progress)  # fmt: skip

        def done(result: Any) -> None:
            if not result.changed:
                self._say(
                    QCoreApplication.translate("publishing", "The note is the same as on HackMD")
                )
                return
            self.replace_text(result.text)
            self._say(
                QCoreApplication.translate(
                    "publishing", "Pulled the HackMD note: Ctrl+Z undoes it, Ctrl+S saves it"
                )
            )

        self._start(
            QCoreApplication.translate("publishing", "Pull from HackMD"),
            work,
            done,
            retry_empty=lambda: self.pull_hackmd(force=force, allow_empty=True),
        )

    def replace_text(self, new: str) -> None:
        """The whole text replaced by ``new`` as one undo step (only what differs)."""

        old = self.window_.document.text()
        self.window_.document.apply(minimal_edit(old, 0, len(old), new))

    def _conflict(self, exc: Any) -> None:
        choice = self.ask_conflict(str(exc))
        if choice == "pull":
            self.pull_hackmd(force=True)
        elif choice == "overwrite":
            self.push_hackmd(on_conflict="overwrite")
        else:
            self._say(
                QCoreApplication.translate(
                    "publishing", "Nothing pushed: the HackMD note is as its last editor left it"
                )
            )

    # -- git ------------------------------------------------------------------------------

    def commit(self, push: bool) -> None:
        path = self._saved_path()
        if path is None:
            return
        workspace = self.window_.workspace_path()

        def work(cancel: threading.Event, progress: Progress) -> Any:
            from noteapp.publish.git_publish import publish_to_git, series_title_for

            return publish_to_git(path, push=push, series_title=series_title_for(path, workspace),
                                  cancel=cancel, progress=progress)  # fmt: skip

        def done(result: Any) -> None:
            pushed = " and pushed" if result.pushed else ""
            self._say(
                QCoreApplication.translate("publishing", "Committed {0}{1}: {2}").format(
                    result.commit[:7], pushed, result.message
                )
            )

        self._start("Commit to Git" if not push else "Commit and Push", work, done)

    # -- GitHub ---------------------------------------------------------------------------

    def pull_request(self) -> None:
        """Publish ▸ Open Pull Request: the saved note alone, as a pull request (or an
        update of the open one)."""
        path = self._saved_path()
        if path is None:
            return
        workspace = self.window_.workspace_path()

        def work(cancel: threading.Event, progress: Progress) -> Any:
            from noteapp.publish.pull_request import open_pull_request

            return open_pull_request(path, workspace=workspace, cancel=cancel,
                                     progress=progress)  # fmt: skip

        def done(result: Any) -> None:
            what = {
                "opened": QCoreApplication.translate("publishing", "Opened pull request #{0}: {1}"),
                "updated": QCoreApplication.translate(
                    "publishing", "Updated pull request #{0}: {1}"
                ),
                "unchanged": QCoreApplication.translate(
                    "publishing", "Unchanged: pull request #{0}: {1}"
                ),
            }
            self._say(what[result.action].format(result.number, result.url),
                      f"{result.title} ({result.head_repo} {result.branch})")  # fmt: skip
            self.last_pull_request = result

        self._start(QCoreApplication.translate("publishing", "Open Pull Request"), work, done)

    def comment_issues(self) -> None:
        """Publish ▸ Comment on Discussed Issues: a link to the notes on each ticked issue."""
        path = self._saved_path()
        if path is None:
            return
        workspace = self.window_.workspace_path()

        def work(cancel: threading.Event, progress: Progress) -> Any:
            from noteapp.publish.github_issues import comment_on_discussed

            return comment_on_discussed(path, workspace=workspace, cancel=cancel,
                                        progress=progress)  # fmt: skip

        def done(results: Any) -> None:
            if not results:
                self._say(
                    QCoreApplication.translate(
                        "publishing",
                        "No discussed issue: tick the agenda items that were discussed",
                    )
                )
                return
            made = [f"#{r.number}" for r in results if r.action == "commented"]
            had = [f"#{r.number}" for r in results if r.action == "already"]
            parts = [f"Commented on {', '.join(made)}" if made else "No new comment"]
            if had:
                parts.append(f"{', '.join(had)} had the link already")
            self._say("; ".join(parts))

        self._start(
            QCoreApplication.translate("publishing", "Comment on Discussed Issues"), work, done
        )

    def accounts(self) -> None:
        from noteapp.ui.accounts import AccountsDialog

        dialog = AccountsDialog(self.window_)
        dialog.open()
        self.accounts_dialog = dialog

    # -- plumbing -------------------------------------------------------------------------

    def _start(self, title: str, work: Callable[[threading.Event, Progress], Any],
               done: Callable[[Any], None],
               retry_empty: Callable[[], None] | None = None) -> None:  # fmt: skip
        if self.busy:
            self._say(
                QCoreApplication.translate("publishing", "Another publishing step is still running")
            )
            return
        self.busy = True

        def succeeded(result: Any) -> None:
            self.busy = False
            done(result)

        def failed(exc: BaseException) -> None:
            self.busy = False
            self._failed(exc, retry_empty)

        start_job(self.window_, title, work, succeeded, failed)

    def _failed(self, exc: BaseException, retry_empty: Callable[[], None] | None = None) -> None:
        from noteapp.publish.hackmd_sync import EmptyPull, HackMDConflict
        from noteapp.publish.progress import Cancelled

        if isinstance(exc, HackMDConflict):
            self._conflict(exc)
        elif isinstance(exc, EmptyPull):
            question = QCoreApplication.translate(
                "publishing",
                "HackMD note {0} has no text below its front matter. Taking it "
                "would empty this note's body (Ctrl+Z would bring it back). "
                "Empty it anyway?",
            ).format(exc.note_id)
            if retry_empty is not None and self.ask_empty_pull(question):
                retry_empty()
            else:
                self._say(
                    QCoreApplication.translate(
                        "publishing", "Nothing pulled: the note keeps its text"
                    )
                )
        elif isinstance(exc, Cancelled):
            self._say(QCoreApplication.translate("publishing", "Cancelled"))
        elif isinstance(exc, NoteError | OSError):
            self._say(str(exc))
            self.window_.prompts.error(str(exc))
        else:  # a bug: say so rather than fail silently in a thread
            self.window_.prompts.error(
                QCoreApplication.translate(
                    "publishing", "Publishing failed unexpectedly: {0!r}"
                ).format(exc)
            )

    def _say(self, message: str, *more: str) -> None:
        self.last_message = "\n".join([message, *more])
        self.window_.statusBar().showMessage(message, 15000)

    # -- dialogs: tests replace these -----------------------------------------------------

    def choose_export_path(self, suggested: str, pattern: str) -> str | None:
        return self.window_.prompts.save_file(
            QCoreApplication.translate("publishing", "Export"), suggested, pattern
        )

    def ask_empty_pull(self, message: str) -> bool:
        buttons = [
            (QCoreApplication.translate("publishing", "Empty the Note"), "destructive"),
            ("", "cancel"),
        ]
        prompts = self.window_.prompts
        return (
            prompts.choose(
                QCoreApplication.translate("publishing", "HackMD's Note Is Empty"),
                message,
                buttons,
                default=1,
            )
            == 0
        )

    def ask_conflict(self, message: str) -> Choice:
        buttons = [
            (QCoreApplication.translate("publishing", "Pull Theirs"), "accept"),
            (QCoreApplication.translate("publishing", "Overwrite with Mine"), "destructive"),
            ("", "cancel"),
        ]
        clicked = self.window_.prompts.choose(
            QCoreApplication.translate("publishing", "Changed on HackMD"), message, buttons
        )
        return "pull" if clicked == 0 else "overwrite" if clicked == 1 else None


def install(window: WindowAPI) -> None:
    Publishing(window)


def export_name(note: Path | None, kind: str, suffix: str) -> Path:
    """The file an export proposes: beside the note, never the note itself (a Markdown
    export of ``2024-01-24.md`` proposes ``2024-01-24.markdown.md``)."""
    if note is None:
        return Path(f"note{suffix}")
    suggested = note.with_name(note.stem + suffix)
    if suggested.name.casefold() == note.name.casefold():
        suggested = note.with_name(f"{note.stem}.{kind}{suffix}")
    return suggested
