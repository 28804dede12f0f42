"""A small client for HackMD's REST API v1 (personal and team notes), on ``urllib``.

Endpoints used: ``GET /me``, ``GET /notes``, ``GET /notes/{id}`` (``If-None-Match`` may
answer 304), ``POST /notes`` (201 with the note; 207 with ``{note, error}`` when the note
was made but a setting failed), ``PATCH /notes/{id}`` (202), and the same under
``/teams/{teamPath}/notes``.  Authentication is a Bearer token.

Rate limits: HackMD sends ``X-RateLimit-UserLimit``, ``X-RateLimit-UserRemaining`` and
``X-RateLimit-UserReset`` (the time the window resets) and answers 429 when the limit
or the monthly quota is used up.  The client waits for the reset when that is close
(``max_wait`` seconds, cancellable), else it stops with a clear message.

Safety: a request that changes nothing (GET) is retried after a network error or a 5xx;
a create never is, because it may have reached HackMD (:class:`Unreachable` says
whether it may have been sent, and the caller looks for the note before trying again).
"""

from __future__ import annotations

import datetime as dt
import http.client
import json
import os
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from noteapp import __version__
from noteapp.core.errors import PublishError
from noteapp.publish.progress import Progress, check, pause, report
from noteapp.publish.token import HOW_TO, Secret, redact

DEFAULT_API_URL = "https://api.hackmd.io/v1"
API_URL_ENV = "NOTEAPP_HACKMD_API_URL"
_RETRIES = 2  # for GETs after a network error or a 5xx
_RATE_WAITS = 3  # 429s in a row before giving up


class HackMDError(PublishError):
    """HackMD answered with an error; ``status`` is the HTTP status (None: no answer)."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class AuthError(HackMDError):
    """The token was refused (401/403): missing rights, expired or revoked."""


class NotFound(HackMDError):
    """No such note or team (404)."""


class RateLimited(HackMDError):
    """The rate limit or the monthly quota is used up, for longer than we may wait."""

    def __init__(self, message: str, reset_at: float | None = None) -> None:
        super().__init__(message, 429)
        self.reset_at = reset_at


class Unreachable(HackMDError):
    """No usable answer (network error, timeout, 5xx).  ``maybe_sent``: the request may
    have reached HackMD and been carried out."""

    def __init__(self, message: str, *, maybe_sent: bool, status: int | None = None) -> None:
        super().__init__(message, status)
        self.maybe_sent = maybe_sent


@dataclass(frozen=True)
class RateLimit:
    limit: int | None
    remaining: int | None
    reset_at: float | None  # epoch seconds


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

    @classmethod
    def from_json(cls, data: Mapping[str, Any], etag: str | None = None) -> RemoteNote:
        user = data.get("lastChangeUser")
        return cls(
            id=str(data.get("id") or data.get("shortId") or ""),
            title=str(data.get("title") or ""),
            content=data.get("content") if isinstance(data.get("content"), str) else None,
            last_changed_at=_iso(data.get("lastChangedAt")),
            created_at=_epoch(data.get("createdAt")),
            last_change_user=(user.get("name") or user.get("userPath"))
            if isinstance(user, dict)
            else None,
            publish_link=data.get("publishLink"),
            team_path=data.get("teamPath"),
            tags=tuple(str(t) for t in data.get("tags") or ()),
            etag=etag,
            raw=dict(data),
        )


@dataclass(frozen=True)
class Created:
    note: RemoteNote
    warning: str | None = None  # 207: made, but HackMD reports a problem with a setting


class HackMDClient:
    """One user's access to the API.  Give it the window's ``cancel`` event and a
    ``progress`` callback; it checks ``cancel`` before each request and while waiting."""

    def __init__(
        self,
        token: Secret | str,
        base_url: str | None = None,
        *,
        timeout: float = 30.0,
        max_wait: float = 120.0,
        cancel: threading.Event | None = None,
        progress: Progress | None = None,
    ) -> None:
        self._token = token if isinstance(token, Secret) else Secret(token)
        self.base_url = (base_url or os.environ.get(API_URL_ENV) or DEFAULT_API_URL).rstrip("/")
        self.timeout = timeout
        self.max_wait = max_wait
        self.cancel = cancel
        self.progress = progress
        self.rate_limit: RateLimit | None = None
        host = urllib.parse.urlsplit(self.base_url).hostname or ""
        handlers: list[urllib.request.BaseHandler] = []
        if host in ("127.0.0.1", "localhost", "::1"):
            handlers.append(urllib.request.ProxyHandler({}))  # a local server: no proxy
        self._opener = urllib.request.build_opener(*handlers)

    def __repr__(self) -> str:
        return f"HackMDClient({self.base_url!r}, token=***)"

    # -- the endpoints -----------------------------------------------------------------------

    def me(self) -> dict[str, Any]:
        _, _, data = self._request("GET", "/me")
        return data if isinstance(data, dict) else {}

    def list_notes(self, team: str | None = None) -> list[RemoteNote]:
        _, _, data = self._request("GET", self._notes(team))
        return [RemoteNote.from_json(n) for n in data or () if isinstance(n, dict)]

    def get_note(
        self, note_id: str, team: str | None = None, etag: str | None = None
    ) -> RemoteNote | None:
        """The note with its content; None when ``etag`` still matches (304)."""
        headers = {"If-None-Match": etag} if etag else {}
        status, head, data = self._request("GET", self._notes(team, note_id), headers=headers)
        if status == 304:
            return None
        return RemoteNote.from_json(data or {}, head.get("ETag"))

    def create_note(
        self,
        content: str,
        team: str | None = None,
        *,
        read_permission: str | None = None,
        write_permission: str | None = None,
        comment_permission: str | None = None,
    ) -> Created:
        """Make a note.  Never retried after a network error: see :class:`Unreachable`."""
        body: dict[str, Any] = {"content": content}
        for key, value in (
            ("readPermission", read_permission),
            ("writePermission", write_permission),
            ("commentPermission", comment_permission),
        ):
            if value:
                body[key] = value
        status, head, data = self._request("POST", self._notes(team), body, idempotent=False)
        data = data if isinstance(data, dict) else {}
        if status == 207 and isinstance(data.get("note"), dict):
            return Created(RemoteNote.from_json(data["note"], head.get("ETag")), _why(data))
        return Created(RemoteNote.from_json(data, head.get("ETag")))

    def update_note(self, note_id: str, content: str, team: str | None = None) -> None:
        """Replace the note's content (HackMD answers 202 Accepted)."""
        self._request("PATCH", self._notes(team, note_id), {"content": content}, idempotent=True)

    # -- HTTP ------------------------------------------------------------------------------

    @staticmethod
    def _notes(team: str | None, note_id: str | None = None) -> str:
        base = f"/teams/{urllib.parse.quote(team, safe='')}/notes" if team else "/notes"
        return f"{base}/{urllib.parse.quote(note_id, safe='')}" if note_id else base

    def _request(
        self,
        method: str,
        path: str,
        body: Mapping[str, Any] | None = None,
        *,
        headers: Mapping[str, str] | None = None,
        idempotent: bool = True,
    ) -> tuple[int, Mapping[str, str], Any]:
        failures = rate_waits = 0
        while True:
            check(self.cancel)
            self._wait_for_window()
            try:
                status, head, raw = self._send(method, path, body, headers or {})
            except _NoAnswer as exc:
                if idempotent and failures < _RETRIES:
                    failures += 1
                    report(self.progress, f"HackMD did not answer ({exc}); trying again…")
                    pause(failures, self.cancel)
                    continue
                raise Unreachable(
                    self._clean(f"Could not reach HackMD at {self.base_url} ({exc})."),
                    maybe_sent=exc.maybe_sent,
                ) from None
            self._note_limits(head)
            if status == 429:
                rate_waits += 1
                self._wait_after_429(head, raw, rate_waits)
                continue
            if status >= 500 and idempotent and failures < _RETRIES:
                failures += 1
                report(self.progress, f"HackMD answered {status}; trying again…")
                pause(failures, self.cancel)
                continue
            data = _json(raw)
            if status >= 400:
                raise self._error(status, data, method, path)
            return status, head, data

    def _send(
        self, method: str, path: str, body: Mapping[str, Any] | None, extra: Mapping[str, str]
    ) -> tuple[int, Mapping[str, str], bytes]:
        data = None if body is None else json.dumps(body, ensure_ascii=False).encode("utf-8")
        request = urllib.request.Request(self.base_url + path, data=data, method=method)
        request.add_header("Authorization", f"Bearer {self._token.reveal()}")
        request.add_header("Accept", "application/json")
        request.add_header("User-Agent", f"noteapp/{__version__}")
        if data is not None:
            request.add_header("Content-Type", "application/json")
        for key, value in extra.items():
            request.add_header(key, value)
        try:
            with self._opener.open(request, timeout=self.timeout) as response:
                return response.status, _headers(response.headers), response.read()
        except urllib.error.HTTPError as exc:
            try:
                raw = exc.read()
            except (OSError, http.client.HTTPException):
                raw = b""
            return exc.code, _headers(exc.headers), raw
        except urllib.error.URLError as exc:
            reason = exc.reason
            refused = isinstance(reason, ConnectionRefusedError | socket.gaierror)
            raise _NoAnswer(str(reason), maybe_sent=not refused) from None
        except (TimeoutError, ConnectionError, http.client.HTTPException, OSError) as exc:
            raise _NoAnswer(str(exc) or type(exc).__name__, maybe_sent=True) from None

    # -- rate limits ---------------------------------------------------------------------------

    def _note_limits(self, head: Mapping[str, str]) -> None:
        remaining = _int(head.get("X-RateLimit-UserRemaining"))
        limit = _int(head.get("X-RateLimit-UserLimit"))
        reset = _reset_at(head.get("X-RateLimit-UserReset"))
        if remaining is not None or limit is not None or reset is not None:
            self.rate_limit = RateLimit(limit, remaining, reset)

    def _wait_for_window(self) -> None:
        """Before a request: if the last answer said none are left, wait for the reset."""
        limit = self.rate_limit
        if limit is None or limit.remaining != 0 or limit.reset_at is None:
            return
        delay = limit.reset_at - time.time()
        if delay > 0:
            self._wait(delay, limit.reset_at)
        self.rate_limit = None

    def _wait_after_429(self, head: Mapping[str, str], raw: bytes, attempt: int) -> None:
        data = _json(raw)
        error = data.get("error") if isinstance(data, dict) else None
        if isinstance(error, dict) and error.get("code") == "quota_exceeded":
            raise RateLimited(
                self._clean(
                    "HackMD's monthly API quota is used up"
                    f" ({error.get('message') or 'quota exceeded'}). "
                    "Wait for next month, or upgrade the HackMD plan."
                )
            )
        reset = _reset_at(head.get("X-RateLimit-UserReset"))
        retry_after = _int(head.get("Retry-After"))
        if reset is None and retry_after is not None:
            reset = time.time() + retry_after
        if attempt > _RATE_WAITS:
            raise RateLimited(
                "HackMD keeps answering 429 (too many requests); try again in a few minutes.",
                reset,
            )
        if reset is None:
            reset = time.time() + 2.0**attempt  # no hint: back off briefly
        self._wait(max(0.0, reset - time.time()), reset)

    def _wait(self, delay: float, reset_at: float) -> None:
        if delay > self.max_wait:
            when = dt.datetime.fromtimestamp(reset_at).strftime("%H:%M:%S")
            raise RateLimited(
                "HackMD's rate limit (100 calls per 5 minutes) is used up; it resets at "
                f"{when}, in {delay:.0f} s. Try again then.",
                reset_at,
            )
        report(self.progress, f"HackMD's rate limit is reached; waiting {delay:.0f} s…")
        pause(delay + 0.05, self.cancel)

    # -- errors ------------------------------------------------------------------------------

    def _error(self, status: int, data: Any, method: str, path: str) -> HackMDError:
        said = _why(data) if isinstance(data, dict) else None
        detail = f" HackMD says: {said}" if said else ""
        if status in (401, 403):
            return AuthError(
                self._clean(
                    f"HackMD refused the API token ({status} "
                    f"{'Unauthorized' if status == 401 else 'Forbidden'}): it may have expired, "
                    f"been revoked, or lack access to this note or team.{detail}\n{HOW_TO}"
                ),
                status,
            )
        if status == 404:
            return NotFound(self._clean(f"HackMD has no {path} (404).{detail}"), status)
        if status >= 500:
            return Unreachable(
                self._clean(f"HackMD had an internal error ({status}) on {method} {path}.{detail}"),
                maybe_sent=method != "GET",
                status=status,
            )
        return HackMDError(
            self._clean(f"HackMD refused {method} {path} ({status}).{detail}"), status
        )

    def _clean(self, message: str) -> str:
        return redact(message, self._token)


class _NoAnswer(Exception):
    def __init__(self, message: str, *, maybe_sent: bool) -> None:
        super().__init__(message)
        self.maybe_sent = maybe_sent


def _headers(message: Any) -> dict[str, str]:
    """Response headers with HackMD's names as the keys, whatever case they came in."""
    out: dict[str, str] = {}
    canonical = {
        name.lower(): name
        for name in (
            "X-RateLimit-UserLimit",
            "X-RateLimit-UserRemaining",
            "X-RateLimit-UserReset",
            "Retry-After",
            "ETag",
        )
    }
    for key, value in message.items() if message is not None else ():
        out[canonical.get(key.lower(), key)] = value
    return out


def _json(raw: bytes) -> Any:
    if not raw:
        return None
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None


def _why(data: Mapping[str, Any]) -> str | None:
    error = data.get("error") or data.get("message")
    if isinstance(error, dict):
        error = error.get("message")
    return str(error) if error else None


def _int(value: str | None) -> int | None:
    try:
        return int(float(value)) if value is not None else None
    except ValueError:
        return None


def _reset_at(value: str | None) -> float | None:
    """The reset time as epoch seconds, from epoch seconds, epoch ms or a delay."""
    try:
        number = float(value) if value is not None else None
    except ValueError:
        return None
    if number is None:
        return None
    if number > 1e11:  # epoch milliseconds
        return number / 1000
    if number > 1e9:  # epoch seconds
        return number
    if number > 86_400:  # a delay in milliseconds
        return time.time() + number / 1000
    return time.time() + number  # a delay in seconds


def _epoch(value: Any) -> float | None:
    if isinstance(value, int | float):
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
        return str(value) if value else None
    return dt.datetime.fromtimestamp(seconds, dt.UTC).isoformat(timespec="seconds")
