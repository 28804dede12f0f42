"""A note as HTML: the front matter as a small table, then the Markdown body.

The body is rendered as GitHub renders it: CommonMark with the GFM tables, task lists,
strikethrough and autolinks, by GitHub's own C library cmark-gfm (:mod:`noteapp.core.convert.cmark`,
~20 ms for a 5,000-line note, the GIL released while it runs), so nested lists indented
by two spaces, code inside list items and ``[url](url)`` come out as on the site.
noteapp's additions: raw HTML in a note is shown as text, never passed through (no
``<script>``, no event attributes; ``<T>`` in ``Vec<T>`` stays readable), links keep only
safe schemes, HTML comments are hidden as a site hides them, and
task boxes are characters QTextBrowser can show.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from html import escape
from typing import Any

from noteapp.core.convert.cmark import to_html
from noteapp.core.text.frontmatter import FrontMatter, parse_front_matter

TASK_OPEN = "☐"
TASK_DONE = "☑"
# Styles that read on light and dark backgrounds, in the CSS subset QTextBrowser knows.
STYLE = """
table { border-collapse: collapse; margin: 0.5em 0; }
th, td { border: 1px solid #888888; padding: 2px 6px; vertical-align: top; }
table.front-matter { font-size: small; margin-bottom: 1em; }
table.front-matter th { text-align: left; font-weight: normal; }
pre { white-space: pre-wrap; }
li.task { list-style-type: none; }
table.front-matter-error td { border: 2px solid #cc3333; padding: 4px 8px; }
""".strip()

# Every "<" but an autolink's (<https://…>, <a@b.org>) or a comment's stands in for itself
# as a private character cmark cannot take for HTML; the output turns it back into "&lt;".
# Comments stay HTML, which cmark leaves out: a site hides them too, and "<!-- end list
# -->" ends a list as it does there.
_OMITTED = "<!-- raw HTML omitted -->"
_NOT_AUTOLINK = re.compile(
    r"<(?!!--|[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>|[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)*>)"
)
_STAND_INS = ("\ufdd0", "\ufdd1", "\ufdd2", "\ufdd3")  # Unicode noncharacters
_TASK = re.compile(r'<li><input type="checkbox" (checked="" )?disabled="" /> ?(\n<p>)?')
_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
_REFERENCE = re.compile(r"^ {0,3}\[[^\]]+\]:[ \t]*\S", re.M)
_ATX = re.compile(r" {0,3}#{1,6}(?:[ \t]|$)")
_NEW_BLOCK = re.compile(r"[^\s>|*+\-0-9]")  # at column 0 after a blank line: ends any list
# A chunk of the preview holds about this many lines (cut only where nothing spans the cut).
CHUNK_LINES = 120


def render_note(text: str) -> str:
    """The HTML body (a fragment) for ``text``, a note with ``\\n`` newlines."""
    fm = parse_front_matter(text)
    return front_matter_html(fm, text) + markdown_html(text[fm.end :])


def html_page(body: str, title: str = "") -> str:
    """A standalone HTML page around ``body``."""
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title><style>\n{STYLE}\n</style></head>\n"
        f"<body>\n{body}</body></html>\n"
    )


def markdown_html(body: str) -> str:
    """CommonMark + GFM to HTML, raw HTML shown as text, boxes for task items."""

    stand_in = next((c for c in _STAND_INS if c not in body), None)
    if stand_in is None:  # all four in the note (never seen): show its HTML as cmark would
        html = to_html(body)
    else:
        html = to_html(_NOT_AUTOLINK.sub(stand_in, body)).replace(stand_in, "&lt;")
    return _TASK.sub(_task_box, html.replace(_OMITTED + "\n", "").replace(_OMITTED, ""))


def _task_box(match: re.Match[str]) -> str:
    done = match.group(1) is not None
    box = TASK_DONE if done else TASK_OPEN
    return f'<li class="{"task done" if done else "task"}">{match.group(2) or ""}{box} '


def markdown_chunks(body: str) -> Iterator[tuple[int, str]]:
    """``body`` cut into pieces that render alone as they render together: (the line
    number a piece starts on, its text).  A cut falls before a heading or before a line
    at column 0 after a blank line, outside fenced code and comments (no list, quote,
    table or paragraph runs across one); a note with link reference definitions is one piece.

    Lazy, and in small steps: the preview's worker cuts a long note while the user types,
    and one call over the whole text (``splitlines``, a regex search of 3 MB) holds the GIL
    for tens of milliseconds, which a keystroke's own calls into Python wait for."""
    if _has_reference(body):
        yield 0, body
        return
    start = start_at = 0  # the piece's first line, and where it starts in ``body``
    fence = ""  # the open code fence, or "-->" inside a comment
    blank = False
    number = at = 0
    size = len(body)
    while at < size:
        end = body.find("\n", at) + 1 or size
        line = body[at:end]
        if fence == "-->":
            fence = "" if "-->" in line else fence
        elif fence:
            found = _FENCE.match(line)
            closes = found and found.group(1)[0] == fence[0] and len(found.group(1)) >= len(fence)
            if closes and not line[found.end() :].strip():  # type: ignore[union-attr]
                fence = ""
        else:
            if number - start >= CHUNK_LINES and (
                _ATX.match(line) or (blank and _NEW_BLOCK.match(line[:1]))
            ):
                yield start, body[start_at:at]
                start, start_at = number, at
            found = _FENCE.match(line)
            if found:
                fence = found.group(1)
            elif "<!--" in line and "-->" not in line[line.index("<!--") :]:
                fence = "-->"
            blank = not line.strip()
        number, at = number + 1, end
    if start_at < size or not body:
        yield start, body[start_at:]


# CommonMark's link labels hold at most 999 characters.
_LABEL_CHARS = 1_000


def _has_reference(body: str) -> bool:
    """``body`` holds a link reference definition (:data:`_REFERENCE`), looked for only
    around each "]:" (every definition holds one), each search a few lines long."""
    at = body.find("]:")
    while at >= 0:
        opened = max(body.rfind("]", 0, at) + 1, at - _LABEL_CHARS)  # where the label may start
        low = body.rfind("\n", 0, opened) + 1
        high = body.find("\n", at)
        if _REFERENCE.search(body, low, len(body) if high < 0 else high):
            return True
        at = body.find("]:", at + 2)
    return False


# -- front matter ------------------------------------------------------------------------


def front_matter_html(fm: FrontMatter, text: str) -> str:
    """The front matter as a two-column table, or the reason it cannot be read."""
    if fm.kind == "none":
        return ""
    if fm.kind == "invalid":
        raw = text[fm.start : fm.end]
        return (  # a one-cell table: the frame QTextBrowser can draw
            '<table class="front-matter-error"><tr><td><p><b>Front matter not read:</b> '
            f"{escape(fm.error or 'broken')}</p><pre>{escape(raw)}</pre></td></tr></table>\n"
        )
    rows = "".join(
        f"<tr><th>{escape(str(key))}</th><td>{_value_html(value)}</td></tr>"
        for key, value in (fm.data or {}).items()
    )
    return f'<table class="front-matter">{rows}</table>\n' if rows else ""


def _value_html(value: Any) -> str:
    if isinstance(value, dict):
        return "<br>".join(f"{escape(str(k))}: {_value_html(v)}" for k, v in value.items())
    if isinstance(value, list | tuple):
        return ", ".join(_value_html(v) for v in value)
    if isinstance(value, dt.date | dt.time):
        return escape(value.isoformat())
    if value is None:
        return ""
    return escape(str(value)).rstrip("\n").replace("\n", "<br>")
