"""The GitHub commands as a user types them: ``publish --pr``, ``publish --comment-issues``
and ``new --agenda-from-github``, against the stand-in and real bare remotes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from noteapp.cli import main
from noteapp.core.meeting import parse_meeting
from tests.publish.github_server import FakeGitHub
from tests.publish.github_setup import TARGET, git


@pytest.fixture(autouse=True)
def _workspace_holds_the_site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The workspace holds the site's clone and the notes (series folders stay inside it)."""
    monkeypatch.setenv("NOTEAPP_WORKSPACE", str(tmp_path))


def zarr_series(workspace: Path, folder: Path, label: str | None = "meeting-agenda") -> None:
    """The user's Zarr series, naming the site's repository (and its agenda label)."""
    (workspace / "series").mkdir(parents=True, exist_ok=True)
    lines = ['template = "zarr"', f'folder = "{folder.as_posix()}"', f'repository = "{TARGET}"']
    if label:
        lines.append(f'agenda_label = "{label}"')
    (workspace / "series" / "zarr.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_publish_pr_opens_then_updates(zarr_in_site, site_clone, gh: FakeGitHub, capsys):
    zarr_series(Path(os.environ["NOTEAPP_WORKSPACE"]), site_clone)
    assert main(["publish", str(zarr_in_site), "--pr"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Opened pull request #1 https://github.example/" + TARGET + "/pull/1"
    assert "notes/zarr-2024-01-24 -> " + TARGET in out[1]
    zarr_in_site.write_text(zarr_in_site.read_text("utf-8") + "\n- AL: one more\n", "utf-8")
    assert main(["publish", str(zarr_in_site), "--pr"]) == 0
    assert capsys.readouterr().out.startswith("Updated pull request #1 ")
    assert len(gh.pulls(TARGET)) == 1


def test_publish_pr_without_a_repository_says_what_to_do(zarr_in_site, gh, capsys):
    assert main(["publish", str(zarr_in_site), "--pr"]) == 1
    err = capsys.readouterr().err
    assert "None of zarr-community-call's remotes is a GitHub repository" in err and "--repo" in err
    assert gh.requests == []


def test_new_meeting_with_its_agenda_from_labelled_issues(site_remote, gh, tmp_path, capsys):
    workspace = Path(os.environ["NOTEAPP_WORKSPACE"])
    notes = tmp_path / "notes"
    zarr_series(workspace, notes)
    gh.add_issue(TARGET, "Zarr v3 sharding [RFC]", "jhamman", ["meeting-agenda"])
    gh.add_issue(TARGET, "A bug nobody put on the agenda", "ada", ["bug"])
    gh.add_issue(TARGET, "Docs: new tutorial", "d-v-b", ["meeting-agenda", "docs"], pull=True)
    gh.add_issue(TARGET, "Closed already", "ada", ["meeting-agenda"], state="closed")
    args = ["new", "--series", "zarr", "--date", "2024-01-24", "--agenda-from-github"]
    assert main(args) == 0
    captured = capsys.readouterr()
    assert "2 agenda item(s) from zarr-developers/community-calls" in captured.err
    path = Path(captured.out.strip())
    meeting = parse_meeting(path.read_text(encoding="utf-8"), path)
    assert [a.text for a in meeting.agenda] == [
        "Zarr v3 sharding \\[RFC\\] ([#1](https://github.example/"
        + TARGET
        + "/issues/1), @jhamman)",
        "Docs: new tutorial ([PR #3](https://github.example/" + TARGET + "/pull/3), @d-v-b)",
    ]


def test_comment_on_discussed_issues_once(zarr_in_site, site_clone, gh, capsys):
    zarr_series(Path(os.environ["NOTEAPP_WORKSPACE"]), site_clone)
    one = gh.add_issue(TARGET, "Sharding", "jhamman", ["meeting-agenda"])
    two = gh.add_issue(TARGET, "Not reached", "ada", ["meeting-agenda"])
    base = f"https://github.example/{TARGET}/issues"
    text = zarr_in_site.read_text(encoding="utf-8")
    zarr_in_site.write_text(
        text + f"\n## Agenda\n\n- [x] Sharding ([#{one}]({base}/{one}))\n"
        f"- [ ] Not reached ([#{two}]({base}/{two}))\n",
        encoding="utf-8",
    )
    assert main(["publish", str(zarr_in_site), "--pr"]) == 0
    capsys.readouterr()
    assert main(["publish", str(zarr_in_site), "--comment-issues"]) == 0
    assert capsys.readouterr().out.startswith(f"#{one}: commented https://github.example/")
    [comment] = gh.repos[TARGET].comments[one]
    assert "Discussed at the Zarr community call 2024-01-24" in comment["body"]
    assert f"https://github.example/{TARGET}/pull/" in comment["body"]  # links the open PR
    assert gh.repos[TARGET].comments.get(two) is None
    assert main(["publish", str(zarr_in_site), "--comment-issues"]) == 0
    assert capsys.readouterr().out == f"#{one}: already\n"
    assert len(gh.repos[TARGET].comments[one]) == 1
    git(site_clone, "status")  # the clone is still a working repository
