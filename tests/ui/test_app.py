"""Start-up: ``noteapp FILE --quit-after-load`` and the screenshot command."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from noteapp.storage.workspace import SAMPLE_NOTE, SAMPLE_SERIES
from noteapp.ui.app import EXIT_OPEN_FAILED, _qt_args, build_parser, parse_args, run


def _env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def test_quit_after_load_opens_a_note_and_returns_zero(qapp, note_copy):
    assert run([str(note_copy("zarr/2024-01-24.md")), "--quit-after-load"]) == 0


def test_run_leaves_no_timer_that_would_stop_later_event_loops(qapp, note_copy, monkeypatch):
    """The never-painted guard outlived run() while its window awaited deletion, fired
    later and called exit() with no loop running: every later event loop in the process
    then returned at once (timers in later tests never fired)."""
    import time

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    import noteapp.ui.app as app_module

    # Short enough to wait out, long enough for a first paint on a loaded machine.
    monkeypatch.setattr(app_module, "PAINT_TIMEOUT_MS", 1500)
    assert run([str(note_copy("zarr/2024-01-24.md")), "--quit-after-load"]) == 0
    end = time.perf_counter() + 1.8  # past the guard's time; windows not yet deleted
    while time.perf_counter() < end:
        QApplication.processEvents()
    loop = QEventLoop()
    QTimer.singleShot(200, loop.quit)
    started = time.perf_counter()
    loop.exec()
    assert time.perf_counter() - started >= 0.15  # the loop ran until its own timer


def test_without_a_file_the_workspace_sample_is_created_and_opened(qapp, tmp_path: Path):
    workspace = tmp_path / "ws"
    assert run(["--workspace", str(workspace), "--quit-after-load"]) == 0
    assert (workspace / SAMPLE_SERIES / SAMPLE_NOTE).is_file()


def test_several_files_open_and_return_zero(qapp, note_copy):
    files = [note_copy("zarr/2024-05-01.md"), note_copy("jupyterhub/meetings__index.md")]
    assert run([*map(str, files), "--quit-after-load"]) == 0


def test_a_file_that_fails_to_open_exits_non_zero_with_the_reason(qapp, tmp_path: Path, capsys):
    bad = tmp_path / "bad.md"
    bad.write_bytes(b"ok\n\xff\n")
    assert run([str(bad), "--quit-after-load"]) == EXIT_OPEN_FAILED
    err = capsys.readouterr().err
    assert "bad.md" in err
    assert "byte 3" in err
    assert bad.read_bytes() == b"ok\n\xff\n"


def test_encoding_option_opens_a_legacy_file(qapp, tmp_path: Path):
    legacy = tmp_path / "legacy.md"
    legacy.write_bytes("Zoë\n".encode("cp1252"))
    assert run([str(legacy), "--encoding", "windows-1252", "--quit-after-load"]) == 0


def test_unknown_option_is_a_usage_error(qapp, capsys):
    assert run(["--no-such-option"]) == 2
    assert "usage: noteapp" in capsys.readouterr().err


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["a.md"],
        ["a.md", "b c.md", "--quit-after-load"],
        ["--workspace", "ws", "--encoding=latin-1", "a.md"],
        ["--workspace=", "a.md", "--quit-after-load", "--encoding", "cp1252"],
        ["--quit-after-load", "a.md", "b.md"],
    ],
)
def test_plain_command_lines_read_exactly_as_argparse_reads_them(argv):
    plain = _qt_args(argv)
    assert plain is not None  # read without building a parser
    assert vars(plain) == vars(build_parser().parse_args(argv))


@pytest.mark.parametrize(
    "argv",
    [
        ["--quit"],  # an abbreviation: argparse's to accept
        ["--workspace"],  # a missing value
        ["--quit-after-load=yes"],
        ["a.md", "--quit-after-load", "b.md"],  # two runs of files
        ["--", "-odd.md"],
        ["-x"],
    ],
)
def test_anything_else_goes_to_argparse(argv, capsys):
    assert _qt_args(argv) is None
    try:
        expected = vars(build_parser().parse_args(argv))
    except SystemExit as exc:
        with pytest.raises(SystemExit) as raised:
            parse_args(argv)
        assert raised.value.code == exc.code
        assert "usage: noteapp" in capsys.readouterr().err
    else:
        assert vars(parse_args(argv)) == expected


def test_the_installed_command_starts_and_quits(note_copy):
    note = note_copy("jupyterhub/meetings__index.md")
    done = subprocess.run(
        [sys.executable, "-m", "noteapp", str(note), "--quit-after-load"],
        env=_env(),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr


def test_the_installed_command_reports_a_file_in_a_missing_folder(tmp_path: Path):
    done = subprocess.run(
        [sys.executable, "-m", "noteapp", str(tmp_path / "no" / "nope.md"), "--quit-after-load"],
        env=_env(),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode != 0
    assert "nope.md" in done.stderr


def test_a_missing_file_in_an_existing_folder_opens_as_a_new_note(tmp_path: Path):
    """``noteapp notes.md`` starts that note, as editors do; nothing is written yet."""
    done = subprocess.run(
        [sys.executable, "-m", "noteapp", "notes.md", "--quit-after-load"],
        env=_env(),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert not (tmp_path / "notes.md").exists()


def test_a_new_note_is_created_by_the_first_save(window, tmp_path: Path, qtbot):
    win, dialogs = window
    path = tmp_path / "2024-07-09.md"
    win.open_new_file(path)
    assert win.path == path and not path.exists()
    assert "created when you save" in win.statusBar().currentMessage()
    win.editor.setFocus()
    qtbot.keyClicks(win.editor, "# Call")
    assert win.save()  # no Save As dialog: the name was given
    assert path.read_bytes() == b"# Call"
    assert dialogs.errors == []


def test_closing_the_window_ends_the_process_during_a_preview_render(tmp_path: Path):
    """A render still running must not keep the process alive after the window closed."""
    note = tmp_path / "note.md"
    note.write_text("# Call\n\nSome text.\n", encoding="utf-8")
    script = f"""
import sys, threading, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import noteapp.ui.panels.preview as preview
from noteapp.storage.settings import Settings
from noteapp.ui.main_window import MainWindow

started = threading.Event()
def slow_render(text, around=None, stale=None):
    started.set()
    time.sleep(120)  # a render that will not end while anyone waits
    return "", []
preview.preview_html = slow_render
app = QApplication(sys.argv[:1])
window = MainWindow(Settings({str(tmp_path / "settings.json")!r}))
window.load_path({str(note)!r})
window.show()
window.commands["focus_preview"].trigger()  # shows the dock: a render starts
def close_when_rendering():
    if started.is_set():
        window.close()
    else:
        QTimer.singleShot(50, close_when_rendering)
QTimer.singleShot(50, close_when_rendering)
print("exit", app.exec(), flush=True)
"""
    done = subprocess.run(
        [sys.executable, "-c", script],
        env=_env(),
        capture_output=True,
        text=True,
        timeout=60,  # the render sleeps for 120 s: a process that waits for it times out
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "exit 0" in done.stdout


def test_start_up_imports_no_rendering_or_template_libraries():
    code = (
        "import sys, noteapp.ui.app; "
        "heavy = {'jinja2', 'markdown', 'markdown_it', 'ruamel'} & "
        "{m.split('.')[0] for m in sys.modules}; "
        "print(sorted(heavy)); sys.exit(bool(heavy))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], env=_env(), capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("with_note", [False, True])
def test_screenshot_writes_a_png_of_the_window(qapp, tmp_path: Path, note_copy, with_note: bool):
    out = tmp_path / "shot.png"
    args = [sys.executable, "-m", "noteapp.ui.screenshot", str(out)]
    if with_note:
        args.append(str(note_copy("zarr/2024-01-24.md")))
    done = subprocess.run(args, env=_env(), capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    image = QImage(str(out))
    from noteapp.ui.screenshot import HEIGHT, WIDTH

    assert (image.width(), image.height()) == (WIDTH, HEIGHT)
    # Not a blank canvas: text was drawn (dark pixels on the light editor background).
    dark = sum(
        1
        for x in range(0, WIDTH, 4)
        for y in range(40, 700, 4)
        if image.pixelColor(x, y).lightness() < 100
    )
    assert dark > 200
