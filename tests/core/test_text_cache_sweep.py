"""The piece caches forget the versions of a piece that typing leaves behind."""

from __future__ import annotations

from noteapp.core.meeting import parse_meeting
from noteapp.core.text import text_cache
from noteapp.core.text.text_cache import KEEP_PARSES, TextCache

NOTE = "# Call\n\n## Agenda\n\n- Release\n- Docs\n\n## Notes\n\n- AL: hello\n"


def test_an_entry_no_parse_uses_is_dropped_after_a_few_parses():
    cache = TextCache(100)
    text_cache.begin_parse()
    cache.put("old version", 1)
    cache.put("kept", 2)
    for _ in range(KEEP_PARSES):
        text_cache.begin_parse()
        assert cache.get("kept") == 2  # used by every parse
        text_cache.sweep()
    assert cache.get("old version") is None
    assert cache.get("kept") == 2


def test_typing_leaves_no_growing_trail_of_versions():
    parse_meeting(NOTE)
    sizes = []
    for n in range(40):
        parse_meeting(NOTE.replace("hello", "hello" + " more" * n))
        sizes.append(sum(len(c._data) for c in text_cache._caches))
    assert sizes[-1] <= sizes[KEEP_PARSES + 1]  # flat once the first versions are swept
    assert parse_meeting(NOTE).agenda == parse_meeting(NOTE).agenda
