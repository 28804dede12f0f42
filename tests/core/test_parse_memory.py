"""Parses do not outlive their use: typing for an hour must not keep an hour of parses.

A process-wide WeakKeyDictionary from outlines to list models, whose values referred to
their keys, kept every parse of a session alive (1.9 MiB per typing pause at 5,000
lines); bench/memory_hour.py measures the hour, this counts the objects.
"""

from __future__ import annotations

import gc
import threading
import weakref

from bench.notegen import generate_note
from noteapp.core.meeting import parse_meeting
from noteapp.core.meeting.tasks import model


def test_a_reparse_frees_the_parse_before_it_without_the_cycle_collector():
    text = generate_note(2000)
    outlines = []
    gc.disable()  # freed by reference counting alone: no cycles for the collector to find
    try:
        for i in range(25):
            meeting = parse_meeting(f"{text}- AL: typed {i}\n")
            outlines.append(weakref.ref(meeting.outline))
            assert model(meeting.outline) is model(meeting.outline)  # built once per parse
        alive = [ref for ref in outlines[:-1] if ref() is not None]
        assert alive == [], f"{len(alive)} of 24 earlier parses are still alive"
        del meeting
        assert outlines[-1]() is None
    finally:
        gc.enable()


def test_parses_in_two_threads_at_once_agree():
    text = generate_note(1000)
    expected = parse_meeting(text).as_json()
    results: list[object] = []
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(5):
                results.append(parse_meeting(text).as_json())
        except BaseException as exc:  # reported below, never lost in the thread
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert results == [expected] * 15
