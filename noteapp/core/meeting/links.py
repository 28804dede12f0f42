"""Links worth knowing in a note: time-zone helpers, HackMD, the video call."""

from __future__ import annotations

import re

from noteapp.core.meeting.structure import Link
from noteapp.core.text.outline import Outline

# Stops at white space, quotes, angle brackets and the ")" closing a Markdown link.
_URL = re.compile(r"""https?://[^\s<>()\[\]"'`]+(?:\([^\s<>()]*\)[^\s<>()\[\]"'`]*)*""")
_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("arewemeetingyet", re.compile(r"//(www\.)?arewemeetingyet\.com/", re.I)),
    ("timeanddate", re.compile(r"//(www\.)?timeanddate\.com/", re.I)),
    ("dateful", re.compile(r"//(www\.)?dateful\.com/", re.I)),
    ("hackmd", re.compile(r"//([\w-]+\.)?hackmd\.io/", re.I)),
    (
        "video",
        re.compile(
            r"//([\w-]+\.)*(zoom\.us|zoom\.com|meet\.google\.com|meet\.jit\.si|jitsi\.[\w.]+|"
            r"teams\.microsoft\.com|teams\.live\.com|whereby\.com|bigbluebutton\.[\w.]+|"
            r"bbb\.[\w.]+|webex\.com|gather\.town)/",
            re.I,
        ),
    ),
)


# Any of the kinds: most links of a note (issues, docs) are of none, told in one search.
_ANY_KIND = re.compile("|".join(f"(?:{p.pattern})" for _kind, p in _KINDS), re.I)


def classify(url: str) -> str | None:
    if not _ANY_KIND.search(url):
        return None
    for kind, pattern in _KINDS:
        if pattern.search(url):
            return kind
    return None


def find_links(outline: Outline) -> tuple[Link, ...]:
    """Every link of a known kind outside code and comments, in document order."""
    out: list[Link] = []
    seen: set[str] = set()
    for match in _URL.finditer(outline.text, outline.body_start):
        url = match.group().rstrip(".,;:!?*_~")
        kind = classify(url)
        if kind is None or outline.in_code(match.start()) or url in seen:
            continue
        seen.add(url)
        out.append(Link(kind, url, outline.line_of(match.start())))
    return tuple(out)
