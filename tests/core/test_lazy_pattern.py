"""lazy_compile: a pattern that compiles on first use and then behaves as re.compile's."""

from __future__ import annotations

import re

from noteapp.core.text.lazy_pattern import lazy_compile


def test_nothing_is_compiled_until_first_use(monkeypatch):
    calls = []
    real = re.compile
    monkeypatch.setattr(re, "compile", lambda *a: calls.append(a) or real(*a))
    pattern = lazy_compile(r"(?P<who>[A-Z]\w*) to ", re.I)
    assert calls == [] and pattern.pattern == r"(?P<who>[A-Z]\w*) to "
    assert pattern.match("ann to write it")["who"] == "ann"
    assert pattern.search("x Bob to y").start() == 2
    assert calls == [(r"(?P<who>[A-Z]\w*) to ", re.I)]  # once, whatever is called after


def test_every_method_gives_what_the_compiled_pattern_gives():
    text = "AL: hi\nbob: there\nCD: -"
    lazy, real = lazy_compile(r"^(\w+):", re.M), re.compile(r"^(\w+):", re.M)
    assert lazy.findall(text) == real.findall(text)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in real.finditer(text)]
    assert lazy.sub(r"<\1>", text) == real.sub(r"<\1>", text)
    assert lazy.subn("", text) == real.subn("", text)
    assert lazy.split(text) == real.split(text)
    assert lazy.fullmatch("AL:") is not None and lazy.fullmatch("AL: x") is None
    assert (lazy.flags, lazy.groups, lazy.groupindex) == (real.flags, real.groups, real.groupindex)
