"""First paint on a workspace of 5,000 notes vs. the same window on an empty workspace,
and how responsive the window stays while the index is built.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.archive_startup [--runs N]

1. Whole processes, as bench/startup.py times them (spawn of the `noteapp` command to
   its first paint, alternating): the same note opened in an empty workspace (the
   baseline) and in a workspace of 5,000 generated notes, with no index yet (cold:
   the build starts right after the paint) and with an index already built (warm: the
   start-up check follows the paint).  Goal: within 1.1x.
2. In one process: a window on the 5,000-note workspace with its index being built
   from nothing; a 10 ms timer measures the event loop's delays (p95 and the longest)
   until the build ends, against the same timer in the same window with no index work.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.notegen import generate_workspace
from bench.startup import NOTEAPP, _time

TICK_MS = 10


def _env(root: Path, cache: Path) -> dict[str, str]:
    return {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "NOTEAPP_REPORT_PAINT": "1",
        "NOTEAPP_CONFIG_DIR": str(root / "config"),
        "NOTEAPP_STATE_DIR": str(root / "state"),
        "NOTEAPP_CACHE_DIR": str(cache),
        "NOTEAPP_INDEX": "1",
    }


def processes(root: Path, big: Path, note: Path, runs: int) -> None:
    empty = root / "empty"
    (empty / "community-call" / "2010").mkdir(parents=True)
    alone = empty / "community-call" / "2010" / note.name
    shutil.copyfile(note, alone)
    cold_cache, warm_cache = root / "cache-cold", root / "cache-warm"
    base_cmd = [*NOTEAPP, "--workspace", str(empty), "--quit-after-load", str(alone)]
    big_cmd = [*NOTEAPP, "--workspace", str(big), "--quit-after-load", str(note)]
    env_empty = _env(root, root / "cache-empty")
    subprocess.run(  # the warm index, built once
        [sys.executable, "-m", "noteapp", "actions", "--workspace", str(big)],
        env=_env(root, warm_cache),
        check=True,
        capture_output=True,
    )
    _time(base_cmd, env_empty)
    _time(big_cmd, _env(root, warm_cache))
    base, cold, warm = [], [], []
    for _ in range(runs):
        base.append(_time(base_cmd, env_empty)[0])
        shutil.rmtree(cold_cache, ignore_errors=True)
        cold.append(_time(big_cmd, _env(root, cold_cache))[0])
        warm.append(_time(big_cmd, _env(root, warm_cache))[0])
    floor = statistics.median(base)
    for label, values in (("cold", cold), ("warm", warm)):
        result = statistics.median(values)
        print(
            f"first paint, 5,000-note workspace ({label} index): {result:6.1f} ms vs empty "
            f"workspace {floor:6.1f} ms: ratio {result / floor:4.2f}x (goal < 1.1x)"
        )


def responsiveness(big: Path, note: Path, cache: Path) -> None:
    os.environ["NOTEAPP_CACHE_DIR"] = str(cache)
    os.environ["NOTEAPP_INDEX"] = "0"  # not at the first paint: the bench starts it below
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from noteapp.storage.settings import Settings
    from noteapp.ui.archive.feature import archive_of
    from noteapp.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(["noteapp"])
    window = MainWindow(Settings(cache / "settings.json"))
    window.workspace = big
    window.load_path(note)
    window.show()
    archive = archive_of(window)

    def delays(until) -> list[float]:  # type: ignore[no-untyped-def]
        late: list[float] = []
        last = [time.perf_counter()]
        timer = QTimer()
        timer.setInterval(TICK_MS)

        def tick() -> None:
            now = time.perf_counter()
            late.append(max(0.0, (now - last[0]) * 1000 - TICK_MS))
            last[0] = now
            if until():
                app.exit(0)

        timer.timeout.connect(tick)
        timer.start()
        app.exec()
        timer.stop()
        return sorted(late)

    began = time.perf_counter()
    idle = delays(lambda: time.perf_counter() - began > 3)
    os.environ["NOTEAPP_INDEX"] = "1"
    archive.start()
    began = time.perf_counter()
    busy = delays(lambda: archive.reader() is not None)
    took = time.perf_counter() - began
    for label, values in (("idle window", idle), ("while indexing", busy)):
        p95 = values[int(len(values) * 0.95) - 1]
        print(
            f"event-loop delay, {label:15}: p95 {p95:5.1f} ms, longest {values[-1]:5.1f} ms "
            f"({len(values)} ticks of {TICK_MS} ms)"
        )
    print(f"index of 5,000 notes built in the background in {took:.1f} s")
    from noteapp.ui.archive.service import stop_all

    stop_all()
    window.hide()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--notes", type=int, default=5000)
    args = parser.parse_args()
    import compileall

    compileall.compile_dir(str(Path(__file__).resolve().parents[1] / "noteapp"), quiet=1)
    with tempfile.TemporaryDirectory(prefix="noteapp-bench-") as tmp:
        root = Path(tmp)
        big = root / "big"
        notes = generate_workspace(big, args.notes)
        note = notes[-1]
        print(f"{len(notes)} notes; noteapp started as {' '.join(NOTEAPP)}; {args.runs} runs each")
        if args.runs:
            processes(root, big, note, args.runs)
        responsiveness(big, note, root / "cache-inproc")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
