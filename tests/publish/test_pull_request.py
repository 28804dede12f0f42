"""Publish a note as a pull request: real git pushes to bare remotes, a GitHub stand-in."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from noteapp.core.meeting import parse_meeting
from noteapp.publish.github import GitHubClient, RateLimited, TokenRefused, Unreachable
from noteapp.publish.pull_request import NoPushRights, NoRemote, open_pull_request
from noteapp.publish.token import MissingToken
from noteapp.storage.note import Note
from tests.publish.github_server import FakeGitHub
from tests.publish.github_setup import TARGET, git

BRANCH = "notes/zarr-community-call-2024-01-24"  # the series folder, the date


def publish(note: Path, client: GitHubClient, **kw):
    return open_pull_request(note, client=client, repository=TARGET, fork_waits=(0.1,), **kw)


def branch_files(bare: Path, branch: str = BRANCH) -> list[str]:
    return git(bare, "show", "--name-only", "--format=", f"refs/heads/{branch}").split()


def test_opens_a_pull_request_with_the_note_alone(zarr_in_site, site_clone, site_remote,
                                                  gh: FakeGitHub, github_client):  # fmt: skip
    (site_clone / "README.md").write_text("# my local edit, not for the PR\n", encoding="utf-8")
    head_before = git(site_clone, "rev-parse", "HEAD")
    lines: list[str] = []
    result = publish(zarr_in_site, github_client, progress=lines.append)
    assert result.action == "opened" and result.branch == BRANCH
    assert result.title == "Notes for zarr community call 2024-01-24"
    [pull] = gh.pulls(TARGET)
    assert pull["title"] == result.title and pull["head"]["ref"] == BRANCH
    assert pull["base"]["ref"] == "main" and pull["html_url"] == result.url
    meeting = parse_meeting(zarr_in_site.read_text(encoding="utf-8"), zarr_in_site)
    assert f"**Attendees ({len(meeting.attendees)}):**" in pull["body"]
    assert all(person.name in pull["body"] for person in meeting.attendees)
    assert "<!-- noteapp-note: 2024/2024-01-24.md -->" in pull["body"]
    # The branch on the remote: one commit on main, holding the note alone, byte for byte.
    assert branch_files(site_remote) == ["2024/2024-01-24.md"]
    parent = git(site_remote, "rev-parse", f"refs/heads/{BRANCH}^").strip()
    assert parent == git(site_remote, "rev-parse", "refs/heads/main").strip()
    shown = git(site_remote, "show", f"refs/heads/{BRANCH}:2024/2024-01-24.md")
    assert shown == zarr_in_site.read_text(encoding="utf-8")
    message = git(site_remote, "log", "-1", "--format=%s", f"refs/heads/{BRANCH}").strip()
    assert message == "Add notes for zarr community call 2024-01-24"
    # The user's checkout is as it was: same HEAD, the README edit still there, nothing staged.
    assert git(site_clone, "rev-parse", "HEAD") == head_before
    assert git(site_clone, "diff", "--cached", "--name-only") == ""
    assert " M README.md" in git(site_clone, "status", "--porcelain")
    assert any("Pushing" in line for line in lines)


def test_a_second_run_updates_the_same_pull_request(zarr_in_site, site_remote, gh,
                                                    github_client):  # fmt: skip
    first = publish(zarr_in_site, github_client)
    note = Note.open(zarr_in_site)
    note.add_action_item("send the slides", owners=["Ada"])
    note.save()
    second = publish(zarr_in_site, github_client)
    assert second.action == "updated" and second.number == first.number
    assert len(gh.pulls(TARGET)) == 1
    log = git(site_remote, "log", "--format=%s", f"main..refs/heads/{BRANCH}").splitlines()
    assert log == [
        "Update notes for zarr community call 2024-01-24",
        "Add notes for zarr community call 2024-01-24",
    ]
    body = gh.pulls(TARGET)[0]["body"]
    assert "**Action items:**" in body and "- [ ] Ada: send the slides" in body
    third = publish(zarr_in_site, github_client)
    assert third.action == "unchanged" and third.number == first.number
    assert len(gh.calls("POST", f"/repos/{TARGET}/pulls")) == 1


def test_a_pull_request_opened_meanwhile_is_updated_not_doubled(zarr_in_site, gh, github_client,
                                                                monkeypatch):  # fmt: skip
    publish(zarr_in_site, github_client)
    calls = []
    original = github_client.open_pulls

    def blind_once(*args, **kw):  # the first look misses it (another run opened it just now)
        calls.append(args)
        return [] if len(calls) == 1 else original(*args, **kw)

    monkeypatch.setattr(github_client, "open_pulls", blind_once)
    zarr_in_site.write_text(zarr_in_site.read_text("utf-8") + "\nmore\n", encoding="utf-8")
    result = publish(zarr_in_site, github_client)
    assert result.action == "updated" and len(gh.pulls(TARGET)) == 1


def test_without_push_rights_the_branch_goes_to_a_new_fork(zarr_in_site, site_remote, gh,
                                                           github_client):  # fmt: skip
    gh.repos[TARGET].writers.clear()
    gh.fork_delay = 1  # GitHub makes forks in the background
    result = publish(zarr_in_site, github_client)
    assert result.head_repo == "note-taker/community-calls" and result.action == "opened"
    fork = gh.repos["note-taker/community-calls"]
    assert branch_files(fork.bare) == ["2024/2024-01-24.md"]
    assert git(site_remote, "branch", "--list", BRANCH) == ""  # nothing pushed upstream
    [pull] = gh.pulls(TARGET)
    assert pull["head"]["repo"]["owner"]["login"] == "note-taker"
    again = publish(zarr_in_site, github_client)  # the fork is found, not made again
    assert again.number == result.number
    assert len(gh.calls("POST", f"/repos/{TARGET}/forks")) == 1


def test_no_push_rights_and_no_fork_is_a_clear_message(zarr_in_site, gh, github_client):
    gh.repos[TARGET].writers.clear()
    gh.repos[TARGET].allow_forking = False
    with pytest.raises(NoPushRights, match=r"no push rights on zarr-developers/community-calls"):
        publish(zarr_in_site, github_client)
    assert gh.pulls(TARGET) == []


def test_a_repository_without_a_remote_says_so(tmp_path: Path, git_identity, github_client):
    repo = tmp_path / "lonely"
    git(tmp_path, "init", "-q", str(repo))
    note = repo / "2024-01-24.md"
    note.write_text("# Call 2024-01-24\n", encoding="utf-8")
    with pytest.raises(NoRemote, match="has no git remote"):
        open_pull_request(note, client=github_client)


def test_the_target_comes_from_a_github_remote(zarr_in_site, site_clone, gh, github_client):
    git(site_clone, "remote", "set-url", "origin", "https://github.example/nobody/elsewhere.git")
    with pytest.raises(Exception, match="nobody/elsewhere"):  # it asked GitHub about that one
        open_pull_request(zarr_in_site, client=github_client)
    assert gh.calls("GET", "/repos/nobody/elsewhere")


def test_a_refused_token_is_said_and_never_shown(zarr_in_site, gh):
    wrong = GitHubClient("ghp_revoked_secret_9", gh.url, deadline=5, write_gap=0)
    with pytest.raises(TokenRefused) as caught:
        publish(zarr_in_site, wrong)
    assert "ghp_revoked_secret_9" not in str(caught.value)


def test_rate_limited_stops_before_any_push(zarr_in_site, site_remote, gh, github_client):
    gh.exhausted = True
    with pytest.raises(RateLimited, match="rate limit"):
        publish(zarr_in_site, github_client)
    assert git(site_remote, "branch", "--list", BRANCH) == ""


def test_network_down_is_said_plainly(zarr_in_site):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    down = GitHubClient("ghp_x_1234", f"http://127.0.0.1:{port}", deadline=2, write_gap=0)
    with pytest.raises(Unreachable, match="Could not reach GitHub"):
        publish(zarr_in_site, down)


def fake_gh(folder: Path, token: str | None) -> None:
    """A ``gh`` on PATH: logged in (prints the token) or not (exit 1)."""
    script = folder / "gh"
    out = f'echo "{token}"' if token else 'echo "You are not logged into any GitHub hosts." >&2'
    script.write_text(
        "#!/bin/sh\n"
        'if [ "$1 $2" = "auth token" ]; then\n'
        f"  {out}\n  exit {0 if token else 1}\nfi\nexit 2\n"
    )
    script.chmod(script.stat().st_mode | stat.S_IXUSR)


@pytest.mark.skipif(os.name == "nt", reason="a shell script stands in for gh")
def test_the_gh_login_is_used_when_no_token_is_set(zarr_in_site, gh, tmp_path, monkeypatch):
    monkeypatch.delenv("NOTEAPP_GITHUB_TOKEN")
    monkeypatch.setattr("keyring.get_password", lambda service, user: None)
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake_gh(bin_dir, gh.token)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    result = open_pull_request(zarr_in_site, repository=TARGET)
    assert result.action == "opened"
    assert gh.calls("GET", "/user")[0].headers["Authorization"] == f"Bearer {gh.token}"


@pytest.mark.skipif(os.name == "nt", reason="a shell script stands in for gh")
def test_gh_not_logged_in_and_no_token_says_how_to(zarr_in_site, gh, tmp_path, monkeypatch):
    monkeypatch.delenv("NOTEAPP_GITHUB_TOKEN")
    monkeypatch.setattr("keyring.get_password", lambda service, user: None)
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake_gh(bin_dir, None)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    with pytest.raises(MissingToken, match=r"(?s)keyring set noteapp github.*gh auth login"):
        open_pull_request(zarr_in_site, repository=TARGET)
    assert gh.requests == []
