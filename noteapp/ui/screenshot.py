"""``python -m noteapp.ui.screenshot OUT.png [NOTE] [--scene before-call]``: a picture of
the real main window.

``--scene before-call`` shows the Schedule dock and the New Meeting dialog over the
window (the screen is grabbed, so the dialog is in the picture).

Opens the workspace sample note (from a temporary workspace, so the user's stays
untouched) or NOTE in a 1200x800 main window, waits for it to be painted and saves
``window.grab()`` as PNG.  Works under Xvfb (``make screenshot``) and offscreen.
Settings go to a temporary folder too: the screenshot must not add to the user's
recent files.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

WIDTH, HEIGHT = 1400, 860


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m noteapp.ui.screenshot")
    parser.add_argument("out", type=Path, metavar="OUT.png")
    parser.add_argument("note", type=Path, nargs="?", metavar="NOTE")
    parser.add_argument("--scene", choices=("during-call", "before-call"), default="during-call")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)

    from PySide6.QtWidgets import QApplication

    from noteapp.storage.settings import Settings
    from noteapp.storage.workspace import ensure_workspace
    from noteapp.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(["noteapp"])
    assert isinstance(app, QApplication)
    app.setApplicationName("noteapp")
    app.setOrganizationName("noteapp")
    with tempfile.TemporaryDirectory(prefix="noteapp-screenshot-") as tmp:
        note = args.note or ensure_workspace(Path(tmp) / "workspace")
        window = MainWindow(Settings(Path(tmp) / "settings.json"))
        window.workspace = Path(tmp) / "workspace"
        try:
            window.load_path(note)
        except Exception as exc:  # any failure: say why, no dialog
            print(f"screenshot: {exc}", file=sys.stderr)
            return 1
        window.resize(WIDTH, HEIGHT)
        window.show()
        window.activateWindow()
        # A meeting in progress: the timer runs and the next agenda item is being discussed.
        before = args.scene == "before-call"
        # The Schedule dock and the New Meeting dialog, or F6 (which also starts the timer).
        for command in ("focus_schedule", "new_meeting") if before else ("next_agenda",):
            window.commands[command].trigger()
        window.editor.after_next_paint(lambda: app.exit(0))  # quit() would close it
        app.exec()
        # Colours and the word count arrive just after the first paint: let them land.
        deadline = time.monotonic() + 0.5
        while time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        if before:  # the dialog is a window of its own: grab the screen where the window is
            frame = window.frameGeometry()
            pixmap = window.screen().grabWindow(0, frame.x(), frame.y(), WIDTH, HEIGHT)
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


if __name__ == "__main__":
    raise SystemExit(main())
