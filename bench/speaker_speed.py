"""What the read-back check costs a speaker key (Alt+1): the edit with and without it.

Run: .venv/bin/python -m bench.speaker_speed [--lines N] [--runs N]

Prints, from one run, the median time of ``insert_speaker`` on a generated note (the
caret at its start, in the middle and at its end; the window passes the snapshot it has)
with the check and without it (the placement alone), each as a ratio to the baseline
measured in the same run: one ``parse_meeting`` of the note after a one-character change
(what the editor does after every pause in typing). Then the machine's load average,
which stretches every figure alike.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from collections.abc import Callable

from bench.notegen import generate_note
from noteapp.core.meeting import parse_meeting, speaker_edits


def _median(run: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lines", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    text = generate_note(args.lines)
    meeting = parse_meeting(text)
    flips = iter(range(10**9))

    def reparse() -> None:  # a changed character at the end: the editor's reparse
        parse_meeting(text + ("a" if next(flips) % 2 else "b"))

    base = _median(reparse, args.runs)
    print(f"baseline: one reparse of a {args.lines}-line note: {base * 1000:.1f} ms")
    for where in (0, len(text) // 2, len(text)):

        def checked(at: int = where) -> None:
            speaker_edits.insert_speaker(text, at, "ZE", meeting=meeting)

        def placed(at: int = where) -> None:
            speaker_edits._speaker_edit(meeting, at, "ZE", frozenset(), None)

        with_check, without = _median(checked, args.runs), _median(placed, args.runs)
        print(
            f"caret at {where:>7}: with the check {with_check * 1000:6.1f} ms "
            f"({with_check / base:.2f}x), placement alone {without * 1000:6.1f} ms "
            f"({without / base:.2f}x)"
        )
    print("load average: " + " ".join(f"{x:.2f}" for x in os.getloadavg()))


if __name__ == "__main__":
    main()
