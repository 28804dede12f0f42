"""Publish ▸ Follow HackMD Live: the note and its HackMD copy merged every few seconds.

A single-shot ``QTimer`` starts one step at a time in a worker thread
(:class:`noteapp.publish.hackmd_live.LiveSession`: read HackMD, merge three ways, push
back).  The result is applied to the editor as ONE undo step made of the changed lines
only, so the caret on the line being typed stays where it is; whatever was typed while
the step ran is merged in on top.  A real conflict stops the polling and is shown side
by side (:class:`ConflictDialog`) until the user chooses; nothing is resolved silently.

The pace follows HackMD's rate limit (100 calls in 5 minutes; each step makes one or two):
the next step waits at least ``interval`` seconds, longer when few calls are left, and
backs off (doubling, up to 5 minutes) while HackMD cannot be reached.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from noteapp.core.errors import NoteError
from noteapp.core.text.edits import diff_edits, map_offset
from noteapp.ui.jobs import start_job
from noteapp.ui.textbridge import OffsetMap, apply_edits

if TYPE_CHECKING:
    from noteapp.core.text.merge import Choice, Conflict
    from noteapp.publish.hackmd_live import LiveSession, LiveStep
    from noteapp.ui.jobs import Job
    from noteapp.ui.window_api import WindowAPI

DEFAULT_INTERVAL = 10.0  # seconds between steps
MAX_BACKOFF = 300.0
_CALLS_PER_STEP = 2


class LiveHackMD(QObject):
    def __init__(self, window: WindowAPI) -> None:
        super().__init__(window)
        self.setObjectName("liveHackMD")
        self.window_ = window
        self.interval = DEFAULT_INTERVAL
        self.session: LiveSession | None = None
        self.job: Job | None = None
        self.asking = False
        self.failures = 0
        self.steps = 0  # steps applied (tests, the status bar)
        self.last_message = ""
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.poll)
        self.action = window.add_command("follow_hackmd", self._toggled, checkable=True)
        window.documentAboutToLoad.connect(self.stop)

    # -- on and off -----------------------------------------------------------------------

    def _toggled(self, on: bool) -> None:
        if on:
            self.start()
        else:
            self.stop()

    def start(self) -> bool:
        from noteapp.publish.hackmd_live import LiveSession
        from noteapp.publish.hackmd_state import SyncState
        from noteapp.publish.hackmd_sync import client_from_environment

        path = self.window_.path
        if path is None:
            return self._refuse("Save the note and push it to HackMD first, then follow it live.")
        try:
            state = SyncState(self.window_.workspace_path())
            self.session = LiveSession(path, client_from_environment(), state)
        except NoteError as exc:
            return self._refuse(str(exc))
        self.failures = 0
        self._set_checked(True)
        self._say(QCoreApplication.translate("live_hackmd", "Following HackMD live"))
        self.poll()
        return True

    def stop(self, *_: Any) -> None:
        self.timer.stop()
        if self.job is not None:
            self.job.cancel.set()
            self.job = None
        session, self.session = self.session, None
        if session is not None:
            try:
                session.close()
            except NoteError as exc:
                self._say(str(exc))
            self._say(QCoreApplication.translate("live_hackmd", "Stopped following HackMD"))
        self._set_checked(False)

    def _refuse(self, message: str) -> bool:
        self._set_checked(False)
        self._say(message)
        self.window_.prompts.error(message)
        return False

    def _set_checked(self, on: bool) -> None:
        if self.action.isChecked() != on:
            self.action.blockSignals(True)
            self.action.setChecked(on)
            self.action.blockSignals(False)

    # -- one step ---------------------------------------------------------------------------

    def poll(self) -> None:
        if self.session is None or self.job is not None or self.asking:
            return

        session, text = self.session, self.window_.document.text()
        self.job = start_job(
            self.window_,
            "Follow HackMD",
            lambda cancel, _progress: session.step(text, cancel),
            lambda step: self._stepped(session, step),
            lambda exc: self._failed(session, exc),
            quiet=True,
        )

    def _stepped(self, session: LiveSession, step: LiveStep) -> None:
        self.job = None
        if session is not self.session:
            return  # stopped (or restarted) meanwhile
        self.failures = 0
        if step.merge.clean:
            body = step.body
            assert body is not None
            if self.apply(step, body):
                session.synced(body)
                self.steps += 1
                if step.changed_there:
                    who = f" from {step.who}" if step.who else ""
                    self._say(
                        QCoreApplication.translate(
                            "live_hackmd", "Merged HackMD's edits{0}"
                        ).format(who)
                    )
            self._schedule()
            return
        self.asking = True
        try:
            choices = self.ask_conflicts(step.merge.conflicts, step.who)
        finally:
            self.asking = False
        if session is not self.session:
            return
        if choices is None:
            self.stop()
            self._say(
                QCoreApplication.translate(
                    "live_hackmd",
                    "Stopped following HackMD: the conflicting lines are as you left them",
                )
            )
            return
        if self.apply(step, step.merge.text(choices)):
            session.resolved(step.theirs)
            self.steps += 1
        self._schedule(0.0)

    def apply(self, step: LiveStep, body: str) -> bool:
        """The note's body made ``body`` (front matter kept), merged with whatever was typed
        since the step began; one undo step, the caret kept.  False when what was typed
        meanwhile clashes with it (the next step sorts that out, asking if need be)."""
        from noteapp.core.convert.export import split_note
        from noteapp.core.text.merge import merge_texts

        document = self.window_.document
        current = document.text()
        head, now, _fm = split_note(current)
        sent = split_note(step.sent).body
        if now != sent:
            typed = merge_texts(sent, now, body)
            if not typed.clean:
                return False
            body = typed.text()
        new = head + body
        if new == current:
            return True
        edits = diff_edits(current, new)
        editor = self.window_.editor
        cursor = editor.textCursor()
        before, after = OffsetMap(current), OffsetMap(new)
        caret = map_offset(edits, before.from_utf16(cursor.position()))
        anchor = map_offset(edits, before.from_utf16(cursor.anchor()))
        apply_edits(editor.document(), edits)
        cursor.setPosition(after.to_utf16(anchor))
        cursor.setPosition(after.to_utf16(caret), cursor.MoveMode.KeepAnchor)
        editor.setTextCursor(cursor)
        document.reparse_now()
        return True

    def _failed(self, session: LiveSession, exc: BaseException) -> None:
        from noteapp.publish.hackmd_api import AuthError, NotFound, RateLimited
        from noteapp.publish.progress import Cancelled

        self.job = None
        if session is not self.session or isinstance(exc, Cancelled):
            return
        if isinstance(exc, AuthError | NotFound) or not isinstance(exc, NoteError):
            self.stop()
            self._refuse(f"Stopped following HackMD: {exc}")
            return
        if isinstance(exc, RateLimited) and exc.reset_at:
            wait = max(self.interval, exc.reset_at - time.time())
            self._say(
                QCoreApplication.translate(
                    "live_hackmd", "HackMD's rate limit is used up; following again in {0:.0f} s"
                ).format(wait)
            )
            self._schedule(wait)
            return
        self.failures += 1
        wait = min(MAX_BACKOFF, self.interval * 2**self.failures)
        self._say(
            QCoreApplication.translate(
                "live_hackmd", "HackMD cannot be reached ({0}); trying again in {1:.0f} s"
            ).format(exc, wait)
        )
        self._schedule(wait)

    def _schedule(self, delay: float | None = None) -> None:
        if self.session is None:
            return
        if delay is None:
            delay = self._paced()
        self.timer.start(int(delay * 1000))

    def _paced(self) -> float:
        """``interval``, stretched so the calls left last until the limit resets."""
        limit = self.session.client.rate_limit if self.session is not None else None
        if limit is None or limit.remaining is None or limit.reset_at is None:
            return self.interval
        left = max(0.0, limit.reset_at - time.time())
        steps_left = limit.remaining / _CALLS_PER_STEP
        if steps_left < 1:
            return max(self.interval, left)
        return max(self.interval, left / steps_left)

    def _say(self, message: str) -> None:
        self.last_message = message
        self.window_.statusBar().showMessage(message, 10000)

    # -- the question (tests replace it) ----------------------------------------------------

    def ask_conflicts(
        self, conflicts: tuple[Conflict, ...], who: str | None
    ) -> list[Choice] | None:
        from noteapp.ui.conflict_dialog import ConflictDialog

        choices: list[Choice] = []
        for index, conflict in enumerate(conflicts, 1):
            dialog = ConflictDialog(conflict, who, index, len(conflicts), self.window_)
            if not dialog.exec() or dialog.choice is None:
                return None
            choices.append(dialog.choice)
        return choices
