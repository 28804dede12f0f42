"""The bad-input campaign through the command line: check, inspect --json, meta and
export --to html on every case of tests/bad_input.py.  Each says what happened to which
file, exits non-zero when it could not do its work, never prints a traceback, and leaves
the file's bytes as they were."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from noteapp.cli import main
from tests.bad_input import (
    CASES,
    NOTE,
    Case,
    applicable,
    case_ids,
    fingerprint,
    without_root_powers,
)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return status, out, err


@pytest.mark.parametrize("case", CASES, ids=case_ids())
def test_every_command_on_bad_input(case: Case, tmp_path: Path, capsys):
    if not applicable(case):
        pytest.skip(f"{case.id}: not on this platform")
    path = case.make(tmp_path)
    before = fingerprint(path)

    status, out, err = run(capsys, "check", str(path))
    (line, summary) = out.splitlines()
    assert str(path) in line
    if case.outcome in ("opens", "front-matter"):
        assert (status, line[:2]) == (0, "OK"), line
        assert case.says in line
        assert summary == "1 files: 1 OK, 0 FAILED"
    else:
        assert (status, line[:6]) == (1, "FAILED"), line
        assert (case.check_says or case.says) in line

    status, out, err = run(capsys, "inspect", "--json", str(path))
    if case.outcome in ("opens", "front-matter"):
        report = json.loads(out)
        assert status == 0 and report["path"] == str(path)
        assert (report["front_matter"]["kind"] == "invalid") == (case.outcome == "front-matter")
        if case.outcome == "front-matter":
            assert case.says in report["front_matter"]["error"]
    else:
        assert status == 2 and out == ""
        assert err.startswith(f"noteapp: {path}: ") and case.says in err, err
        if case.outcome == "encoding":
            assert "--encoding NAME" in err  # what to do

    status, out, err = run(capsys, "meta", str(path))
    if case.outcome == "opens":
        assert status == 0 and isinstance(json.loads(out), dict)
    else:
        assert status == 2 and out == ""
        assert err.startswith(f"noteapp: {path}: ") and case.says in err, err
        if case.outcome == "front-matter":
            assert err.rstrip().endswith("nothing changed.")

    status, out, err = run(capsys, "export", str(path), "--to", "html")
    if case.outcome in ("opens", "front-matter") and case.html:
        assert status == 0 and out.startswith("<!DOCTYPE html>")
        assert ("Front matter not read" in out) == (case.outcome == "front-matter")
    elif case.outcome in ("opens", "front-matter"):
        assert status == 2 and f"noteapp: {path}: too large to export as HTML" in err
    else:
        assert status == 2 and err.startswith(f"noteapp: {path}: ") and case.says in err, err

    assert fingerprint(path) == before  # nothing read was rewritten


@pytest.mark.parametrize("case", [c for c in CASES if c.encoding], ids=lambda c: c.id)
def test_a_file_in_another_encoding_opens_with_encoding(case: Case, tmp_path: Path, capsys):
    path = case.make(tmp_path)
    before = fingerprint(path)
    status, out, _err = run(capsys, "inspect", "--json", "--encoding", case.encoding, str(path))
    assert status == 0 and json.loads(out)["encoding"] == "iso8859-1"
    assert run(capsys, "meta", str(path), "title", "--encoding", case.encoding)[1] == (
        "Community call\n"
    )
    assert fingerprint(path) == before


def test_a_file_without_read_permission(tmp_path: Path):
    powers = without_root_powers()
    path = tmp_path / "private.md"
    path.write_text(NOTE, encoding="utf-8")
    path.chmod(0o000)
    for argv in (["check"], ["inspect", "--json"], ["meta"], ["export", "--to", "html"]):
        done = subprocess.run(
            [sys.executable, "-m", "noteapp", *argv, str(path)],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
            **powers,  # type: ignore[arg-type]
        )
        said = done.stdout + done.stderr
        assert done.returncode != 0 and "Traceback" not in said
        assert str(path) in said and "permission denied — check its permissions" in said
