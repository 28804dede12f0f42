"""Fixtures for git and GitHub tests (a pytest plugin, see tests/conftest.py): the tests'
own git identity, the GitHub stand-in, the site's repository on it (a real bare git
remote with one commit) and a clone of it holding a Zarr note."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from noteapp.publish.github import GitHubClient
from tests.conftest import CORPUS
from tests.publish.github_server import FakeGitHub

TARGET = "zarr-developers/community-calls"


def git(cwd: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", *args], cwd=cwd, capture_output=True, text=True, check=True, timeout=30
    )
    return done.stdout


@pytest.fixture
def git_identity(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The tests' own git configuration: never the user's, no prompts, a fixed author."""
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    config = home / ".gitconfig"
    config.write_text("[init]\n\tdefaultBranch = main\n[commit]\n\tgpgsign = false\n")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(config))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("GIT_TERMINAL_PROMPT", "0")
    for who in ("AUTHOR", "COMMITTER"):
        monkeypatch.setenv(f"GIT_{who}_NAME", "Note Taker")
        monkeypatch.setenv(f"GIT_{who}_EMAIL", "notes@example.org")


@pytest.fixture
def gh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The stand-in GitHub; the environment points noteapp at it, with its token."""
    (tmp_path / "github").mkdir()
    server = FakeGitHub(tmp_path / "github").start()
    monkeypatch.setenv("NOTEAPP_GITHUB_API_URL", server.url)
    monkeypatch.setenv("NOTEAPP_GITHUB_TOKEN", server.token)
    monkeypatch.delenv("GITHUB_TOKEN", raising=False)
    yield server
    server.stop()


@pytest.fixture
def github_client(gh: FakeGitHub) -> GitHubClient:
    return GitHubClient(gh.token, gh.url, deadline=5, max_wait=5, write_gap=0)


@pytest.fixture
def site_remote(tmp_path: Path, gh: FakeGitHub, git_identity: None) -> Path:
    """The site's repository on the stand-in: a bare repo with a first commit on main."""
    bare = tmp_path / "github" / "community-calls.git"
    git(tmp_path, "init", "--bare", "-q", str(bare))
    seed = tmp_path / "seed"
    git(tmp_path, "clone", "-q", str(bare), str(seed))
    (seed / "README.md").write_text("# Zarr community calls\n", encoding="utf-8")
    git(seed, "add", "README.md")
    git(seed, "commit", "-q", "-m", "Start")
    git(seed, "push", "-q", "origin", "main")
    gh.add_repo(TARGET, bare, writers={"note-taker"})
    return bare


@pytest.fixture
def site_clone(tmp_path: Path, site_remote: Path) -> Path:
    work = tmp_path / "zarr-community-call"  # the folder names the series
    git(tmp_path, "clone", "-q", str(site_remote), str(work))
    return work


@pytest.fixture
def zarr_in_site(site_clone: Path, corpus: Path) -> Path:
    """A Zarr note just written after the call, not committed."""
    target = site_clone / "2024" / "2024-01-24.md"
    target.parent.mkdir()
    shutil.copyfile(CORPUS / "zarr" / "2024-01-24.md", target)
    return target
