"""A local stand-in for HackMD's API v1, for tests: real HTTP on 127.0.0.1, ephemeral port.

It implements what noteapp uses, with HackMD's status codes and headers: ``GET /me``,
``GET /notes``, ``POST /notes`` (201, or 207 with ``{note, error}``), ``GET /notes/{id}``
(200 with an ETag, 304 on ``If-None-Match``, 404), ``PATCH /notes/{id}`` (202), the same
under ``/teams/{teamPath}/notes``, 401 for a wrong token and 429 with the
``X-RateLimit-User*`` headers.  Faults are switched on by setting attributes; hostile
answers (:class:`Fault`: broken JSON, an HTML page, a redirect, a huge or dripping answer,
a reset connection...) are queued in ``faults`` and each used once.
"""

from __future__ import annotations

import json
import re
import secrets
import socket
import struct
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class StoredNote:
    id: str
    content: str
    team: str | None
    created_at: int  # epoch ms, as the API sends it
    last_changed_at: int
    version: int = 1
    last_change_user: str = "noteapp test"
    tags: list[str] = field(default_factory=list)
    read_permission: str = "owner"
    write_permission: str = "owner"
    comment_permission: str = "disabled"
    folder: dict[str, Any] | None = None  # the folder it is in (FolderPath), if any
    owner: str = "tester"  # another userPath: this token's user may not change it

    @property
    def title(self) -> str:
        meta = re.match(r"---\n(.*?)\n---\n", self.content, re.S)
        if meta:
            found = re.search(r"^title:[ \t]*(.+?)[ \t]*$", meta.group(1), re.M)
            if found:
                value = found.group(1)
                return json.loads(value) if value.startswith('"') else value.strip("'")
        heading = re.search(r"^# (.+?)[ \t]*$", self.content, re.M)
        return heading.group(1) if heading else "Untitled"

    @property
    def etag(self) -> str:
        return f'W/"{self.id}-{self.version}"'

    def as_json(self, content: bool = True) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "shortId": self.id,
            "title": self.title,
            "description": "",
            "tags": self.tags,
            "createdAt": self.created_at,
            "lastChangedAt": self.last_changed_at,
            "lastChangeUser": {"name": self.last_change_user, "userPath": "tester"},
            "publishType": "view",
            "publishedAt": None,
            "permalink": None,
            "publishLink": f"https://hackmd.example/s/{self.id}",
            "userPath": None if self.team else "tester",
            "teamPath": self.team,
            "readPermission": self.read_permission,
            "writePermission": self.write_permission,
            "folderPaths": [self.folder] if self.folder else [],
        }
        if content:
            data["content"] = self.content
        return data


@dataclass
class Fault:
    """A hostile answer to the next request (of ``method`` and under ``prefix``, if given).

    ``kind``: ``broken-json``, ``html`` (a sign-in page, status 200), ``text-json`` (JSON
    sent as text/plain), ``json`` (``payload`` as JSON with ``status``), ``redirect``
    (``status`` 3xx to ``location``), ``huge`` (an endless JSON answer, written lazily until
    the client hangs up; ``declared``: with a Content-Length that says so), ``drip`` (one
    byte every ``every`` seconds), ``reset`` (half the answer, then a TCP reset), ``status``
    (``status`` with an HTML body).  ``echo``: put the request's Authorization header in the
    answer, as a hostile server would, to prove it never reaches the user's screen.
    """

    kind: str
    method: str | None = None
    prefix: str = ""
    status: int = 200
    location: str = ""
    payload: Any = None
    declared: bool = False
    every: float = 0.2
    echo: bool = True


@dataclass
class Request:
    method: str
    path: str
    status: int
    headers: dict[str, str]
    body: Any


class FakeHackMD:
    """The server and its state.  ``url`` is the API base to give the client."""

    def __init__(self, token: str = "test-token-0123456789", port: int = 0) -> None:
        self.token = token
        self.notes: dict[str, StoredNote] = {}
        self.folders: dict[str, dict[str, Any]] = {}  # id -> ApiFolder (with "team")
        self.requests: list[Request] = []
        self.lock = threading.Lock()
        self.limit = 100
        self.remaining = 100
        self.reset_in = 300.0  # seconds until the window resets
        self.reset_format = "seconds"  # "seconds" or "ms": epoch seconds or milliseconds
        # Faults, each used once (counters go down).
        self.throttle = 0  # answer the next N requests with 429
        self.throttle_reset_in = 1.0
        self.quota_exceeded = False
        self.create_status = 201  # 207: made, with an error
        self.drop_create_after_saving = 0  # save the note, then close without answering
        self.drop_create_before_saving = 0  # close without saving or answering
        self.hide_from_list = 0  # leave new notes out of the next N GET /notes
        self.faults: list[Fault] = []
        self.huge_bytes_sent = 0  # how much of a huge answer went out before the hang-up
        self._stopping = threading.Event()
        self._server = ThreadingHTTPServer(("127.0.0.1", port), self._handler())
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/v1"

    def start(self) -> FakeHackMD:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()  # a dripping or huge answer ends
        self._server.shutdown()
        self._server.server_close()

    def edit(self, note_id: str, content: str, user: str = "Ada Lovelace") -> None:
        """Someone edits the note on HackMD's web page."""
        with self.lock:
            note = self.notes[note_id]
            note.content = content
            note.version += 1
            note.last_changed_at = int(time.time() * 1000)
            note.last_change_user = user

    def calls(self, method: str | None = None, prefix: str = "") -> list[Request]:
        return [
            r
            for r in self.requests
            if (method is None or r.method == method) and r.path.startswith(prefix)
        ]

    # -- handling ------------------------------------------------------------------------

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:  # keep test output quiet
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
        headers = {k: v for k, v in http.headers.items()}
        path = http.path.split("?")[0]
        fault = self._take_fault(method, path)
        if fault is not None:
            self.requests.append(Request(method, path, fault.status, headers, body))
            self._misbehave(http, fault, headers.get("Authorization", ""))
            return
        with self.lock:
            status, payload, extra = self._route(method, path, headers, body)
        self.requests.append(Request(method, path, status, headers, body))
        if status == 0:  # a dropped connection: no answer at all
            http.close_connection = True
            return
        data = b"" if payload is None else json.dumps(payload).encode("utf-8")
        http.send_response(status)
        for key, value in {**self._limit_headers(), **extra}.items():
            http.send_header(key, value)
        if payload is not None:
            http.send_header("Content-Type", "application/json; charset=utf-8")
        http.send_header("Content-Length", str(len(data)))
        http.end_headers()
        http.wfile.write(data)

    def _take_fault(self, method: str, path: str) -> Fault | None:
        with self.lock:
            for fault in self.faults:
                if fault.method in (None, method) and path.startswith(fault.prefix):
                    self.faults.remove(fault)
                    return fault
        return None

    def _misbehave(self, http: BaseHTTPRequestHandler, fault: Fault, auth: str) -> None:
        """Answer as a broken proxy, a captive portal or a hostile server would."""
        http.close_connection = True
        http.connection.settimeout(10)
        said = f" (you sent {auth})" if fault.echo else ""
        kind = fault.kind
        try:
            if kind == "redirect":
                http.send_response(fault.status)
                http.send_header("Location", fault.location + ("?" + auth if fault.echo else ""))
                http.send_header("Content-Length", "0")
                http.end_headers()
            elif kind == "huge":
                self._huge(http, fault)
            elif kind == "drip":
                self._drip(http, fault)
            elif kind == "reset":
                data = json.dumps({"id": "abc", "content": "x" * 4000 + said}).encode()
                http.send_response(200)
                http.send_header("Content-Type", "application/json")
                http.send_header("Content-Length", str(len(data)))
                http.end_headers()
                http.wfile.write(data[: len(data) // 2])
                http.wfile.flush()
                http.connection.setsockopt(
                    socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)
                )
                http.connection.close()  # with linger 0: a reset, not a clean end
            else:
                ctype, data = self._hostile_body(fault, said)
                http.send_response(fault.status)
                http.send_header("Content-Type", ctype)
                http.send_header("Content-Length", str(len(data)))
                http.end_headers()
                http.wfile.write(data)
        except OSError:  # the client hung up, as it should on a bad answer
            pass

    @staticmethod
    def _hostile_body(fault: Fault, said: str) -> tuple[str, bytes]:
        kind = fault.kind
        if kind == "broken-json":
            return "application/json", ('{"id": "abc", "content": "cut off' + said).encode()
        if kind in ("html", "status"):
            page = f"<!DOCTYPE html><html><body><h1>Sign in to the network</h1>{said}</body></html>"
            return "text/html; charset=utf-8", page.encode()
        if kind == "text-json":
            return "text/plain", json.dumps({"id": "abc", "content": "x" + said}).encode()
        if kind == "json":
            payload = fault.payload
            if fault.echo and isinstance(payload, dict):
                key = "error" if isinstance(payload.get("error"), str) else "message"
                payload = {**payload, key: str(payload.get(key, "")) + said}
            return "application/json; charset=utf-8", json.dumps(payload).encode()
        raise ValueError(f"unknown fault {kind!r}")

    def _huge(self, http: BaseHTTPRequestHandler, fault: Fault) -> None:
        """300 MB of JSON, made as it is sent: the test costs what the client reads."""
        total = 300 * 1024 * 1024
        http.send_response(200)
        http.send_header("Content-Type", "application/json")
        if fault.declared:
            http.send_header("Content-Length", str(total))
        http.end_headers()
        chunk = b'{"id": "abc", "content": "' + b"x" * (64 * 1024)
        sent = 0
        while sent < total and not self._stopping.is_set():
            http.wfile.write(chunk)
            sent += len(chunk)
            self.huge_bytes_sent = sent

    def _drip(self, http: BaseHTTPRequestHandler, fault: Fault) -> None:
        """A valid-looking answer, one byte at a time: never done within any deadline."""
        http.send_response(200)
        http.send_header("Content-Type", "application/json")
        http.send_header("Content-Length", "100000")
        http.end_headers()
        http.wfile.flush()
        while not self._stopping.wait(fault.every):
            http.wfile.write(b" ")
            http.wfile.flush()

    def _limit_headers(self) -> dict[str, str]:
        reset = time.time() + self.reset_in
        value = str(int(reset * 1000)) if self.reset_format == "ms" else str(int(reset) + 1)
        return {
            "X-RateLimit-UserLimit": str(self.limit),
            "X-RateLimit-UserRemaining": str(max(self.remaining, 0)),
            "X-RateLimit-UserReset": value,
        }

    def _route(
        self, method: str, path: str, headers: dict[str, str], body: Any
    ) -> tuple[int, Any, dict[str, str]]:
        if headers.get("Authorization") != f"Bearer {self.token}":
            return 401, {"error": "Unauthorized"}, {}
        if self.quota_exceeded:
            return (
                429,
                {
                    "error": {
                        "code": "quota_exceeded",
                        "message": "Monthly quota exceeded",
                        "upgradeUrl": "https://hackmd.example/pricing",
                        "helpUrl": "https://hackmd.example/help",
                    }
                },
                {},
            )
        if self.throttle:
            self.throttle -= 1
            reset = time.time() + self.throttle_reset_in
            value = str(int(reset * 1000)) if self.reset_format == "ms" else f"{reset:.3f}"
            return (
                429,
                {"error": "Too many requests"},
                {
                    "X-RateLimit-UserRemaining": "0",
                    "X-RateLimit-UserReset": value,
                },
            )
        self.remaining -= 1
        folders = re.fullmatch(r"/v1(?:/teams/(?P<team>[^/]+))?/folders", path)
        if folders:
            return self._folders(method, folders.group("team"), body or {})
        match = re.fullmatch(r"/v1(?:/teams/(?P<team>[^/]+))?/notes(?:/(?P<id>[^/]+))?", path)
        if path == "/v1/me" and method == "GET":
            return 200, {"id": "u1", "name": "Tester", "userPath": "tester", "teams": []}, {}
        if not match:
            return 404, {"error": "Not found"}, {}
        team, note_id = match.group("team"), match.group("id")
        if note_id is None and method == "GET":
            hidden = self.hide_from_list > 0
            self.hide_from_list = max(0, self.hide_from_list - 1)
            notes = [n.as_json(content=False) for n in self.notes.values() if n.team == team]
            return 200, ([] if hidden else notes), {}
        if note_id is None and method == "POST":
            return self._create(team, body or {})
        note = self.notes.get(note_id or "")
        if note is None or note.team != team:
            return 404, {"error": "Note not found"}, {}
        if method == "GET":
            if headers.get("If-None-Match") == note.etag:
                return 304, None, {"ETag": note.etag}
            return 200, note.as_json(), {"ETag": note.etag}
        if method == "PATCH":
            body = body or {}
            if note.owner != "tester" and note.write_permission == "owner":
                return 403, {"error": "Forbidden"}, {}
            folder = body.get("parentFolderId")
            if folder is not None and self.folders.get(folder, {}).get("team", "") != team:
                return 400, {"error": "Folder not found"}, {}
            note.read_permission = body.get("readPermission", note.read_permission)
            note.write_permission = body.get("writePermission", note.write_permission)
            if folder is not None:
                note.folder = self._folder_path(folder)
            if "content" in body:
                note.content = body["content"]
                note.version += 1
                note.last_changed_at = int(time.time() * 1000)
                note.last_change_user = "Tester"
            return 202, None, {}
        return 405, {"error": "Method not allowed"}, {}

    def _create(self, team: str | None, body: dict[str, Any]) -> tuple[int, Any, dict[str, str]]:
        if self.drop_create_before_saving:
            self.drop_create_before_saving -= 1
            return 0, None, {}
        now = int(time.time() * 1000)
        note = StoredNote(secrets.token_urlsafe(8), body.get("content", ""), team, now, now)
        note.read_permission = body.get("readPermission", note.read_permission)
        note.write_permission = body.get("writePermission", note.write_permission)
        note.comment_permission = body.get("commentPermission", note.comment_permission)
        folder = body.get("parentFolderId")
        if folder is not None and self.folders.get(folder, {}).get("team", "") == team:
            note.folder = self._folder_path(folder)
        self.notes[note.id] = note
        if self.drop_create_after_saving:
            self.drop_create_after_saving -= 1
            return 0, None, {}
        if self.create_status == 207:
            self.create_status = 201
            return 207, {"note": note.as_json(), "error": "Folder not found"}, {"ETag": note.etag}
        return 201, note.as_json(), {"ETag": note.etag}

    def _folders(
        self, method: str, team: str | None, body: dict[str, Any]
    ) -> tuple[int, Any, dict[str, str]]:
        """``GET``/``POST`` ``/folders`` and ``/teams/{teamPath}/folders`` (ApiFolder)."""
        if method == "GET":
            mine = [f for f in self.folders.values() if f["team"] == team]
            return 200, [{k: v for k, v in f.items() if k != "team"} for f in mine], {}
        if method == "POST":
            now = int(time.time() * 1000)
            folder = {
                "id": secrets.token_urlsafe(6),
                "name": body.get("name") or "Untitled",
                "description": body.get("description"),
                "icon": None,
                "color": None,
                "parentFolderId": body.get("parentFolderId"),
                "createdAt": now,
                "updatedAt": now,
                "team": team,
            }
            self.folders[folder["id"]] = folder
            return 201, {k: v for k, v in folder.items() if k != "team"}, {}
        return 405, {"error": "Method not allowed"}, {}

    def _folder_path(self, folder_id: str) -> dict[str, Any]:
        folder = self.folders[folder_id]
        return {"id": folder_id, "name": folder["name"], "icon": None, "color": None,
                "parentId": folder["parentFolderId"], "clientId": folder_id}  # fmt: skip
