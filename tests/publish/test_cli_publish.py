"""``noteapp export``, ``import``, ``publish`` and ``pull`` as a user types them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from noteapp.cli import main
from noteapp.core.convert.export import split_note
from tests.conftest import CORPUS, require_corpus
from tests.publish.hackmd_server import FakeHackMD


@pytest.fixture
def hackmd_env(hackmd: FakeHackMD, monkeypatch: pytest.MonkeyPatch) -> FakeHackMD:
    monkeypatch.setenv("NOTEAPP_HACKMD_API_URL", hackmd.url)
    monkeypatch.setenv("NOTEAPP_HACKMD_TOKEN", hackmd.token)
    return hackmd


def test_publish_creates_then_updates(zarr_note: Path, hackmd_env: FakeHackMD, capsys):
    assert main(["publish", str(zarr_note), "--hackmd"]) == 0
    out = capsys.readouterr().out
    note_id = next(iter(hackmd_env.notes))
    assert out == f"Created HackMD note {note_id} https://hackmd.example/s/{note_id}\n"
    zarr_note.write_text(zarr_note.read_text(encoding="utf-8") + "more\n", encoding="utf-8")
    assert main(["publish", str(zarr_note), "--hackmd"]) == 0
    assert capsys.readouterr().out.startswith(f"Updated HackMD note {note_id}")
    assert len(hackmd_env.notes) == 1 and hackmd_env.notes[note_id].content.endswith("more\n")


def test_publish_to_a_team(zarr_note: Path, hackmd_env: FakeHackMD):
    assert main(["publish", str(zarr_note), "--hackmd", "--team", "zarr-devs"]) == 0
    assert hackmd_env.calls("POST")[0].path == "/v1/teams/zarr-devs/notes"


def test_a_conflict_is_cancelled_by_default_and_overwritten_on_request(
    zarr_note: Path, hackmd_env: FakeHackMD, capsys
):
    main(["publish", str(zarr_note), "--hackmd"])
    note_id = next(iter(hackmd_env.notes))
    hackmd_env.edit(note_id, "# changed on the web\n")
    capsys.readouterr()
    assert main(["publish", str(zarr_note), "--hackmd"]) == 1
    err = capsys.readouterr().err
    assert "was edited on HackMD" in err and "--on-conflict pull|overwrite|cancel" in err
    assert hackmd_env.notes[note_id].content == "# changed on the web\n"
    assert main(["publish", str(zarr_note), "--hackmd", "--on-conflict", "overwrite"]) == 0
    assert hackmd_env.notes[note_id].content.startswith("---\ntitle: 24th January\n")


def test_pull_brings_the_body_back(zarr_note: Path, hackmd_env: FakeHackMD, capsys):
    main(["publish", str(zarr_note), "--hackmd"])
    note_id = next(iter(hackmd_env.notes))
    head = split_note(zarr_note.read_text(encoding="utf-8")).head
    hackmd_env.edit(note_id, "---\ntitle: x\n---\n\n# 2024-01-24\n\nEdited on HackMD.\n")
    assert main(["pull", str(zarr_note), "--hackmd"]) == 0
    assert "Pulled HackMD note" in capsys.readouterr().out
    assert zarr_note.read_text(encoding="utf-8") == head + "\n# 2024-01-24\n\nEdited on HackMD.\n"


def test_no_token_says_how_to_set_one(
    zarr_note: Path, hackmd: FakeHackMD, monkeypatch: pytest.MonkeyPatch, capsys
):
    import keyring
    import keyring.errors

    def no_backend(service: str, user: str) -> str:
        raise keyring.errors.NoKeyringError("No recommended backend was available.")

    monkeypatch.setattr(keyring, "get_password", no_backend)
    monkeypatch.setenv("NOTEAPP_HACKMD_API_URL", hackmd.url)
    assert main(["publish", str(zarr_note), "--hackmd"]) == 1
    err = capsys.readouterr().err
    assert "No HackMD API token found" in err and "keyring set noteapp hackmd" in err
    assert not hackmd.requests


def test_an_expired_token_is_never_printed(
    zarr_note: Path, hackmd: FakeHackMD, monkeypatch: pytest.MonkeyPatch, capsys
):
    monkeypatch.setenv("NOTEAPP_HACKMD_API_URL", hackmd.url)
    monkeypatch.setenv("NOTEAPP_HACKMD_TOKEN", "revoked-token-31337")
    assert main(["publish", str(zarr_note), "--hackmd"]) == 1
    captured = capsys.readouterr()
    assert "refused the API token" in captured.err
    assert "revoked-token-31337" not in captured.err + captured.out


def test_publish_git_push(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys, corpus: Path):
    home = tmp_path / "home"
    home.mkdir()
    (home / ".gitconfig").write_text("[init]\n\tdefaultBranch = main\n")
    for key, value in {
        "HOME": str(home),
        "GIT_CONFIG_GLOBAL": str(home / ".gitconfig"),
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_AUTHOR_NAME": "T",
        "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "T",
        "GIT_COMMITTER_EMAIL": "t@example.org",
    }.items():
        monkeypatch.setenv(key, value)
    remote, work = tmp_path / "site.git", tmp_path / "zarr-community-call"
    subprocess.run(["git", "init", "-q", "--bare", str(remote)], check=True)
    subprocess.run(["git", "clone", "-q", str(remote), str(work)], check=True)
    subprocess.run(["git", "commit", "-q", "--allow-empty", "-m", "Start"], cwd=work, check=True)
    subprocess.run(["git", "push", "-q", "-u", "origin", "main"], cwd=work, check=True)
    note = work / "2024-01-24.md"
    note.write_bytes((require_corpus() / "zarr" / "2024-01-24.md").read_bytes())
    assert main(["publish", str(note), "--git", "--push"]) == 0
    out = capsys.readouterr().out
    assert out.endswith(" and pushed: Add notes for zarr community call 2024-01-24\n")
    assert main(["publish", str(note), "--git"]) == 1
    assert "Nothing to commit" in capsys.readouterr().err


def test_export_to_stdout_and_to_a_file(tmp_path: Path, capsys, corpus: Path):
    source = CORPUS / "jupyterhub" / "meetings__index.md"  # the CRLF file
    assert main(["export", str(source), "--to", "hackmd"]) == 0
    assert capsys.readouterr().out.startswith("---\ntitle: ")
    out = tmp_path / "index.md"
    assert main(["export", str(source), "--to", "markdown", "-o", str(out)]) == 0
    assert out.read_bytes() == source.read_bytes()  # nothing HackMD in it: same bytes, CRLF
    assert main(["export", str(source), "--to", "markdown", "-o", str(out)]) == 1
    assert "use --force" in capsys.readouterr().err
    page = tmp_path / "index.html"
    assert main(["export", str(source), "--to", "html", "-o", str(page)]) == 0
    assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_import_a_copied_page_like_a_series_note(tmp_path: Path, capsys, corpus: Path):
    out = tmp_path / "2020-12-02.md"
    seed = CORPUS / "seeds" / "002_6d4625b0c2990028.txt"
    like = CORPUS / "conda-forge" / "2024-01-24.md"
    assert main(["import", str(seed), "--hackmd", "--like", str(like), "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith(
        "---\ntitle: '2020-12-02'\n---\n# 2020-12-02 conda-forge core meeting\n****\n"
    )


def test_the_commands_run_as_a_program(tmp_path: Path, corpus: Path):
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "noteapp",
            "export",
            str(CORPUS / "zarr" / "2024-01-24.md"),
            "--to",
            "hackmd",
            "--keep-site-keys",
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("---\ntitle: 24th January\n")
    assert "nav_order: 2" in result.stdout.split("---\n")[1]


def test_state_file_is_json_in_the_workspace(
    zarr_note: Path, hackmd_env: FakeHackMD, workspace: Path
):
    main(["publish", str(zarr_note), "--hackmd"])
    data = json.loads((workspace / ".noteapp" / "hackmd.json").read_text(encoding="utf-8"))
    assert set(data["notes"]) == {"zarr/2024/2024-01-24.md"}
    assert hackmd_env.token not in json.dumps(data)


def test_a_series_names_the_hackmd_team_and_permissions(zarr_note, hackmd_env, workspace):
    (workspace / "series").mkdir(parents=True, exist_ok=True)
    (workspace / "series" / "zarr.toml").write_text(
        'template = "zarr"\nfolder = "zarr"\nhackmd_team = "zarr-devs"\n'
        'hackmd_read = "guest"\nhackmd_write = "signed_in"\nhackmd_comment = "signed_in_users"\n',
        encoding="utf-8",
    )
    assert main(["publish", str(zarr_note), "--hackmd"]) == 0
    [create] = hackmd_env.calls("POST")
    assert create.path == "/v1/teams/zarr-devs/notes"
    assert create.body["readPermission"] == "guest"
    assert create.body["writePermission"] == "signed_in"
    assert create.body["commentPermission"] == "signed_in_users"
    zarr_note.write_text(zarr_note.read_text(encoding="utf-8") + "more\n", encoding="utf-8")
    assert main(["publish", str(zarr_note), "--hackmd"]) == 0  # the update goes to that team
    assert hackmd_env.calls("PATCH")[0].path.startswith("/v1/teams/zarr-devs/notes/")
