"""The long-note goals, checked together: every bench they come from, run N rounds in a row.

Run: .venv/bin/python -m bench.goals [--rounds 3] [--only typing startup stall memory peers]

Each bench runs in its own process, as it would from the command line (so one bench's
caches, threads and imports do not colour the next), and its printed figures are read
back. The table at the end has one column per round and says, goal by goal, whether it
was met in every round: "three runs in a row" is read off it, not assumed. The machine's
load average is printed before each bench: on a busy machine the figures are not the
editor's alone.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

# The goals of issue 16, with the bench that measures each.
TYPING_P95_MS = 8.0
TYPING_STALL_MS = 50.0
TEXT_RATIO = 1.4
PANELS_RATIO = 1.8
OPEN_STALL_MS = 100.0
MEMORY_RATIO = 1.10  # "flat": the end of the simulated hour within 10% of its start


@dataclass
class Goal:
    """One line of the table: a figure per round against its bound (lower is better)."""

    name: str
    bound: float
    unit: str
    figures: list[float | None] = field(default_factory=list)

    def met(self, rounds: int) -> bool:
        """Met in each of ``rounds`` rounds (a round that printed no figure is not met)."""
        return len(self.figures) == rounds and all(
            f is not None and f <= self.bound for f in self.figures
        )


class Table:
    def __init__(self) -> None:
        self.goals: dict[str, Goal] = {}

    def record(
        self, name: str, bound: float, unit: str, round_no: int, value: float | None
    ) -> None:
        goal = self.goals.setdefault(name, Goal(name, bound, unit))
        goal.figures.extend([None] * (round_no + 1 - len(goal.figures)))
        goal.figures[round_no] = value

    def lines(self, rounds: int) -> list[str]:
        width = max((len(g.name) for g in self.goals.values()), default=10)
        head = f"{'goal':{width}}  {'bound':>8}  " + "  ".join(
            f"{f'round {n + 1}':>9}" for n in range(rounds)
        )
        out = [head, "-" * len(head)]
        for goal in self.goals.values():
            cells = [
                f"{'-' if v is None else _fmt(v, goal.unit):>9}"
                for v in goal.figures + [None] * (rounds - len(goal.figures))
            ]
            verdict = "met" if goal.met(rounds) else "NOT met"
            out.append(
                f"{goal.name:{width}}  {_fmt(goal.bound, goal.unit):>8}  "
                + "  ".join(cells)
                + f"  {verdict}"
            )
        return out


def _fmt(value: float, unit: str) -> str:
    return f"{value:.2f}{unit}" if unit == "x" else f"{value:.1f} {unit}"


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def _run(module: str, args: Sequence[str], env: dict[str, str] | None = None) -> str:
    """Run ``python -m bench.<module> args`` from the checkout; its stdout, echoed."""
    cmd = [sys.executable, "-m", f"bench.{module}", *args]
    print(f"\n$ {' '.join(cmd[2:])}   (load average {_load()})", flush=True)
    started = time.monotonic()
    done = subprocess.run(
        cmd,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
        capture_output=True,
        text=True,
        check=False,
    )
    print(done.stdout, end="")
    if done.returncode != 0:
        print(f"[exit {done.returncode}] {done.stderr[-2000:]}", flush=True)
    print(f"[{time.monotonic() - started:.0f} s]", flush=True)
    return done.stdout


_TYPING = re.compile(
    r"noteapp window:\s+p50\s+([\d.]+) ms\s+p95\s+([\d.]+) ms\s+longest stall\s+([\d.]+) ms"
)
_STARTUP = re.compile(
    r"^(?P<label>[\d,]+-line \w+ note|sample note)\s+floor.*?text\s+[\d.]+ ms\s+(?P<text>[\d.]+)x"
    r".*?panels\s+[\d.]+ ms\s+(?P<panels>[\d.]+)x",
    re.M,
)
_OPEN_STALL = re.compile(
    r"^noteapp, (?P<label>[\d,]+-line \w+ note)\s+open.*?longest stall after it"
    r"\s+(?P<ms>[\d.]+) ms",
    re.M,
)
_MEMORY = re.compile(
    r"^\s*(?P<lines>[\d,]+)-line note: RSS\s+(?P<start>[\d.]+) MiB at the start,"
    r"\s+(?P<end>[\d.]+) MiB.*?ratio (?P<ratio>[\d.]+)",
    re.M,
)


def typing(table: Table, n: int, keys: int) -> None:
    for lines in (5000, 50000):
        for preview in (False, True):
            out = _run(
                "typing_speed",
                ["--lines", str(lines), "--keys", str(keys), *(["--preview"] if preview else [])],
            )
            match = _TYPING.search(out)
            p95 = float(match.group(2)) if match else None
            stall = float(match.group(3)) if match else None
            where = f"typing {lines // 1000}k, Preview {'open' if preview else 'closed'}"
            table.record(f"{where}: p95", TYPING_P95_MS, "ms", n, p95)
            table.record(f"{where}: longest stall", TYPING_STALL_MS, "ms", n, stall)


def startup(table: Table, n: int, runs: int) -> None:
    out = _run("startup", ["--runs", str(runs)])
    for match in _STARTUP.finditer(out):
        label = match.group("label")
        table.record(f"start-up {label}: text", TEXT_RATIO, "x", n, float(match.group("text")))
        table.record(
            f"start-up {label}: panels", PANELS_RATIO, "x", n, float(match.group("panels"))
        )


def stall(table: Table, n: int) -> None:
    out = _run("open_stall", [])
    for match in _OPEN_STALL.finditer(out):
        name = f"opening a {match.group('label')}: longest stall"
        table.record(name, OPEN_STALL_MS, "ms", n, float(match.group("ms")))


def memory(table: Table, n: int, pauses: int) -> None:
    out = _run("memory_hour", ["--pauses", str(pauses)])
    for match in _MEMORY.finditer(out):
        name = f"memory, {match.group('lines')} lines, {pauses} pauses: end/start"
        table.record(name, MEMORY_RATIO, "x", n, float(match.group("ratio")))


def peers(table: Table, n: int) -> None:
    # The peers' table is read by a person: its ratios are printed as they come.
    _run("peers", ["--runs", "1"])


BENCHES = ("typing", "startup", "stall", "memory", "peers")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--only", nargs="+", choices=BENCHES, default=list(BENCHES[:4]))
    parser.add_argument("--keys", type=int, default=150, help="keystrokes per typing run")
    parser.add_argument("--startup-runs", type=int, default=3, help="starts per note per round")
    parser.add_argument("--pauses", type=int, default=150, help="typing pauses per memory run")
    args = parser.parse_args(argv)
    table = Table()
    benches: dict[str, Callable[[Table, int], None]] = {
        "typing": lambda t, n: typing(t, n, args.keys),
        "startup": lambda t, n: startup(t, n, args.startup_runs),
        "stall": stall,
        "memory": lambda t, n: memory(t, n, args.pauses),
        "peers": peers,
    }
    print(f"load average at the start: {_load()}; {args.rounds} rounds of {', '.join(args.only)}")
    for n in range(args.rounds):
        print(f"\n===== round {n + 1} of {args.rounds} =====", flush=True)
        for name in args.only:
            benches[name](table, n)
    print(f"\nload average at the end: {_load()}")
    print("\n".join(table.lines(args.rounds)))
    return 0 if all(g.met(args.rounds) for g in table.goals.values()) else 1


if __name__ == "__main__":
    raise SystemExit(main())
