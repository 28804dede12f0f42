"""Start-up: `noteapp --quit-after-load FILE` vs. a bare PySide6 window (the floor).

Run: .venv/bin/python -m bench.startup [--runs N] [--lines 5000 50000] [--before DIR]

Each measurement is a whole process, from spawning it to its first paint (both
programs print the wall-clock time of that moment), and for noteapp to its panels
filled (a long note is parsed in a worker after the paint), so the interpreter and
Qt start-up are in both; the time to exit, which adds the interpreter's teardown,
is shown too. The project's bytecode is compiled first (as `pip install` and any
first run leave it; PySide6's already is), so a
machine with PYTHONDONTWRITEBYTECODE=1 does not time source compilation. The floor
is a QMainWindow with a QPlainTextEdit showing the same file. Runs alternate
between the commands so both see the same machine conditions. Goals (issue 16): the text
visible within 1.4x the floor, the panels filled within 1.8x, on notes of both shapes
(bench/notegen.py) at 5,000 and 50,000 lines.

``--before DIR``: another checkout of noteapp (``git archive main | tar -x -C DIR``) is
started too, in the same alternation and with this interpreter, so a change's before
and after are measured in one run: its ratios and after/before are printed below ours.
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

from bench.notegen import SHAPES

HERE = Path(__file__).resolve().parent
# The installed command, as a user starts it (no runpy); `python -m noteapp` without one.
_SCRIPT = Path(sys.executable).parent / "noteapp"
NOTEAPP = [str(_SCRIPT)] if _SCRIPT.is_file() else [sys.executable, "-m", "noteapp"]
# The --before checkout, found through PYTHONPATH, started as the installed command does.
_LAUNCH = "import sys; from noteapp.cli import main; sys.argv[0] = 'noteapp'; sys.exit(main())"


def _time(cmd: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """ms from spawn to the first paint (the text visible), to the panels filled (the
    floor has none: its paint) and to the process's exit."""
    start = time.time()
    done = subprocess.run(cmd, env=env, check=True, capture_output=True, text=True, timeout=120)
    exited = (time.time() - start) * 1000
    stamps = dict(line.split() for line in done.stdout.splitlines() if "-at " in line)
    painted = (float(stamps["painted-at"]) - start) * 1000
    return painted, (float(stamps.get("filled-at", stamps["painted-at"])) - start) * 1000, exited


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument(
        "--lines", type=int, nargs="+", default=[5000, 50000], help="the long notes' lengths"
    )
    parser.add_argument(
        "--before", type=Path, metavar="DIR", help="a checkout to compare with (its noteapp/)"
    )
    args = parser.parse_args()
    if args.before is not None and not (args.before / "noteapp" / "cli.py").is_file():
        parser.error(f"--before: no noteapp checkout in {args.before}")
    import compileall

    for checkout in [HERE.parent, *([args.before] if args.before else [])]:
        compileall.compile_dir(str(checkout / "noteapp"), quiet=1)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "NOTEAPP_REPORT_PAINT": "1",
            "NOTEAPP_CONFIG_DIR": str(root / "config"),
            "NOTEAPP_STATE_DIR": str(root / "state"),
            "NOTEAPP_WORKSPACE": str(root / "workspace"),
        }
        from noteapp.storage.workspace import ensure_workspace

        sample = ensure_workspace(root / "workspace")
        notes = [("sample note", sample)]
        for lines in args.lines:
            for shape, generate in SHAPES.items():
                note = root / f"{shape}-{lines}.md"
                note.write_text(generate(lines), encoding="utf-8")
                notes.append((f"{lines:,}-line {shape} note", note))
        print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        print(
            f"platform: {env['QT_QPA_PLATFORM']}; {args.runs} runs each, alternating; "
            f"median wall time of the whole process; noteapp started as {' '.join(NOTEAPP)}"
        )
        # PYTHONSAFEPATH: not the current folder (this checkout) before PYTHONPATH.
        before = {"PYTHONPATH": str(args.before), "PYTHONSAFEPATH": "1"} if args.before else {}
        before_env = {**env, **before}
        for label, note in notes:
            floor_cmd = [sys.executable, str(HERE / "bare_window.py"), str(note)]
            app_cmd = [*NOTEAPP, "--quit-after-load", str(note)]
            before_cmd = [sys.executable, "-c", _LAUNCH, "--quit-after-load", str(note)]
            _time(floor_cmd, env)  # warm the file cache
            _time(app_cmd, env)
            floors, apps, befores = [], [], []
            for _ in range(args.runs):
                floors.append(_time(floor_cmd, env))
                apps.append(_time(app_cmd, env))
                if args.before:
                    befores.append(_time(before_cmd, before_env))
            floor = statistics.median(f for f, _, _ in floors)
            shown = statistics.median(a for a, _, _ in apps)
            filled = statistics.median(a for _, a, _ in apps)
            floor_exit = statistics.median(e for _, _, e in floors)
            app_exit = statistics.median(e for _, _, e in apps)
            # The spread of the ratios of neighbouring runs: how much the machine's noise
            # moves the headline ratio.
            pairs = sorted(a[0] / f[0] for f, a in zip(floors, apps, strict=True))
            low, high = pairs[len(pairs) // 4], pairs[(3 * len(pairs)) // 4]
            print(
                f"{label:26} floor {floor:6.0f} ms; noteapp: text {shown:6.0f} ms "
                f"{shown / floor:4.2f}x (goal 1.4x; run pairs {low:4.2f}-{high:4.2f}x), "
                f"panels {filled:6.0f} ms {filled / floor:4.2f}x (goal 1.8x); exit "
                f"{app_exit / floor_exit:4.2f}x"
            )
            if befores:
                was_shown = statistics.median(b for b, _, _ in befores)
                was_filled = statistics.median(b for _, b, _ in befores)
                print(
                    f"{'  before (--before)':26} {'':16} text {was_shown:6.0f} ms "
                    f"{was_shown / floor:4.2f}x; panels {was_filled:6.0f} ms "
                    f"{was_filled / floor:4.2f}x; after/before: text "
                    f"{shown / was_shown:4.2f}x, panels {filled / was_filled:4.2f}x"
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
