"""Typing in a 5,000-line note: noteapp's window vs. a bare QPlainTextEdit (the floor).

Run: .venv/bin/python -m bench.typing_speed [--keys N] [--interval MS]

Keystrokes are sent to the editor at a typing pace (default 80 ms apart, a fast
typist) in bursts with pauses, at a line in the middle of the note. For each keystroke it records
the time from the key event until the event loop is idle again ("latency"), and,
while typing, a 1 ms probe timer records the longest gap in the event loop
("stall") — which catches the panel refreshes that run after each pause, the
recovery snapshots and everything else the window does on its own, until the
panels show the final text. The same is done with a bare QPlainTextEdit holding
the same note.
Goals (issue 4): p95 latency under one 60 Hz frame (16.7 ms), no stall over 50 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from bench.keys import send_key
from bench.notegen import generate_note

FRAME_MS = 1000 / 60
BURST = 12  # keystrokes typed without a pause
PAUSE_MS = 600  # then a pause: long enough for the panels to refresh


class StallProbe:
    """A 1 ms timer; the longest gap between its ticks is the longest event-loop stall."""

    def __init__(self, beat: Callable[[], None] | None = None) -> None:
        self.beat = beat
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(1)
        self.timer.timeout.connect(self._tick)
        self.last = 0
        self.longest = 0.0

    def start(self) -> None:
        self.clock.start()
        self.last = self.clock.nsecsElapsed()
        self.longest = 0.0
        self.timer.start()

    def _tick(self) -> None:
        now = self.clock.nsecsElapsed()
        if self.beat is not None:
            self.beat()
        self.longest = max(self.longest, (now - self.last) / 1e6)
        self.last = now

    def stop(self) -> float:
        self.timer.stop()
        return self.longest


def _pump(ms: float) -> None:
    end = time.perf_counter() + ms / 1000
    while time.perf_counter() < end:
        QApplication.processEvents()
        time.sleep(0.0005)


def type_into(
    editor: QPlainTextEdit,
    keys: int,
    interval_ms: float,
    settle: Callable[[], bool],
    pause_ms: float = PAUSE_MS,
    beat: Callable[[], None] | None = None,
) -> tuple[list[float], float]:
    """Latencies (ms) of ``keys`` keystrokes typed at a middle line, and the longest stall.

    Typing comes in bursts of ``BURST`` keys with a pause after each (as a note-taker
    listens, then types), so the panel refreshes run during the measurement; the probe
    keeps running until ``settle()`` says the window has caught up with the last key.
    """
    cursor = editor.textCursor()
    block = editor.document().findBlockByNumber(editor.document().blockCount() // 2)
    cursor.setPosition(block.position() + block.length() - 1)
    editor.setTextCursor(cursor)
    editor.setFocus()
    probe = StallProbe(beat)
    latencies = []
    probe.start()
    for i in range(keys):
        start = time.perf_counter()
        send_key(editor, "abcdefghij "[i % 11])
        QApplication.processEvents()  # until the loop is idle again
        latencies.append((time.perf_counter() - start) * 1000)
        _pump(pause_ms if (i + 1) % BURST == 0 else interval_ms)
    while not settle():
        _pump(1)
    return latencies, probe.stop()


def _summary(latencies: list[float]) -> tuple[float, float]:
    ordered = sorted(latencies)
    return statistics.median(ordered), ordered[int(len(ordered) * 0.95) - 1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--keys", type=int, default=150)
    parser.add_argument("--interval", type=float, default=80.0, help="ms between keystrokes")
    parser.add_argument("--lines", type=int, default=5000, help="the generated note's length")
    parser.add_argument("--preview", action="store_true", help="type with the Preview open")
    parser.add_argument(
        "--outline", action="store_true", help="type with the Outline open (it follows the caret)"
    )
    parser.add_argument(
        "--pause", type=float, help="ms after each burst (default 600, 1,500 with --preview)"
    )
    parser.add_argument(
        "--trace", action="store_true", help="print what ran in the longest event-loop turns"
    )
    args = parser.parse_args()
    pause = args.pause or (1500 if args.preview else PAUSE_MS)
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for name in ("CONFIG", "STATE", "WORKSPACE"):
            os.environ[f"NOTEAPP_{name}_DIR" if name != "WORKSPACE" else "NOTEAPP_WORKSPACE"] = str(
                root / name.lower()
            )
        note = root / "big.md"
        text = generate_note(args.lines)
        note.write_text(text, encoding="utf-8")
        app = QApplication(sys.argv[:1])

        bare = QPlainTextEdit()
        bare.resize(1000, 720)
        bare.setPlainText(text)
        bare.show()
        _pump(200)
        bare_lat, bare_stall = type_into(bare, args.keys, args.interval, lambda: True)
        bare.close()

        from noteapp.storage.settings import Settings
        from noteapp.ui.main_window import MainWindow

        window = MainWindow(Settings(root / "settings.json"))
        window.resize(1400, 900)
        window.load_path(note)
        window.show()
        _pump(500)
        renders: list[int] = []
        if args.outline:
            window.commands["focus_outline"].trigger()
            window.editor.setFocus()
            _pump(300)
        if args.preview:
            from noteapp.ui.panels.preview import Preview

            window.commands["focus_preview"].trigger()  # builds the preview; renders later
            preview = window.findChild(Preview)
            preview.rendered.connect(renders.append)  # before the first render can end
            window.editor.setFocus()
            while not renders:
                _pump(50)
            _pump(300)
        trace = None
        if args.trace:
            from bench.stall_trace import StallTrace

            trace = StallTrace()
            trace.start()
        refreshes = []
        window.document.snapshotChanged.connect(lambda _m: refreshes.append(1))
        ours_lat, ours_stall = type_into(
            window.editor,
            args.keys,
            args.interval,
            lambda: window.document.has_snapshot,
            pause,
            trace.heartbeat if trace else None,
        )
        if trace is not None:
            trace.stop()
        window.editor.document().setModified(False)
        window.close()
        del app

    b50, b95 = _summary(bare_lat)
    o50, o95 = _summary(ours_lat)
    print(
        f"{args.keys} keystrokes, {args.interval:.0f} ms apart, in the middle of a "
        f"{args.lines:,}-line note ({len(text):,} characters), Preview "
        f"{'open' if args.preview else 'closed'}, Outline {'open' if args.outline else 'closed'}"
    )
    print(
        f"floor (bare QPlainTextEdit): p50 {b50:6.2f} ms  p95 {b95:6.2f} ms  "
        f"longest stall {bare_stall:6.1f} ms"
    )
    print(
        f"noteapp window:              p50 {o50:6.2f} ms  p95 {o95:6.2f} ms  "
        f"longest stall {ours_stall:6.1f} ms"
    )
    print(f"ratio (p95):                 {o95 / b95:5.1f}x")
    print(
        f"typed in bursts of {BURST} with {pause:.0f} ms pauses: the panels refreshed "
        f"{len(refreshes)} times during the run"
        + (f", the preview {len(renders) - 1}" if args.preview else "")
        + " (the stalls include them)"
    )
    print(f"goals: p95 under {FRAME_MS:.1f} ms, no stall over 50 ms")
    if trace is not None:
        print(trace.report())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
