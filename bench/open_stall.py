"""The event loop in the first seconds after opening a long note: the longest stall.

Run: .venv/bin/python -m bench.open_stall [--lines 50000] [--seconds 5] [--shape call core]

The window opens the note (``load_path``: reading it and filling the editor, timed on
its own), is shown, and then a 1 ms probe timer (bench/typing_speed.py's) records the
gaps in the event loop for ``--seconds``: the paint, the parse handed back by its worker,
the panels filling, the colouring in slices, the recovery journal's warm-up, all of it.
The same is done for a bare QPlainTextEdit filled with the same text (the floor).
Goal (issue 16): nothing blocks the loop for more than 100 ms in the first five seconds
after opening a 50,000-line note.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
import traceback
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QPlainTextEdit

from bench.notegen import SHAPES
from bench.typing_speed import StallProbe, _pump

GOAL_MS = 100.0


class _Recorder(StallProbe):
    """The probe, also keeping every gap over ``over_ms`` with when it ended."""

    def __init__(self, over_ms: float = 30.0) -> None:
        super().__init__()
        self.over_ms = over_ms
        self.gaps: list[tuple[float, float]] = []  # (ms since start, gap ms)

    def _tick(self) -> None:
        now = self.clock.nsecsElapsed()
        gap = (now - self.last) / 1e6
        if gap > self.over_ms:
            self.gaps.append((now / 1e6, gap))
        super()._tick()


def _sample_stalls(probe: _Recorder, done: threading.Event, after_ms: float) -> None:
    """--why: print what the GUI thread runs once a stall has lasted ``after_ms``."""
    gui = threading.main_thread().ident
    sampled = -1
    while not done.wait(0.005):
        last = probe.last
        if last != sampled and (probe.clock.nsecsElapsed() - last) / 1e6 > after_ms:
            sampled = last
            names = {t.ident: t.name for t in threading.enumerate()}
            me = threading.get_ident()
            print(f"--- stall over {after_ms:.0f} ms at {last / 1e9:.2f} s:")
            for ident, frame in sys._current_frames().items():
                if ident != me:  # the GUI thread's and any worker's (which may hold the GIL)
                    stack = "".join(traceback.format_stack(frame, limit=6 if ident == gui else 4))
                    print(f"  [{names.get(ident, ident)}]\n{stack}")


def _watch(seconds: float, why_ms: float | None = None) -> _Recorder:
    probe = _Recorder()
    probe.start()
    done = threading.Event()
    if why_ms is not None:
        threading.Thread(target=_sample_stalls, args=(probe, done, why_ms), daemon=True).start()
    _pump(seconds * 1000)
    done.set()
    probe.stop()
    return probe


def _line(label: str, opened_ms: float, probe: _Recorder) -> str:
    worst = ", ".join(f"{gap:.0f} ms at {at / 1000:.2f} s" for at, gap in probe.gaps[:8])
    return (
        f"{label:34} open {opened_ms:6.0f} ms; longest stall after it "
        f"{probe.longest:6.1f} ms (goal {GOAL_MS:.0f}); stalls over {probe.over_ms:.0f} ms: "
        f"{worst or 'none'}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lines", type=int, default=50_000)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--shape", nargs="+", choices=sorted(SHAPES), default=sorted(SHAPES))
    parser.add_argument(
        "--why", type=float, metavar="MS", help="print the GUI thread's stack in stalls over MS"
    )
    args = parser.parse_args()
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    app = QApplication(sys.argv[:1])
    from noteapp.storage.settings import Settings
    from noteapp.ui.main_window import MainWindow

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        os.environ["NOTEAPP_CONFIG_DIR"] = str(root / "config")
        os.environ["NOTEAPP_STATE_DIR"] = str(root / "state")
        os.environ["NOTEAPP_WORKSPACE"] = str(root / "workspace")
        for shape in args.shape:
            folder = root / shape  # alone in its folder: no earlier notes to read
            folder.mkdir()
            note = folder / "note.md"
            text = SHAPES[shape](args.lines)
            note.write_text(text, encoding="utf-8")
            label = f"{args.lines:,}-line {shape} note"

            bare = QPlainTextEdit()
            bare.resize(1000, 720)
            start = time.perf_counter()
            bare.setPlainText(note.read_text(encoding="utf-8"))
            opened = (time.perf_counter() - start) * 1000
            bare.show()
            print(_line(f"floor (bare editor), {label}", opened, _watch(args.seconds)))
            bare.close()
            bare.deleteLater()

            window = MainWindow(Settings(root / f"settings-{shape}.json"))
            window.resize(1400, 900)
            start = time.perf_counter()
            window.load_path(note)
            opened = (time.perf_counter() - start) * 1000
            window.show()
            print(_line(f"noteapp, {label}", opened, _watch(args.seconds, args.why)))
            window.close()
            window.deleteLater()
            _pump(200)
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
