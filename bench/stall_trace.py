"""What the GUI thread runs during its long event-loop turns (``bench.typing_speed --trace``).

A watcher thread samples the GUI thread's Python stack every millisecond while the
stall probe's heartbeat is late by more than ``threshold_ms``; each long turn's samples are
summed by their innermost noteapp frames, so the report names the code that held the loop
(time spent in Qt's C++ shows as the Python line that called into it).
"""

from __future__ import annotations

import collections
import sys
import threading
import time
import traceback
from typing import Any


class StallTrace:
    def __init__(self, threshold_ms: float = 20.0) -> None:
        self.threshold = threshold_ms / 1000
        self.beat = time.perf_counter()
        self._gui = threading.get_ident()
        self._stop = threading.Event()
        self.turns: list[tuple[float, collections.Counter[str]]] = []
        self._thread = threading.Thread(target=self._watch, name="stall-trace", daemon=True)

    def heartbeat(self) -> None:
        self.beat = time.perf_counter()

    def start(self) -> None:
        self.beat = time.perf_counter()
        self._thread.start()

    def _where(self) -> str:
        frames = sys._current_frames()
        names = {t.ident: t.name for t in threading.enumerate()}
        others = [
            f"[{names.get(ident, ident)}] {self._stack(frame, 1)}"
            for ident, frame in frames.items()
            if ident not in (self._gui, threading.get_ident())
            and "wait" not in frame.f_code.co_name
            and frame.f_code.co_name not in ("get", "_worker", "select", "poll", "sleep")
        ]
        gui = frames.get(self._gui)
        return (self._stack(gui, 3) if gui is not None else "?") + "".join(
            f"\n        beside: {o}" for o in others
        )

    @staticmethod
    def _stack(frame: Any, depth: int) -> str:
        stack = traceback.extract_stack(frame)
        ours = [f for f in stack if "/noteapp/" in f.filename and "/bench/" not in f.filename]
        chosen = (ours or stack)[-depth:]
        return " < ".join(
            f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno} {f.name}" for f in reversed(chosen)
        )

    def _watch(self) -> None:
        samples: collections.Counter[str] = collections.Counter()
        start = None
        while not self._stop.is_set():
            time.sleep(0.001)
            beat = self.beat
            late = time.perf_counter() - beat
            if late > self.threshold:
                start = beat
                samples[self._where()] += 1
            elif start is not None:
                self.turns.append(((self.beat - start) * 1000, samples))
                samples, start = collections.Counter(), None

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def report(self, top: int = 6) -> str:
        lines = []
        for ms, samples in sorted(self.turns, key=lambda t: -t[0])[:top]:
            lines.append(f"turn of ~{ms:.0f} ms:")
            lines += [f"  {n:4d}  {where}" for where, n in samples.most_common(5)]
        return "\n".join(lines)
