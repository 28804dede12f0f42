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
from noteapp.core.text.stopping import ParseStopped, stoppable
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


# A note's own long loops check for a stop too, not only the piece caches between them:
# a stop asked for mid-loop is seen within a few hundred items, not at the loop's end.
SMALL = """# Weekly call

## Attendees

- Ada Lovelace
- Grace Hopper

## Agenda

- [ ] Release plan
- [x] Budget

## Action items

- Ada to draft the release notes
"""


def _stopped() -> threading.Event:
    stop = threading.Event()
    stop.set()
    return stop


def test_the_outline_of_a_stale_parse_stops_while_it_is_built():
    from noteapp.core.text.outline import Outline

    with stoppable(_stopped()), pytest.raises(ParseStopped):
        Outline(SMALL)
    assert [h.text for h in Outline(SMALL).headings] == [
        "Weekly call",
        "Attendees",
        "Agenda",
        "Action items",
    ]


def test_reading_the_sections_headings_stops_and_leaves_nothing_half_read():
    from noteapp.core.text.outline import Outline

    outline = Outline(SMALL)
    with stoppable(_stopped()), pytest.raises(ParseStopped):
        _ = outline.sections
    assert [s.heading.text for s in outline.sections][1:] == ["Attendees", "Agenda", "Action items"]


def test_the_section_roles_and_the_checklist_stop_in_their_loops():
    from noteapp.core.meeting.blocks import scan_blocks
    from noteapp.core.meeting.sections import find_sections
    from noteapp.core.meeting.tasks import parse_checklist
    from noteapp.core.text.outline import Outline

    outline = Outline(SMALL)
    _ = outline.sections
    blocks = scan_blocks(outline, ())
    with stoppable(_stopped()), pytest.raises(ParseStopped):
        find_sections(outline, blocks, 0, None)
    with stoppable(_stopped()), pytest.raises(ParseStopped):
        parse_checklist(outline, ())
    assert [(t.text, t.checked) for t in parse_checklist(outline, ())] == [
        ("Release plan", False),
        ("Budget", True),
    ]
    roles = [s.role for s in find_sections(outline, blocks, 0, None) if s.source == "heading"]
    assert roles[1:] == ["attendees", "agenda", "actions"]
