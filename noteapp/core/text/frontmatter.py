"""Find and read a note's front matter without ever rewriting it.

Kinds: ``yaml`` (``---`` ... ``---``/``...``, a delimiter may carry trailing
spaces), ``toml`` (``+++`` ... ``+++``), ``pelican`` (``Key: value`` lines up to
the first blank line), ``none``, and ``invalid`` (a block that is there but
broken: YAML that does not parse, an unclosed block, a stray ``x---``).  The raw
block is always kept byte for byte; ``data`` is only a reading of it.
"""

from __future__ import annotations

import copy
import datetime as dt
import math
import re
import tomllib
from functools import lru_cache
from typing import Any, Literal, NamedTuple

from noteapp.core.text.lazy_pattern import lazy_compile
from noteapp.core.text.simple_yaml import load_simple

Kind = Literal["yaml", "toml", "pelican", "none", "invalid"]

_YAML_OPEN = re.compile(r"---[ \t]*")
_YAML_CLOSE = re.compile(r"(?:---|\.\.\.)[ \t]*")
_TOML_FENCE = lazy_compile(r"\+\+\+[ \t]*")
_STRAY_OPEN = lazy_compile(r"\S{1,3}---[ \t]*|---\S{1,3}[ \t]*")
_PELICAN_LINE = lazy_compile(
    r"(?P<key>[A-Za-z][A-Za-z0-9_-]*(?: [A-Za-z0-9_-]+)?):(?:[ \t]+(?P<value>.*))?"
)
_PELICAN_KEYS = {
    "title",
    "date",
    "modified",
    "author",
    "authors",
    "category",
    "tags",
    "slug",
    "summary",
    "lang",
    "status",
    "template",
    "save_as",
    "url",
    "translation",
    "keywords",
}
# How far down a closing delimiter is looked for after a stray opener like "x---".
_STRAY_LOOKAHEAD = 60


class FrontMatter(NamedTuple):
    """Where the front matter sits in the text and what it says.

    ``start``/``end`` bound the whole block including delimiters and the newline
    after the closing one; ``content_start``/``content_end`` bound what lies
    between the delimiters.  For ``none`` all four are 0.
    """

    kind: Kind
    start: int = 0
    end: int = 0
    content_start: int = 0
    content_end: int = 0
    data: dict[str, Any] | None = None
    error: str | None = None
    opener: str = ""
    closer: str = ""
    warnings: tuple[str, ...] = ()

    def content(self, text: str) -> str:
        """The text between the delimiters."""
        return text[self.content_start : self.content_end]


def _lines_with_offsets(text: str, limit: int | None = None) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    pos = 0
    while pos < len(text) or (pos == len(text) and not out and text):
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        out.append((pos, text[pos:end]))
        if nl < 0 or (limit is not None and len(out) >= limit):
            break
        pos = nl + 1
    return out


def _line_end(text: str, offset: int) -> int:
    """Offset just past the line starting at ``offset`` (after its newline, if any)."""
    nl = text.find("\n", offset)
    return len(text) if nl < 0 else nl + 1


def parse_front_matter(text: str) -> FrontMatter:
    """Locate and read the front matter of ``text`` (newlines already ``\\n``)."""
    first_nl = text.find("\n")
    first = text if first_nl < 0 else text[:first_nl]
    if _YAML_OPEN.fullmatch(first):
        return _fenced(text, "yaml", _YAML_CLOSE, first)
    if _TOML_FENCE.fullmatch(first):
        return _fenced(text, "toml", _TOML_FENCE, first)
    if _STRAY_OPEN.fullmatch(first):
        stray = _stray_block(text, first)
        if stray is not None:
            return stray
    pelican = _pelican(text)
    if pelican is not None:
        return pelican
    return FrontMatter("none")


def _fenced(text: str, kind: Kind, closer: re.Pattern[str], first: str) -> FrontMatter:
    content_start = _line_end(text, 0)
    pos = content_start
    while pos < len(text):
        end = _line_end(text, pos)
        line = text[pos:end].rstrip("\n")
        if closer.fullmatch(line):
            content = text[content_start:pos]
            data, error = (_load_yaml if kind == "yaml" else _load_toml)(content)
            return FrontMatter(
                kind if error is None else "invalid",
                0,
                end,
                content_start,
                pos,
                data,
                error,
                first,
                line,
            )
        pos = end
    what = "---" if kind == "yaml" else "+++"
    return FrontMatter(
        "invalid",
        0,
        len(text),
        content_start,
        len(text),
        None,
        f"line 1: the front matter opened with '{first.strip()}' is never closed "
        f"by a '{what}' line",
        first,
    )


def _stray_block(text: str, first: str) -> FrontMatter | None:
    """``x---`` on line 1 with a ``---`` soon after: a broken block, kept as text."""
    lines = _lines_with_offsets(text, _STRAY_LOOKAHEAD)
    if len(lines) < 2 or not re.match(r"[\w\"'-]+\s*:", lines[1][1]):
        return None
    for offset, line in lines[1:]:
        if _YAML_CLOSE.fullmatch(line):
            end = _line_end(text, offset)
            return FrontMatter(
                "invalid",
                0,
                end,
                lines[1][0],
                offset,
                None,
                f"line 1: {first.strip()!r} is not a front-matter delimiter (expected '---'); "
                "the block is kept as text and not read",
                first,
                line,
            )
    return None


def _pelican(text: str) -> FrontMatter | None:
    lines = _lines_with_offsets(text, 200)
    keys: list[str] = []
    data: dict[str, Any] = {}
    end = 0
    for offset, line in lines:
        if not line.strip():
            end = offset
            break
        match = _PELICAN_LINE.fullmatch(line)
        if match:
            key = match.group("key")
            keys.append(key)
            data[key] = (match.group("value") or "").strip()
        elif keys and line[:1] in " \t":  # a continuation line (MultiMarkdown)
            data[keys[-1]] = f"{data[keys[-1]]} {line.strip()}".strip()
        else:
            return None
        end = _line_end(text, offset)
    if not keys or not any(k.lower() in _PELICAN_KEYS for k in keys):
        return None
    return FrontMatter("pelican", 0, end, 0, end, data)


def _load_yaml(content: str) -> tuple[dict[str, Any] | None, str | None]:
    """Read a YAML block; a private copy each time, so callers may change what they get."""
    data, error = _load_yaml_cached(content)
    return copy.deepcopy(data), error


@lru_cache(maxsize=64)  # the editor reparses after each pause; the front matter rarely changes
def _load_yaml_cached(content: str) -> tuple[dict[str, Any] | None, str | None]:
    simple = load_simple(content)  # most notes: no need to import ruamel.yaml at all
    if simple is not None:
        return simple, None
    from noteapp.core.text.yaml_guard import YamlProblem, load_guarded

    try:
        data = load_guarded(content)
    except YamlProblem as exc:
        sep = " " if str(exc).startswith("line ") else ": "
        return None, f"front matter{sep}{exc}; kept as text"
    if data is None:
        return {}, None
    if not isinstance(data, dict):
        return None, f"front matter is a {type(data).__name__}, not a mapping of keys"
    return data, None


def _load_toml(content: str) -> tuple[dict[str, Any] | None, str | None]:
    try:
        return tomllib.loads(content), None
    except tomllib.TOMLDecodeError as exc:
        return None, f"front matter: {exc}"
    except RecursionError:
        return None, "front matter: nested too deeply to read; kept as text"


def jsonable(value: Any) -> Any:
    """Front-matter data as plain JSON types (dates become ISO strings)."""
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, set | frozenset):  # !!set: in a stable order
        return sorted((jsonable(v) for v in value), key=repr)
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)  # JSON has no .inf or .nan
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.decode("latin-1")
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)
