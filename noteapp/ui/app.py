"""``noteapp [FILE ...]``: start the editor.

Kept light on purpose: only what the first paint needs is imported here.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from noteapp.core.errors import NoteError
from noteapp.packaged import packaged_dir
from noteapp.storage.settings import Settings
from noteapp.storage.workspace import ensure_workspace
from noteapp.ui.main_window import MainWindow

# Exit codes for --quit-after-load.
EXIT_OPEN_FAILED = 1
EXIT_NEVER_PAINTED = 3
PAINT_TIMEOUT_MS = 20_000
# resources/icons/noteapp-<size>.png (made by packaging/render_icons.py); the desktop
# entry's Icon= and the freedesktop file names use the application id.
ICON_SIZES = (16, 32, 48, 64, 128, 256)
APP_ID = "io.github.noteapp.NoteApp"

# Windows and an application created here must outlive run()'s frame while Qt runs.
_app: QApplication | None = None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="noteapp", description="Edit meeting notes.")
    parser.add_argument("files", nargs="*", metavar="FILE", help="notes to open")
    parser.add_argument(
        "--workspace", metavar="DIR", help="workspace folder (default: the user's workspace)"
    )
    parser.add_argument(
        "--encoding", metavar="NAME", help="read the files in this encoding (default: UTF-8)"
    )
    parser.add_argument(
        "--quit-after-load",
        action="store_true",
        help="exit as soon as the window is painted (for benchmarks and smoke tests); "
        "a file that cannot be opened makes it exit non-zero",
    )
    return parser


def _application(argv: list[str]) -> tuple[QApplication, list[str]]:
    """The running QApplication, and ``argv`` without the options Qt itself consumed."""
    global _app
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing, argv
    _app = QApplication(["noteapp", *argv])
    return _app, _app.arguments()[1:]


def app_icon() -> QIcon:
    """The application icon in every shipped size. QIcon reads a file only when that size
    is first painted, so this costs nothing measurable at start-up."""
    icon = QIcon()
    folder = packaged_dir("resources", "icons")
    for size in ICON_SIZES:
        icon.addFile(str(folder / f"noteapp-{size}.png"), QSize(size, size))
    return icon


def _start_files(args: argparse.Namespace) -> list[Path | None]:
    """The notes to open: the given files, else the workspace's sample note."""
    if args.files:
        return [Path(name) for name in args.files]
    try:
        sample = ensure_workspace(Path(args.workspace) if args.workspace else None)
    except OSError as exc:
        print(f"noteapp: cannot create the workspace: {exc}", file=sys.stderr)
        return [None]
    return [sample if sample.is_file() else None]  # a deleted sample is not an error


def _loaded(app: QApplication) -> None:
    """--quit-after-load: the panels are filled (the load parses synchronously) and the
    window is painted.  With NOTEAPP_REPORT_PAINT set, print the wall-clock time of this
    moment, so bench/startup.py can time start-up without the interpreter's teardown."""
    if os.environ.get("NOTEAPP_REPORT_PAINT"):
        print(f"painted-at {time.time():.6f}", flush=True)
    app.exit(0)


def run(argv: list[str]) -> int:
    """Start the GUI; returns the process exit code."""
    parser = build_parser()
    if {"-h", "--help"} & set(argv):
        parser.parse_args(argv)  # prints the help and exits before Qt starts
    app, argv = _application(argv)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 2
    app.setApplicationName("noteapp")
    app.setOrganizationName("noteapp")
    app.setDesktopFileName(APP_ID)  # Wayland matches the window to the .desktop entry
    app.setWindowIcon(app_icon())

    settings = Settings.load()
    windows: list[MainWindow] = []
    for path in _start_files(args):
        window = MainWindow(settings)
        if args.workspace:
            window.workspace = Path(args.workspace).expanduser()
        if path is not None:
            try:
                window.load_path(path, args.encoding)
            except (NoteError, OSError, LookupError, ValueError) as exc:
                if args.quit_after_load:
                    print(f"noteapp: {exc}", file=sys.stderr)
                    return EXIT_OPEN_FAILED
                # Explain (and offer an encoding) once the window is up.
                QTimer.singleShot(0, lambda w=window, p=path: w.open_path(p))
        windows.append(window)
        window.show()

    from noteapp.ui.safety import after_start

    # Offer back what a crashed session left, right after the first paint (never in batch
    # runs). Restored notes may open windows: they are appended to ``windows``.
    after_start(windows, interactive=not args.quit_after_load)
    if args.quit_after_load:
        from noteapp.ui.firstpaint import after_first_paint

        after_first_paint(windows[-1].editor.viewport(), lambda: _loaded(app))
        # Tied to the window: a stray exit() after run() returned would leave Qt's "quit
        # now" flag set, and every later event loop in this process would return at once.
        QTimer.singleShot(PAINT_TIMEOUT_MS, windows[-1], lambda: app.exit(EXIT_NEVER_PAINTED))
    code = app.exec()
    if code == EXIT_NEVER_PAINTED:
        print("noteapp: the window was never painted", file=sys.stderr)
    for window in windows:
        window.hide()
        window.deleteLater()
    return code
