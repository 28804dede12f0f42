"""A local stand-in for GitHub's REST API, for tests: real HTTP on 127.0.0.1.

It follows docs.github.com/rest for what noteapp uses: ``GET /user``, ``GET
/repos/{o}/{r}`` (``permissions`` for the token's user, ``parent`` for a fork), ``POST
/repos/{o}/{r}/forks`` (202; the fork is a real bare git repository, cloned from the
original), ``GET/POST /repos/{o}/{r}/pulls`` (``head=owner:branch`` filter; a create
checks that the branch exists in the head repository's bare git repo and answers 422
"A pull request already exists" for a second one), ``PATCH /repos/{o}/{r}/pulls/{n}``,
``GET /repos/{o}/{r}/issues?labels=…`` (all labels must match; pull requests carry a
``pull_request`` key), issue comments, ``Link`` pagination, and the ``x-ratelimit-*``
headers.  401 for an unknown token, 404 for a repository the user may not see.
Faults are switched on by setting attributes.
"""

from __future__ import annotations

import json
import re
import subprocess
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any


@dataclass
class FakeRepo:
    full_name: str
    bare: Path
    default_branch: str = "main"
    writers: set[str] = field(default_factory=set)  # logins with push rights
    private: bool = False
    fork_of: str | None = None
    allow_forking: bool = True
    issues: list[dict[str, Any]] = field(default_factory=list)  # issues and pulls
    comments: dict[int, list[dict[str, Any]]] = field(default_factory=dict)


@dataclass
class Seen:
    method: str
    path: str
    query: dict[str, list[str]]
    status: int
    headers: dict[str, str]
    body: Any


class FakeGitHub:
    def __init__(self, root: Path, port: int = 0) -> None:
        self.root = root
        self.tokens: dict[str, str] = {"ghp_test_token_0123456789": "note-taker"}
        self.repos: dict[str, FakeRepo] = {}
        self.requests: list[Seen] = []
        self.lock = threading.Lock()
        self.remaining = 5000
        self.reset_in = 3600
        # Faults
        self.secondary_limit = 0  # answer the next N requests 403 with retry-after
        self.retry_after = 1
        self.exhausted = False  # x-ratelimit-remaining: 0, reset far away
        self.fork_delay = 0  # GET on a new fork answers 404 this many times
        self._fork_pending: dict[str, int] = {}
        self.redirect_to: str | None = None  # answer every GET /user with a 302 there
        self._next_id = 1000
        self._server = ThreadingHTTPServer(("127.0.0.1", port), self._handler())
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def token(self) -> str:
        return next(iter(self.tokens))

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> FakeGitHub:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    # -- set-up --------------------------------------------------------------------------

    def add_repo(self, full_name: str, bare: Path, *, writers: set[str] | None = None,
                 default_branch: str = "main", **kw: Any) -> FakeRepo:  # fmt: skip
        repo = FakeRepo(full_name, bare, default_branch, set(writers or ()), **kw)
        self.repos[full_name.lower()] = repo
        return repo

    def add_issue(self, full_name: str, title: str, author: str, labels: list[str], *,
                  pull: bool = False, state: str = "open") -> int:  # fmt: skip
        repo = self.repos[full_name.lower()]
        number = len(repo.issues) + 1
        item = {
            "number": number,
            "title": title,
            "user": {"login": author},
            "labels": [{"name": name} for name in labels],
            "state": state,
            "html_url": f"https://github.example/{full_name}/{'pull' if pull else 'issues'}/"
            f"{number}",
        }
        if pull:
            item["pull_request"] = {"url": f"{self.url}/repos/{full_name}/pulls/{number}"}
            item["head"] = {"ref": f"topic-{number}", "repo": {"owner": {"login": author}}}
            item["base"] = {"ref": repo.default_branch}
            item["body"] = ""
        repo.issues.append(item)
        return number

    def pulls(self, full_name: str) -> list[dict[str, Any]]:
        return [i for i in self.repos[full_name.lower()].issues if "pull_request" in i]

    def calls(self, method: str | None = None, prefix: str = "") -> list[Seen]:
        return [
            r for r in self.requests
            if (method is None or r.method == method) and r.path.startswith(prefix)
        ]  # fmt: skip

    # -- HTTP ----------------------------------------------------------------------------

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                fake._handle(self, "GET")

            def do_POST(self) -> None:
                fake._handle(self, "POST")

            def do_PATCH(self) -> None:
                fake._handle(self, "PATCH")

        return Handler

    def _handle(self, http: BaseHTTPRequestHandler, method: str) -> None:
        length = int(http.headers.get("Content-Length") or 0)
        raw = http.rfile.read(length) if length else b""
        body = json.loads(raw) if raw else None
        parts = urllib.parse.urlsplit(http.path)
        query = urllib.parse.parse_qs(parts.query)
        headers = dict(http.headers.items())
        with self.lock:
            status, payload, extra = self._route(method, parts.path, query, headers, body)
        self.requests.append(Seen(method, parts.path, query, status, headers, body))
        data = b"" if payload is None else json.dumps(payload).encode("utf-8")
        http.send_response(status)
        reset = int(time.time() + self.reset_in)
        for key, value in {
            "x-ratelimit-limit": "5000",
            "x-ratelimit-remaining": "0" if self.exhausted else str(self.remaining),
            "x-ratelimit-reset": str(reset),
            **extra,
        }.items():
            http.send_header(key, value)
        if payload is not None:
            http.send_header("Content-Type", "application/json; charset=utf-8")
        http.send_header("Content-Length", str(len(data)))
        http.end_headers()
        http.wfile.write(data)

    def _route(self, method: str, path: str, query: dict[str, list[str]],
               headers: dict[str, str], body: Any) -> tuple[int, Any, dict[str, str]]:  # fmt: skip
        auth = headers.get("Authorization", "")
        login = self.tokens.get(auth.removeprefix("Bearer ").strip())
        if login is None:
            return 401, {"message": "Bad credentials", "status": "401"}, {}
        if self.exhausted:
            return 403, {"message": "API rate limit exceeded for user."}, {}
        if self.secondary_limit:
            self.secondary_limit -= 1
            return (
                403,
                {"message": "You have exceeded a secondary rate limit."},
                {"retry-after": str(self.retry_after)},
            )
        self.remaining -= 1
        if path == "/user" and method == "GET":
            if self.redirect_to:
                return 302, None, {"Location": self.redirect_to}
            return 200, {"login": login, "id": 1}, {}
        m = re.fullmatch(r"/repos/([^/]+)/([^/]+)(/.*)?", path)
        if not m:
            return 404, {"message": "Not Found"}, {}
        full = f"{m.group(1)}/{m.group(2)}"
        repo = self.repos.get(full.lower())
        pending = self._fork_pending.get(full.lower(), 0)
        if repo is None or (repo.private and login not in repo.writers) or pending:
            if pending:
                self._fork_pending[full.lower()] = pending - 1
            return 404, {"message": "Not Found"}, {}
        rest = m.group(3) or ""
        if rest == "" and method == "GET":
            return 200, self._repo_json(repo, login), {}
        if rest == "/forks" and method == "POST":
            return self._fork(repo, login)
        if rest == "/pulls" and method == "GET":
            return self._paged(self._list_pulls(repo, query), query, path)
        if rest == "/pulls" and method == "POST":
            return self._create_pull(repo, login, body or {})
        pm = re.fullmatch(r"/pulls/(\d+)", rest)
        if pm and method == "PATCH":
            pull = self._pull(repo, int(pm.group(1)))
            if pull is None:
                return 404, {"message": "Not Found"}, {}
            if login not in repo.writers and pull["user"]["login"] != login:
                return 403, {"message": "Must have admin rights to Repository."}, {}
            for key in ("title", "body"):
                if key in (body or {}):
                    pull[key] = body[key]
            return 200, pull, {}
        if rest == "/issues" and method == "GET":
            wanted = [s for v in query.get("labels", []) for s in v.split(",") if s]
            state = (query.get("state") or ["open"])[0]
            found = [
                i for i in repo.issues
                if (state == "all" or i["state"] == state)
                and all(w in {lab["name"] for lab in i["labels"]} for w in wanted)
            ]  # fmt: skip
            return self._paged(found, query, path)
        cm = re.fullmatch(r"/issues/(\d+)/comments", rest)
        if cm:
            number = int(cm.group(1))
            if not any(i["number"] == number for i in repo.issues):
                return 404, {"message": "Not Found"}, {}
            comments = repo.comments.setdefault(number, [])
            if method == "GET":
                return self._paged(comments, query, path)
            if method == "POST":
                if not (body or {}).get("body"):
                    return 422, {"message": "Validation Failed", "errors": [
                        {"resource": "IssueComment", "code": "missing_field", "field": "body"}
                    ]}, {}  # fmt: skip
                self._next_id += 1
                comment = {
                    "id": self._next_id,
                    "body": body["body"],
                    "user": {"login": login},
                    "html_url": f"https://github.example/{full}/issues/{number}"
                    f"#issuecomment-{self._next_id}",
                }
                comments.append(comment)
                return 201, comment, {}
        return 404, {"message": "Not Found"}, {}

    def _paged(self, items: list[Any], query: dict[str, list[str]], path: str
               ) -> tuple[int, Any, dict[str, str]]:  # fmt: skip
        per_page = int((query.get("per_page") or ["30"])[0])
        page = int((query.get("page") or ["1"])[0])
        chunk = items[(page - 1) * per_page : page * per_page]
        extra = {}
        if page * per_page < len(items):
            flat = {k: v[0] for k, v in query.items()}
            flat["page"] = str(page + 1)
            extra["Link"] = f'<{self.url}{path}?{urllib.parse.urlencode(flat)}>; rel="next"'
        return 200, chunk, extra

    def _repo_json(self, repo: FakeRepo, login: str) -> dict[str, Any]:
        data: dict[str, Any] = {
            "full_name": repo.full_name,
            "name": repo.full_name.split("/")[1],
            "owner": {"login": repo.full_name.split("/")[0]},
            "default_branch": repo.default_branch,
            "private": repo.private,
            "fork": repo.fork_of is not None,
            "clone_url": str(repo.bare),
            "ssh_url": f"git@github.example:{repo.full_name}.git",
            "html_url": f"https://github.example/{repo.full_name}",
            "allow_forking": repo.allow_forking,
            "permissions": {
                "admin": False,
                "push": login in repo.writers,
                "pull": True,
            },
        }
        if repo.fork_of:
            data["parent"] = {"full_name": repo.fork_of}
        return data

    def _fork(self, repo: FakeRepo, login: str) -> tuple[int, Any, dict[str, str]]:
        if not repo.allow_forking:
            return 403, {"message": "Forking is disabled for this repository."}, {}
        name = f"{login}/{repo.full_name.split('/')[1]}"
        existing = self.repos.get(name.lower())
        if existing is None:
            bare = self.root / f"fork-{login}-{repo.full_name.split('/')[1]}.git"
            subprocess.run(
                ["git", "clone", "-q", "--bare", str(repo.bare), str(bare)],
                check=True, capture_output=True,
            )  # fmt: skip
            existing = self.add_repo(
                name, bare, writers={login}, default_branch=repo.default_branch,
                fork_of=repo.full_name,
            )  # fmt: skip
            if self.fork_delay:
                self._fork_pending[name.lower()] = self.fork_delay
        return 202, self._repo_json(existing, login), {}

    def _list_pulls(self, repo: FakeRepo, query: dict[str, list[str]]) -> list[dict[str, Any]]:
        state = (query.get("state") or ["open"])[0]
        head = (query.get("head") or [None])[0]
        base = (query.get("base") or [None])[0]
        found = []
        for pull in self.pulls(repo.full_name):
            if state != "all" and pull["state"] != state:
                continue
            if head and f"{pull['head']['repo']['owner']['login']}:{pull['head']['ref']}" != head:
                continue
            if base and pull["base"]["ref"] != base:
                continue
            found.append(pull)
        return found

    def _pull(self, repo: FakeRepo, number: int) -> dict[str, Any] | None:
        return next((p for p in self.pulls(repo.full_name) if p["number"] == number), None)

    def _create_pull(self, repo: FakeRepo, login: str, body: dict[str, Any]
                     ) -> tuple[int, Any, dict[str, str]]:  # fmt: skip
        head = str(body.get("head") or "")
        base = str(body.get("base") or "")
        owner, _, branch = head.rpartition(":")
        owner = owner or repo.full_name.split("/")[0]
        head_repo = self.repos.get(f"{owner}/{repo.full_name.split('/')[1]}".lower())
        invalid = {"message": "Validation Failed", "errors": []}
        if not body.get("title"):
            invalid["errors"].append({"resource": "PullRequest", "field": "title",
                                      "code": "missing_field"})  # fmt: skip
        if head_repo is None or not _has_branch(head_repo.bare, branch):
            invalid["errors"].append({"resource": "PullRequest", "field": "head",
                                      "code": "invalid"})  # fmt: skip
        if not _has_branch(repo.bare, base):
            invalid["errors"].append({"resource": "PullRequest", "field": "base",
                                      "code": "invalid"})  # fmt: skip
        if invalid["errors"]:
            return 422, invalid, {}
        if self._list_pulls(repo, {"head": [f"{owner}:{branch}"], "base": [base]}):
            return 422, {"message": "Validation Failed", "errors": [{
                "resource": "PullRequest", "code": "custom",
                "message": f"A pull request already exists for {owner}:{branch}.",
            }]}, {}  # fmt: skip
        number = len(repo.issues) + 1
        pull = {
            "number": number,
            "title": body["title"],
            "body": body.get("body") or "",
            "state": "open",
            "user": {"login": login},
            "labels": [],
            "html_url": f"https://github.example/{repo.full_name}/pull/{number}",
            "head": {"ref": branch, "repo": {"owner": {"login": owner},
                                              "full_name": head_repo.full_name}},  # type: ignore[union-attr]
            "base": {"ref": base},
            "pull_request": {"url": ""},
        }  # fmt: skip
        repo.issues.append(pull)
        return 201, pull, {}


def _has_branch(bare: Path, branch: str) -> bool:
    if not branch:
        return False
    done = subprocess.run(
        ["git", "--git-dir", str(bare), "rev-parse", "--verify", "-q", f"refs/heads/{branch}"],
        capture_output=True,
    )
    return done.returncode == 0
