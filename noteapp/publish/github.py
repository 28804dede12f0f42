"""A small client for GitHub's REST API (no Qt), for pull requests, labelled issues and
comments.

Endpoints used (docs.github.com/rest): ``GET /user``; ``GET /repos/{owner}/{repo}``
(``permissions.push``, ``default_branch``, ``fork``, ``parent``); ``POST
/repos/{owner}/{repo}/forks`` (202); ``GET/POST /repos/{owner}/{repo}/pulls`` (list
filtered by ``head=user:branch``, create: 201, 422 when one is open already), ``PATCH
/repos/{owner}/{repo}/pulls/{n}``; ``GET /repos/{owner}/{repo}/issues?labels=…`` (issues
and pull requests: a pull request has a ``pull_request`` key); ``GET/POST
/repos/{owner}/{repo}/issues/{n}/comments``.

Every call goes through :func:`noteapp.publish.github_http.call` (one host, a deadline,
a size cap, Cancel ends it at once).  Answers are checked: status, JSON content type,
and the fields used, with their types.  Pagination follows ``Link: <…>; rel="next"``
on the API's own host, a bounded number of pages.

Rate limits, as GitHub's best-practices guide says: after ``retry-after`` wait that
many seconds; when ``x-ratelimit-remaining`` is 0 wait until ``x-ratelimit-reset``
(epoch seconds); a 403/429 that says "rate limit" without either waits a minute.  Short
waits are taken (cancellable), long ones stop with :class:`RateLimited`.  Requests are
serial, with a pause between requests that change something (the secondary limits).

A 401 is a refused token; a 403 is missing rights (or a rate limit); a 404 is "no such
repository, or not visible to this token" (GitHub answers 404, not 403, for a private
repository the token may not see).
"""

from __future__ import annotations

import json
import os
import re
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from noteapp import __version__
from noteapp.core.errors import PublishError
from noteapp.publish.github_http import Answer, NoAnswer, call, check_base_url
from noteapp.publish.progress import Progress, check, pause, report
from noteapp.publish.token import GITHUB, Secret, github_token, redact

DEFAULT_API_URL = "https://api.github.com"
API_URL_ENV = "NOTEAPP_GITHUB_API_URL"
API_VERSION = "2022-11-28"
_RETRIES = 2  # GETs, after no answer or a 5xx
_RATE_WAITS = 3
_MAX_PAGES = 10  # 1,000 items at per_page=100
_NEXT = re.compile(r'<([^>]+)>\s*;\s*rel="?next"?')


class GitHubError(PublishError):
    """GitHub answered with an error; ``status`` is the HTTP status (None: no answer)."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class TokenRefused(GitHubError):
    """401: the token is wrong, expired or revoked."""


class Forbidden(GitHubError):
    """403: the token is fine but lacks the rights for this."""


class NotFound(GitHubError):
    """404: no such thing, or not visible to this token."""


class Invalid(GitHubError):
    """422: GitHub refused what was sent; ``errors`` are its reasons."""

    def __init__(self, message: str, errors: tuple[str, ...]) -> None:
        super().__init__(message, 422)
        self.errors = errors


class RateLimited(GitHubError):
    def __init__(self, message: str, reset_at: float | None = None) -> None:
        super().__init__(message, 429)
        self.reset_at = reset_at


class Unreachable(GitHubError):
    """No usable answer (network down, timeout, 5xx, a malformed answer)."""

    def __init__(self, message: str, *, maybe_sent: bool, status: int | None = None) -> None:
        super().__init__(message, status)
        self.maybe_sent = maybe_sent


@dataclass(frozen=True)
class Repo:
    full_name: str  # "owner/name"
    default_branch: str
    can_push: bool
    fork: bool
    parent: str | None  # "owner/name" of the repository it was forked from
    clone_url: str
    ssh_url: str | None = None
    html_url: str | None = None

    @property
    def owner(self) -> str:
        return self.full_name.split("/", 1)[0]

    @property
    def name(self) -> str:
        return self.full_name.split("/", 1)[1]


@dataclass(frozen=True)
class PullRequest:
    number: int
    url: str  # html_url
    title: str
    body: str
    head: str  # branch name
    head_owner: str | None
    state: str


@dataclass(frozen=True)
class Issue:
    number: int
    title: str
    url: str  # html_url
    author: str | None  # login
    is_pull: bool
    labels: tuple[str, ...] = ()


@dataclass(frozen=True)
class Comment:
    id: int
    body: str
    author: str | None
    url: str | None


class GitHubClient:
    """One user's access to the API.  ``cancel`` is checked before each request and
    ends a request at once; ``progress`` gets a line for each wait."""

    def __init__(
        self,
        token: Secret | str,
        base_url: str | None = None,
        *,
        deadline: float = 30.0,
        max_bytes: int = 5_000_000,
        max_wait: float = 90.0,
        write_gap: float = 1.0,
        cancel: threading.Event | None = None,
        progress: Progress | None = None,
    ) -> None:
        self._token = token if isinstance(token, Secret) else Secret(token)
        self.base_url = (base_url or os.environ.get(API_URL_ENV) or DEFAULT_API_URL).rstrip("/")
        try:
            check_base_url(self.base_url, f"The GitHub API address ({API_URL_ENV})")
        except ValueError as exc:
            raise GitHubError(str(exc)) from None
        self.deadline = deadline
        self.max_bytes = max_bytes
        self.max_wait = max_wait
        self.write_gap = write_gap
        self.cancel = cancel
        self.progress = progress
        self.remaining: int | None = None
        self.reset_at: float | None = None
        self._last_write = 0.0

    def __repr__(self) -> str:
        return f"GitHubClient({self.base_url!r}, token=***)"

    # -- the endpoints -----------------------------------------------------------------------

    def login(self) -> str:
        data = self._json("GET", "/user")
        return _field(data, "login", str, "GET /user")

    def repo(self, full_name: str) -> Repo:
        data = self._json("GET", f"/repos/{_repo_path(full_name)}")
        return _repo(data)

    def create_fork(self, full_name: str) -> Repo:
        """Ask GitHub for the user's fork (202: it is made in the background)."""
        data = self._json("POST", f"/repos/{_repo_path(full_name)}/forks", {})
        return _repo(data)

    def open_pulls(self, full_name: str, head: str, base: str | None = None) -> list[PullRequest]:
        """Open pull requests from ``head`` (``owner:branch``)."""
        query = {"state": "open", "head": head, "per_page": "100"}
        if base:
            query["base"] = base
        return [_pull(item) for item in self._pages(f"/repos/{_repo_path(full_name)}/pulls", query)]

    def create_pull(
        self, full_name: str, *, title: str, body: str, head: str, base: str
    ) -> PullRequest:
        data = self._json(
            "POST",
            f"/repos/{_repo_path(full_name)}/pulls",
            {"title": title, "body": body, "head": head, "base": base,
             "maintainer_can_modify": True},
        )  # fmt: skip
        return _pull(data)

    def update_pull(self, full_name: str, number: int, *, title: str, body: str) -> PullRequest:
        data = self._json(
            "PATCH", f"/repos/{_repo_path(full_name)}/pulls/{int(number)}",
            {"title": title, "body": body},
        )  # fmt: skip
        return _pull(data)

    def labelled_issues(self, full_name: str, label: str) -> list[Issue]:
        """Open issues and pull requests carrying ``label``, oldest first."""
        query = {
            "state": "open",
            "labels": label,
            "sort": "created",
            "direction": "asc",
            "per_page": "100",
        }
        return [
            _issue(item) for item in self._pages(f"/repos/{_repo_path(full_name)}/issues", query)
        ]

    def comments(self, full_name: str, number: int) -> list[Comment]:
        path = f"/repos/{_repo_path(full_name)}/issues/{int(number)}/comments"
        return [_comment(item) for item in self._pages(path, {"per_page": "100"})]

    def add_comment(self, full_name: str, number: int, body: str) -> Comment:
        path = f"/repos/{_repo_path(full_name)}/issues/{int(number)}/comments"
        return _comment(self._json("POST", path, {"body": body}))

    # -- HTTP ------------------------------------------------------------------------------

    def _pages(self, path: str, query: Mapping[str, str]) -> Iterator[Any]:
        url: str | None = f"{self.base_url}{path}?{urllib.parse.urlencode(query)}"
        for _ in range(_MAX_PAGES):
            if url is None:
                return
            answer = self._request("GET", url)
            data = _checked_json(answer, f"GET {path}")
            if not isinstance(data, list):
                raise Unreachable(f"GitHub's answer to GET {path} is not a list.", maybe_sent=True)
            yield from data
            url = self._next_page(answer.header("link"))
        report(self.progress, f"Read the first {_MAX_PAGES} pages of {path}; stopped there.")

    def _next_page(self, link: str | None) -> str | None:
        found = _NEXT.search(link or "")
        if found is None:
            return None
        url = found.group(1)
        here, there = urllib.parse.urlsplit(self.base_url), urllib.parse.urlsplit(url)
        if (here.scheme, here.netloc) != (there.scheme, there.netloc):
            return None  # a next page elsewhere is not followed (and gets no token)
        return url

    def _json(self, method: str, path: str, body: Any = None) -> Any:
        answer = self._request(method, self.base_url + path, body)
        return _checked_json(answer, f"{method} {path}")

    def _request(self, method: str, url: str, body: Any = None) -> Answer:
        failures = rate_waits = 0
        idempotent = method in ("GET", "PATCH")
        what = f"{method} {urllib.parse.urlsplit(url).path}"
        while True:
            check(self.cancel)
            self._wait_for_window()
            if method != "GET":
                pause(self._last_write + self.write_gap - time.monotonic(), self.cancel)
            try:
                answer = call(
                    method,
                    url,
                    headers=self._headers(body is not None),
                    body=None if body is None else json.dumps(body).encode("utf-8"),
                    deadline=self.deadline,
                    max_bytes=self.max_bytes,
                    cancel=self.cancel,
                )
            except NoAnswer as exc:
                if idempotent and failures < _RETRIES and "too large" not in str(exc):
                    failures += 1
                    report(self.progress, f"GitHub did not answer ({exc}); trying again…")
                    pause(failures, self.cancel)
                    continue
                raise Unreachable(
                    self._clean(f"Could not reach GitHub at {self.base_url}: {exc}."),
                    maybe_sent=exc.maybe_sent,
                ) from None
            finally:
                if method != "GET":
                    self._last_write = time.monotonic()
            self._note_limits(answer)
            if self._rate_limited(answer):
                rate_waits += 1
                self._wait_after_limit(answer, rate_waits)
                continue
            if answer.status >= 500 and idempotent and failures < _RETRIES:
                failures += 1
                report(self.progress, f"GitHub answered {answer.status}; trying again…")
                pause(failures, self.cancel)
                continue
            if answer.status >= 400:
                raise self._error(answer, what)
            if answer.status == 304 or answer.status < 200 or answer.status >= 300:
                raise Unreachable(
                    f"GitHub answered {what} with status {answer.status}.", maybe_sent=True
                )
            return answer

    def _headers(self, has_body: bool) -> dict[str, str]:
        headers = {
            "Accept": "application/vnd.github+json",
            "Authorization": f"Bearer {self._token.reveal()}",
            "X-GitHub-Api-Version": API_VERSION,
            "User-Agent": f"noteapp/{__version__}",
        }
        if has_body:
            headers["Content-Type"] = "application/json"
        return headers

    # -- rate limits ---------------------------------------------------------------------------

    def _note_limits(self, answer: Answer) -> None:
        remaining = _int(answer.header("x-ratelimit-remaining"))
        if remaining is not None:
            self.remaining = remaining
            self.reset_at = _float(answer.header("x-ratelimit-reset"))

    @staticmethod
    def _rate_limited(answer: Answer) -> bool:
        if answer.status == 429:
            return True
        if answer.status != 403:
            return False
        if answer.header("retry-after") or answer.header("x-ratelimit-remaining") == "0":
            return True
        return "rate limit" in _message(answer).lower()

    def _wait_for_window(self) -> None:
        if self.remaining == 0 and self.reset_at is not None:
            delay = self.reset_at - time.time()
            if delay > 0:
                self._wait(delay, self.reset_at)
            self.remaining = None

    def _wait_after_limit(self, answer: Answer, attempt: int) -> None:
        retry_after = _float(answer.header("retry-after"))
        if retry_after is not None:
            reset = time.time() + retry_after
        elif answer.header("x-ratelimit-remaining") == "0" and self.reset_at:
            reset = self.reset_at
        else:
            reset = time.time() + 60.0  # the guide: at least a minute
        if attempt > _RATE_WAITS:
            raise RateLimited(
                "GitHub keeps answering that the rate limit is exceeded; try again later.", reset
            )
        self.remaining = None
        self._wait(max(0.0, reset - time.time()), reset)

    def _wait(self, delay: float, reset_at: float) -> None:
        if delay > self.max_wait:
            when = time.strftime("%H:%M", time.localtime(reset_at))
            raise RateLimited(
                f"GitHub's API rate limit for this token is used up until {when} "
                f"(in {delay / 60:.0f} min). Nothing more was sent; try again then.",
                reset_at,
            )
        report(self.progress, f"GitHub's rate limit is reached; waiting {delay:.0f} s…")
        pause(delay + 0.05, self.cancel)

    # -- errors ------------------------------------------------------------------------------

    def _error(self, answer: Answer, what: str) -> GitHubError:
        said = _message(answer)
        detail = f" GitHub says: {said}" if said else ""
        status = answer.status
        if status == 401:
            return TokenRefused(
                self._clean(
                    f"GitHub refused the token (401 Bad credentials): it is wrong, expired or "
                    f"revoked.{detail}\n{GITHUB.how_to}"
                ),
                status,
            )
        if status == 403:
            return Forbidden(
                self._clean(
                    f"GitHub refused {what} (403): the token works but lacks the rights for "
                    f"this (its scopes, or the repository's or organisation's rules).{detail}"
                ),
                status,
            )
        if status == 404:
            return NotFound(
                self._clean(
                    f"GitHub has no {what.split(' ', 1)[1]} (404), or this token may not see it "
                    f"(a private repository answers 404 too).{detail}"
                ),
                status,
            )
        if status == 422:
            errors = _errors(answer)
            listed = "; ".join(errors)
            return Invalid(
                self._clean(f"GitHub refused {what} (422): {said or 'invalid'}"
                            f"{' (' + listed + ')' if listed else ''}."),
                errors,
            )  # fmt: skip
        if status >= 500:
            return Unreachable(
                self._clean(f"GitHub had an internal error ({status}) on {what}.{detail}"),
                maybe_sent=True,
                status=status,
            )
        return GitHubError(self._clean(f"GitHub refused {what} ({status}).{detail}"), status)

    def _clean(self, message: str) -> str:
        return redact(message, self._token)


# -- parsing answers --------------------------------------------------------------------------


def parse_repo_url(url: str) -> str | None:
    """``owner/name`` of a GitHub remote URL (https, ssh, ``git@host:owner/name.git``)."""
    text = url.strip()
    scp = re.fullmatch(r"[\w.-]+@([\w.-]+):(?P<path>[^/].*)", text)
    if scp:
        path = scp.group("path")
    else:
        parts = urllib.parse.urlsplit(text)
        if parts.scheme not in ("https", "http", "ssh", "git") or not parts.hostname:
            return None
        path = parts.path
    path = path.strip("/").removesuffix(".git")
    pieces = path.split("/")
    if len(pieces) != 2 or not all(re.fullmatch(r"[\w.-]+", p) for p in pieces):
        return None
    return "/".join(pieces)


def _repo_path(full_name: str) -> str:
    owner, _, name = full_name.partition("/")
    if not owner or not name or "/" in name:
        raise GitHubError(f"{full_name!r} is not a repository name (owner/name).")
    return f"{urllib.parse.quote(owner, safe='')}/{urllib.parse.quote(name, safe='')}"


def _checked_json(answer: Answer, what: str) -> Any:
    if answer.status == 204 or not answer.body:
        return None
    try:
        return answer.json()
    except ValueError as exc:
        raise Unreachable(
            f"GitHub's answer to {what} is not usable ({exc}).", maybe_sent=True
        ) from None


def _field(data: Any, key: str, kind: type | tuple[type, ...], what: str) -> Any:
    value = data.get(key) if isinstance(data, dict) else None
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is int):
        raise Unreachable(
            f"GitHub's answer ({what}) lacks a valid {key!r}; it may not be GitHub's API.",
            maybe_sent=True,
        )
    return value


def _optional(data: Mapping[str, Any], key: str, kind: type) -> Any:
    value = data.get(key)
    return value if isinstance(value, kind) else None


def _repo(data: Any) -> Repo:
    what = "a repository"
    permissions = data.get("permissions") if isinstance(data, dict) else None
    parent = data.get("parent") if isinstance(data, dict) else None
    return Repo(
        full_name=_field(data, "full_name", str, what),
        default_branch=_field(data, "default_branch", str, what),
        can_push=bool(isinstance(permissions, dict) and permissions.get("push")),
        fork=bool(data.get("fork")),
        parent=parent.get("full_name") if isinstance(parent, dict) else None,
        clone_url=_field(data, "clone_url", str, what),
        ssh_url=_optional(data, "ssh_url", str),
        html_url=_optional(data, "html_url", str),
    )


def _pull(data: Any) -> PullRequest:
    what = "a pull request"
    head = _field(data, "head", dict, what)
    repo = head.get("repo")
    owner = repo.get("owner") if isinstance(repo, dict) else None
    return PullRequest(
        number=_field(data, "number", int, what),
        url=_field(data, "html_url", str, what),
        title=_field(data, "title", str, what),
        body=_optional(data, "body", str) or "",
        head=_field(head, "ref", str, what),
        head_owner=owner.get("login") if isinstance(owner, dict) else None,
        state=_field(data, "state", str, what),
    )


def _issue(data: Any) -> Issue:
    what = "an issue"
    user = data.get("user") if isinstance(data, dict) else None
    labels = data.get("labels") if isinstance(data, dict) else None
    return Issue(
        number=_field(data, "number", int, what),
        title=_field(data, "title", str, what).strip(),
        url=_field(data, "html_url", str, what),
        author=user.get("login") if isinstance(user, dict) else None,
        is_pull=isinstance(data.get("pull_request"), dict),
        labels=tuple(str(label.get("name")) for label in labels or () if isinstance(label, dict)),
    )


def _comment(data: Any) -> Comment:
    user = data.get("user") if isinstance(data, dict) else None
    return Comment(
        id=_field(data, "id", int, "a comment"),
        body=_optional(data, "body", str) or "",
        author=user.get("login") if isinstance(user, dict) else None,
        url=_optional(data, "html_url", str),
    )


def _message(answer: Answer) -> str:
    try:
        data = json.loads(answer.body.decode("utf-8")) if answer.body else None
    except ValueError:
        return ""
    message = data.get("message") if isinstance(data, dict) else None
    return str(message)[:300] if message else ""


def _errors(answer: Answer) -> tuple[str, ...]:
    try:
        data = json.loads(answer.body.decode("utf-8"))
    except ValueError:
        return ()
    found = []
    for error in data.get("errors") or () if isinstance(data, dict) else ():
        if isinstance(error, dict):
            found.append(str(error.get("message") or error.get("code") or error)[:200])
        elif isinstance(error, str):
            found.append(error[:200])
    return tuple(found)


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


def client_from_environment(
    *,
    cancel: threading.Event | None = None,
    progress: Progress | None = None,
    token_for: Callable[[str | None], tuple[Secret, str]] | None = None,
) -> GitHubClient:
    """A client with the user's token (environment, keyring or ``gh``) and API URL."""

    base = os.environ.get(API_URL_ENV) or DEFAULT_API_URL
    token, _where = (token_for or github_token)(base)
    return GitHubClient(token, base, cancel=cancel, progress=progress)
