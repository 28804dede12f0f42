"""A parse whose text went stale stops: typing went on while a worker parsed."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from bench.notegen import generate_core_note, generate_note
from noteapp.core.meeting import parse_meeting
from noteapp.core.text.stopping import ParseStopped
from tests.core.snapshots import snapshot_values

FRESH = """
import json
from bench.notegen import generate_core_note
from noteapp.core.meeting import parse_meeting
print(json.dumps(parse_meeting(generate_core_note(20000, seed=3)).as_json()))
"""


def test_a_stop_asked_for_ends_a_long_parse_at_once_and_the_next_parse_is_whole():
    text = generate_core_note(20000, seed=3)  # a cold parse: hundreds of ms
    stop = threading.Event()
    timer = threading.Timer(0.05, stop.set)
    timer.start()
    started = time.perf_counter()
    with pytest.raises(ParseStopped):
        parse_meeting(text, stop=stop)
    assert stop.is_set()
    assert time.perf_counter() - started < 0.05 + 0.25  # stopped, not run to its end
    timer.join()
    # what the stopped parse left in the piece caches makes no difference to the next:
    # the same as a parse in a fresh process, whose caches are empty
    fresh = subprocess.run(
        [sys.executable, "-c", FRESH],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert json.loads(json.dumps(parse_meeting(text).as_json())) == json.loads(fresh.stdout)


def test_an_unset_stop_changes_nothing():
    text = generate_note(500)
    assert snapshot_values(parse_meeting(text, stop=threading.Event())) == snapshot_values(
        parse_meeting(text)
    )
