"""``noteapp new``: the next meeting's note, written once, in the series' format."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from noteapp.cli import main

ZARR_EARLIER = """\
---
layout: default
title: 10th January
description: Community Call Meeting Notes for 2024-01-10
parent: 2024 meetings
nav_order: 1
---

# 2024-01-10

**Attending:** Ada Lovelace (AL), Grace Hopper (GH)
"""


def _front_matter(text: str) -> str:
    end = text.index("\n---\n", 4) + 5
    return text[:end]


def _zarr_year(corpus: Path, root: Path) -> Path:
    """The 2024 folder as it stood before 2024-01-24: the year's index page (real) and
    the 2024-01-10 note (the corpus does not hold it: our own words, its front matter)."""
    year = root / "2024"
    year.mkdir(parents=True)
    shutil.copyfile(corpus / "zarr" / "meeting_notes_2024.md", year / "meeting_notes_2024.md")
    (year / "2024-01-10.md").write_text(ZARR_EARLIER, encoding="utf-8")
    return year


@pytest.mark.corpus
def test_new_zarr_note_has_the_real_notes_front_matter_byte_for_byte(corpus, tmp_path, capsys):
    _zarr_year(corpus, tmp_path)
    status = main(["new", "--template", "zarr", "--date", "2024-01-24", "--dir", str(tmp_path)])
    out, err = capsys.readouterr()
    written = tmp_path / "2024" / "2024-01-24.md"
    assert status == 0, err
    assert out.strip() == str(written)
    real = (corpus / "zarr" / "2024-01-24.md").read_bytes()
    assert (
        _front_matter(written.read_text(encoding="utf-8")).encode()
        == _front_matter(real.decode("utf-8")).encode()
    )


@pytest.mark.corpus
def test_the_year_folder_itself_may_be_given_as_dir(corpus, tmp_path, capsys):
    year = _zarr_year(corpus, tmp_path)
    assert main(["new", "--template", "zarr", "--date", "2024-01-24", "--dir", str(year)]) == 0
    assert capsys.readouterr().out.strip() == str(year / "2024-01-24.md")
    assert "nav_order: 2\n" in (year / "2024-01-24.md").read_text(encoding="utf-8")


def test_dry_run_prints_path_and_text_and_writes_nothing(tmp_path, capsys):
    status = main(
        [
            "new",
            "--template",
            "conda-forge",
            "--date",
            "2024-02-07",
            "--dir",
            str(tmp_path),
            "--dry-run",
        ]
    )
    out, _err = capsys.readouterr()
    assert status == 0
    path, text = out.split("\n", 1)
    assert path == str(tmp_path / "2024-02-07.md")
    assert text.startswith("---\ntitle: '2024-02-07'\n---\n# conda-forge core meeting 2024-02-07\n")
    assert list(tmp_path.iterdir()) == []


def test_an_existing_note_is_never_replaced(tmp_path, capsys):
    args = ["new", "--template", "hackmd", "--date", "2024-01-10", "--dir", str(tmp_path)]
    assert main(args) == 0
    note = tmp_path / "2024-01-10.md"
    note.write_text("my notes\n", encoding="utf-8")
    capsys.readouterr()
    assert main(args) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "already exists" in err and str(note) in err
    assert note.read_text(encoding="utf-8") == "my notes\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["2024-01-10.md"]  # no temp file


def test_an_impossible_date_is_refused_with_one_line(tmp_path, capsys):
    status = main(["new", "--template", "zarr", "--date", "2024-02-30", "--dir", str(tmp_path)])
    err = capsys.readouterr().err
    assert status == 2
    assert err.count("\n") == 1 and "'2024-02-30' is not a date" in err
    assert list(tmp_path.iterdir()) == []


def test_a_date_off_the_cadence_is_written_with_a_warning(tmp_path, capsys):
    # conda-forge meets every other Wednesday: 2024-01-24, 2024-02-07...
    status = main(
        ["new", "--template", "conda-forge", "--date", "2024-01-31", "--dir", str(tmp_path)]
    )
    err = capsys.readouterr().err
    assert status == 0
    assert "2024-01-31 is not a meeting day" in err
    assert "2024-01-24 and 2024-02-07" in err
    assert (tmp_path / "2024-01-31.md").is_file()


def test_unknown_series_lists_the_known_ones(tmp_path, capsys):
    (tmp_path / "series").mkdir()
    (tmp_path / "series" / "mine.toml").write_text('template = "hackmd"\n', encoding="utf-8")
    status = main(["new", "--series", "nope", "--workspace", str(tmp_path)])
    err = capsys.readouterr().err
    assert status == 2
    assert "no series named 'nope'" in err
    assert "mine" in err and "zarr" in err and "conda-forge" in err


def test_unknown_template_lists_the_known_ones(tmp_path, capsys):
    status = main(["new", "--template", "nope", "--dir", str(tmp_path)])
    err = capsys.readouterr().err
    assert status == 2 and "no template named 'nope'" in err and "geojupyter" in err


def test_a_broken_workspace_template_is_named_with_its_line(tmp_path, capsys):
    ws = tmp_path / "ws"
    (ws / "templates").mkdir(parents=True)
    broken = ws / "templates" / "zarr.md.j2"
    broken.write_text("---\ntitle: {{ fm.title }}\n---\n\n{% for x in roster %}\n", "utf-8")
    status = main(
        [
            "new",
            "--template",
            "zarr",
            "--date",
            "2024-01-24",
            "--dir",
            str(tmp_path / "notes"),
            "--workspace",
            str(ws),
        ]
    )
    err = capsys.readouterr().err
    assert status == 2
    assert f"{broken}, line 5" in err and "endfor" in err
    assert not (tmp_path / "notes").exists()


def test_a_workspace_series_file_makes_its_next_note(tmp_path, capsys):
    ws = tmp_path / "ws"
    (ws / "series").mkdir(parents=True)
    (ws / "series" / "team.toml").write_text(
        'title = "Team sync"\ntemplate = "hackmd"\ncadence = "weekly"\n'
        'start = 2024-01-01 09:30:00\nzone = "Europe/Berlin"\npath = "{year}/{date}.md"\n'
        '\n[[roster]]\nname = "Ada Lovelace"\ninitials = "AL"\n',
        encoding="utf-8",
    )
    status = main(["new", "--series", "team", "--workspace", str(ws)])
    out, err = capsys.readouterr()
    assert status == 0, err
    written = Path(out.strip())
    assert written.parent.parent == ws / "team" and written.is_file()
    text = written.read_text(encoding="utf-8")
    assert text.startswith("# Team sync ") and "- **Time:** 09:30 Europe/Berlin\n" in text
    assert "Ada Lovelace" not in text  # expected, not present: she checks in at the call
