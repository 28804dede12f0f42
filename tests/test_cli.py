"""The command line, run as a user would run it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from noteapp import __version__


def noteapp(
    *args: str, cwd: Path | None = None, **kwargs: object
) -> subprocess.CompletedProcess[str]:
    """``noteapp ARGS`` in a child process (``kwargs`` go to subprocess.run)."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(  # type: ignore[call-overload, no-any-return]
        [sys.executable, "-m", "noteapp", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=60,
        check=False,
        **kwargs,
    )


def test_version_is_the_package_version():
    result = noteapp("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"noteapp {__version__}"


def test_check_reports_every_corpus_file_ok(corpus):
    result = noteapp("check", str(corpus))
    assert result.returncode == 0, result.stdout
    lines = result.stdout.splitlines()
    assert lines[-1].endswith("0 FAILED")
    assert all(line.startswith("OK") for line in lines[:-1])
    assert any("invalid" in line and "x---" in line for line in lines)
    assert any("2022-10-07" in line for line in lines)  # a note without a suffix


def test_check_fails_on_a_file_that_cannot_be_decoded(tmp_path):
    (tmp_path / "good.md").write_text("# fine\n", encoding="utf-8")
    (tmp_path / "bad.md").write_bytes(b"# caf\xe9\n")
    result = noteapp("check", str(tmp_path))
    assert result.returncode == 1
    assert "FAILED" in result.stdout and "byte 5" in result.stdout
    assert result.stdout.splitlines()[-1] == "2 files: 1 OK, 1 FAILED"


def test_meta_prints_sets_and_deletes_keys(tmp_path, corpus):
    note = tmp_path / "2024-01-24.md"
    original = (corpus / "zarr/2024-01-24.md").read_bytes()
    note.write_bytes(original)
    assert noteapp("meta", str(note), "title").stdout == "24th January\n"
    assert json.loads(noteapp("meta", str(note)).stdout)["nav_order"] == 2

    result = noteapp("meta", str(note), "title=25th January", "nav_order=3")
    assert result.returncode == 0, result.stderr
    expected = original.replace(b"title: 24th January", b"title: 25th January").replace(
        b"nav_order: 2", b"nav_order: 3"
    )
    assert note.read_bytes() == expected

    assert noteapp("meta", str(note), "--delete", "parent").returncode == 0
    assert note.read_bytes() == expected.replace(b"parent: 2024 meetings\n", b"")


def test_meta_refuses_broken_front_matter_and_leaves_the_file(tmp_path, corpus):
    note = tmp_path / "broken.md"
    original = (corpus / "conda-community/20250212_agenda_and_minutes.md").read_bytes()
    note.write_bytes(original)
    result = noteapp("meta", str(note), "title=x")
    assert result.returncode == 2
    assert "x---" in result.stderr and "nothing changed" in result.stderr
    assert note.read_bytes() == original


def test_invalid_utf8_gives_a_clear_message_and_touches_nothing(tmp_path):
    note = tmp_path / "latin.md"
    data = b"---\ntitle: Caf\xe9\n---\n"
    note.write_bytes(data)
    for args in (("inspect", "--json", str(note)), ("meta", str(note), "title=x")):
        result = noteapp(*args)
        assert result.returncode == 2
        assert "latin.md" in result.stderr and "byte 14" in result.stderr
    assert note.read_bytes() == data
    # naming the encoding opens it, and editing keeps that encoding
    assert noteapp("meta", str(note), "title=Thé", "--encoding", "latin-1").returncode == 0
    assert note.read_bytes() == b"---\ntitle: Th\xe9\n---\n"


def test_inspect_shows_the_learned_style_and_where_it_came_from(tmp_path):
    folder = tmp_path / "steering"
    folder.mkdir()
    (folder / "2031-01-02.md").write_text(
        "# Steering\n\n## Roll call\n\n- Grace Hopper / Navy / \\@grace\n", encoding="utf-8"
    )
    note = folder / "2031-01-09.md"
    note.write_text("# Steering\n\n## Agenda items\n\n- Budget\n", encoding="utf-8")
    style = json.loads(noteapp("inspect", "--json", str(note)).stdout)["style"]
    assert style["attendees"]["from"] == "earlier notes"
    assert style["attendees"]["heading"] == "## Roll call"
    assert style["attendees"]["fields"] == ["name", "affiliation", "handle"]
    assert style["attendees"]["handle_format"] == "\\@{}"
    assert style["agenda"] == {
        "heading": "## Agenda items",
        "box": False,
        "owners": None,
        "from": "this note",
    }
    assert style["actions"] == {
        "heading": "## Action items",
        "box": False,
        "owners": None,
        "from": "default",
    }


def test_inspect_json_describes_the_file(corpus):
    data = json.loads(
        noteapp("inspect", "--json", str(corpus / "jupyterhub/meetings__index.md")).stdout
    )
    assert data["schema"] == 1
    assert data["newline"] == "\r\n" and data["final_newline"] is True
    assert data["encoding"] == "utf-8" and data["bom"] is False
    assert data["front_matter"] == {"kind": "none", "data": None, "error": None}
    assert data["title"] == "Team meetings and notes"

    data = json.loads(noteapp("inspect", "--json", str(corpus / "zarr/2024-05-01.md")).stdout)
    assert data["final_newline"] is False
    assert data["front_matter"]["data"]["nav_order"] > 0
    assert data["title"] == "1st May"

    data = json.loads(
        noteapp(
            "inspect", "--json", str(corpus / "conda-community/20250212_agenda_and_minutes.md")
        ).stdout
    )
    assert data["front_matter"]["kind"] == "invalid"
    assert data["front_matter"]["data"] is None
    assert "x---" in data["front_matter"]["error"]
    assert any("x---" in w for w in data["warnings"])


def test_inspect_title_falls_back_to_the_first_heading(tmp_path):
    note = tmp_path / "n.md"
    note.write_text("Intro\n\n```\n# not a heading\n```\n\nReal title\n==========\n")
    assert json.loads(noteapp("inspect", "--json", str(note)).stdout)["title"] == "Real title"


@pytest.mark.parametrize("args", [("inspect", "--json"), ("meta",)])
def test_folders_are_refused_with_a_message(tmp_path, args):
    result = noteapp(*args, str(tmp_path))
    assert result.returncode == 2 and "folder" in result.stderr


def test_inspect_json_includes_the_meeting_structure(corpus):
    data = json.loads(noteapp("inspect", "--json", str(corpus / "jupyterhub/2022-04-06.md")).stdout)
    assert data["date"] == "2022-04-06"
    assert data["start"] == "2022-04-06T08:30:00-07:00"
    assert data["timezone"] == "America/Los_Angeles"
    first = data["attendees"][0]
    assert first == {
        "name": "Rollin Thomas",
        "initials": None,
        "handle": "rcthomas",
        "affiliation": "NERSC",
        "present": True,
    }
    assert {
        "kind": "arewemeetingyet",
        "url": "https://arewemeetingyet.com/Los%20Angeles/2022-04-06/08:30/JupyterHub-HPC",
    } in data["links"]
    for key in ("checklist", "agenda", "action_items", "speakers"):
        assert key in data

    data = json.loads(
        noteapp("inspect", "--json", str(corpus / "czi-conda-forge/2023-01-06.md")).stdout
    )
    assert data["checklist"][0] == {
        "text": "Sylvain: Scope of work items",
        "checked": True,
        "line": 23,
    }
    assert {
        "text": "Jaime and Hind to collaborate on infra docs.",
        "owners": ["Jaime", "Hind"],
        "done": False,
    } in data["action_items"]
