"""HackMD's YAML metadata: written from a note's front matter, read back from HackMD text.

HackMD reads these keys from a ``---`` block at the top of a note (its "YAML metadata"
documentation): ``title``, ``description``, ``tags`` (a comma string or a list),
``robots``, ``lang``, ``dir``, ``breaks``, ``mathjax``, ``spellcheck``, ``GA``,
``disqus``, ``slideOptions``, ``opengraph`` and ``type: slide``.  Every other key of a
site's front matter (``layout``, ``parent``, ``nav_order``, ``permalink``...) means
nothing there; it is left out unless asked for.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping
from typing import Any, NamedTuple

from noteapp.core.convert.hackmd_syntax import remove_tags_lines
from noteapp.core.text.frontmatter import FrontMatter, jsonable, parse_front_matter
from noteapp.core.text.headings import headings

HACKMD_KEYS = (
    "title",
    "description",
    "tags",
    "robots",
    "lang",
    "dir",
    "breaks",
    "mathjax",
    "spellcheck",
    "GA",
    "disqus",
    "slideOptions",
    "opengraph",
    "type",
)
# Front-matter keys noteapp itself writes: never sent anywhere.
PRIVATE_KEYS = frozenset({"hackmd_id"})
_ALIASES = {"summary": "description"}  # Pelican's name for a description
_TOC_AT_TOP = re.compile(r"\A[ \t]*\[toc\][ \t]*(?:\n|\Z)(?:[ \t]*\n)?", re.I)
_YAML_WORDS = re.compile(
    r"(?i:y|n|yes|no|on|off|true|false|null|~)|[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?"
    r"|0x[0-9a-f]+|0o[0-7]+|[-+]?\.(?:inf|nan)"
    r"|\d{4}-\d\d?-\d\d?(?:(?:[Tt]|[ \t]+)\d\d?:\d\d(?::\d\d(?:\.\d*)?)?"
    r"(?:[ \t]*(?:Z|[-+]\d\d?(?::\d\d)?))?)?",
    re.I,
)
_PLAIN_START = re.compile(r"[^\s\-?:,\[\]{}#&*!|>'\"%@`]")


class HackMDNote(NamedTuple):
    """HackMD text split into its YAML metadata and its body."""

    metadata: dict[str, Any]
    body: str
    tags: tuple[str, ...]  # from the metadata, else from "###### tags:" lines
    has_metadata: bool


def note_title(fm: FrontMatter, text: str) -> str | None:
    """The note's title: the front matter's ``title``, else its first level-1 heading."""
    value = _get(fm.data or {}, "title")
    if value not in (None, ""):
        return _text(value)
    for heading in headings(text[fm.end :]):
        if heading.level == 1 and heading.text:
            return heading.text
    return None


def hackmd_metadata(
    fm: FrontMatter,
    text: str,
    *,
    title_hint: str | None = None,
    keep_site_keys: bool = False,
    breaks: bool | None = None,
    extra: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """HackMD metadata for the note ``text`` whose front matter is ``fm``."""
    data = dict(fm.data or {}) if fm.kind in ("yaml", "toml", "pelican") else {}
    meta: dict[str, Any] = {}
    title = note_title(fm, text) or title_hint  # the note's own title, else the hint
    if title:
        meta["title"] = title
    used = {"title", _find(data, "title")}
    for key in HACKMD_KEYS[1:]:
        name = _find(data, key)
        if name is None:
            continue
        used.add(name)
        value = data[name]
        if key == "tags":
            value = tags_list(value)
        elif key == "type" and value != "slide":
            used.discard(name)  # a site's "type: post" is not HackMD's slide mode
            continue
        if value not in (None, "", []):
            meta[key] = jsonable(value) if not isinstance(value, str) else value
    if breaks is not None:
        meta["breaks"] = breaks
    for key, value in (extra or {}).items():
        meta[key] = value
    if keep_site_keys:
        for key, value in data.items():
            if key not in used and str(key) not in PRIVATE_KEYS and str(key) not in meta:
                meta[str(key)] = jsonable(value)
    return meta


def metadata_block(meta: Mapping[str, Any]) -> str:
    """``meta`` as a ``---`` YAML block HackMD reads ("" when empty); read back to check."""
    if not meta:
        return ""
    entries = {str(k): _entry(str(k), v) for k, v in meta.items()}
    block = "---\n" + "".join(f"{_key(k)}: {e[0]}\n" for k, e in entries.items()) + "---\n"
    fm = parse_front_matter(block)
    expected = {k: e[1] for k, e in entries.items()}
    if fm.kind != "yaml" or jsonable(fm.data) != jsonable(expected):
        # A value the plain writer got wrong: JSON is YAML too, and always reads back.
        lines = [
            f"{json.dumps(str(k))}: {json.dumps(jsonable(v), ensure_ascii=False)}\n"
            for k, v in meta.items()
        ]
        block = "---\n" + "".join(lines) + "---\n"
    return block


def split_hackmd(content: str, *, strip_toc: bool = True) -> HackMDNote:
    """HackMD text as metadata and body; the body keeps every byte of the text after the
    metadata block, except a ``[TOC]`` line at its very top when ``strip_toc``."""
    fm = parse_front_matter(content)
    if fm.kind == "yaml":
        metadata, body = dict(fm.data or {}), content[fm.end :]
    else:
        metadata, body = {}, content
    if strip_toc:
        body = _TOC_AT_TOP.sub("", body, count=1)
    tags = tuple(tags_list(metadata.get("tags")))
    if not tags:
        tags, _ = remove_tags_lines(body)
    return HackMDNote(metadata, body, tags, fm.kind == "yaml")


def tags_list(value: Any) -> list[str]:
    """Tags as HackMD reads them: a comma string, a number or a list."""
    if value is None:
        return []
    if isinstance(value, list | tuple):
        return [_text(v).strip() for v in value if _text(v).strip()]
    return [t.strip() for t in _text(value).split(",") if t.strip()]


# -- writing ------------------------------------------------------------------------------


def yaml_scalar(value: Any) -> str:
    """One value as YAML: plain where that reads back as the same string, else JSON."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return json.dumps(value)
    if isinstance(value, str) and _plain_safe(value):
        return value
    return json.dumps(jsonable(value), ensure_ascii=False)


def yaml_flow_list(values: list[str] | tuple[str, ...]) -> str:
    """``[a, b]``, with an item quoted where a plain one would not read back."""
    return "[" + ", ".join(_flow_item(v) for v in values) + "]"


def _flow_item(value: str) -> str:
    if _plain_safe(value) and not set(value) & set(",[]{}"):
        return value
    return json.dumps(value, ensure_ascii=False)


def _entry(key: str, value: Any) -> tuple[str, Any]:
    """(the YAML text of ``value``, what reading it back must give)."""
    if key == "tags" and isinstance(value, list):
        if all(isinstance(v, str) and _plain_safe(v) and not set(v) & set(",[]{}") for v in value):
            return ", ".join(value), ", ".join(value)  # HackMD's documented form: "tags: a, b"
        return yaml_flow_list(value), value
    if isinstance(value, dict | list | tuple):
        return json.dumps(jsonable(value), ensure_ascii=False), value
    return yaml_scalar(value), value


def _plain_safe(text: str) -> bool:
    return (
        bool(text)
        and text == text.strip()
        and "\n" not in text
        and _PLAIN_START.match(text) is not None
        and not _YAML_WORDS.fullmatch(text)
        and not re.fullmatch(r"[-+]?\d+(?::\d+)+(?:\.\d*)?", text)  # YAML 1.1 base 60
        and ": " not in text
        and " #" not in text
        and not text.endswith(":")
        and not any(ord(c) < 32 or c in "\x7f\u2028\u2029\ufeff" for c in text)
    )


def _key(key: str) -> str:
    return key if re.fullmatch(r"[A-Za-z_][\w-]*", key) else json.dumps(key)


def _find(data: Mapping[str, Any], key: str) -> str | None:
    for name in data:
        lowered = str(name).lower()
        if str(name) == key or lowered == key.lower() or _ALIASES.get(lowered) == key:
            return str(name)
    return None


def _get(data: Mapping[str, Any], key: str) -> Any:
    name = _find(data, key)
    return None if name is None else data[name]


def _text(value: Any) -> str:
    if isinstance(value, dt.date | dt.datetime | dt.time):
        return value.isoformat()
    return str(value)
