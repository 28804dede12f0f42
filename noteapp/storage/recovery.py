"""Recovery snapshots: the unsaved text of every open note, so a crash loses (almost) nothing.

No Qt here.  Each open document has one snapshot file
``<state dir>/recovery/<key>.json`` (state dir: ``$NOTEAPP_STATE_DIR`` or the
platform's), written atomically, holding the text and what is needed to save it
in the note's own style: path, encoding, BOM, newline style (with the per-line
endings of a mixed file), the digest of the file as it was loaded, the owning
process, the time and a schema version.

Keys: ``<path key>-<session>`` for a file, ``untitled-<random>`` for a new note.
The session part keeps two windows (or two noteapps) on the same note from
writing over each other's snapshot.  A snapshot is deleted when its text is saved
or discarded on purpose; one whose process is gone is an *orphan*, offered back
at the next start.  A file that cannot be read as a snapshot is skipped with a
warning and left where it is (it may still hold text worth rescuing by hand).
"""

from __future__ import annotations

import contextlib
import difflib
import json
import logging
import os
import time
from pathlib import Path
from typing import NamedTuple

from noteapp.core.errors import EncodeFailure
from noteapp.core.text.source import MIXED, SourceText
from noteapp.storage.atomic import write_private
from noteapp.storage.journal import journal_files, journal_name, replay
from noteapp.storage.locks import Owner, path_key, state_dir

SCHEMA = 1
SUFFIX = ".json"
_NEWLINES = ("\n", "\r\n", "\r", MIXED)
# A mixed file's line endings, one letter each (a 5,000-line note costs 5 kB, not 45).
_CODE = {"\n": "n", "\r\n": "c", "\r": "r"}
_ENDING = {code: ending for ending, code in _CODE.items()}

log = logging.getLogger(__name__)


def recovery_dir() -> Path:
    return state_dir() / "recovery"


def new_key(path: str | os.PathLike[str] | None) -> str:
    """A fresh snapshot key for a document showing ``path`` (None: a new note)."""
    if path is None:
        return f"untitled-{os.urandom(8).hex()}"
    return f"{path_key(path)}-{os.urandom(4).hex()}"


_PIECE = 65_536


def encode_text(text: str) -> bytes:
    """``text`` as a JSON string's inside (no quotes), UTF-8: the bulk of a snapshot,
    written last.  Encoded in pieces: one json.dumps of a long note holds the GIL for
    tens of ms, and snapshots of long notes are written from a worker thread."""
    pieces = [
        json.dumps(text[start : start + _PIECE], ensure_ascii=False)[1:-1]
        for start in range(0, len(text), _PIECE)
    ]
    return "".join(pieces).encode("utf-8")


class Snapshot(NamedTuple):
    """A document's unsaved text and the facts needed to save it losslessly."""

    key: str
    text: str
    path: Path | None
    encoding: str = "utf-8"
    bom: bool = False
    newline: str = "\n"
    endings: tuple[str, ...] = ()  # MIXED only: the ending of each line of ``text``
    disk_sha256: str | None = None  # the file as loaded (or last saved) by the editor
    owner: Owner = Owner.current()
    saved_at: float = 0.0  # time.time() when written (with a journal: of its last edit)
    journal: str | None = None  # the generation of the journal of later edits
    dropped: bool = False  # read back: the journal's torn or damaged tail was left out

    @classmethod
    def of(cls, key: str, source: SourceText, text: str, disk_sha256: str | None) -> Snapshot:
        """A snapshot of ``text`` edited from ``source`` (the document as loaded)."""
        stored = source.with_text(text)  # a mixed file's endings, matched to the new lines
        return cls(
            key,
            text,
            source.path,
            source.encoding,
            source.bom,
            source.newline,
            stored.endings,
            disk_sha256,
            Owner.current(),
            time.time(),
        )

    def source(self) -> SourceText:
        """The recovered text with its storage facts: ``.encode()`` gives the bytes to save."""
        return SourceText(self.text, self.encoding, self.bom, self.newline, self.endings, self.path)

    def to_bytes(self, text_json: bytes | None = None) -> bytes:
        """The snapshot file's bytes; ``text_json``: :func:`encode_text` of this text,
        made beforehand (the text is most of a long note's snapshot)."""
        record = {
            "schema": SCHEMA,
            "path": str(self.path) if self.path else None,
            "encoding": self.encoding,
            "bom": self.bom,
            "newline": self.newline,
            "endings": "".join(_CODE[e] for e in self.endings),
            "disk_sha256": self.disk_sha256,
            "owner": self.owner._asdict(),
            "saved_at": self.saved_at,
            "journal": self.journal,
            "text": "",
        }
        head = json.dumps(record, ensure_ascii=False)[:-2]  # up to the text's opening quote
        body = encode_text(self.text) if text_json is None else text_json
        return b"".join((head.encode("utf-8"), body, b'"}'))

    @classmethod
    def from_bytes(cls, key: str, data: bytes) -> Snapshot:
        """Raises ValueError for anything but a complete snapshot this version can read."""
        record = json.loads(data)
        if not isinstance(record, dict):
            raise ValueError("not a JSON object")
        schema = record.get("schema")
        if schema != SCHEMA:
            raise ValueError(f"schema {schema!r}, this noteapp reads {SCHEMA}")
        text, path, encoding = record.get("text"), record.get("path"), record.get("encoding")
        newline, codes = record.get("newline"), record.get("endings", "")
        digest, saved_at = record.get("disk_sha256"), record.get("saved_at")
        journal = record.get("journal")
        if not isinstance(text, str) or not isinstance(encoding, str) or newline not in _NEWLINES:
            raise ValueError("text, encoding or newline missing")
        if not (path is None or isinstance(path, str)) or not isinstance(codes, str):
            raise ValueError("bad path or endings")
        if not (journal is None or (isinstance(journal, str) and journal.isalnum())):
            raise ValueError("bad journal name")
        endings = tuple(_ENDING[c] for c in codes if c in _ENDING)
        if newline == MIXED and (len(endings) != len(codes) or len(endings) != text.count("\n")):
            raise ValueError("the line endings do not match the text")
        return cls(
            key,
            text,
            Path(path) if path else None,
            encoding,
            record.get("bom") is True,
            newline,
            endings if newline == MIXED else (),
            digest if isinstance(digest, str) else None,
            Owner.from_json(record.get("owner")),
            float(saved_at) if isinstance(saved_at, int | float) else 0.0,
            journal,
        )

    def with_journal(self, journal: bytes) -> Snapshot:
        """This snapshot with the edits of its journal applied (up to a damaged tail)."""
        done = replay(self.text, journal)
        if not done.edits:
            return self._replace(dropped=done.damaged)
        endings = self.source().with_text(done.text).endings if self.newline == MIXED else ()
        return self._replace(
            text=done.text,
            endings=endings,
            saved_at=max(self.saved_at, done.last),
            dropped=done.damaged,
        )

    def matches_disk(self) -> bool:
        """True when the file on disk already holds exactly this text (nothing to recover)."""
        if self.path is None:
            return False
        try:
            return self.source().encode() == self.path.read_bytes()
        except (OSError, EncodeFailure):
            return False

    def disk_text(self) -> str | None:
        """The file's text now (for a diff against the snapshot); None if it is gone."""
        return text_on_disk(self.path, self.encoding)


def text_on_disk(path: Path | None, encoding: str) -> str | None:
    """A file's text for showing in a diff (undecodable bytes replaced, ``\\n`` newlines,
    no BOM); None if there is no such file."""
    if path is None:
        return None
    try:
        data = path.read_bytes()
    except OSError:
        return None
    try:
        text = data.decode(encoding, errors="replace")
    except LookupError:
        text = data.decode("utf-8", errors="replace")
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


class RecoveryStore:
    """The folder of snapshots."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or recovery_dir()
        # (text, encode_text(text)) of a text whose snapshot may be asked for soon
        self._prepared: tuple[str, bytes] | None = None

    def prepare(self, text: str) -> None:
        """Encode ``text`` for a snapshot now, so that the next :meth:`write`, if of this
        very text (the same object), does not: a note's first snapshot is written at its
        first edit, and a long note's encoding (~20 ms at 3.4 MB, holding the GIL) fell
        on the first keystrokes.  Kept until the next write or prepare."""
        self._prepared = (text, encode_text(text))

    @staticmethod
    def snapshot_of(
        key: str, source: SourceText, text: str, disk_sha256: str | None, journal: str
    ) -> Snapshot:
        """A snapshot that the journal of generation ``journal`` continues (for the
        journal's writer, which does not import this module: it is imported by it)."""
        return Snapshot.of(key, source, text, disk_sha256)._replace(journal=journal)

    def file(self, key: str) -> Path:
        return self.folder / f"{key}{SUFFIX}"

    def write(self, snapshot: Snapshot) -> None:
        """Atomically (re)write a snapshot, private to the user (0600 in a 0700 folder);
        raises OSError (e.g. disk full), leaving the previous snapshot in place."""
        prepared, self._prepared = self._prepared, None  # one use: not held for long
        body = prepared[1] if prepared is not None and prepared[0] is snapshot.text else None
        write_private(self.file(snapshot.key), snapshot.to_bytes(body))

    def remove(self, key: str) -> None:
        """Delete snapshot ``key`` and its journals."""
        with contextlib.suppress(FileNotFoundError):
            self.file(key).unlink()
        self.remove_journals(key)

    def remove_journals(self, key: str, keep: Path | None = None) -> None:
        for file in journal_files(self.folder, key):
            if file != keep:
                with contextlib.suppress(OSError):
                    file.unlink()

    def read(self, key: str) -> Snapshot | None:
        """The snapshot ``key`` with its journal replayed; None (with a warning if it is
        corrupt) when unreadable.  A damaged journal tail is left out, with a warning and
        :attr:`Snapshot.dropped` set: the text is then an exact earlier state."""
        file = self.file(key)
        try:
            snapshot = Snapshot.from_bytes(key, file.read_bytes())
        except FileNotFoundError:
            return None
        except (OSError, ValueError, LookupError) as exc:
            log.warning("skipping unreadable recovery snapshot %s: %s", file, exc)
            return None
        if snapshot.journal is None:
            return snapshot
        journal = self.folder / journal_name(key, snapshot.journal)
        try:
            data = journal.read_bytes()
        except FileNotFoundError:
            data = b""  # the snapshot was written, the journal not yet created
        except OSError as exc:
            log.warning("cannot read the recovery journal %s: %s", journal, exc)
            return snapshot._replace(dropped=True)
        snapshot = snapshot.with_journal(data)
        if snapshot.dropped:
            log.warning("the end of the recovery journal %s was torn; left it out", journal)
        return snapshot

    def snapshots(self) -> list[Snapshot]:
        """Every readable snapshot, oldest first (one scan of the folder)."""
        try:
            entries = list(os.scandir(self.folder))
        except OSError:  # no folder yet: nothing was ever snapshotted
            return []
        found = []
        for entry in entries:
            if entry.name.endswith(SUFFIX) and not entry.name.startswith("."):
                snapshot = self.read(entry.name[: -len(SUFFIX)])
                if snapshot is not None:
                    found.append(snapshot)
        return sorted(found, key=lambda s: (s.saved_at, s.key))

    def orphans(self) -> list[Snapshot]:
        """Snapshots whose process is gone (crashed or killed), oldest first.

        One written on another host (a renamed laptop, a shared home folder) cannot be
        checked and is offered too: a needless offer costs a click, a missed one the text.
        """
        return [s for s in self.snapshots() if not (s.owner.on_this_host() and s.owner.alive())]


def unified_diff(old: str | None, new: str, old_label: str, new_label: str) -> str:
    """A unified diff of two texts, for people; ``old`` None means there is no old file."""

    lines = difflib.unified_diff(
        (old or "").splitlines(keepends=True),
        new.splitlines(keepends=True),
        old_label,
        new_label,
    )
    return "".join(line if line.endswith("\n") else line + "\n" for line in lines)
