"""The caches a reparse after a keystroke relies on: bounded, shared by threads, and
never changing what the parse reads."""

from __future__ import annotations

import threading

from noteapp.core.meeting import parse_meeting
from noteapp.core.meeting.attendees import reader as attendees
from noteapp.core.text.source import read_note
from noteapp.core.text.text_cache import TextCache, piece_cache
from tests.conftest import over_corpus


def test_the_cache_keeps_at_most_its_size_and_drops_the_least_recently_used():
    cache = TextCache(3)
    for k in range(5):
        cache.put(k, k * 10)
    assert [cache.get(k) for k in range(5)] == [None, None, 20, 30, 40]
    # a piece read at every parse stays while the versions typing leaves come and go
    assert cache.get(2) == 20
    cache.put(5, 50)
    assert [cache.get(k) for k in (2, 3, 4, 5)] == [20, None, 40, 50]


def test_the_cache_holds_at_most_its_characters_of_text():
    cache = TextCache(100, characters=10)
    cache.put("abcd", 1)
    cache.put(("efgh", True), 2)
    cache.put("ijkl", 3)  # 12 characters: the oldest goes
    assert [cache.get(k) for k in ("abcd", ("efgh", True), "ijkl")] == [None, 2, 3]
    cache.put("ijkl", 4)  # the same key again weighs once
    assert cache.get(("efgh", True)) == 2 and cache.get("ijkl") == 4


def test_a_piece_cache_reads_each_text_once():
    calls: list[str] = []

    @piece_cache
    def length(piece: str) -> int:
        calls.append(piece)
        return len(piece)

    assert [length(p) for p in ("ab", "abc", "ab")] == [2, 3, 2]
    assert calls == ["ab", "abc"]


def test_threads_can_fill_one_cache_at_once():
    cache = TextCache(8)
    errors: list[BaseException] = []

    def work(base: int) -> None:
        try:
            for k in range(3000):
                cache.put((base, k), k)
                cache.get((base, k - 1))
        except BaseException as exc:  # a dict changed during iteration, a lost key
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert len(cache._data) <= 8


def _read(meeting):
    return (
        [(t.text, t.line, t.start, t.end, t.timebox_minutes) for t in meeting.topics],
        [(a.text, a.line, a.start, a.owners) for a in meeting.action_items],
        [(a.text, a.line, a.start, a.depth) for a in meeting.agenda],
        [(a.name, a.line, a.start) for a in meeting.attendees],
    )


@over_corpus("path", every=4)
def test_a_reparse_from_the_caches_reads_what_a_cold_parse_reads(path, monkeypatch):
    text = read_note(path).text
    fm_end = parse_meeting(text, path).front_matter.end  # fills the caches
    # the same pieces one line further down: every cached result is moved, not re-read
    moved = text[:fm_end] + "\n" + text[fm_end:]
    warm = _read(parse_meeting(moved, path))
    monkeypatch.setattr(TextCache, "get", lambda self, key: None)
    attendees._BLOCK_CACHE.clear()
    assert warm == _read(parse_meeting(moved, path))
