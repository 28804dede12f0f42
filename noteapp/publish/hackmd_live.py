"""Follow a note's HackMD copy during the call: pull, merge three ways, push back.

One :meth:`LiveSession.step` (run in a worker thread) fetches HackMD's text (a 304 when
nothing changed, thanks to the ETag), merges its body with the editor's body against
the last synced body (:func:`noteapp.core.text.merge.merge_texts`), pushes the merge when
HackMD lacks something of it, and returns it for the window to apply.  The window calls
:meth:`LiveSession.synced` once the editor holds it: only then does the merge become
the new base.  A real conflict is returned unresolved, and nothing is pushed until the
user chose.

The front matter is always the site's: HackMD's metadata block is made from it on each
push, and whatever HackMD's block says is never taken into the note.

The base (the last synced body) is kept in ``<workspace>/.noteapp/hackmd-live/`` (one
file per note, 0600, in a 0700 folder), so a window that follows again after a restart
merges against the right version.  The HackMD record of :mod:`hackmd_state` is kept in
step, so Push and Pull know the note is in sync.

HackMD's API has no conditional update: an edit made on HackMD in the moment between our
read and our write is overwritten there.  The window is one round trip (milliseconds on a
fast line); the merge itself never drops anything it has seen.
"""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass
from pathlib import Path

from noteapp.core.convert.export import split_note, to_hackmd
from noteapp.core.convert.hackmd_meta import split_hackmd
from noteapp.core.errors import NoteError, PublishError
from noteapp.core.text.merge import Conflict, Merge, merge_texts
from noteapp.core.text.source import read_note
from noteapp.publish.hackmd_api import AuthError, HackMDClient, RemoteNote
from noteapp.publish.hackmd_state import SyncRecord, SyncState, fingerprint
from noteapp.publish.progress import check
from noteapp.storage.atomic import write_private

LIVE_FOLDER = Path(".noteapp") / "hackmd-live"
_RECHECKS = 3  # reads just before a write that found HackMD changed again


class NotLinked(PublishError):
    """The note has no HackMD copy yet."""


@dataclass(frozen=True)
class LiveStep:
    sent: str  # the editor's text the step started from
    base: str  # the body both sides were last in step at
    theirs: str  # HackMD's body now
    merge: Merge
    pushed: bool
    changed_there: bool  # HackMD had edits the editor lacks
    who: str | None  # HackMD's last editor

    @property
    def body(self) -> str | None:
        """The merged body, when there was no conflict."""
        return self.merge.text() if self.merge.clean else None


class LiveSession:
    def __init__(self, path: Path, client: HackMDClient, state: SyncState) -> None:
        self.path = Path(path)
        self.client = client
        self.state = state
        record = state.get(self.path)
        if record is None or not record.note_id:
            raise NotLinked(
                f"{self.path.name} is not on HackMD yet: push it once (Publish ▸ Push to "
                "HackMD), then follow it live."
            )
        self.note_id = record.note_id
        self.team = record.team
        self._lock = threading.Lock()
        self._base: str | None = _read_private(self._base_file())
        self._etag: str | None = None
        self._theirs: str | None = None  # HackMD's body at the last read (for a 304)
        self._unsaved_base = False
        self._head = ""  # the note's front matter, as the last step saw it

    # -- the step (worker thread) ------------------------------------------------------------

    def step(self, text: str, cancel: threading.Event | None = None) -> LiveStep:
        with self._lock:
            self._persist()
            head, mine, _fm = split_note(text)
            self._head = head
            remote = self.client.get_note(self.note_id, self.team, etag=self._etag)
            who = None
            if remote is None and self._theirs is not None:
                theirs = self._theirs
            else:
                if remote is None:  # a 304 with nothing cached: read it whole
                    remote = self.client.get_note(self.note_id, self.team)
                assert remote is not None
                theirs = self._body_of(remote, mine)
                self._etag, self._theirs, who = remote.etag, theirs, remote.last_change_user
            base = self._base if self._base is not None else self._first_base(mine, theirs)
            if base is None:  # both changed since the last push or pull, base unknown
                conflict = Conflict("", mine, theirs, 1)
                return LiveStep(text, theirs, theirs, Merge((conflict,)), False, True, who)
            merge = merge_texts(base, mine, theirs)
            pushed = False
            for _ in range(_RECHECKS):
                if not merge.clean or merge.text() == theirs:
                    break
                check(cancel)
                # Just before writing, look again (a 304 when nothing changed): HackMD's API
                # has no conditional update, so keep the moment between read and write short.
                again = self.client.get_note(self.note_id, self.team, etag=self._etag)
                if again is not None:
                    self._etag = again.etag
                    body = self._body_of(again, mine)
                    if body != theirs:
                        theirs = self._theirs = body
                        who = again.last_change_user or who
                        merge = merge_texts(base, mine, theirs)
                        continue
                merged = merge.text()
                update_checked(self.client, self.note_id, self._content(merged), self.team)
                self._etag, self._theirs, pushed = None, merged, True
                break
            return LiveStep(text, base, theirs, merge, pushed, theirs != base, who)

    # -- after the window applied a step (UI thread) --------------------------------------

    def synced(self, body: str) -> None:
        """The editor and HackMD now both hold ``body``: it is the new base."""
        self._base = body
        self._unsaved_base = True

    def resolved(self, theirs: str) -> None:
        """The user settled a conflict in the editor: HackMD still has ``theirs``, so that is
        the base the next step merges against (and pushes the user's choice)."""
        self._base = theirs
        self._unsaved_base = True

    def close(self) -> None:
        with self._lock:
            self._persist()

    # -- helpers -----------------------------------------------------------------------------

    def _body_of(self, remote: RemoteNote, mine: str) -> str:
        toc = mine.lstrip(" \t").lower().startswith("[toc]")
        return split_hackmd(remote.content or "", strip_toc=not toc).body

    def _first_base(self, mine: str, theirs: str) -> str | None:
        """No base kept yet: the side that still matches the last push or pull is it; when
        both moved on there is none, and the whole text is the user's question."""
        record = self.state.get(self.path) or SyncRecord()
        if fingerprint(mine) == record.local_sha256:
            return mine
        if fingerprint(theirs) in (record.local_sha256, record.content_sha256):
            return theirs
        saved = self._saved_body()  # the file as pushed, when it was not saved since
        if saved is not None and fingerprint(saved) == record.local_sha256:
            return saved
        return mine if mine == theirs else None

    def _saved_body(self) -> str | None:
        try:
            return split_note(read_note(self.path).text).body
        except (OSError, NoteError):
            return None

    def _persist(self) -> None:
        if not self._unsaved_base or self._base is None:
            return
        write_private(self._base_file(), self._base.encode("utf-8"))
        record = self.state.get(self.path) or SyncRecord()
        self.state.put(
            self.path,
            record.updated(
                local_sha256=fingerprint(self._base),
                etag=None,
                content_sha256=fingerprint(self._content(self._base)),
            ),
        )
        self._unsaved_base = False

    def _content(self, body: str) -> str:
        """What HackMD is sent for ``body``: the metadata from the site's front matter."""
        return to_hackmd(self._head + body, title_hint=self.path.stem)

    def _base_file(self) -> Path:
        key = hashlib.sha256(self.state.key(self.path).encode("utf-8")).hexdigest()[:32]
        return self.state.workspace / LIVE_FOLDER / f"{key}.md"


def update_checked(client: HackMDClient, note_id: str, content: str, team: str | None) -> None:
    """``update_note``, knowing what a 403 means there: HackMD answers 403 to an update by
    someone who may edit a note but does not own it, *after saving the change*
    (hackmdio/hackmd-cli#87).  So the note is read back: holding the text, it worked;
    else the token's user may not write this note."""

    try:
        client.update_note(note_id, content, team)
    except AuthError as exc:
        if exc.status != 403:
            raise
        now = client.get_note(note_id, team)
        if now is not None and fingerprint(now.content or "") == fingerprint(content):
            return
        raise AuthError(
            f"HackMD will not let this token's user change note {note_id} (403): its write "
            "permission leaves you out (owner only, or signed-in users of another team). Ask "
            "its owner for write access, or push a copy of your own (noteapp publish --hackmd "
            "--new).",
            403,
        ) from None


def _read_private(path: Path) -> str | None:
    try:
        return path.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return None
