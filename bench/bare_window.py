"""The floor for start-up: a bare PySide6 window with a text editor, shown and painted.

Run as a script; exits 0 on the loop turn after the editor's first paint.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit


def _painted() -> None:
    print(f"painted-at {time.time():.6f}", flush=True)  # read by bench/startup.py
    QApplication.quit()


class _Painted(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, _painted)
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    editor = QPlainTextEdit(window)
    if len(sys.argv) > 1:
        with open(sys.argv[1], encoding="utf-8") as handle:
            editor.setPlainText(handle.read())
    window.setCentralWidget(editor)
    watcher = _Painted()
    editor.viewport().installEventFilter(watcher)
    window.resize(1000, 720)
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
