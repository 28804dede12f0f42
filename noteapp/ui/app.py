"""``noteapp [FILE ...]``: start the editor.

Kept light on purpose: only what the first paint needs is imported here.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from types import SimpleNamespace

from PySide6.QtCore import QCommandLineOption, QCommandLineParser, QSize, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from noteapp.core.errors import NoteError
from noteapp.packaged import packaged_dir
from noteapp.storage.settings import Settings
from noteapp.storage.workspace import ensure_workspace
from noteapp.ui.i18n import install_translator
from noteapp.ui.main_window import MainWindow
from noteapp.ui.safety import after_start, finish_writes
from noteapp.ui.signals import install as handle_signals

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


# The editor's options: (flag, metavar, help); a metavar of None marks a switch.
OPTIONS: tuple[tuple[str, str | None, str], ...] = (
    ("--workspace", "DIR", "workspace folder (default: the user's workspace)"),
    ("--encoding", "NAME", "read the files in this encoding (default: UTF-8)"),
    (
        "--quit-after-load",
        None,
        "exit as soon as the window is painted (for benchmarks and smoke tests); "
        "a file that cannot be opened makes it exit non-zero",
    ),
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="noteapp", description="Edit meeting notes.")
    parser.add_argument("files", nargs="*", metavar="FILE", help="notes to open")
    for flag, metavar, text in OPTIONS:
        if metavar is None:
            parser.add_argument(flag, action="store_true", help=text)
        else:
            parser.add_argument(flag, metavar=metavar, help=text)
    return parser


def parse_args(argv: list[str]) -> argparse.Namespace:
    """The editor's options.  QCommandLineParser reads them (~0.5 ms); a line it refuses
    or would read otherwise than argparse (help, an abbreviation, a mistake, file names
    on both sides of an option) goes to argparse for the same result or its message:
    building an argparse parser costs ~5 ms of start-up."""
    return _qt_args(argv) or build_parser().parse_args(argv)


def _qt_args(argv: list[str]) -> argparse.Namespace | None:
    parser = QCommandLineParser()
    parser.setSingleDashWordOptionMode(
        QCommandLineParser.SingleDashWordOptionMode.ParseAsLongOptions
    )
    options = {}
    for flag, metavar, text in OPTIONS:
        names = [flag[2:]]  # a list: PySide would read a str as one name per letter
        option = (
            QCommandLineOption(names, text, metavar) if metavar else QCommandLineOption(names, text)
        )
        parser.addOption(option)
        options[flag] = option
    if not parser.parse(["noteapp", *argv]):
        return None
    files = parser.positionalArguments()
    values: dict[str, object] = {}
    for flag, metavar, _text in OPTIONS:
        option = options[flag]
        if metavar is None:
            values[_dest(flag)] = parser.isSet(option)
            continue
        value = parser.value(option) if parser.isSet(option) else None
        if value is not None and value.startswith("-") and f"{flag}={value}" not in argv:
            return None  # argparse takes "--workspace -x" for a missing value
        values[_dest(flag)] = value
    if files and (argv.count("--") or not _one_run(argv, files)):
        return None  # argparse takes one run of file names ("--": its reading)
    return SimpleNamespace(files=files, **values)  # type: ignore[return-value]


def _one_run(argv: list[str], files: list[str]) -> bool:
    first = argv.index(files[0])
    return argv[first : first + len(files)] == files


def _dest(flag: str) -> str:
    """argparse's attribute name for ``flag``: ``--quit-after-load`` -> ``quit_after_load``."""
    return flag[2:].replace("-", "_")


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


def _new_file(path: Path) -> bool:
    """A name to create: nothing there (not even a broken link), in a folder that exists."""
    return not os.path.lexists(path) and path.absolute().parent.is_dir()


def _loaded(app: QApplication, window: MainWindow) -> None:
    """--quit-after-load: the window is painted (the text is visible); exit once its
    panels are filled too (a long note is parsed in a worker after the paint).  With
    NOTEAPP_REPORT_PAINT set, print the wall-clock time of both moments, so
    bench/startup.py can time start-up without the interpreter's teardown."""
    report = bool(os.environ.get("NOTEAPP_REPORT_PAINT"))
    if report:
        print(f"painted-at {time.time():.6f}", flush=True)

    def filled(_meeting: object = None) -> None:
        if report:
            print(f"filled-at {time.time():.6f}", flush=True)
        app.exit(0)

    if window.document.has_snapshot:
        filled()
    else:
        window.document.snapshotChanged.connect(filled)


def run(argv: list[str]) -> int:
    """Start the GUI; returns the process exit code."""
    if {"-h", "--help"} & set(argv):
        build_parser().parse_args(argv)  # prints the help and exits before Qt starts
    app, argv = _application(argv)
    try:
        args = parse_args(argv)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 2
    app.setApplicationName("noteapp")
    app.setOrganizationName("noteapp")
    app.setDesktopFileName(APP_ID)  # Wayland matches the window to the .desktop entry
    app.setWindowIcon(app_icon())

    install_translator(app)  # the user's language, where noteapp ships it

    settings = Settings.load()
    windows: list[MainWindow] = []
    for path in _start_files(args):
        window = MainWindow(settings)
        if args.workspace:
            window.workspace = Path(args.workspace).expanduser()
        if path is not None and _new_file(path):
            window.open_new_file(path)
        elif path is not None:
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

    # Offer back what a crashed session left, right after the first paint (never in batch
    # runs). Restored notes may open windows: they are appended to ``windows``.
    after_start(windows, not args.quit_after_load, lambda: MainWindow(settings))

    # Ctrl+C quits like Ctrl+Q; SIGTERM/SIGHUP keep the text, then exit.
    restore_signals = handle_signals(app)
    never_painted = QTimer(windows[-1], singleShot=True, interval=PAINT_TIMEOUT_MS)
    never_painted.timeout.connect(lambda: app.exit(EXIT_NEVER_PAINTED))
    if args.quit_after_load:
        windows[-1].editor.after_next_paint(
            lambda: (never_painted.stop(), _loaded(app, windows[-1]))
        )
        never_painted.start()
    code = app.exec()
    restore_signals()

    finish_writes(windows)  # recovery writes still queued reach the disk before exit
    # Stopped here, not only when its window is deleted (later, maybe much later, in a
    # process that goes on, as tests do): a stray exit() after run() returned would leave
    # Qt's "quit now" flag set, and every later event loop in this process would return
    # at once.
    never_painted.stop()
    if code == EXIT_NEVER_PAINTED:
        print("noteapp: the window was never painted", file=sys.stderr)
    for window in windows:
        window.hide()
        window.deleteLater()
    return code
