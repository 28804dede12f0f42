"""The HackMD stand-in with HackMD's realtime editor in front of it (for the live bridge's
tests and ``bench/two_writers.py``): a colleague's web edit is an operation on the text as
it is then, and an API update is rebased onto what others typed meanwhile."""

from __future__ import annotations

import re
import time

from noteapp.core.text.merge import merge_texts
from tests.publish.hackmd_server import FakeHackMD


class RealtimeHackMD(FakeHackMD):
    """The stand-in, with HackMD's realtime editor in front of it: a colleague's edit in
    the web page is an operation on the text as it is at that moment, and an API update
    reaches the editor as an operation too (hackmdio/codimd#1013: the update is turned
    into an OT change for everyone connected), so it changes what its sender changed
    since the version that sender read, on top of what others typed meanwhile."""

    def __init__(self, port: int = 0) -> None:
        super().__init__(port=port)
        self.read_by_api: dict[str, str] = {}  # note id -> the content the API last served
        self.window_ends = time.time() + self.reset_in  # HackMD's rate-limit window

    def _limit_headers(self) -> dict[str, str]:
        headers = super()._limit_headers()
        headers["X-RateLimit-UserReset"] = str(int(self.window_ends * 1000))
        return headers

    def _route(self, method, path, headers, body):
        if time.time() >= self.window_ends:  # a new window: the calls are back
            self.remaining, self.window_ends = self.limit, time.time() + self.reset_in
        status, payload, extra = super()._route(method, path, headers, body)
        match = re.fullmatch(r"/v1(?:/teams/[^/]+)?/notes/([^/]+)", path)
        if match and method == "GET" and status in (200, 304):
            self.read_by_api[match.group(1)] = self.notes[match.group(1)].content
        return status, payload, extra

    def web_edit(self, note_id: str, change) -> None:
        """A colleague types in the web page: ``change(text)`` on the current text."""
        with self.lock:
            note = self.notes[note_id]
            note.content = change(note.content)
            note.version += 1
            note.last_changed_at = int(time.time() * 1000)
            note.last_change_user = "Grace Hopper"


def _rebasing_patch(fake: RealtimeHackMD):
    original = fake._route

    def route(method, path, headers, body):
        match = re.fullmatch(r"/v1(?:/teams/[^/]+)?/notes/([^/]+)", path)
        if method == "PATCH" and match and match.group(1) in fake.notes:
            note_id = match.group(1)
            current = fake.notes[note_id].content
            read = fake.read_by_api.get(note_id, current)
            sent = (body or {}).get("content")
            if isinstance(sent, str) and read != current:
                merged = merge_texts(read, sent, current)
                if merged.clean:
                    body = {**body, "content": merged.text()}
        return original(method, path, headers, body)

    fake._route = route
    return fake


def realtime_hackmd(port: int = 0) -> RealtimeHackMD:
    """A started realtime stand-in."""
    return _rebasing_patch(RealtimeHackMD(port)).start()
