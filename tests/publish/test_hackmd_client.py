"""The HackMD API client against a local server: status codes, rate limits, the token."""

from __future__ import annotations

import threading
import time

import pytest

from noteapp.publish.hackmd_api import (
    AuthError,
    HackMDClient,
    NotFound,
    RateLimited,
    Unreachable,
)
from noteapp.publish.progress import Cancelled
from noteapp.publish.token import MissingToken, Secret, hackmd_token, redact
from tests.publish.hackmd_server import FakeHackMD


def test_create_read_update_a_personal_note(client: HackMDClient, hackmd: FakeHackMD):
    created = client.create_note("---\ntitle: Call\n---\n# Call\n")
    assert hackmd.calls("POST")[0].status == 201
    assert created.note.title == "Call" and created.warning is None
    client.update_note(created.note.id, "# Call\n\nmore\n")
    assert hackmd.calls("PATCH")[0].status == 202
    note = client.get_note(created.note.id)
    assert note is not None and note.content == "# Call\n\nmore\n"
    assert note.last_change_user == "Tester" and note.last_changed_at.endswith("+00:00")
    assert client.get_note(created.note.id, etag=note.etag) is None  # 304 Not Modified
    assert hackmd.calls("GET")[-1].status == 304
    assert [n.id for n in client.list_notes()] == [created.note.id]
    assert client.me()["name"] == "Tester"


def test_team_notes_live_under_the_teams_path(client: HackMDClient, hackmd: FakeHackMD):
    created = client.create_note("# Team call\n", team="zarr-devs")
    assert hackmd.calls("POST")[0].path == "/v1/teams/zarr-devs/notes"
    client.update_note(created.note.id, "# Team call\n\nx\n", team="zarr-devs")
    assert hackmd.calls("PATCH")[0].path == f"/v1/teams/zarr-devs/notes/{created.note.id}"
    with pytest.raises(NotFound):
        client.get_note(created.note.id)  # not a personal note


def test_207_reports_the_note_and_the_problem(client: HackMDClient, hackmd: FakeHackMD):
    hackmd.create_status = 207
    created = client.create_note("# Call\n")
    assert created.note.id in hackmd.notes
    assert created.warning == "Folder not found"


def test_a_404_names_the_note(client: HackMDClient):
    with pytest.raises(NotFound, match="404"):
        client.get_note("nope")


def test_the_rate_limit_headers_are_read(client: HackMDClient, hackmd: FakeHackMD):
    client.me()
    assert client.rate_limit is not None
    assert client.rate_limit.limit == 100 and client.rate_limit.remaining == 99
    assert 290 < client.rate_limit.reset_at - time.time() < 302


@pytest.mark.parametrize("reset_format", ["seconds", "ms"])
def test_429_waits_for_the_reset_then_succeeds(hackmd: FakeHackMD, reset_format: str):
    hackmd.reset_format = reset_format
    hackmd.throttle, hackmd.throttle_reset_in = 1, 0.6
    lines: list[str] = []
    client = HackMDClient(hackmd.token, hackmd.url, max_wait=10, progress=lines.append)
    started = time.monotonic()
    assert client.me()["name"] == "Tester"
    assert time.monotonic() - started >= 0.5
    assert [r.status for r in hackmd.requests] == [429, 200]
    assert any("rate limit" in line for line in lines)


def test_a_reset_too_far_away_is_a_clear_error_not_a_hang(hackmd: FakeHackMD):
    hackmd.throttle, hackmd.throttle_reset_in = 1, 600
    client = HackMDClient(hackmd.token, hackmd.url, max_wait=2)
    started = time.monotonic()
    with pytest.raises(RateLimited, match=r"100 calls per 5 minutes.*resets at") as caught:
        client.create_note("# Call\n")
    assert time.monotonic() - started < 2
    assert caught.value.reset_at is not None and not hackmd.notes


def test_the_last_call_of_a_window_makes_the_next_request_wait(hackmd: FakeHackMD):
    hackmd.remaining, hackmd.reset_in = 1, 0.5  # after this call none are left
    hackmd.reset_format = "ms"
    client = HackMDClient(hackmd.token, hackmd.url, max_wait=5)
    client.me()
    assert client.rate_limit.remaining == 0
    started = time.monotonic()
    client.me()
    assert time.monotonic() - started >= 0.3
    assert [r.status for r in hackmd.requests] == [200, 200]  # no 429 was needed


def test_the_monthly_quota_is_not_waited_for(client: HackMDClient, hackmd: FakeHackMD):
    hackmd.quota_exceeded = True
    with pytest.raises(RateLimited, match="monthly API quota"):
        client.me()
    assert len(hackmd.requests) == 1


def test_cancel_stops_a_rate_limit_wait(hackmd: FakeHackMD):
    hackmd.throttle, hackmd.throttle_reset_in = 1, 30
    cancel = threading.Event()
    client = HackMDClient(hackmd.token, hackmd.url, max_wait=60, cancel=cancel)
    threading.Timer(0.3, cancel.set).start()
    started = time.monotonic()
    with pytest.raises(Cancelled):
        client.me()
    assert time.monotonic() - started < 5


def test_cancel_before_a_request_sends_nothing(hackmd: FakeHackMD):
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        HackMDClient(hackmd.token, hackmd.url, cancel=cancel).create_note("# x\n")
    assert hackmd.requests == []


def test_an_expired_token_says_what_to_do_and_never_shows_the_token(hackmd: FakeHackMD):
    expired = "expired-token-abcdef123456"
    client = HackMDClient(expired, hackmd.url)
    with pytest.raises(AuthError) as caught:
        client.me()
    message = str(caught.value)
    assert "401" in message and "keyring set noteapp hackmd" in message
    assert "NOTEAPP_HACKMD_TOKEN" in message
    assert expired not in message and expired not in repr(client) and expired not in repr(caught)
    assert hackmd.requests[0].headers["Authorization"] == f"Bearer {expired}"


def test_a_server_that_is_not_there(hackmd: FakeHackMD):
    url = hackmd.url
    hackmd.stop()
    client = HackMDClient(hackmd.token, url, timeout=2)
    with pytest.raises(Unreachable, match="Could not reach HackMD") as caught:
        client.create_note("# x\n")
    assert caught.value.maybe_sent is False  # refused: nothing can have been made


def test_a_create_whose_answer_is_lost_is_not_sent_again(client: HackMDClient, hackmd: FakeHackMD):
    hackmd.drop_create_after_saving = 1
    with pytest.raises(Unreachable) as caught:
        client.create_note("# Call\n")
    assert caught.value.maybe_sent is True
    assert len(hackmd.calls("POST")) == 1 and len(hackmd.notes) == 1


def test_a_get_is_retried_after_a_lost_answer(client: HackMDClient, hackmd: FakeHackMD):
    created = client.create_note("# Call\n")
    hackmd.throttle = 0
    original = hackmd._route
    failed = []

    def flaky(method, path, headers, body):
        if method == "GET" and not failed:
            failed.append(path)
            return 0, None, {}
        return original(method, path, headers, body)

    hackmd._route = flaky
    assert client.get_note(created.note.id).content == "# Call\n"
    assert len(hackmd.calls("GET")) == 2


def test_token_from_the_environment_first(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("NOTEAPP_HACKMD_TOKEN", "env-token-1234")
    token = hackmd_token()
    assert token.reveal() == "env-token-1234"
    assert "env-token" not in repr(token) and str(token) == "***"


def test_a_keyring_without_a_backend_is_a_message_not_a_crash(monkeypatch: pytest.MonkeyPatch):
    import keyring
    import keyring.errors

    def no_backend(service: str, user: str) -> str:
        raise keyring.errors.NoKeyringError("No recommended backend was available. Install…")

    monkeypatch.setattr(keyring, "get_password", no_backend)
    with pytest.raises(MissingToken) as caught:
        hackmd_token()
    message = str(caught.value)
    assert "No recommended backend was available" in message
    assert "keyring set noteapp hackmd" in message and "NOTEAPP_HACKMD_TOKEN" in message


def test_token_from_the_keyring(monkeypatch: pytest.MonkeyPatch):
    import keyring

    asked = []

    def stored(service: str, user: str) -> str:
        asked.append((service, user))
        return "kr-token-5678"

    monkeypatch.setattr(keyring, "get_password", stored)
    assert hackmd_token().reveal() == "kr-token-5678"
    assert asked == [("noteapp", "hackmd")]


def test_redact_hides_every_copy():
    assert redact("a tok-12345 b tok-12345", Secret("tok-12345")) == "a *** b ***"
