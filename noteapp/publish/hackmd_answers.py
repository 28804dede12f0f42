"""HackMD's answers, checked before anything is taken from them.

An answer is used only if it is JSON (by its content type and by parsing) of the expected
shape: a note has a text id of HackMD's alphabet, ``content`` is text where it is needed,
and every other field noteapp reads has its type or is absent.  Anything else (an HTML
sign-in page of a proxy, a cut-off body, a field of the wrong type) is :class:`BadAnswer`,
and the note is not touched.  Texts that reach messages lose control characters, so an
answer cannot rewrite the terminal.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from noteapp.core.errors import PublishError

_NOTE_ID = re.compile(r"[A-Za-z0-9_~.-]{1,200}")
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_LINK = re.compile(r"https?://[^\s\x00-\x1f\x7f-\x9f]+")


class HackMDError(PublishError):
    """HackMD answered with an error; ``status`` is the HTTP status (None: no answer)."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class BadAnswer(HackMDError):
    """An answer noteapp cannot use (not JSON, wrong shape, a redirect, too large).
    ``maybe_sent``: the request may still have been carried out (the status said so)."""

    def __init__(self, message: str, status: int | None, *, maybe_sent: bool) -> None:
        super().__init__(message, status)
        self.maybe_sent = maybe_sent


@dataclass(frozen=True)
class RemoteNote:
    """A note as the API describes it (``content`` only from ``GET /notes/{id}``)."""

    id: str
    title: str = ""
    content: str | None = None
    last_changed_at: str | None = None  # ISO 8601, UTC
    created_at: float | None = None  # epoch seconds
    last_change_user: str | None = None
    publish_link: str | None = None
    team_path: str | None = None
    tags: tuple[str, ...] = ()
    etag: str | None = None
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)


@dataclass(frozen=True)
class Created:
    note: RemoteNote
    warning: str | None = None  # 207: made, but HackMD reports a problem with a setting


class Shape(Exception):
    """What is wrong with an answer's JSON (the caller names the request)."""


def parse_json(body: bytes, content_type: str | None) -> Any:
    """The JSON of an answer that claims to be JSON; Shape saying what it is instead."""
    kind = (content_type or "").split(";")[0].strip().lower()
    start = body[:200].lstrip().lower()
    if kind == "text/html" or start.startswith((b"<!doctype html", b"<html")):
        raise Shape(
            "it is an HTML page, not HackMD's JSON (a proxy's or a network's sign-in page, "
            "or a wrong API URL?)"
        )
    json_type = kind.startswith("application/") and kind.endswith(("/json", "+json"))
    if not json_type:
        raise Shape(f"it is not JSON (it is {kind or 'of no stated type'})")
    try:
        return json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise Shape(f"it is not valid JSON ({_first_line(exc)})") from None


def loose_json(body: bytes) -> Any:
    """The JSON of an error answer, if it is JSON at all (only its message is used)."""
    try:
        return json.loads(body.decode("utf-8")) if body else None
    except (UnicodeDecodeError, ValueError):
        return None


def note_from(data: Any, *, content: bool, etag: str | None = None) -> RemoteNote:
    """A note from its JSON; Shape naming the first field that is missing or mistyped."""
    if not isinstance(data, dict):
        raise Shape(f"it is {_kind(data)}, not a note")
    note_id = data.get("id") if data.get("id") is not None else data.get("shortId")
    if note_id is None or note_id == "":
        raise Shape("the note has no id")
    if not isinstance(note_id, str):
        raise Shape(f"the note's id should be text, not {_kind(note_id)}")
    if not _NOTE_ID.fullmatch(note_id):
        raise Shape("the note's id has characters a HackMD id never has")
    if content and "content" not in data:
        raise Shape("the note has no content")
    _want(data, "content", str, optional=not content)
    _want(data, "title", str)
    _want(data, "tags", list)
    _want(data, "lastChangeUser", dict)
    _want(data, "publishLink", str)
    _want(data, "teamPath", str)
    for key in ("lastChangedAt", "createdAt"):
        _want(data, key, (int, float, str))
    tags = data.get("tags") or ()
    if not all(isinstance(t, str) for t in tags):
        raise Shape("the note's tags should be texts")
    user = data.get("lastChangeUser")
    who = (user.get("name") or user.get("userPath")) if isinstance(user, dict) else None
    link = data.get("publishLink")
    return RemoteNote(
        id=note_id,
        title=clean(data.get("title") or ""),
        content=data.get("content"),
        last_changed_at=_iso(data.get("lastChangedAt")),
        created_at=_epoch(data.get("createdAt")),
        last_change_user=clean(who) if isinstance(who, str) and who else None,
        publish_link=link if isinstance(link, str) and _LINK.fullmatch(link) else None,
        team_path=data.get("teamPath"),
        tags=tuple(tags),
        etag=etag,
        raw=dict(data),
    )


def notes_from(data: Any) -> list[RemoteNote]:
    if not isinstance(data, list):
        raise Shape(f"it is {_kind(data)}, not a list of notes")
    notes = []
    for number, item in enumerate(data, 1):
        try:
            notes.append(note_from(item, content=False))
        except Shape as exc:
            raise Shape(f"note {number} of the list: {exc}") from None
    return notes


@dataclass(frozen=True)
class Folder:
    """A folder of a personal or team workspace (HackMD's ``ApiFolder``)."""

    id: str
    name: str
    parent_folder_id: str | None = None


def folders_from(data: Any) -> list[Folder]:
    if not isinstance(data, list):
        raise Shape(f"it is {_kind(data)}, not a list of folders")
    folders = []
    for number, item in enumerate(data, 1):
        if not isinstance(item, dict) or not isinstance(item.get("id"), str) or not item["id"]:
            raise Shape(f"folder {number} of the list has no id")
        name = item.get("name")
        parent = item.get("parentFolderId")
        folders.append(
            Folder(
                item["id"],
                clean(name) if isinstance(name, str) else "",
                parent if isinstance(parent, str) and parent else None,
            )
        )
    return folders


def why(data: Any) -> str | None:
    """The message an error answer gives, if any."""
    if not isinstance(data, dict):
        return None
    error = data.get("error") or data.get("message")
    if isinstance(error, dict):
        error = error.get("message")
    return clean(str(error))[:300] if error else None


def clean(text: str) -> str:
    """``text`` without control characters (no terminal escapes from a server)."""
    return _CONTROLS.sub("", text)


def _want(data: Mapping[str, Any], key: str, types: type | tuple[type, ...], *,
          optional: bool = True) -> None:  # fmt: skip
    value = data.get(key)
    if value is None and optional:
        return
    if isinstance(value, bool) or not isinstance(value, types):
        name = {str: "text", list: "a list", dict: "an object"}.get(types, "a number or a date")  # type: ignore[call-overload]
        raise Shape(f"the note's {key} should be {name}, not {_kind(value)}")


def _kind(value: Any) -> str:
    if value is None:
        return "empty (null)"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    return "an object"


def _first_line(exc: BaseException) -> str:
    return str(exc).splitlines()[0][:120]


def _epoch(value: Any) -> float | None:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value / 1000 if value > 1e11 else float(value)
    if isinstance(value, str):
        try:
            return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()
        except ValueError:
            return None
    return None


def _iso(value: Any) -> str | None:
    seconds = _epoch(value)
    if seconds is None:
        return clean(str(value))[:40] if value else None
    try:
        return dt.datetime.fromtimestamp(seconds, dt.UTC).isoformat(timespec="seconds")
    except (OverflowError, OSError, ValueError):  # a date no calendar has
        return None
