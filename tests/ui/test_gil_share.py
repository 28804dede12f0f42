"""The switch interval is short while any worker runs beside the editor, and comes
back when the last one is done, in whatever order they end."""

from __future__ import annotations

import sys

from noteapp.ui.gil_share import SWITCH_INTERVAL_S, quick_handoff


def test_overlapping_workers_leave_the_interval_as_they_found_it():
    # An open note's document lowers the interval for the whole process (ui/document.py):
    # start from the interpreter's default, 5 ms, whatever ran before.
    saved = sys.getswitchinterval()
    sys.setswitchinterval(0.005)
    try:
        _overlap(0.005)
    finally:
        sys.setswitchinterval(saved)


def _overlap(before: float) -> None:
    assert sys.getswitchinterval() == before
    first, second = quick_handoff(), quick_handoff()
    first.__enter__()
    assert sys.getswitchinterval() == SWITCH_INTERVAL_S
    second.__enter__()
    first.__exit__(None, None, None)  # the first to start ends first: still short
    assert sys.getswitchinterval() == SWITCH_INTERVAL_S
    second.__exit__(None, None, None)
    assert sys.getswitchinterval() == before
