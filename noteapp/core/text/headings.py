"""Headings of a Markdown text (ATX and setext), skipping fenced code."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

_ATX = re.compile(r" {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*")
_SETEXT = re.compile(r" {0,3}(=+|-+)[ \t]*")
_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")


class Heading(NamedTuple):
    level: int
    text: str
    line: int  # 1-based line number of the heading text


def headings(text: str, start_line: int = 1) -> Iterator[Heading]:
    """Yield the headings of ``text``; ``start_line`` numbers its first line."""
    fence: str | None = None
    previous = ""
    for number, line in enumerate(text.split("\n"), start_line):
        opened = _FENCE.match(line)
        if fence is not None:
            if opened and opened.group(1)[0] == fence[0] and len(opened.group(1)) >= len(fence):
                fence = None
            previous = ""
            continue
        if opened:
            fence = opened.group(1)
            previous = ""
            continue
        atx = _ATX.fullmatch(line)
        if atx:
            yield Heading(len(atx.group(1)), (atx.group(2) or "").strip(), number)
            previous = ""
            continue
        setext = _SETEXT.fullmatch(line)
        if setext and previous.strip() and not previous.startswith((" " * 4, "\t", "-", "*")):
            yield Heading(1 if setext.group(1)[0] == "=" else 2, previous.strip(), number - 1)
            previous = ""
            continue
        previous = line
