"""Every command says what went wrong with which file and what to do; never a traceback.

Messages read ``noteapp: <file>: <what happened> — <what to do>`` and the exit status is
non-zero.  A FIFO, a device or a folder is refused before anything is opened.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from noteapp.cli import main
from tests.bad_input import without_root_powers
from tests.test_cli import noteapp

NOTE = "---\ntitle: Call\nnav_order: 1\n---\n# Call\n\n## Attendees\n\n- Ada Lovelace (AL)\n"


def no_traceback(result: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in result.stderr + result.stdout, result.stderr


def reports(result: subprocess.CompletedProcess, path: Path | str, what: str) -> bool:
    """``noteapp: <path>: <what>…`` on stderr, or check's ``FAILED  -  <path>  (<what>…)``."""
    return f"noteapp: {path}: {what}" in result.stderr or (
        f" {path}  ({what}" in result.stdout and result.stdout.startswith("FAILED")
    )


def test_check_counts_a_missing_file_once(tmp_path: Path):
    (tmp_path / "here.md").write_text(NOTE, encoding="utf-8")
    result = noteapp("check", str(tmp_path / "here.md"), str(tmp_path / "gone.md"))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert [line for line in lines if "gone.md" in line] == [
        f"FAILED  -        {tmp_path / 'gone.md'}  (no such file or folder — check the path)"
    ]
    assert lines[-1] == "2 files: 1 OK, 1 FAILED"


COMMANDS = {
    "check": ["check"],
    "inspect": ["inspect", "--json"],
    "meta": ["meta"],
    "export": ["export", "--to", "html"],
}


@pytest.mark.parametrize("command", COMMANDS.values(), ids=COMMANDS.keys())
def test_a_fifo_is_refused_without_waiting_for_a_writer(command, tmp_path: Path):
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes on this platform")
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    result = noteapp(*command, str(fifo))  # hung for ever in check before
    no_traceback(result)
    assert result.returncode != 0
    assert reports(result, fifo, "is a named pipe (FIFO), not a file; nothing was read")


@pytest.mark.parametrize("command", COMMANDS.values(), ids=COMMANDS.keys())
def test_a_device_and_a_folder_are_refused(command, tmp_path: Path):
    for path, says in (("/dev/zero", "is a device, not a file"), (str(tmp_path), "is a folder")):
        if command == ["check"] and path == str(tmp_path):
            continue  # check searches folders for notes
        if not os.path.exists(path):
            continue
        result = noteapp(*command, path)
        no_traceback(result)
        assert result.returncode != 0
        assert reports(result, path, says)


@pytest.mark.parametrize("command", COMMANDS.values(), ids=COMMANDS.keys())
def test_broken_and_looping_symlinks_are_explained(command, tmp_path: Path):
    broken = tmp_path / "broken.md"
    broken.symlink_to(tmp_path / "nowhere.md")
    loop = tmp_path / "loop.md"
    loop.symlink_to(tmp_path / "loop2.md")
    (tmp_path / "loop2.md").symlink_to(loop)
    for path, says in (
        (broken, "which does not exist — fix or remove the link"),
        (loop, "too many symbolic links (a loop?) — check where the links point"),
    ):
        result = noteapp(*command, str(path))
        no_traceback(result)
        assert result.returncode != 0
        assert says in result.stdout + result.stderr


@pytest.mark.parametrize("command", COMMANDS.values(), ids=COMMANDS.keys())
def test_a_file_without_read_permission(command, tmp_path: Path):
    powers = without_root_powers()
    note = tmp_path / "private.md"
    note.write_text(NOTE, encoding="utf-8")
    note.chmod(0o000)
    result = noteapp(*command, str(note), **powers)
    no_traceback(result)
    assert result.returncode != 0
    assert reports(result, note, "permission denied — check its permissions")


def _disk_full(monkeypatch: pytest.MonkeyPatch) -> None:
    """What a full disk does to a write: fsync (or write) fails with ENOSPC."""

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


WRITES = {
    "meta": (["meta", "{note}", "nav_order=2"], "{note}", "the file is unchanged"),
    "export -o": (
        ["export", "{note}", "--to", "html", "-o", "{out}"],
        "{out}",
        "nothing was written",
    ),
    "import -o": (["import", "{note}", "--hackmd", "-o", "{out}"], "{out}", "nothing was written"),
    "new": (
        ["new", "--template", "zarr", "--dir", "{dir}", "--date", "2024-01-24"],
        "{dir}/2024/2024-01-24.md",
        "nothing was written",
    ),
    "schedule --ics": (
        ["schedule", "--start", "2024-03-05 17:00", "--zone", "UTC", "--ics", "{out}"],
        "{out}",
        "nothing was written",
    ),
}


@pytest.mark.parametrize(("argv", "target", "outcome"), WRITES.values(), ids=WRITES.keys())
def test_a_full_disk_is_a_message_and_leaves_every_file_as_it_was(
    argv, target, outcome, tmp_path: Path, monkeypatch, capsys
):
    note = tmp_path / "note.md"
    note.write_text(NOTE, encoding="utf-8")
    names = {"note": str(note), "out": str(tmp_path / "out.html"), "dir": str(tmp_path / "n")}
    before = _files(tmp_path)
    _disk_full(monkeypatch)
    status = main([part.format(**names) for part in argv])
    err = capsys.readouterr().err
    assert status == 2
    assert err == (
        f"noteapp{' new' if argv[0] == 'new' else ''}: {target.format(**names)}: "
        f"no space left on the disk, {outcome} — free some space and try again\n"
    )
    assert _files(tmp_path) == before  # no half-written file, no temporary file left
    assert not (tmp_path / "n").exists()  # nor the folders made for the new note


def test_an_os_error_no_command_expected_is_still_a_message(monkeypatch, capsys, tmp_path):
    import noteapp.core.text.check as check

    def fails(path: Path) -> None:
        raise OSError(errno.EIO, os.strerror(errno.EIO), str(path))

    monkeypatch.setattr(check, "check_file", fails)
    (tmp_path / "a.md").write_text(NOTE, encoding="utf-8")
    assert main(["check", str(tmp_path / "a.md")]) == 2
    assert capsys.readouterr().err == (
        f"noteapp: {tmp_path / 'a.md'}: input/output error, stopped — check the disk or the "
        "network share, then try again\n"
    )


def test_output_to_a_full_device_is_a_message(tmp_path: Path):
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full")
    note = tmp_path / "note.md"
    note.write_text(NOTE, encoding="utf-8")
    for argv in (["inspect", "--json"], ["export", "--to", "html"], ["meta"]):
        with open("/dev/full", "w") as full:
            result = subprocess.run(
                [sys.executable, "-m", "noteapp", *argv, str(note)],
                stdout=full,
                stderr=subprocess.PIPE,
                text=True,
                timeout=60,
                check=False,
            )
        assert result.returncode == 2, argv
        assert "no space left on the disk" in result.stderr and "Traceback" not in result.stderr


# ------------------------------------------------------------------------- mistyped commands


@pytest.mark.parametrize(
    ("typed", "meant"), [("exprot", "export"), ("chek", "check"), ("inpsect", "inspect")]
)
def test_a_mistyped_command_names_the_closest_one(typed, meant, tmp_path: Path):
    result = noteapp(typed, "x.md", cwd=tmp_path)  # opened the editor before
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith(
        f"noteapp: {typed}: no such command or file — did you mean 'noteapp {meant}'?"
    )
    assert f"give a file name such as {typed}.md" in result.stderr


def test_an_unknown_word_lists_the_commands(tmp_path: Path):
    result = noteapp("frobnicate", cwd=tmp_path)
    assert result.returncode == 2
    assert "see 'noteapp --help'" in result.stderr and "check, meta, inspect" in result.stderr


def test_an_existing_file_named_like_a_word_still_opens(tmp_path: Path):
    (tmp_path / "exprot").write_text("# Notes\n", encoding="utf-8")
    result = noteapp("exprot", "--quit-after-load", cwd=tmp_path)
    assert result.returncode == 0, result.stderr


def test_the_editors_start_up_path_imports_neither_difflib_nor_argparse_for_this():
    code = (
        "import sys; import noteapp.ui.app as app; from noteapp.cli import main; "
        "app.run = lambda argv: print(' '.join({'difflib', 'argparse'} & set(sys.modules))) or 0; "
        "main(['missing-note.md']); main(['2024-01-24'])"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    # PySide6 itself imports argparse; the check is that noteapp's own path adds neither.
    imported = set(done.stdout.split())
    assert "difflib" not in imported


def test_meta_refuses_to_replace_a_read_only_file(tmp_path: Path, capsys):
    note = tmp_path / "note.md"
    note.write_text(NOTE, encoding="utf-8")
    note.chmod(0o444)
    before = note.read_bytes()
    assert main(["meta", str(note), "nav_order=2"]) == 2
    err = capsys.readouterr().err
    assert f"{note}: the file is read-only, so it was left unchanged" in err
    assert "chmod u+w" in err
    assert note.read_bytes() == before and (note.stat().st_mode & 0o777) == 0o444


def test_meta_in_a_read_only_folder_is_a_message(tmp_path: Path):
    powers = without_root_powers()
    folder = tmp_path / "locked"
    folder.mkdir()
    note = folder / "note.md"
    note.write_text(NOTE, encoding="utf-8")
    folder.chmod(0o555)
    try:
        result = noteapp("meta", str(note), "nav_order=2", **powers)
        no_traceback(result)
        assert result.returncode == 2
        assert reports(result, note, "permission denied, the file is unchanged")
        assert note.read_text(encoding="utf-8") == NOTE
        assert sorted(p.name for p in folder.iterdir()) == ["note.md"]
    finally:
        folder.chmod(0o755)
