"""What learning a new section's style costs: the adding edits against one parse.

Run: .venv/bin/python -m bench.new_section_speed [--lines N] [--runs N]

Prints, from one run, each time as a ratio to the baseline measured in the same run (one
``parse_meeting`` of the same note, cold caches cleared by a changed character):

- the adds into a 5,000-line note that has the sections (the style is learned only from
  the note's own parse, or not at all);
- the adds into a short note that has none, with 12 earlier notes of 5,000 lines to learn
  from (``earlier_notes`` reads at most 12), the newest one showing every section;
- the worst case: none of them has an action-item section, so the newest three (the most
  a style is looked for in) are read and parsed before the default is taken.

and the machine's load average, which stretches every figure alike.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import time
from collections.abc import Callable

from bench.notegen import generate_note
from noteapp.core.meeting import parse_meeting
from noteapp.core.meeting.attendees.edits import add_attendee
from noteapp.core.meeting.task_edits import add_action_item, add_agenda_item

_ACTION_HEADING = re.compile(r"(?im)^(?:#+ |\*\*).*action.*$")
BARE = "# Call 2026-11-25\n\nNothing yet.\n\n## Notes\n\n- item\n"


def _median_ms(
    run: Callable[[int], object], runs: int, clock: Callable[[], float] = time.perf_counter
) -> float:
    times = []
    for i in range(runs):
        start = clock()
        run(i)
        times.append((clock() - start) * 1000)
    return statistics.median(times)


def _changed(texts: list[str], i: int) -> list[str]:
    """``texts`` each with a character more: read as the window reads them, uncached."""
    return [t + "y" * (i + 1) + "\n" for t in texts]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lines", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    note = generate_note(args.lines)
    earlier = [generate_note(args.lines, seed=s) for s in range(12)]
    without = [_ACTION_HEADING.sub("## Misc", text) for text in earlier]

    def fresh(i: int) -> str:  # one character more each run: no cached parse of it
        return note + "x" * (i + 1) + "\n"

    base = _median_ms(lambda i: parse_meeting(fresh(i)), args.runs)
    rows = {
        "parse_meeting (baseline)": base,
        "add_agenda_item, note has one": _median_ms(
            lambda i: add_agenda_item(fresh(i), "Release plan"), args.runs
        ),
        "add_action_item, note has one": _median_ms(
            lambda i: add_action_item(fresh(i), "Tag it", ["Ada"]), args.runs
        ),
        "add_attendee, note has one": _median_ms(
            lambda i: add_attendee(fresh(i), "Ada Lovelace", "AL"), args.runs
        ),
        "add_agenda_item, none: learn from earlier": _median_ms(
            lambda i: add_agenda_item(BARE, "Release plan", like=_changed(earlier, i)), args.runs
        ),
        "add_attendee, none: learn from earlier": _median_ms(
            lambda i: add_attendee(BARE, "Ada Lovelace", "AL", like=_changed(earlier, i)),
            args.runs,
        ),
        "add_action_item, none anywhere: 3 parsed": _median_ms(
            lambda i: add_action_item(BARE, "Tag it", ["Ada"], like=_changed(without, i)),
            args.runs,
        ),
    }
    print(f"{args.lines}-line notes, median of {args.runs} runs; load {os.getloadavg()[0]:.2f}")
    for name, ms in rows.items():
        print(f"  {name:45} {ms:8.1f} ms  {ms / base:5.2f}x the parse")


if __name__ == "__main__":
    main()
