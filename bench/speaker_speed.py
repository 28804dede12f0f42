"""What the read-back check costs a speaker key (Alt+1): the edit with and without it.

Run: .venv/bin/python -m bench.speaker_speed [--lines N] [--runs N]

Prints, from one run, the median CPU time of ``insert_speaker`` on a generated note
(the caret at its start, in the middle and at its end; the window passes the snapshot
it has) with the check and without it (the placement alone), each as a ratio to the
baseline measured in the same run: one ``parse_meeting`` of the note after a
one-character change, given the snapshot before it (what the editor does after every
pause in typing; the check reparses so too). The full reparse is printed beside it.
Then the machine's load average.
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Callable

from bench.new_section_speed import _median_ms
from bench.notegen import generate_note
from noteapp.core.meeting import parse_meeting, speaker_edits


def _cpu_ms(run: Callable[[int], object], runs: int) -> float:
    """The median CPU time of ``run(i)`` (a shared machine's other processes do not
    stretch it as they stretch the wall clock)."""
    return _median_ms(run, runs, time.process_time)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lines", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    text = generate_note(args.lines)
    meeting = parse_meeting(text)

    full = _cpu_ms(lambda i: parse_meeting(text + "x" * (i + 1) + "\n"), args.runs)
    base = _cpu_ms(
        lambda i: parse_meeting(text + "x" * (i + 1) + "\n", previous=meeting), args.runs
    )
    print(
        f"baseline: one reparse of a {args.lines}-line note after typing: {base:.1f} ms CPU "
        f"(from scratch: {full:.1f} ms)"
    )
    for where in (0, len(text) // 2, len(text)):
        with_check = _cpu_ms(
            lambda _i, at=where: speaker_edits.insert_speaker(text, at, "ZE", meeting=meeting),
            args.runs,
        )
        without = _cpu_ms(
            lambda _i, at=where: speaker_edits._speaker_edit(meeting, at, "ZE", frozenset(), None),
            args.runs,
        )
        print(
            f"caret at {where:>7}: with the check {with_check:6.1f} ms "
            f"({with_check / base:.2f}x), placement alone {without:6.1f} ms "
            f"({without / base:.2f}x)"
        )
    print("load average: " + " ".join(f"{x:.2f}" for x in os.getloadavg()))


if __name__ == "__main__":
    main()
