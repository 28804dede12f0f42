"""Push a note to HackMD and pull it back: the file's front matter never leaves home.

Push sends the note as HackMD Markdown (:func:`noteapp.core.convert.export.to_hackmd`): the
first push creates a note and remembers its id in the workspace
(:mod:`noteapp.publish.hackmd_state`); later pushes update that note.  If the note was
edited on HackMD since the last push or pull (its text no longer matches what was synced),
the push stops with :class:`HackMDConflict` unless told to ``pull`` HackMD's text or
``overwrite`` it.  Pull replaces the file's body with HackMD's and keeps its front matter
byte for byte; it refuses to drop local edits that were never pushed unless forced, and
to empty a body because HackMD's note is empty unless told to (``allow_empty``).
Nothing is recorded in the workspace's state until HackMD has confirmed it (a failed
``--team`` push does not remember the team).

A create that got no answer is never sent again blindly: the note is looked for by
title (in ``GET /notes``) first, now and on the next push.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from noteapp.core.convert.export import ExportProfile, split_note, to_hackmd
from noteapp.core.convert.hackmd_import import import_hackmd
from noteapp.core.convert.hackmd_meta import split_hackmd
from noteapp.core.errors import FrontMatterError, NoteError, PublishError
from noteapp.core.text.frontmatter import parse_front_matter
from noteapp.core.text.frontmatter_edit import set_key
from noteapp.core.text.source import SourceText
from noteapp.publish.git_publish import series_for
from noteapp.publish.hackmd_api import (
    BadAnswer,
    Created,
    HackMDClient,
    NotFound,
    RemoteNote,
    Unreachable,
)
from noteapp.publish.hackmd_state import SyncRecord, SyncState, fingerprint
from noteapp.publish.progress import Cancelled, Progress, check, report
from noteapp.publish.token import hackmd_token
from noteapp.storage import notefile
from noteapp.storage.workspace import default_workspace

ConflictChoice = Literal["pull", "overwrite", "cancel"]
CONFLICT_CHOICES: tuple[ConflictChoice, ...] = ("pull", "overwrite", "cancel")
ID_KEY = "hackmd_id"  # the front-matter key, written only when asked
_CREATE_CLOCK_SLACK = 600.0  # seconds: HackMD's clock and ours may differ


class EmptyPull(PublishError):
    """HackMD's note has no body: pulling would empty the file's (``allow_empty`` to)."""

    def __init__(self, message: str, note_id: str) -> None:
        super().__init__(message)
        self.note_id = note_id


class HackMDConflict(PublishError):
    """The note changed on HackMD (or, on pull, in the file) since the last sync."""

    def __init__(self, message: str, note_id: str, remote: RemoteNote | None = None) -> None:
        super().__init__(message)
        self.note_id = note_id
        self.remote = remote


@dataclass(frozen=True)
class PushResult:
    note_id: str
    action: Literal["created", "updated", "unchanged", "pulled"]
    url: str | None = None
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class PullResult:
    note_id: str
    text: str  # the note's new text ("\n" newlines)
    changed: bool
    saved: bool


def client_from_environment(
    *, cancel: threading.Event | None = None, progress: Progress | None = None
) -> HackMDClient:
    """A client with the user's token (environment or keyring) and API URL."""
    return HackMDClient(hackmd_token(), cancel=cancel, progress=progress)


def default_state() -> SyncState:
    return SyncState(default_workspace())


# -- push -----------------------------------------------------------------------------------


def push_to_hackmd(
    path: str | Path,
    *,
    client: HackMDClient | None = None,
    team: str | None = None,
    on_conflict: ConflictChoice | Callable[[HackMDConflict], ConflictChoice] = "cancel",
    profile: ExportProfile | None = None,
    id_in_front_matter: bool = False,
    new: bool = False,
    read_permission: str | None = None,
    write_permission: str | None = None,
    comment_permission: str | None = None,
    folder: str | None = None,
    text: str | None = None,
    state: SyncState | None = None,
    cancel: threading.Event | None = None,
    progress: Progress | None = None,
) -> PushResult:
    """Create or update the HackMD note of the file ``path``.

    ``text`` pushes the editor's text instead of the file's.  ``on_conflict`` is the
    user's choice, or a function asked with the conflict when there is one.  ``new``
    forgets the note pushed before and creates another.  ``folder`` (a folder's name or
    id in the note's workspace, made when missing) and the read and write permissions
    apply on every push, not only the first: a later push moves the note into the
    folder and sets the permissions where HackMD's differ (the comment permission can
    only be given to a new note: HackMD's PATCH does not take it).
    """
    path = Path(path)
    source = notefile.open_note(path)
    text = source.text if text is None else text
    client = client or client_from_environment(cancel=cancel, progress=progress)
    state = state or default_state()
    # Always a title: a lost create is found again by it.
    content = to_hackmd(text, profile=profile, title_hint=path.stem)
    body = split_note(text).body
    title = str(split_hackmd(content).metadata.get("title") or path.stem)
    record = SyncRecord() if new else state.get(path) or SyncRecord()
    fm = parse_front_matter(text)
    note_id = None if new else record.note_id or _id_in(fm.data)
    if team and record.team and team != record.team and record.note_id:
        raise PublishError(
            f"{path.name} is already on HackMD in team {record.team!r}; "
            f"push without --team, or with --team {record.team}."
        )
    pending_team = (record.pending_create or {}).get("team")
    team = team or record.team or pending_team
    warnings: list[str] = []

    if note_id is None and record.pending_create:
        report(progress, "Looking on HackMD for the note an earlier push may have created…")
        found = _find_created(client, record.pending_create, team)
        if found is not None:
            note_id = found.id
            record = record.updated(
                note_id=found.id, team=team, pending_create=None, title=found.title
            )
            state.put(path, record)
            warnings.append(f"Found the note an earlier push created ({found.id}); updating it.")

    folder_id: str | None = None
    if folder:
        report(progress, f"Finding the HackMD folder {folder!r}…")
        folder_id = client.folder_id(folder, team)
    wanted = {"read_permission": read_permission, "write_permission": write_permission,
              "parent_folder_id": folder_id}  # fmt: skip

    if note_id is None:
        created = _create(
            client,
            state,
            path,
            record,
            content,
            title,
            team,
            progress,
            read_permission=read_permission,
            write_permission=write_permission,
            comment_permission=comment_permission,
            parent_folder_id=folder_id,
        )
        note = created.note
        state.put(
            path,
            record.updated(
                note_id=note.id,
                team=team,
                title=title,
                content_sha256=fingerprint(content),
                local_sha256=fingerprint(body),
                etag=note.etag,
                last_changed_at=note.last_changed_at,
                publish_link=note.publish_link,
                pending_create=None,
            ),
        )
        if created.warning:
            warnings.append(f"HackMD made the note but reports: {created.warning}")
        if id_in_front_matter:
            warnings.extend(_write_id(path, source, note.id))
        return PushResult(note.id, "created", _link(client, note), tuple(warnings))

    check(cancel)
    report(progress, f"Checking HackMD note {note_id}…")
    # Settings to check: the note's whole description, never a bare 304 that hides them.
    etag = record.etag if record.content_sha256 and not any(wanted.values()) else None
    try:
        remote = client.get_note(note_id, team, etag=etag)
    except NotFound:
        raise PublishError(
            f"HackMD note {note_id} is gone (deleted, or not visible to this token). "
            "Push with --new to create a new note for this file."
        ) from None
    settings = _settings_to_send(remote, wanted)
    if remote is None:  # 304: HackMD's text is what was synced last
        if record.content_sha256 == fingerprint(content):
            _apply_settings(client, note_id, team, settings, warnings, progress)
            return PushResult(note_id, "unchanged", record.publish_link, tuple(warnings))
        remote_changed = False
    else:
        remote_hash = fingerprint(_remote_text(remote))
        if remote_hash == fingerprint(content):
            _apply_settings(client, note_id, team, settings, warnings, progress)
            state.put(
                path,
                record.updated(
                    note_id=note_id,
                    team=team,
                    content_sha256=remote_hash,
                    local_sha256=fingerprint(body),
                    etag=remote.etag,
                    last_changed_at=remote.last_changed_at,
                    publish_link=remote.publish_link,
                ),
            )
            report(progress, "HackMD already has this text.")
            return PushResult(note_id, "unchanged", _link(client, remote), tuple(warnings))
        remote_changed = record.content_sha256 != remote_hash

    if remote_changed and remote is not None:
        conflict = HackMDConflict(_conflict_message(path, note_id, remote), note_id, remote)
        choice = on_conflict(conflict) if callable(on_conflict) else on_conflict
        if choice == "pull":
            pulled = _apply_pull(
                path, source, remote, note_id, team, state, record, save=True, progress=progress
            )
            return PushResult(
                note_id,
                "pulled",
                _link(client, remote),
                (
                    *warnings,
                    "Took HackMD's text into the file."
                    if pulled.changed
                    else "The file already had HackMD's text.",
                ),
            )
        if choice != "overwrite":
            raise conflict
        report(progress, "Overwriting the text edited on HackMD, as asked…")

    check(cancel)
    report(progress, f"Updating HackMD note {note_id}…")
    client.update_note(note_id, content, team, **settings)
    if settings:
        warnings.append(_settings_said(settings))
    state.put(
        path,
        record.updated(
            note_id=note_id,
            team=team,
            title=title,
            content_sha256=fingerprint(content),
            local_sha256=fingerprint(body),
            etag=None,  # the ETag changed with our update
            last_changed_at=remote.last_changed_at if remote else record.last_changed_at,
            publish_link=(remote.publish_link if remote else None) or record.publish_link,
        ),
    )
    if id_in_front_matter and _id_in(fm.data) != note_id:
        warnings.extend(_write_id(path, source, note_id))
    return PushResult(
        note_id, "updated", _link(client, remote) or record.publish_link, tuple(warnings)
    )


def _settings_to_send(remote: RemoteNote | None, wanted: dict[str, str | None]) -> dict[str, str]:
    """What of ``wanted`` (permissions, folder id) HackMD's note does not have yet; all of
    it when HackMD's description is not at hand (a 304)."""
    given = {k: v for k, v in wanted.items() if v}
    if remote is None:
        return given
    raw = remote.raw
    now = {"read_permission": raw.get("readPermission"),
           "write_permission": raw.get("writePermission")}  # fmt: skip
    paths = raw.get("folderPaths")
    if isinstance(paths, list) and paths and isinstance(paths[-1], dict):
        now["parent_folder_id"] = paths[-1].get("id")
    return {k: v for k, v in given.items() if now.get(k) != v}


def _settings_said(settings: dict[str, str]) -> str:
    said = [f"{k.split('_')[0]} permission {v}" for k, v in settings.items() if "permission" in k]
    if "parent_folder_id" in settings:
        said.append(f"folder {settings['parent_folder_id']}")
    return f"Set on HackMD: {', '.join(said)}."


def _apply_settings(
    client: HackMDClient,
    note_id: str,
    team: str | None,
    settings: dict[str, str],
    warnings: list[str],
    progress: Progress | None,
) -> None:
    """A settings-only PATCH when the text is already HackMD's."""
    if settings:
        report(progress, "Setting the note's permissions and folder on HackMD…")
        client.update_note(note_id, None, team, **settings)
        warnings.append(_settings_said(settings))


def _create(
    client: HackMDClient,
    state: SyncState,
    path: Path,
    record: SyncRecord,
    content: str,
    title: str,
    team: str | None,
    progress: Progress | None,
    **permissions: str | None,
) -> Created:
    """Create the note; a create that may have been carried out stays pending in the state
    (the next push looks for it first), one that surely was not leaves the state as it was."""
    before = state.get(path)
    pending = {"title": title, "started": time.time(), "team": team}
    state.put(path, record.updated(pending_create=pending))
    report(progress, f"Creating a HackMD note for {path.name}…")
    try:
        return client.create_note(content, team, **permissions)
    except (Unreachable, BadAnswer, Cancelled) as exc:
        if not exc.maybe_sent:
            _restore(state, path, before)
            raise
        if isinstance(exc, Cancelled):
            raise  # still pending: the next push looks for the note before creating one
        report(progress, "No usable answer to the create; looking for the note on HackMD…")
        try:
            found = _find_created(client, pending, team)
        except (Unreachable, NoteError):
            found = None
        if found is None:
            raise PublishError(
                f"The create may have reached HackMD, but no usable answer came back "
                f"({str(exc).rstrip('.')}), and no note titled {title!r} can be seen there now. "
                "Nothing else was sent. Push again: noteapp looks for that note first, so no "
                "second copy is made."
            ) from None
        return Created(found, "the answer to the create was lost; found the note by title")
    except NoteError:
        _restore(state, path, before)
        raise


def _restore(state: SyncState, path: Path, before: SyncRecord | None) -> None:
    if before is None:
        state.forget(path)
    else:
        state.put(path, before)


def _find_created(
    client: HackMDClient, pending: dict[str, Any], team: str | None
) -> RemoteNote | None:
    """The newest note titled like ``pending`` and made after it was sent."""
    title = pending.get("title")
    started = float(pending.get("started") or 0)
    candidates = [
        n
        for n in client.list_notes(team)
        if n.title == title
        and (n.created_at is None or n.created_at >= started - _CREATE_CLOCK_SLACK)
    ]
    candidates.sort(key=lambda n: n.created_at or 0)
    return candidates[-1] if candidates else None


def _conflict_message(path: Path, note_id: str, remote: RemoteNote) -> str:
    who = f" by {remote.last_change_user}" if remote.last_change_user else ""
    when = f" at {describe_time(remote.last_changed_at)}" if remote.last_changed_at else ""
    return (
        f"The HackMD note {note_id} ({remote.title or path.name}) was edited on HackMD{who}{when} "
        "since your last push or pull. Nothing was sent. Choose: pull (take HackMD's text into "
        "the file), overwrite (replace HackMD's text with the file's) or cancel "
        "(noteapp publish --on-conflict pull|overwrite|cancel)."
    )


def _link(client: HackMDClient, note: RemoteNote | None) -> str | None:
    return note.publish_link if note is not None and note.publish_link else None


def _id_in(data: dict[str, Any] | None) -> str | None:
    value = (data or {}).get(ID_KEY)
    return str(value) if value else None


def _write_id(path: Path, source: SourceText, note_id: str) -> list[str]:
    """Record the note id in the file's front matter, if the file is still as read."""

    try:
        new_text = set_key(source.text, ID_KEY, note_id).apply(source.text)
    except FrontMatterError as exc:
        return [f"{ID_KEY} was not written into {path.name}: {exc}"]
    try:
        notefile.save(path, new_text, like=source, expect=notefile.digest(source))
    except notefile.ChangedOnDisk:
        return [f"{path.name} changed meanwhile: {ID_KEY} was not written into it."]
    return []


# -- pull -----------------------------------------------------------------------------------


def pull_from_hackmd(
    path: str | Path,
    *,
    client: HackMDClient | None = None,
    note_id: str | None = None,
    team: str | None = None,
    force: bool = False,
    allow_empty: bool = False,
    save: bool = True,
    state: SyncState | None = None,
    cancel: threading.Event | None = None,
    progress: Progress | None = None,
) -> PullResult:
    """Replace the body of the file ``path`` with its HackMD note's text.

    The front matter stays byte for byte.  Local edits never pushed are not dropped unless
    ``force``, nor a body emptied because HackMD's note is empty unless ``allow_empty``
    (:class:`EmptyPull`).  ``save=False`` only returns the new text (the window applies it as one
    undo step and saves it itself).  A file that does not exist yet is made from the
    HackMD note (``note_id`` needed).
    """
    path = Path(path)
    client = client or client_from_environment(cancel=cancel, progress=progress)
    state = state or default_state()
    record = state.get(path) or SyncRecord()
    source = notefile.open_note(path) if path.exists() else None
    fm_id = _id_in(parse_front_matter(source.text).data) if source else None
    note_id = note_id or record.note_id or fm_id
    if note_id is None:
        raise PublishError(
            f"{path.name} has not been pushed to HackMD from this workspace; "
            "give the HackMD note id (noteapp pull FILE --hackmd --id NOTE_ID)."
        )
    team = team or record.team
    check(cancel)
    report(progress, f"Fetching HackMD note {note_id}…")
    try:
        remote = client.get_note(note_id, team)
    except NotFound:
        raise PublishError(f"HackMD note {note_id} is gone or not visible to this token.") from None
    if remote is None:  # no ETag was sent: the client refuses a 304 first
        raise PublishError(f"HackMD answered 'not modified' to a pull of {note_id}.")
    if source is None:
        return _new_file(path, remote, note_id, team, state, record, save=save)
    return _apply_pull(
        path,
        source,
        remote,
        note_id,
        team,
        state,
        record,
        save=save,
        force=force,
        allow_empty=allow_empty,
        progress=progress,
    )


def _apply_pull(
    path: Path,
    source: SourceText,
    remote: RemoteNote,
    note_id: str,
    team: str | None,
    state: SyncState,
    record: SyncRecord,
    *,
    save: bool,
    force: bool = True,
    allow_empty: bool = False,
    progress: Progress | None = None,
) -> PullResult:
    head, body, _fm = split_note(source.text)
    content = _remote_text(remote)
    remote_body = split_hackmd(content, strip_toc=not _starts_with_toc(body)).body
    synced = record.updated(
        note_id=note_id,
        team=team,
        content_sha256=fingerprint(content),
        local_sha256=fingerprint(remote_body),
        etag=remote.etag,
        last_changed_at=remote.last_changed_at,
        publish_link=remote.publish_link,
        title=remote.title or record.title,
    )
    if fingerprint(remote_body) == fingerprint(body):
        state.put(path, synced)
        report(progress, "The file already has HackMD's text.")
        return PullResult(note_id, source.text, False, False)
    local_edits = record.local_sha256 != fingerprint(body) and bool(body.strip())
    if local_edits and not force:
        raise HackMDConflict(
            f"{path.name} has changes that were never pushed to HackMD; pulling would replace "
            "them. Push them first (noteapp publish --hackmd, choosing overwrite or pull if "
            "HackMD changed too), or pull with --force to take HackMD's text anyway.",
            note_id,
            remote,
        )
    if body.strip() and not remote_body.strip() and not allow_empty:
        raise EmptyPull(
            f"HackMD note {note_id} has no text below its front matter; pulling it would "
            f"empty the body of {path.name}. Nothing was changed. Pull with --allow-empty "
            "to take the empty note anyway.",
            note_id,
        )
    new_text = head + remote_body
    if save:
        try:
            notefile.save(path, new_text, like=source, expect=notefile.digest(source))
        except notefile.ChangedOnDisk:
            raise PublishError(f"{path.name} changed while pulling; nothing was written.") from None
        report(progress, f"Saved HackMD's text into {path.name}.")
    state.put(path, synced)
    return PullResult(note_id, new_text, True, save)


def _new_file(
    path: Path,
    remote: RemoteNote,
    note_id: str,
    team: str | None,
    state: SyncState,
    record: SyncRecord,
    *,
    save: bool,
) -> PullResult:
    text = import_hackmd(_remote_text(remote), path=path).text
    if save:
        path.parent.mkdir(parents=True, exist_ok=True)
        notefile.save(path, text)
    body = split_note(text).body
    state.put(
        path,
        record.updated(
            note_id=note_id,
            team=team,
            content_sha256=fingerprint(_remote_text(remote)),
            local_sha256=fingerprint(body),
            etag=remote.etag,
            last_changed_at=remote.last_changed_at,
            publish_link=remote.publish_link,
            title=remote.title,
        ),
    )
    return PullResult(note_id, text, True, save)


def _remote_text(remote: RemoteNote) -> str:
    """HackMD's text (the client made sure there is one); a BOM a tool put in front of it
    is no part of the note (the file keeps its own)."""
    return (remote.content or "").removeprefix("\ufeff")


def _starts_with_toc(body: str) -> bool:
    return body.lstrip(" \t").lower().startswith("[toc]")


def describe_time(iso: str | None) -> str:
    """``lastChangedAt`` for people: local time, minutes."""
    if not iso:
        return "an unknown time"
    try:
        return dt.datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso


def series_options(path: str | Path, workspace: Path | None = None) -> dict[str, str]:
    """The HackMD settings the note's series names (``hackmd_team``, ``hackmd_folder``,
    ``hackmd_read``, ``hackmd_write``, ``hackmd_comment``) as ``push_to_hackmd``
    arguments.  The folder and the read and write permissions apply on every push; the
    team and the comment permission only to a note not on HackMD yet (a note stays in
    the team it was made in, and HackMD's PATCH does not take the comment permission)."""

    state = SyncState(workspace or default_workspace())
    record = state.get(path)
    series = series_for(path, workspace)
    names = {"team": "team", "folder": "folder", "read": "read_permission",
             "write": "write_permission", "comment": "comment_permission"}  # fmt: skip
    options = {names[k]: v for k, v in (series.hackmd if series else {}).items() if k in names}
    if record is not None and record.note_id:
        options.pop("team", None)
        options.pop("comment_permission", None)
    return options
