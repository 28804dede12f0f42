"""Commit one note to a real repository with a local bare remote, and push it."""

from __future__ import annotations

import shutil
import subprocess
import threading
from pathlib import Path

import pytest

from noteapp.core.meeting import parse_meeting
from noteapp.publish.git_publish import (
    GitError,
    GitMissing,
    NotARepository,
    NothingToCommit,
    OtherChangesStaged,
    PushRejected,
    commit_message,
    publish_to_git,
    series_title_for,
)
from noteapp.publish.progress import Cancelled
from tests.conftest import CORPUS
from tests.publish.github_setup import git
from tests.series_files import workspace_with_series


@pytest.fixture(autouse=True)
def _git_identity(git_identity: None) -> None:
    """The tests' own git configuration (tests/publish/github_setup.py)."""


@pytest.fixture
def remote(tmp_path: Path) -> Path:
    bare = tmp_path / "site.git"
    git(tmp_path, "init", "--bare", "-q", str(bare))
    return bare


@pytest.fixture
def site(tmp_path: Path, remote: Path) -> Path:
    """A clone of the site with one commit pushed, its upstream set."""
    work = tmp_path / "zarr-community-call"  # the folder names the series
    git(tmp_path, "clone", "-q", str(remote), str(work))
    (work / "README.md").write_text("# Community calls\n", encoding="utf-8")
    git(work, "add", "README.md")
    git(work, "commit", "-q", "-m", "Start")
    git(work, "push", "-q", "-u", "origin", "main")
    return work


@pytest.fixture
def note(site: Path, corpus: Path) -> Path:
    target = site / "2024" / "2024-01-24.md"
    target.parent.mkdir()
    shutil.copyfile(CORPUS / "zarr" / "2024-01-24.md", target)
    return target


def files_in(repo: Path, commit: str = "HEAD") -> list[str]:
    return git(repo, "show", "--name-only", "--format=", commit).split()


def test_commits_the_note_alone_with_a_message_from_the_note(note: Path, site: Path):
    (site / "draft.md").write_text("not mine to commit\n", encoding="utf-8")
    (site / "README.md").write_text("# Changed, not committed\n", encoding="utf-8")
    lines: list[str] = []
    result = publish_to_git(note, progress=lines.append)
    assert result.message == "Add notes for zarr community call 2024-01-24"
    assert git(site, "log", "-1", "--format=%s").strip() == result.message
    assert files_in(site) == ["2024/2024-01-24.md"]
    assert git(site, "show", "HEAD:2024/2024-01-24.md") == note.read_text(encoding="utf-8")
    status = git(site, "status", "--porcelain")
    assert " M README.md" in status and "?? draft.md" in status
    assert result.added and not result.pushed and result.branch == "main"
    assert any("Committed" in line for line in lines)


def test_a_tracked_note_gets_an_update_message(note: Path, site: Path):
    publish_to_git(note)
    note.write_text(note.read_text(encoding="utf-8") + "\n- JH: late addition\n", "utf-8")
    result = publish_to_git(note)
    assert result.message == "Update notes for zarr community call 2024-01-24"
    assert not result.added and files_in(site) == ["2024/2024-01-24.md"]


def test_a_given_message_is_used(note: Path, site: Path):
    assert publish_to_git(note, message="Notes, finally").message == "Notes, finally"
    assert git(site, "log", "-1", "--format=%s").strip() == "Notes, finally"


def test_other_staged_changes_are_refused_and_stay_staged(note: Path, site: Path):
    (site / "README.md").write_text("# staged by the user\n", encoding="utf-8")
    (site / "other.md").write_text("also staged\n", encoding="utf-8")
    git(site, "add", "README.md", "other.md")
    head = git(site, "rev-parse", "HEAD")
    with pytest.raises(OtherChangesStaged, match=r"README\.md, other\.md") as caught:
        publish_to_git(note)
    assert caught.value.staged == ("README.md", "other.md")
    assert git(site, "rev-parse", "HEAD") == head
    assert git(site, "diff", "--cached", "--name-only").split() == ["README.md", "other.md"]


def test_the_note_already_staged_by_the_user_is_fine(note: Path, site: Path):
    git(site, "add", "2024/2024-01-24.md")
    assert files_in(site, publish_to_git(note).commit) == ["2024/2024-01-24.md"]


def test_nothing_to_commit(note: Path, site: Path):
    publish_to_git(note)
    with pytest.raises(NothingToCommit, match="same as in the last commit"):
        publish_to_git(note)


def test_not_a_repository(tmp_path: Path):
    loose = tmp_path / "loose" / "2024-01-24.md"
    loose.parent.mkdir()
    loose.write_text("# 2024-01-24\n", encoding="utf-8")
    with pytest.raises(NotARepository, match="not inside a git repository"):
        publish_to_git(loose)


def test_an_ignored_note_is_not_forced_in(note: Path, site: Path):
    (site / ".gitignore").write_text("2024/\n", encoding="utf-8")
    with pytest.raises(GitError, match="ignored"):
        publish_to_git(note)


def test_push_sends_the_commit_to_the_remote(note: Path, site: Path, remote: Path):
    result = publish_to_git(note, push=True)
    assert result.pushed
    assert git(remote, "rev-parse", "main").strip() == result.commit
    assert git(remote, "log", "-1", "--format=%s", "main").strip() == result.message


def test_a_rejected_push_shows_gits_reason_and_keeps_the_commit(
    note: Path, site: Path, remote: Path, tmp_path: Path
):
    other = tmp_path / "other-clone"
    git(tmp_path, "clone", "-q", str(remote), str(other))
    (other / "README.md").write_text("# someone else was faster\n", encoding="utf-8")
    git(other, "commit", "-q", "-am", "Their change")
    git(other, "push", "-q")
    with pytest.raises(PushRejected) as caught:
        publish_to_git(note, push=True)
    message = str(caught.value)
    assert "Committed" in message and "locally" in message
    assert "rejected" in message and "git pull --rebase" in message
    assert git(site, "rev-parse", "HEAD").strip() == caught.value.commit
    assert git(remote, "log", "-1", "--format=%s", "main").strip() == "Their change"


def test_git_not_installed(note: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("PATH", str(note.parent))
    with pytest.raises(GitMissing, match="git is not installed"):
        publish_to_git(note)


def test_cancel_before_anything_runs(note: Path, site: Path):
    cancel = threading.Event()
    cancel.set()
    head = git(site, "rev-parse", "HEAD")
    with pytest.raises(Cancelled):
        publish_to_git(note, cancel=cancel)
    assert git(site, "rev-parse", "HEAD") == head


def test_a_failing_hook_leaves_the_index_as_it_was(note: Path, site: Path):
    hook = site / ".git" / "hooks" / "pre-commit"
    hook.write_text("#!/bin/sh\necho 'lint failed: trailing spaces' >&2\nexit 1\n")
    hook.chmod(0o755)
    with pytest.raises(GitError, match="lint failed"):
        publish_to_git(note)
    assert git(site, "diff", "--cached", "--name-only") == ""


@pytest.mark.corpus
@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("conda-forge/2024-01-24.md", "Add notes for conda-forge core meeting 2024-01-24"),
        (
            "jupyterhub/2020-11-19.md",
            "Add notes for JupyterHub and BinderHub Team Meeting - November 2020 2020-11-19",
        ),
        ("zarr/may_the_4th.md", "Add notes for May the 4th"),
    ],
)
def test_commit_messages_for_real_notes(name: str, expected: str, corpus: Path):
    path = corpus / name
    meeting = parse_meeting(path.read_text(encoding="utf-8"), path)
    assert commit_message(path, meeting) == expected


def test_the_series_title_wins(corpus: Path):
    path = corpus / "zarr" / "2024-01-24.md"
    meeting = parse_meeting(path.read_text(encoding="utf-8"), path)
    assert commit_message(path, meeting, "Zarr steering council", update=True) == (
        "Update notes for Zarr steering council 2024-01-24"
    )


@pytest.mark.corpus
def test_corpus_note_to_a_local_remote_as_one_commit_with_only_that_file(
    site: Path, remote: Path, corpus: Path
):
    target = site / "docs" / "orga" / "minutes" / "2024-01-24.md"
    target.parent.mkdir(parents=True)
    original = (CORPUS / "conda-forge" / "2024-01-24.md").read_bytes()
    target.write_bytes(original)
    (site / "scratch.txt").write_text("unrelated\n", encoding="utf-8")
    before = git(remote, "rev-parse", "main").strip()
    result = publish_to_git(target, push=True)
    assert git(remote, "rev-list", "--count", f"{before}..main").strip() == "1"
    assert git(remote, "show", "--name-only", "--format=", "main").split() == [
        "docs/orga/minutes/2024-01-24.md"
    ]
    blob = subprocess.run(
        ["git", "show", "main:docs/orga/minutes/2024-01-24.md"],
        cwd=remote,
        capture_output=True,
        check=True,
    ).stdout
    assert blob == original
    assert result.message == "Add notes for conda-forge core meeting 2024-01-24"


def test_the_series_of_the_notes_folder_names_the_commit(tmp_path: Path, corpus: Path):
    title = "Zarr community call (Europe)"
    workspace = workspace_with_series(tmp_path, "zarr-europe", title, "zarr")
    inside = workspace / "zarr" / "2024" / "2024-01-24.md"
    assert series_title_for(inside, workspace) == "Zarr community call (Europe)"
    assert series_title_for(tmp_path / "elsewhere.md", workspace) is None


@pytest.mark.parametrize(
    ("rel", "message", "branch"),
    [
        # the folder of the series, above a year folder
        ("steering-council/2024/2024-01-24.md", "steering council 2024-01-24", "steering-council-"),
        ("infra_sync/2024-01-24.md", "infra sync 2024-01-24", "infra_sync-"),
        # folders that hold notes without naming a series: no name
        ("docs/minutes/2024-01-24.md", "meeting 2024-01-24", ""),
    ],
)
def test_the_series_folder_names_a_note_that_names_no_meeting(tmp_path, rel, message, branch):
    from noteapp.publish.pull_request import branch_name

    path = tmp_path / rel
    meeting = parse_meeting("- [ ] Book the room\n", path)  # no heading, no title
    assert commit_message(path, meeting) == f"Add notes for {message}"
    assert branch_name(meeting, path) == f"notes/{branch.replace('_', '-')}2024-01-24"
