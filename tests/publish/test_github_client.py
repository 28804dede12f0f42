"""The GitHub REST client against the local stand-in: answers checked, limits kept."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from noteapp.publish.github import (
    GitHubClient,
    GitHubError,
    NotFound,
    RateLimited,
    TokenRefused,
    Unreachable,
    parse_repo_url,
)
from noteapp.publish.progress import Cancelled
from tests.publish.github_server import FakeGitHub
from tests.publish.github_setup import TARGET


def test_reads_the_repository_and_the_user(
    github_client: GitHubClient, site_remote, gh: FakeGitHub
):
    repo = github_client.repo(TARGET)
    assert repo.full_name == TARGET and repo.default_branch == "main" and repo.can_push
    assert github_client.login() == "note-taker"
    sent = gh.calls("GET", "/user")[0].headers
    assert sent["Authorization"] == f"Bearer {gh.token}"
    assert sent["Accept"] == "application/vnd.github+json"
    assert sent["X-GitHub-Api-Version"] == "2022-11-28"


def test_a_wrong_token_is_refused_with_a_message_that_never_shows_it(gh: FakeGitHub):
    wrong = GitHubClient("ghp_wrong_but_secret_42", gh.url, deadline=5, write_gap=0)
    with pytest.raises(TokenRefused) as caught:
        wrong.login()
    message = str(caught.value)
    assert "refused the token" in message and "ghp_wrong_but_secret_42" not in message
    assert "NOTEAPP_GITHUB_TOKEN" in message


def test_a_private_repository_is_not_found_or_not_visible(github_client, gh, tmp_path):
    gh.add_repo("secret/repo", tmp_path, private=True)
    with pytest.raises(NotFound, match="may not see it"):
        github_client.repo("secret/repo")


def test_labelled_issues_follow_every_page(
    github_client: GitHubClient, site_remote, gh: FakeGitHub
):
    for n in range(1, 261):
        labels = ["meeting-agenda"] if n % 2 else ["bug"]
        gh.add_issue(TARGET, f"Topic {n}", f"user{n}", labels, pull=n % 5 == 0)
    found = github_client.labelled_issues(TARGET, "meeting-agenda")
    assert [i.number for i in found] == list(range(1, 261, 2))
    assert {i.is_pull for i in found} == {True, False}
    assert len(gh.calls("GET", f"/repos/{TARGET}/issues")) == 2  # two pages of 100


def test_a_next_page_on_another_host_is_not_followed(github_client, site_remote, gh, monkeypatch):
    gh.add_issue(TARGET, "Only one", "ada", ["agenda"])
    original = gh._paged

    def elsewhere(items, query, path):
        status, chunk, _ = original(items, query, path)
        return status, chunk, {"Link": '<https://evil.example/steal?page=2>; rel="next"'}

    monkeypatch.setattr(gh, "_paged", elsewhere)
    assert [i.title for i in github_client.labelled_issues(TARGET, "agenda")] == ["Only one"]


def test_a_secondary_rate_limit_is_waited_out(
    github_client: GitHubClient, gh: FakeGitHub, site_remote
):
    gh.secondary_limit = 1
    gh.retry_after = 1
    lines: list[str] = []
    github_client.progress = lines.append
    started = time.monotonic()
    assert github_client.repo(TARGET).full_name == TARGET
    assert time.monotonic() - started >= 1.0
    assert any("rate limit" in line for line in lines)


def test_an_exhausted_rate_limit_stops_with_the_time_it_resets(github_client, gh: FakeGitHub):
    gh.exhausted = True
    gh.reset_in = 1800
    with pytest.raises(RateLimited, match="rate limit for this token is used up"):
        github_client.login()
    assert len(gh.calls()) == 1  # nothing more was sent


def test_a_redirect_to_another_host_is_not_followed(github_client: GitHubClient, gh: FakeGitHub):
    gh.redirect_to = "https://elsewhere.example/user"
    with pytest.raises(Unreachable, match="redirected to another host"):
        github_client.login()


def test_plain_http_to_another_machine_is_refused():
    with pytest.raises(GitHubError, match="plain http"):
        GitHubClient("t0ken-x", "http://api.example.org")


class _Slow(BaseHTTPRequestHandler):
    """Answers headers, then trickles the body: one byte every 0.2 s."""

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", "1000")
        self.end_headers()
        try:
            for _ in range(1000):
                self.wfile.write(b" ")
                self.wfile.flush()
                time.sleep(0.2)
        except OSError:
            pass

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def slow_server():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Slow)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_a_trickling_server_meets_the_overall_deadline(slow_server: str):
    slow = GitHubClient("t0ken-x", slow_server, deadline=1.0, write_gap=0)
    started = time.monotonic()
    with pytest.raises(Unreachable, match="in time"):
        slow.login()
    # Three tries of 1 s and pauses of 1 s and 2 s; the trickle alone would take 200 s.
    assert time.monotonic() - started < 15


def test_cancel_ends_a_call_at_once(slow_server: str):
    cancel = threading.Event()
    slow = GitHubClient("t0ken-x", slow_server, deadline=60, write_gap=0, cancel=cancel)
    threading.Timer(0.3, cancel.set).start()
    started = time.monotonic()
    with pytest.raises(Cancelled):
        slow.login()
    assert time.monotonic() - started < 1.0


def test_an_answer_too_large_is_refused(gh: FakeGitHub, site_remote):
    small = GitHubClient(gh.token, gh.url, deadline=5, write_gap=0, max_bytes=100)
    with pytest.raises(Unreachable, match="too large"):
        small.repo(TARGET)


def test_an_answer_that_is_not_json_is_refused(gh: FakeGitHub, github_client, monkeypatch):
    def html(method, path, query, headers, body):
        return 200, None, {"Content-Type": "text/html"}

    monkeypatch.setattr(gh, "_route", html)
    with pytest.raises(Unreachable, match=r"not usable|lacks a valid"):
        github_client.login()


def test_an_answer_without_the_fields_used_is_refused(gh: FakeGitHub, github_client, monkeypatch):
    monkeypatch.setattr(gh, "_route", lambda *a: (200, {"login": 42}, {}))
    with pytest.raises(Unreachable, match="lacks a valid 'login'"):
        github_client.login()


def test_the_network_down_is_said_plainly():
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nothing listens here once closed
    down = GitHubClient("t0ken-x", f"http://127.0.0.1:{port}", deadline=2, write_gap=0)
    with pytest.raises(Unreachable, match=r"Could not reach GitHub.*refused"):
        down.login()


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://github.com/zarr-developers/community-calls.git", TARGET),
        ("git@github.com:zarr-developers/community-calls.git", TARGET),
        ("ssh://git@github.com/zarr-developers/community-calls", TARGET),
        ("/srv/git/site.git", None),
        ("https://github.com/only-owner", None),
    ],
)
def test_parse_repo_url(url: str, expected: str | None):
    assert parse_repo_url(url) == expected
