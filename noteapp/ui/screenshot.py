"""``python -m noteapp.ui.screenshot OUT.png [NOTE] [--scene before-call]``: a picture of
the real main window.

``--theme light|dark`` paints it in that theme, ``--size 800x600`` at that size
(default 1400x900).  ``--scene before-call`` shows the Schedule dock and the New
Meeting dialog over the window (the screen is grabbed, so the dialog is in the
picture).  ``--scene archive --workspace DIR`` indexes DIR (in a temporary cache) and
shows the Action tracker and the People panel's attendance plot for NOTE's series.
``--scene publish --workspace DIR`` runs Publish ▸ Open Pull Request on NOTE against the
GitHub that the environment names and shows the Publish menu over the result (``python
-m tests.publish.publish_screenshot OUT.png`` does it against the stand-ins).

Opens the workspace sample note (from a temporary workspace, so the user's stays
untouched) or NOTE in the main window, waits for it to be painted and saves
``window.grab()`` as PNG.  Works under Xvfb (``make screenshot``) and offscreen.
Settings go to a temporary folder too: the screenshot must not add to the user's
recent files.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDockWidget

from noteapp.storage.settings import Settings
from noteapp.storage.workspace import ensure_workspace
from noteapp.ui.archive.feature import archive_of
from noteapp.ui.main_window import MainWindow
from noteapp.ui.publishing import Publishing

WIDTH, HEIGHT = 1400, 900


def _size(text: str) -> tuple[int, int]:
    width, _, height = text.partition("x")
    try:
        return int(width), int(height)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r}: give WIDTHxHEIGHT, e.g. 800x600") from None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m noteapp.ui.screenshot")
    parser.add_argument("out", type=Path, metavar="OUT.png")
    parser.add_argument("note", type=Path, nargs="?", metavar="NOTE")
    parser.add_argument(
        "--scene",
        choices=("during-call", "before-call", "archive", "publish"),
        default="during-call",
    )
    parser.add_argument(
        "--workspace", type=Path, help="archive: the folder to index; publish: the workspace"
    )
    parser.add_argument("--theme", choices=("system", "light", "dark"), default="light")
    parser.add_argument("--size", type=_size, default=(WIDTH, HEIGHT), metavar="WxH")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)

    app = QApplication.instance() or QApplication(["noteapp"])
    assert isinstance(app, QApplication)
    app.setApplicationName("noteapp")
    app.setOrganizationName("noteapp")
    with tempfile.TemporaryDirectory(prefix="noteapp-screenshot-") as tmp:
        os.environ["NOTEAPP_CACHE_DIR"] = str(Path(tmp) / "cache")  # never the user's index
        note = args.note or ensure_workspace(Path(tmp) / "workspace")
        settings = Settings(Path(tmp) / "settings.json")
        settings.theme = args.theme
        window = MainWindow(settings)
        window.workspace = args.workspace or Path(tmp) / "workspace"
        try:
            window.load_path(note)
        except Exception as exc:  # any failure: say why, no dialog
            print(f"screenshot: {exc}", file=sys.stderr)
            return 1
        width, height = args.size
        window.resize(width, height)
        window.show()
        window.activateWindow()
        # A meeting in progress: the timer runs and the next agenda item is being discussed.
        before = args.scene in ("before-call", "publish")  # a dialog or a menu over it
        # The Schedule dock and the New Meeting dialog, or F6 (which also starts the timer).
        if args.scene == "archive":
            _archive_scene(app, window)
        if args.scene == "publish" and not _publish_scene(app, window):
            return 1
        scene = {"before-call": ("focus_schedule", "new_meeting"), "archive": (), "publish": ()}
        for command in scene.get(args.scene, ("next_agenda",)):
            window.commands[command].trigger()
        window.editor.after_next_paint(lambda: app.exit(0))  # quit() would close it
        window.editor.viewport().update()  # painted already while the archive scene waited
        app.exec()
        # Colours and the word count arrive just after the first paint: let them land.
        deadline = time.monotonic() + 0.5
        while time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        if before:  # the dialog is a window of its own: grab the screen where the window is
            frame = window.frameGeometry()
            pixmap = window.screen().grabWindow(0, frame.x(), frame.y(), width, height)
        else:
            pixmap = window.grab()
        args.out.parent.mkdir(parents=True, exist_ok=True)
        saved = pixmap.save(str(args.out), "PNG")
        window.hide()
        window.deleteLater()
    if not saved:
        print(f"screenshot: could not write {args.out}", file=sys.stderr)
        return 1
    print(f"wrote {args.out} ({pixmap.width()}x{pixmap.height()})")
    return 0


def _publish_scene(app: QApplication, window: MainWindow) -> bool:
    """Open Pull Request run to its end; the Publish menu open on it, over the status bar's
    "Opened pull request #…"."""

    publishing = window.findChild(Publishing, "publishing")
    window.commands["publish_pr"].trigger()
    deadline = time.monotonic() + 60
    while (publishing.busy or not publishing.last_message) and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    if not publishing.last_message.startswith(("Opened pull request", "Updated pull request")):
        print(f"screenshot: {publishing.last_message or 'no answer from GitHub'}", file=sys.stderr)
        return False
    bar = window.menuBar()
    entry = next(a for a in bar.actions() if a.text().replace("&", "") == "Publish")
    menu = entry.menu()
    menu.popup(bar.mapToGlobal(bar.actionGeometry(entry).bottomLeft()))
    menu.setActiveAction(window.commands["publish_pr"])
    app.processEvents()  # the highlighted entry's status tip shows: the result again over it
    window.statusBar().showMessage(publishing.last_message.splitlines()[0])
    return True


def _archive_scene(app: QApplication, window: MainWindow) -> None:
    """The index built; the tracker at the bottom, People (with its plot) on the right."""

    os.environ["NOTEAPP_INDEX"] = "1"
    archive = archive_of(window)
    archive.start()
    deadline = time.monotonic() + 60
    while archive.reader() is None and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    for name in ("actionsDock", "propertiesDock", "agendaDock"):
        window.findChild(QDockWidget, name).hide()
    people = window.findChild(QDockWidget, "peopleDock")
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, people)
    for command in ("focus_people", "focus_tracker"):
        window.commands[command].trigger()
    window.resizeDocks([people], [620], Qt.Orientation.Horizontal)
    tracker = window.findChild(QDockWidget, "trackerDock")
    window.resizeDocks([tracker], [330], Qt.Orientation.Vertical)
    panel = people.widget()
    panels = [panel, tracker.widget()]
    deadline = time.monotonic() + 60  # the panels ask the index in the background
    while time.monotonic() < deadline and not all(p._filled and not p.answering for p in panels):
        app.processEvents()
        time.sleep(0.02)
    names = [p.name for p in panel.model.rows]
    if names:  # the most regular attendee's meetings marked on the plot
        panel.view.selectRow(0)


if __name__ == "__main__":
    raise SystemExit(main())
