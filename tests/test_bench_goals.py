"""bench/goals.py reads the figures the benches really print, and its table says "met"
only when every round met the bound."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bench.goals import _MEMORY, _OPEN_STALL, _TYPING, Table

ROOT = Path(__file__).resolve().parents[1]


def _bench(home: Path, module: str, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", f"bench.{module}", *args],
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", "HOME": str(home), "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout


def test_a_goal_is_met_only_when_every_round_met_it():
    table = Table()
    for n, (fast, slow) in enumerate([(4.0, 7.0), (5.0, 9.0), (8.0, 7.5)]):
        table.record("fast", 8.0, "ms", n, fast)
        table.record("slow", 8.0, "ms", n, slow)
    table.record("missing a round", 1.4, "x", 0, 1.2)
    table.record("missing a round", 1.4, "x", 2, 1.1)
    rows = {line.split("  ")[0]: line for line in table.lines(3)[2:]}
    assert rows["fast"].endswith("  met")
    assert rows["slow"].endswith("NOT met")
    assert rows["missing a round"].endswith("NOT met")
    assert "1.20x" in rows["missing a round"]
    assert rows["missing a round"].split()[-4] == "-"  # round 2 shown as missing


def test_a_round_the_bench_did_not_print_is_not_met():
    table = Table()
    table.record("p95", 8.0, "ms", 0, 3.0)
    assert table.lines(2)[-1].endswith("NOT met")  # round 2 never ran


@pytest.mark.parametrize(
    ("module", "args", "pattern", "count"),
    [
        ("open_stall", ("--lines", "300", "--seconds", "0.3", "--shape", "call"), _OPEN_STALL, 1),
        ("memory_hour", ("--lines", "300", "--pauses", "2"), _MEMORY, 1),
        ("typing_speed", ("--lines", "300", "--keys", "6", "--pause", "50"), _TYPING, 1),
    ],
)
def test_the_figures_are_read_from_what_the_bench_prints(tmp_path, module, args, pattern, count):
    out = _bench(tmp_path, module, *args)
    matches = list(pattern.finditer(out))
    assert len(matches) == count, out
    figures = [g for m in matches for g in m.groups() if g and g.replace(".", "").isdigit()]
    assert figures and all(float(g) >= 0 for g in figures)
