"""A small client for HackMD's REST API v1 (personal and team notes), on ``urllib``.

Endpoints used: ``GET /me``, ``GET /notes``, ``GET /notes/{id}`` (``If-None-Match`` may
answer 304), ``POST /notes`` (201 with the note; 207 with ``{note, error}`` when the note
was made but a setting failed), ``PATCH /notes/{id}`` (202), and the same under
``/teams/{teamPath}/notes``; folders (HackMD's API since 2025-04): ``GET /folders`` and
``POST /folders`` (and under ``/teams/{teamPath}``), a note's ``parentFolderId`` on create
and on PATCH (which moves it).  PATCH also takes ``readPermission`` and
``writePermission``; the comment permission is set only when a note is made.
Authentication is a Bearer token.

A 403 means different things: on ``GET /me`` or a create, the token lacks a scope or was
revoked; on a PATCH of a note the token can read, the token is fine and the account may
not change *that* note (its write permission is the owner's, or it is a team's note and
this account is not in the team): :class:`NotWritable` says so, instead of telling the
user to make a new token.

Rate limits: HackMD sends ``X-RateLimit-UserLimit``, ``X-RateLimit-UserRemaining`` and
``X-RateLimit-UserReset`` (the time the window resets) and answers 429 when the limit
or the monthly quota is used up.  The client waits for the reset when that is close
(``max_wait`` seconds, cancellable), else it stops with a clear message.

Safety: a request that changes nothing (GET) is retried after a network error or a 5xx;
a create never is, because it may have reached HackMD (:class:`Unreachable` says
whether it may have been sent, and the caller looks for the note before trying again).
Each request has a deadline and a size cap, is never redirected and can be cancelled at
once (:mod:`noteapp.publish.http_call`); each answer is checked before it is used
(:mod:`noteapp.publish.hackmd_answers`).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import threading
import time
import urllib.parse
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from noteapp import __version__
from noteapp.publish.hackmd_answers import (
    BadAnswer,
    Created,
    Folder,
    HackMDError,
    RemoteNote,
    Shape,
    folders_from,
    loose_json,
    note_from,
    notes_from,
    parse_json,
    why,
)
from noteapp.publish.http_call import (
    DEADLINE,
    MAX_BYTES,
    Answer,
    Endpoint,
    Limits,
    NoAnswer,
    TooBig,
    exchange,
)
from noteapp.publish.progress import Progress, check, pause, report
from noteapp.publish.token import HOW_TO, Secret, redact

__all__ = [
    "AuthError",
    "BadAnswer",
    "Created",
    "Folder",
    "HackMDClient",
    "HackMDError",
    "NotFound",
    "NotWritable",
    "RateLimited",
    "RemoteNote",
    "Unreachable",
]

DEFAULT_API_URL = "https://api.hackmd.io/v1"
API_URL_ENV = "NOTEAPP_HACKMD_API_URL"
_RETRIES = 2  # for GETs after a network error or a 5xx
_RATE_WAITS = 3  # 429s in a row before giving up


class AuthError(HackMDError):
    """The token was refused (401/403): missing rights, expired or revoked."""


class NotWritable(AuthError):
    """403 on updating a note: the token works, but this account may not change the note."""


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


class HackMDClient:
    """One user's access to the API.  Give it the window's ``cancel`` event and a
    ``progress`` callback; it checks ``cancel`` before each request and while waiting."""

    def __init__(
        self,
        token: Secret | str,
        base_url: str | None = None,
        *,
        timeout: float = 30.0,
        deadline: float = DEADLINE,
        max_bytes: int = MAX_BYTES,
        max_wait: float = 120.0,
        retry_pause: float = 1.0,
        cancel: threading.Event | None = None,
        progress: Progress | None = None,
    ) -> None:
        self._token = token if isinstance(token, Secret) else Secret(token)
        self.base_url = (base_url or os.environ.get(API_URL_ENV) or DEFAULT_API_URL).rstrip("/")
        self._endpoint = Endpoint.parse(self.base_url)  # InsecureURL: plain http elsewhere
        self.limits = Limits(deadline=deadline, max_bytes=max_bytes, timeout=timeout)
        self.max_wait = max_wait
        self.retry_pause = retry_pause  # seconds before the first retry (doubling after)
        self.cancel = cancel
        self.progress = progress
        self.rate_limit: RateLimit | None = None
        self._tls: Any = None  # made on the first https request (loading the CAs costs)

    def __repr__(self) -> str:
        return f"HackMDClient({self.base_url!r}, token=***)"

    # -- the endpoints -----------------------------------------------------------------------

    def me(self) -> dict[str, Any]:
        data = self._json(self._request("GET", "/me"), "GET", "/me")
        if not isinstance(data, dict):
            raise self._bad("GET", "/me", 200, "it is not a user", maybe_sent=False)
        return data

    def list_notes(self, team: str | None = None) -> list[RemoteNote]:
        path = self._notes(team)
        answer = self._request("GET", path)
        return self._shaped("GET", path, answer, lambda data: notes_from(data))

    def get_note(
        self, note_id: str, team: str | None = None, etag: str | None = None
    ) -> RemoteNote | None:
        """The note with its content; None when ``etag`` still matches (304)."""
        headers = {"If-None-Match": etag} if etag else {}
        path = self._notes(team, note_id)
        answer = self._request("GET", path, headers=headers, not_modified=bool(etag))
        if answer.status == 304:
            return None
        tag = answer.headers.get("ETag")
        return self._shaped("GET", path, answer, lambda d: note_from(d, content=True, etag=tag))

    def create_note(
        self,
        content: str,
        team: str | None = None,
        *,
        read_permission: str | None = None,
        write_permission: str | None = None,
        comment_permission: str | None = None,
        parent_folder_id: str | None = None,
    ) -> Created:
        """Make a note.  Never retried after a network error: see :class:`Unreachable`."""
        body: dict[str, Any] = {"content": content}
        for key, value in (
            ("readPermission", read_permission),
            ("writePermission", write_permission),
            ("commentPermission", comment_permission),
            ("parentFolderId", parent_folder_id),
        ):
            if value:
                body[key] = value
        path = self._notes(team)
        answer = self._request("POST", path, body, idempotent=False, expect=(200, 201, 207))
        tag = answer.headers.get("ETag")

        def made(data: Any) -> Created:
            if answer.status == 207 and isinstance(data, dict) and "note" in data:
                return Created(note_from(data["note"], content=False, etag=tag), why(data))
            return Created(note_from(data, content=False, etag=tag))

        return self._shaped("POST", path, answer, made)

    def update_note(
        self,
        note_id: str,
        content: str | None,
        team: str | None = None,
        *,
        read_permission: str | None = None,
        write_permission: str | None = None,
        parent_folder_id: str | None = None,
    ) -> None:
        """Replace the note's content (None: keep it), set its permissions, move it into a
        folder: whatever is given, in one PATCH (HackMD answers 202 Accepted)."""
        body: dict[str, Any] = {} if content is None else {"content": content}
        for key, value in (
            ("readPermission", read_permission),
            ("writePermission", write_permission),
            ("parentFolderId", parent_folder_id),
        ):
            if value:
                body[key] = value
        if not body:
            return
        path = self._notes(team, note_id)
        answer = self._request("PATCH", path, body, expect=(200, 202, 204))
        if answer.status == 200:  # a 200 must at least be HackMD's JSON, not a portal's page
            self._json(answer, "PATCH", path)

    def list_folders(self, team: str | None = None) -> list[Folder]:
        path = self._folders(team)
        answer = self._request("GET", path)
        return self._shaped("GET", path, answer, folders_from)

    def create_folder(
        self, name: str, team: str | None = None, parent_folder_id: str | None = None
    ) -> Folder:
        body: dict[str, Any] = {"name": name}
        if parent_folder_id:
            body["parentFolderId"] = parent_folder_id
        path = self._folders(team)
        answer = self._request("POST", path, body, idempotent=False, expect=(200, 201))
        return self._shaped("POST", path, answer, lambda data: folders_from([data])[0])

    def folder_id(self, name_or_id: str, team: str | None = None) -> str:
        """The id of the folder ``name_or_id`` (its id, or its name: made when missing)."""
        folders = self.list_folders(team)
        for folder in folders:
            if name_or_id == folder.id:
                return folder.id
        wanted = name_or_id.strip().casefold()
        named = [f for f in folders if f.name.strip().casefold() == wanted]
        if len(named) > 1:
            raise HackMDError(
                f"HackMD has {len(named)} folders named {name_or_id!r}"
                f"{f' in team {team}' if team else ''}; give the folder's id instead "
                f"({', '.join(f.id for f in named)})."
            )
        if named:
            return named[0].id
        return self.create_folder(name_or_id.strip(), team).id

    # -- HTTP ------------------------------------------------------------------------------

    @staticmethod
    def _folders(team: str | None) -> str:
        return f"/teams/{urllib.parse.quote(team, safe='')}/folders" if team else "/folders"

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
        expect: tuple[int, ...] = (200,),
        not_modified: bool = False,
    ) -> Answer:
        """The answer, once it is one of ``expect`` (or a 304 asked for); else an error."""
        failures = rate_waits = 0
        while True:
            check(self.cancel)
            self._wait_for_window()
            try:
                answer = self._send(method, path, body, headers or {})
            except NoAnswer as exc:
                if idempotent and failures < _RETRIES:
                    failures += 1
                    report(self.progress, f"HackMD did not answer ({exc}); trying again…")
                    pause(self.retry_pause * failures, self.cancel)
                    continue
                raise Unreachable(
                    self._clean(f"Could not reach HackMD at {self.base_url} ({exc})."),
                    maybe_sent=exc.maybe_sent,
                ) from None
            except TooBig as exc:
                raise self._bad(
                    method, path, exc.status, f"{exc}; noteapp stops reading there",
                    maybe_sent=method != "GET" and 200 <= exc.status < 300,
                ) from None  # fmt: skip
            status, head = answer.status, _headers(answer.headers)
            self._note_limits(head)
            if status == 429:
                rate_waits += 1
                self._wait_after_429(head, answer.body, rate_waits)
                continue
            if status >= 500 and idempotent and failures < _RETRIES:
                failures += 1
                report(self.progress, f"HackMD answered {status}; trying again…")
                pause(self.retry_pause * failures, self.cancel)
                continue
            if status == 304 and not_modified:
                return answer
            if 300 <= status < 400:
                raise self._redirect(method, path, status, head.get("Location"))
            if status >= 400:
                raise self._error(status, loose_json(answer.body), method, path)
            if status not in expect:
                raise self._bad(
                    method, path, status, "noteapp does not expect that status",
                    maybe_sent=method != "GET",
                )  # fmt: skip
            return answer

    def _send(
        self, method: str, path: str, body: Mapping[str, Any] | None, extra: Mapping[str, str]
    ) -> Answer:
        data = None if body is None else json.dumps(body, ensure_ascii=False).encode("utf-8")
        headers = {
            "Authorization": f"Bearer {self._token.reveal()}",
            "Accept": "application/json",
            "User-Agent": f"noteapp/{__version__}",
            **({"Content-Type": "application/json"} if data is not None else {}),
            **extra,
        }
        if self._endpoint.scheme == "https" and self._tls is None:
            import ssl

            self._tls = ssl.create_default_context()
        return exchange(
            self._endpoint, method, path, data, headers,
            limits=self.limits, cancel=self.cancel, tls=self._tls,
        )  # fmt: skip

    def _json(self, answer: Answer, method: str, path: str) -> Any:
        try:
            return parse_json(answer.body, answer.headers.get("Content-Type"))
        except Shape as exc:
            raise self._bad(method, path, answer.status, str(exc),
                            maybe_sent=method != "GET") from None  # fmt: skip

    def _shaped(self, method: str, path: str, answer: Answer, build: Any) -> Any:
        """``build(json)`` for a JSON answer; BadAnswer naming what is wrong with it."""
        data = self._json(answer, method, path)
        try:
            return build(data)
        except Shape as exc:
            raise self._bad(method, path, answer.status, str(exc),
                            maybe_sent=method != "GET") from None  # fmt: skip

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
        data = loose_json(raw)
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
        said = why(data)
        detail = f" HackMD says: {said}" if said else ""
        if status == 403 and method == "PATCH":
            return NotWritable(
                self._clean(
                    f"HackMD let this token in but refused to change the note (403 Forbidden "
                    f"on {method} {path}): this account may not edit it. Its write permission "
                    "may be the owner's and someone else owns it, or it is a team's note and "
                    "this account is not in that team. Ask its owner to let signed-in users "
                    f"write, or to add you to the team; or push with --new for a note of your "
                    f"own. The token itself is fine.{detail}"
                ),
                status,
            )
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

    def _bad(self, method: str, path: str, status: int | None, problem: str, *,
             maybe_sent: bool) -> BadAnswer:  # fmt: skip
        message = f"HackMD's answer to {method} {path} ({status}) cannot be used: {problem}."
        return BadAnswer(
            self._clean(message),
            status,
            maybe_sent=maybe_sent,
        )

    def _redirect(self, method: str, path: str, status: int, location: str | None) -> BadAnswer:
        """Never followed: the token must not go to whatever host the answer names."""
        target = urllib.parse.urlsplit(location or "")
        host = target.hostname
        where = (
            f"{host}:{target.port}" if host and target.port else host or self._endpoint.authority
        )
        if status == 304:
            problem = f"HackMD answered 304 (not modified) to {method} {path}, which did not ask"
        else:
            problem = (
                f"HackMD answered {method} {path} with a redirect ({status}) to {where}; "
                "noteapp does not follow redirects for API calls, so that the token only "
                f"goes to {self._endpoint.authority}. Nothing was sent to {where}. If "
                f"HackMD's API moved, set {API_URL_ENV} to its new https:// address"
            )
        return BadAnswer(self._clean(problem + "."), status, maybe_sent=False)

    def _clean(self, message: str) -> str:
        return redact(message, self._token)


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
            "Location",
        )
    }
    for key, value in message.items() if message is not None else ():
        out[canonical.get(key.lower(), key)] = value
    return out


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
