"""A hostile HackMD on 127.0.0.1: every bad answer is refused with a message, the note's
bytes stay as they were, the token reaches no other host and no output, and the next
push or pull works."""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
import socket
import threading
import time
import traceback
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from noteapp.core.errors import PublishError
from noteapp.publish.hackmd_api import HackMDClient, HackMDError
from noteapp.publish.hackmd_state import SyncState
from noteapp.publish.hackmd_sync import pull_from_hackmd, push_to_hackmd
from noteapp.publish.progress import Cancelled
from tests.conftest import FIXTURES
from tests.publish.hackmd_server import FakeHackMD, Fault

NOTE = FIXTURES / "hackmd" / "weekly-call.md"
MiB = 1024 * 1024


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def quick_client(server: FakeHackMD, url: str | None = None, **limits) -> HackMDClient:
    """A client with small limits, so that a hostile case costs a second at most."""
    limits = {"deadline": 1.0, "retry_pause": 0.01, **limits}
    return HackMDClient(server.token, url or server.url, timeout=1.0, max_wait=2, **limits)


@pytest.fixture
def other() -> Iterator[FakeHackMD]:
    """Another host: a second server, on another port, that would accept the token."""
    server = FakeHackMD().start()
    yield server
    server.stop()


@pytest.fixture
def note(workspace: Path) -> Path:
    target = workspace / "calls" / "2024-05-02.md"
    target.parent.mkdir(parents=True)
    shutil.copyfile(NOTE, target)
    return target


def dead_url() -> str:
    """A local port nobody listens on: the connection is refused."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1"


@dataclass(frozen=True)
class Case:
    name: str
    faults: tuple[Fault, ...]
    says: str  # what the message must say (a regular expression)
    dead: bool = False  # connection refused: the client talks to a closed port


def cases(stage: str, other_url: str) -> list[Case]:
    """The hostile answers for a stage: ``create`` (POST), ``pull`` (GET of the note) or
    ``update`` (PATCH)."""
    method = {"create": "POST", "pull": "GET", "update": "PATCH"}[stage]
    prefix = "/v1/notes"

    def f(kind: str, times: int = 1, **kw) -> tuple[Fault, ...]:
        return tuple(Fault(kind, method=method, prefix=prefix, **kw) for _ in range(times))

    retried = 1 if method == "POST" else 3  # a create is never sent twice; the rest thrice
    common = [
        Case("broken-json", f("broken-json"), r"not valid JSON"),
        Case("html-200", f("html"), r"HTML page"),
        Case("wrong-content-type", f("text-json"), r"not JSON \(it is text/plain\)"),
        Case("huge", f("huge"), r"larger than 16 MiB"),
        Case("huge-declared", f("huge", declared=True), r"larger than 16 MiB"),
        Case("drip", f("drip", retried), r"no complete answer within 1 s"),
        Case(
            "redirect-other-host",
            f("redirect", status=307, location=other_url + "/notes"),
            r"redirect \(307\) to 127\.0\.0\.1:\d+.*does not follow",
        ),
        Case("5xx", f("status", retried, status=502), r"502"),
        Case("reset", f("reset", retried), r"cut off|reset|Could not reach"),
        Case("refused", (), r"Could not reach HackMD", dead=True),
    ]
    if stage == "create":
        return [
            *common,
            Case("3xx", f("redirect", status=308, location="/v1/notes"), r"redirect \(308\)"),
            Case("no-id", f("json", status=201, payload={"title": "x"}), r"has no id"),
            Case(
                "id-not-text",
                f("json", status=201, payload={"id": 42, "title": "x"}),
                r"id should be text, not a number",
            ),
        ]
    if stage == "pull":
        return [
            *common,
            Case(
                "no-content",
                f("json", payload={"id": "PLACEHOLDER", "title": "x"}),
                r"has no content",
            ),
            Case(
                "content-not-text",
                f("json", payload={"id": "PLACEHOLDER", "content": 42}),
                r"content should be text, not a number",
            ),
            Case("304-unasked", f("redirect", status=304), r"answered 304"),
        ]
    return [  # update: HackMD answers 202 and nothing else is proof that it was saved
        Case("html-200", f("html"), r"HTML page"),
        Case("3xx", f("redirect", status=302, location=other_url + "/notes"), r"redirect"),
        Case("5xx", f("status", retried, status=500), r"500"),
        Case("reset", f("reset", retried), r"Could not reach HackMD"),
        Case("drip", f("drip", retried), r"no complete answer within 1 s"),
    ]


def case_ids(stage: str) -> list[str]:
    return [c.name for c in cases(stage, "http://127.0.0.1:1/v1")]


def find(stage: str, name: str, other: FakeHackMD, note_id: str = "") -> Case:
    case = next(c for c in cases(stage, other.url) if c.name == name)
    faults = tuple(
        Fault(**{**fault.__dict__, "payload": _with_id(fault.payload, note_id)})
        for fault in case.faults
    )
    return Case(case.name, faults, case.says, case.dead)


def _with_id(payload, note_id: str):
    if isinstance(payload, dict) and payload.get("id") == "PLACEHOLDER":
        return {**payload, "id": note_id}
    return payload


def assert_token_nowhere(token: str, exc: BaseException, *roots: Path) -> None:
    shown = [str(exc), repr(exc), "".join(traceback.format_exception(exc))]
    for text in shown:
        assert token not in text, text
    for root in roots:
        for path in root.rglob("*"):
            if path.is_file():
                assert token.encode() not in path.read_bytes(), path


def assert_no_token_reached(other: FakeHackMD) -> None:
    assert all("Authorization" not in r.headers for r in other.requests), other.requests


@pytest.mark.parametrize("name", case_ids("create"))
def test_a_hostile_answer_to_the_first_push(
    name: str, note: Path, hackmd: FakeHackMD, other: FakeHackMD, state: SyncState, workspace
):
    case = find("create", name, other)
    hackmd.faults.extend(case.faults)
    before = sha(note)
    client = quick_client(hackmd, dead_url() if case.dead else None)
    started = time.monotonic()
    with pytest.raises(PublishError, match=case.says) as caught:
        push_to_hackmd(note, client=client, state=state)
    assert time.monotonic() - started < 5
    assert sha(note) == before
    record = state.get(note)
    assert record is None or (record.note_id is None and record.team is None)
    assert_token_nowhere(hackmd.token, caught.value, workspace)
    assert_no_token_reached(other)
    # The next push works and makes exactly one note.
    result = push_to_hackmd(note, client=quick_client(hackmd), state=state)
    assert result.action == "created" and list(hackmd.notes) == [result.note_id]
    assert sha(note) == before


@pytest.mark.parametrize("name", case_ids("pull"))
def test_a_hostile_answer_to_a_pull_leaves_the_note_alone(
    name: str, note: Path, hackmd: FakeHackMD, other: FakeHackMD, state: SyncState, workspace
):
    note_id = push_to_hackmd(note, client=quick_client(hackmd), state=state).note_id
    hackmd.edit(note_id, hackmd.notes[note_id].content + "- added on the web\n")
    case = find("pull", name, other, note_id)
    hackmd.faults.extend(case.faults)
    before, saved = sha(note), state.path.read_bytes()
    client = quick_client(hackmd, dead_url() if case.dead else None)
    with pytest.raises(PublishError, match=case.says) as caught:
        pull_from_hackmd(note, client=client, state=state)
    assert sha(note) == before and state.path.read_bytes() == saved
    assert_token_nowhere(hackmd.token, caught.value, workspace)
    assert_no_token_reached(other)
    hackmd.faults.clear()
    result = pull_from_hackmd(note, client=quick_client(hackmd), state=state)
    assert result.changed and note.read_text(encoding="utf-8").endswith("- added on the web\n")


@pytest.mark.parametrize("name", case_ids("update"))
def test_a_hostile_answer_to_an_update_is_not_taken_for_success(
    name: str, note: Path, hackmd: FakeHackMD, other: FakeHackMD, state: SyncState, workspace
):
    note_id = push_to_hackmd(note, client=quick_client(hackmd), state=state).note_id
    note.write_bytes(note.read_bytes() + b"- one more line\n")
    case = find("update", name, other)
    hackmd.faults.extend(case.faults)
    before, saved = sha(note), state.path.read_bytes()
    with pytest.raises(PublishError, match=case.says) as caught:
        push_to_hackmd(note, client=quick_client(hackmd), state=state)
    assert sha(note) == before and state.path.read_bytes() == saved  # not recorded as sent
    assert_token_nowhere(hackmd.token, caught.value, workspace)
    assert_no_token_reached(other)
    result = push_to_hackmd(note, client=quick_client(hackmd), state=state)
    assert result.action == "updated"
    assert hackmd.notes[note_id].content.endswith("- one more line\n")


def test_a_redirect_of_a_get_to_another_host_is_not_followed(hackmd: FakeHackMD, other: FakeHackMD):
    other.notes.update(hackmd.notes)
    hackmd.faults.append(Fault("redirect", status=302, location=other.url + "/me", echo=False))
    with pytest.raises(HackMDError, match="redirect") as caught:
        quick_client(hackmd).me()
    assert other.requests == []  # not even a request without the token
    assert caught.value.status == 302


def test_plain_http_is_refused_except_to_this_computer():
    for url in ("http://api.hackmd.io/v1", "http://192.168.1.20:3000/v1", "ftp://x/v1"):
        with pytest.raises(PublishError, match=r"https://") as caught:
            HackMDClient("tok-123456789", url)
        assert "tok-123456789" not in str(caught.value)
    for url in ("http://127.0.0.1:3000/v1", "http://[::1]:3000/v1", "http://localhost/v1"):
        assert HackMDClient("tok-123456789", url).base_url == url
    assert HackMDClient("tok-123456789", "https://api.hackmd.io/v1").base_url.startswith("https")


def test_the_api_url_from_the_environment_is_checked_too(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("NOTEAPP_HACKMD_API_URL", "http://hackmd.example.org/v1")
    with pytest.raises(PublishError, match="plain http"):
        HackMDClient("tok-123456789")


def test_a_huge_answer_is_cut_at_the_cap_not_read_to_the_end(hackmd: FakeHackMD):
    hackmd.faults.append(Fault("huge", method="GET"))
    with pytest.raises(HackMDError, match=r"larger than 2 MiB"):
        quick_client(hackmd, max_bytes=2 * MiB).me()
    time.sleep(0.2)  # the server notices the hang-up
    assert hackmd.huge_bytes_sent < 50 * MiB  # of 300 MiB


def test_cancel_ends_a_blocked_read_at_once_and_the_next_call_works(hackmd: FakeHackMD):
    hackmd.faults.append(Fault("drip", method="GET", every=0.5))
    cancel = threading.Event()
    client = quick_client(hackmd, deadline=60.0, cancel=cancel)
    threading.Timer(0.3, cancel.set).start()
    started = time.monotonic()
    with pytest.raises(Cancelled):
        client.me()
    assert time.monotonic() - started < 1.0  # not the 60 s deadline
    assert quick_client(hackmd).me()["name"] == "Tester"


def test_an_error_page_that_echoes_the_token_does_not_show_it(hackmd: FakeHackMD):
    hackmd.faults.append(
        Fault("json", method="GET", status=400, payload={"error": "bad request"}, echo=True)
    )
    with pytest.raises(HackMDError, match=r"400.*bad request|bad request.*400") as caught:
        quick_client(hackmd).me()
    assert_token_nowhere(hackmd.token, caught.value)
    assert "***" in str(caught.value)  # what it echoed, redacted


def test_the_state_file_and_its_folder_are_private(note: Path, hackmd: FakeHackMD, state):
    push_to_hackmd(note, client=quick_client(hackmd), state=state)
    assert state.path.stat().st_mode & 0o777 == 0o600
    assert state.path.parent.stat().st_mode & 0o777 == 0o700
    state.path.chmod(0o644)  # an older noteapp's file is made private on the next write
    note.write_bytes(note.read_bytes() + b"more\n")
    push_to_hackmd(note, client=quick_client(hackmd), state=state)
    assert state.path.stat().st_mode & 0o777 == 0o600
    assert hackmd.token not in state.path.read_text(encoding="utf-8")


def test_a_failed_team_push_does_not_remember_the_team(
    note: Path, hackmd: FakeHackMD, state: SyncState
):
    hackmd.faults.append(Fault("status", method="POST", status=403))
    with pytest.raises(PublishError, match="403"):
        push_to_hackmd(note, client=quick_client(hackmd), state=state, team="infra")
    record = state.get(note)
    assert record is None or record.team is None
    result = push_to_hackmd(note, client=quick_client(hackmd), state=state)  # no --team now
    assert hackmd.calls("POST")[-1].path == "/v1/notes"  # a personal note, as asked
    assert state.get(note).team is None and result.action == "created"


def test_a_lost_team_create_is_looked_for_in_that_team(
    note: Path, hackmd: FakeHackMD, state: SyncState
):
    hackmd.drop_create_after_saving, hackmd.hide_from_list = 1, 1
    with pytest.raises(PublishError, match="no second copy"):
        push_to_hackmd(note, client=quick_client(hackmd), state=state, team="infra")
    assert state.get(note).team is None  # not until the note is known to be there
    result = push_to_hackmd(note, client=quick_client(hackmd), state=state)
    assert "earlier push created" in result.warnings[0]
    assert len(hackmd.notes) == 1 and state.get(note).team == "infra"


def test_an_empty_note_on_hackmd_does_not_empty_the_file(
    note: Path, hackmd: FakeHackMD, state: SyncState
):
    note_id = push_to_hackmd(note, client=quick_client(hackmd), state=state).note_id
    hackmd.edit(note_id, "---\ntitle: Weekly maintainers call\n---\n")
    before = sha(note)
    with pytest.raises(PublishError, match="--allow-empty"):
        pull_from_hackmd(note, client=quick_client(hackmd), state=state)
    assert sha(note) == before
    result = pull_from_hackmd(note, client=quick_client(hackmd), state=state, allow_empty=True)
    assert result.changed and note.read_text(encoding="utf-8").endswith("---\n")


def test_a_pulled_title_never_names_a_file(tmp_path: Path, hackmd: FakeHackMD, state):
    hostile = "---\ntitle: ../../../escaped\n---\n# ../../../escaped\n\ntext\n"
    created = quick_client(hackmd).create_note(hostile)
    target = tmp_path / "ws" / "new.md"
    pull_from_hackmd(target, client=quick_client(hackmd), state=state, note_id=created.note.id)
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file()) == ["new.md"]
    assert not (tmp_path.parent / "escaped").exists()
    assert json.loads(state.path.read_text(encoding="utf-8"))["notes"]


@pytest.mark.parametrize("stage", ["create", "pull"])
def test_the_token_is_in_no_output_and_no_file_on_any_error_path(
    stage: str,
    note: Path,
    hackmd: FakeHackMD,
    other: FakeHackMD,
    workspace: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
):
    """Every hostile case through the command line, with a server that echoes the token
    into its pages, errors and redirects: stdout, stderr, logs and files never hold it."""
    from noteapp.cli import main

    caplog.set_level(logging.DEBUG)
    for key, value in {"deadline": 1.0, "timeout": 1.0, "retry_pause": 0.01}.items():
        monkeypatch.setitem(HackMDClient.__init__.__kwdefaults__, key, value)
    monkeypatch.setenv("NOTEAPP_HACKMD_TOKEN", hackmd.token)
    monkeypatch.setenv("NOTEAPP_HACKMD_API_URL", hackmd.url)
    note_id = ""
    if stage == "pull":
        assert main(["publish", str(note), "--hackmd"]) == 0
        [note_id] = list(hackmd.notes)
    method = "POST" if stage == "create" else "GET"
    echoing = [
        Case(
            f"{status}", (Fault("json", method=method, status=status, payload={"error": "no"}),), ""
        )
        for status in (400, 401, 403, 404, 500)
    ]
    errors = 0
    for case in [*cases(stage, other.url), *echoing]:
        case = find(stage, case.name, other, note_id) if case.says else case
        hackmd.faults[:] = list(case.faults) * (3 if case in echoing and method == "GET" else 1)
        monkeypatch.setenv("NOTEAPP_HACKMD_API_URL", dead_url() if case.dead else hackmd.url)
        if stage == "pull":
            hackmd.edit(note_id, hackmd.notes[note_id].content + f"- {case.name}\n")
            code = main(["pull", str(note), "--hackmd"])
        else:
            code = main(["publish", str(note), "--hackmd"])
        errors += code == 1
        assert code == 1, case.name
    assert errors == len(cases(stage, other.url)) + len(echoing)
    captured = capsys.readouterr()
    everything = captured.out + captured.err + caplog.text
    assert "***" in everything  # the echoes were there, redacted
    assert hackmd.token not in everything
    assert_no_token_reached(other)
    for root in (workspace, note.parent):
        for path in root.rglob("*"):
            assert not path.is_file() or hackmd.token.encode() not in path.read_bytes(), path


def test_the_command_line_says_the_note_was_not_changed(
    note: Path, hackmd: FakeHackMD, monkeypatch: pytest.MonkeyPatch, capsys
):
    from noteapp.cli import main

    monkeypatch.setenv("NOTEAPP_HACKMD_TOKEN", hackmd.token)
    monkeypatch.setenv("NOTEAPP_HACKMD_API_URL", hackmd.url)
    assert main(["publish", str(note), "--hackmd"]) == 0
    [note_id] = list(hackmd.notes)
    hackmd.edit(note_id, hackmd.notes[note_id].content + "- web\n")
    hackmd.faults.append(Fault("html", method="GET", prefix=f"/v1/notes/{note_id}"))
    before = sha(note)
    capsys.readouterr()
    assert main(["pull", str(note), "--hackmd"]) == 1  # was 0, "Pulled …", and no body left
    captured = capsys.readouterr()
    assert "HTML page" in captured.err and "2024-05-02.md was not changed." in captured.err
    assert "Pulled" not in captured.out and sha(note) == before
