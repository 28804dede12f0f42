"""A workspace's templates and series files may come from anyone's repository: a template
runs sandboxed, and a series file never makes noteapp write outside the workspace."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from pathlib import Path

import pytest

from noteapp.cli import main
from noteapp.core.errors import SeriesError
from noteapp.core.newnote import plan_note
from noteapp.core.series import builtin_series_for_template, load_series
from noteapp.storage.notefile import create_note
from noteapp.storage.workspace import ensure_workspace

DAY = dt.date(2024, 1, 10)


def hostile(tmp_path: Path, body: str) -> tuple[Path, Path]:
    """A workspace whose ``mine`` template holds ``body``; ``MARKER`` proves a run."""
    ws = tmp_path / "ws"
    (ws / "templates").mkdir(parents=True)
    marker = tmp_path / "MARKER"
    template = ws / "templates" / "mine.md.j2"
    template.write_text(body.replace("MARKER", str(marker)), encoding="utf-8")
    return ws, marker


def mine(ws: Path):
    series = builtin_series_for_template("hackmd")
    source = ws / "series" / "mine.toml"  # what a workspace series knows: its own file
    source.parent.mkdir(exist_ok=True)
    source.write_text("# stands in\n", encoding="utf-8")
    return dataclasses.replace(series, template="mine", source=source)


PAYLOADS = {
    "popen through globals": "{{ cycler.__init__.__globals__.os.popen('touch MARKER').read() }}",
    "a class's subclasses": "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "a path written": "{{ series.source.joinpath('MARKER').write_text('x') }}",
    "a path read": "{{ series.source.read_text() }}",
    "a path removed": "{{ series.source.unlink() }}",
    "format's attribute access": "{{ '{0.__class__}'.format(series) }}",
}


@pytest.mark.parametrize("payload", PAYLOADS.values(), ids=PAYLOADS.keys())
def test_a_template_cannot_run_code_or_touch_files(tmp_path: Path, payload: str):
    ws, marker = hostile(tmp_path, "# {{ heading }}\n\n" + payload + "\n")
    series = mine(ws)
    with pytest.raises(SeriesError) as caught:
        plan_note(series, DAY, folder=tmp_path / "notes", workspace=ws)
    message = str(caught.value)
    assert message.startswith(f"{ws / 'templates' / 'mine.md.j2'}, line 3: ")
    assert "may not do" in message and "Nothing was run or written" in message
    assert not marker.exists() and series.source.exists()
    assert not (tmp_path / "notes").exists()


def test_new_print_runs_nothing_either(tmp_path: Path, capsys):
    ws, marker = hostile(tmp_path, PAYLOADS["popen through globals"] + "\n")
    (ws / "series").mkdir()
    (ws / "series" / "mine.toml").write_text(
        'template = "mine"\ncadence = "weekly"\nstart = 2024-01-10 17:00:00\nzone = "UTC"\n',
        encoding="utf-8",
    )
    code = main(["new", "--series", "mine", "--workspace", str(ws), "--date", "2024-01-10",
                 "--print"])  # fmt: skip
    assert code == 2 and not marker.exists()
    assert "mine.md.j2, line 1: the template tried something templates may not do" in (
        capsys.readouterr().err
    )


def test_the_built_in_templates_still_render_in_the_sandbox(tmp_path: Path):
    for name in ("zarr", "jupyterhub", "conda-forge", "conda-community", "czi", "geojupyter",
                 "hsf", "hackmd"):  # fmt: skip
        note = plan_note(builtin_series_for_template(name), None, folder=tmp_path / name,
                         workspace=tmp_path, today=DAY)  # fmt: skip
        assert note.text.strip(), name


# -------------------------------------------------------------------- where notes go


def series_file(ws: Path, folder: str | None, path: str = "{year}/{date}.md"):
    ensure_workspace(ws)
    text = (
        'template = "hackmd"\ncadence = "weekly"\nstart = 2024-01-10 17:00:00\nzone = "UTC"\n'
        f'path = "{path}"\n' + (f'folder = "{folder}"\n' if folder is not None else "")
    )
    (ws / "series" / "shared.toml").write_text(text, encoding="utf-8")
    return load_series("shared", ws)


@pytest.mark.parametrize("folder", ["ABSOLUTE", "../outside", "notes/../../outside", "~"])
def test_a_series_folder_outside_the_workspace_is_refused(
    tmp_path: Path, folder: str, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv("HOME", str(tmp_path / "outside"))  # "~": never the real home
    ws = tmp_path / "ws"
    outside = tmp_path / "outside"
    series = series_file(ws, str(outside) if folder == "ABSOLUTE" else folder)
    refused = r"shared\.toml, line 6: folder .* is outside the workspace .*nothing was written"
    with pytest.raises(SeriesError, match=refused + r" \(move the folder into the workspace"):
        create_note(series, DAY, workspace=ws)
    assert not outside.exists()


def test_a_symbolic_link_out_of_the_workspace_is_refused(tmp_path: Path):
    ws = tmp_path / "ws"
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    series = series_file(ws, "notes")
    os.symlink(outside, ws / "notes")
    with pytest.raises(SeriesError, match=r"through a symbolic link"):
        create_note(series, DAY, workspace=ws)
    assert list(outside.iterdir()) == []


def test_a_linked_year_folder_cannot_lead_the_note_out_of_the_series_folder(tmp_path: Path):
    ws = tmp_path / "ws"
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    series = series_file(ws, "notes")
    (ws / "notes").mkdir()
    os.symlink(outside, ws / "notes" / "2024")
    with pytest.raises(SeriesError, match=r"path .*2024-01-10\.md is outside the series folder"):
        create_note(series, DAY, workspace=ws)
    assert list(outside.iterdir()) == []


def test_folders_inside_the_workspace_and_dir_anywhere_still_work(tmp_path: Path):
    ws = tmp_path / "ws"
    series = series_file(ws, "calls/weekly")
    assert create_note(series, DAY, workspace=ws) == ws / "calls" / "weekly" / "2024" / (
        "2024-01-10.md"
    )
    elsewhere = tmp_path / "site" / "meetings"  # --dir: the user's own choice
    assert create_note(series, DAY, folder=elsewhere, workspace=ws).parent == elsewhere / "2024"
    linked = ws / "linked"  # a link that stays inside the workspace is fine
    os.symlink(ws / "calls", linked)
    inside = series_file(ws, "linked/monthly")
    assert create_note(inside, DAY, workspace=ws).exists()
