"""Start-up: `noteapp --quit-after-load FILE` vs. a bare PySide6 window (the floor).

Run: .venv/bin/python -m bench.startup [--runs N]

Each measurement is a whole process, from exec to exit after the first paint, so
the interpreter and Qt start-up are in both. The floor is a QMainWindow with a
QPlainTextEdit showing the same file. Runs alternate between the commands so both
see the same machine conditions. Goal (issue 4): within 2x the floor.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.notegen import generate_note

HERE = Path(__file__).resolve().parent


def _time(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, timeout=120)
    return (time.perf_counter() - start) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               "NOTEAPP_CONFIG_DIR": str(root / "config"),
               "NOTEAPP_STATE_DIR": str(root / "state"),
               "NOTEAPP_WORKSPACE": str(root / "workspace")}
        from noteapp.storage.workspace import ensure_workspace

        sample = ensure_workspace(root / "workspace")
        big = root / "big.md"
        big.write_text(generate_note(5000), encoding="utf-8")
        print(f"platform: {env['QT_QPA_PLATFORM']}; {args.runs} runs each, alternating; "
              "median wall time of the whole process")
        for label, note in (("sample note", sample), ("5,000-line note", big)):
            floor_cmd = [sys.executable, str(HERE / "bare_window.py"), str(note)]
            app_cmd = [sys.executable, "-m", "noteapp", "--quit-after-load", str(note)]
            _time(floor_cmd, env)  # warm the file cache
            _time(app_cmd, env)
            floors, apps = [], []
            for _ in range(args.runs):
                floors.append(_time(floor_cmd, env))
                apps.append(_time(app_cmd, env))
            floor, result = statistics.median(floors), statistics.median(apps)
            print(f"{label:16} floor (bare Qt window): {floor:7.1f} ms   "
                  f"noteapp: {result:7.1f} ms   ratio: {result / floor:4.2f}x   (goal < 2x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
