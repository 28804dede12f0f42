"""HackMD-only Markdown, found and turned into Markdown that GitHub and Jekyll render.

HackMD (CodiMD) adds containers (``:::info`` ... ``:::``, also ``success``, ``warning``,
``danger`` and ``spoiler Title``), a ``###### tags: `a` `b` `` line, author stamps
(``[name=Ada]``, ``[time=Mon, Jan 8]``, ``[color=#f00]``) and ``[TOC]``.  A site shows
them as literal text.  :func:`to_plain_markdown` rewrites exactly the lines that hold
them and leaves every other byte alone; fenced code and inline code are never touched.
"""

from __future__ import annotations

import re
from typing import NamedTuple

CONTAINER_LABELS = {
    "info": "Info",
    "success": "Success",
    "warning": "Warning",
    "danger": "Danger",
    "spoiler": "Spoiler",
}

_FENCE = re.compile(r"[ \t]*(`{3,}|~{3,})")
_OPEN = re.compile(
    r"(?P<indent>[ \t]*)(?P<colons>:{3,})[ \t]*(?P<name>success|info|warning|danger|spoiler)"
    r"(?![\w-])[ \t]*(?P<title>.*?)[ \t]*",
    re.I,
)
_CLOSE = re.compile(r"[ \t]*(:{3,})[ \t]*")
TAGS_LINE = re.compile(r" {0,3}#{6}[ \t]+tags[ \t]*:(?P<tags>.*)", re.I)
TOC_LINE = re.compile(r"[ \t]*\[toc\][ \t]*", re.I)
# One stamp, or a run of them separated by blanks: "[name=Ada] [time=Mon] [color=red]".
_STAMP = r"\[(?:name|time|color)=[^\]\n]*\]"
_STAMP_RUN = re.compile(rf"(?P<lead>[ \t]*){_STAMP}(?:[ \t]*{_STAMP})*")
_ONE_STAMP = re.compile(r"\[(name|time|color)=([^\]\n]*)\]")
_CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`).*?(?<!`)\1(?!`)")
_TAG_CODE = re.compile(r"`([^`]+)`")


class PlainMarkdown(NamedTuple):
    text: str
    tags: tuple[str, ...]  # read from the "###### tags:" lines
    changed_lines: int  # HackMD lines rewritten or dropped


def has_hackmd_syntax(text: str) -> bool:
    """Whether ``text`` holds anything :func:`to_plain_markdown` would change."""
    return to_plain_markdown(text).changed_lines > 0


def to_plain_markdown(text: str, *, keep_tags_lines: bool = False) -> PlainMarkdown:
    """``text`` (a body, ``\\n`` newlines) with HackMD's own syntax made plain Markdown.

    Containers become block quotes opened by a bold label, stamps become "— name, time"
    (a colour alone just goes), ``[TOC]`` lines and ``###### tags:`` lines go (their tags
    are returned, for the front matter).  ``keep_tags_lines`` leaves the tags lines.
    """
    walker = _Walker(keep_tags_lines)
    lines = walker.convert(text.split("\n"))
    return PlainMarkdown("\n".join(lines), tuple(_unique(walker.tags)), walker.changed)


def remove_tags_lines(text: str) -> tuple[tuple[str, ...], str]:
    """The tags of the ``###### tags:`` lines outside code, and ``text`` without those lines."""
    lines = text.split("\n")
    tags: list[str] = []
    kept: list[str] = []
    fence: str | None = None
    for line in lines:
        fence, in_code = _fence_state(fence, line)
        match = None if in_code else TAGS_LINE.fullmatch(line)
        if match:
            tags.extend(parse_tags(match.group("tags")))
        else:
            kept.append(line)
    if len(kept) == len(lines):
        return (), text
    return tuple(_unique(tags)), "\n".join(kept)


def parse_tags(value: str) -> list[str]:
    """The tags of a tags line's value: its code spans, else its comma-separated words."""
    spans = _TAG_CODE.findall(value)
    if spans:
        return [s.strip() for s in spans if s.strip()]
    return [t.strip() for t in value.split(",") if t.strip()]


def plain_stamps(line: str) -> str:
    """A line with its stamp runs rewritten (inline code left alone)."""
    out: list[str] = []
    pos = 0
    for span in _CODE_SPAN.finditer(line):
        out.append(_STAMP_RUN.sub(_stamp_run, line[pos : span.start()]))
        out.append(span.group(0))
        pos = span.end()
    out.append(_STAMP_RUN.sub(_stamp_run, line[pos:]))
    return "".join(out)


# -- internals ---------------------------------------------------------------------------


def _unique(items: list[str]) -> list[str]:
    seen: dict[str, None] = {}
    for item in items:
        seen.setdefault(item, None)
    return list(seen)


def _fence_state(fence: str | None, line: str) -> tuple[str | None, bool]:
    """(the open fence after ``line``, whether ``line`` itself is code or a fence)."""
    match = _FENCE.match(line)
    if fence is not None:
        closes = (
            match is not None
            and match.group(1)[0] == fence[0]
            and len(match.group(1)) >= len(fence)
        )
        if closes and match is not None and not line[match.end() :].strip():
            return None, True
        return fence, True
    if match:
        return match.group(1), True
    return None, False


def _stamp_run(match: re.Match[str]) -> str:
    names: list[str] = []
    times: list[str] = []
    for kind, value in _ONE_STAMP.findall(match.group(0)):
        value = value.strip()
        if value and kind == "name":
            names.append(value)
        elif value and kind == "time":
            times.append(value)
    parts = names + times
    if not parts:
        return ""  # only a colour: nothing to show
    return f"{match.group('lead')}— {', '.join(parts)}"


class _Walker:
    def __init__(self, keep_tags_lines: bool) -> None:
        self.keep_tags_lines = keep_tags_lines
        self.tags: list[str] = []
        self.changed = 0

    def convert(self, lines: list[str]) -> list[str]:
        out: list[str] = []
        fence: str | None = None
        i = 0
        while i < len(lines):
            line = lines[i]
            fence, in_code = _fence_state(fence, line)
            if in_code:
                out.append(line)
                i += 1
                continue
            opened = _OPEN.fullmatch(line)
            if opened:
                end = self._container_end(lines, i + 1, len(opened.group("colons")))
                body = lines[i + 1 : end]
                tail = end == len(lines) and body and body[-1] == ""
                out.extend(_quoted(opened, self.convert(body[:-1] if tail else body)))
                if tail:
                    out.append("")  # an unclosed container at the end: keep the final newline
                self.changed += 1
                i = end + 1
                continue
            if TOC_LINE.fullmatch(line):
                self.changed += 1
                i += 1
                continue
            tags = TAGS_LINE.fullmatch(line)
            if tags and not self.keep_tags_lines:
                self.tags.extend(parse_tags(tags.group("tags")))
                self.changed += 1
                i += 1
                continue
            plain = plain_stamps(line)
            self.changed += plain != line
            out.append(plain)
            i += 1
        return out

    def _container_end(self, lines: list[str], start: int, colons: int) -> int:
        """Index of the line closing a container opened with ``colons`` colons."""
        fence: str | None = None
        inner: list[int] = []  # colon counts of the containers opened inside
        for j in range(start, len(lines)):
            fence, in_code = _fence_state(fence, lines[j])
            if in_code:
                continue
            opened = _OPEN.fullmatch(lines[j])
            if opened:
                inner.append(len(opened.group("colons")))
                continue
            close = _CLOSE.fullmatch(lines[j])
            if close and inner and len(close.group(1)) >= inner[-1]:
                inner.pop()
            elif close and not inner and len(close.group(1)) >= colons:
                return j
        return len(lines)  # never closed: it runs to the end, as on HackMD


def _quoted(opened: re.Match[str], inner: list[str]) -> list[str]:
    indent = opened.group("indent")
    name = opened.group("name").lower()
    title = re.sub(r"^\{[^}]*\}[ \t]*", "", opened.group("title")).strip()  # {state="open"}
    label = title if title else CONTAINER_LABELS[name]
    out = [f"{indent}> **{label}**"]
    if inner:
        out.append(f"{indent}>")
    for line in inner:
        rest = line[len(indent) :] if line.startswith(indent) else line.lstrip(" \t")
        out.append(f"{indent}> {rest}" if rest.strip() else f"{indent}>")
    return out
