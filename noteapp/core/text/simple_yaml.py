"""A strict reader for the plain front matter most notes have, without ruamel.yaml.

Importing ruamel.yaml costs ~30 ms, a tenth of the start-up budget, for blocks like
``title: 24th January`` / ``nav_order: 2`` / ``tags: [meeting-notes]``.  This reader
handles only flat mappings of plain or simply quoted scalars, flow lists of those,
and block lists of those; it returns None for anything else (block scalars, nested
mappings, anchors, tags, escapes, odd numbers...), and the caller then asks
ruamel.yaml.  Values resolve as ruamel's safe loader does (YAML 1.2 core schema,
dates as dates); tests/core/test_simple_yaml.py checks it against ruamel on the
whole corpus and on generated blocks.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

_KEY = re.compile(r"([A-Za-z_][A-Za-z0-9_-]*)[ \t]*:(?:[ \t]+(.*?))?[ \t]*")
_ITEM = re.compile(r"([ \t]*)-[ \t]+(.*?)[ \t]*")
_INT = re.compile(r"[-+]?(?:0|[1-9][0-9]*)")
_FLOAT = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)(?:[eE][-+]?[0-9]+)?")
_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_NULLS = {"", "~", "null", "Null", "NULL"}
_BOOLS = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
# A plain scalar that starts with one of these, or holds ": " / " #", is not simple.
_INDICATORS = set("-?:,[]{}#&*!|>'\"%@`")
# Anything that looks like a number, a date or a special float in a form not handled
# above goes to ruamel: its resolver knows octal, hex, ".inf", underscores, datetimes.
_NUMBERISH = re.compile(r"[-+.]?[0-9]|\.(?:inf|nan|Inf|NaN|INF|NAN)")


# Characters a YAML stream may not hold (YAML 1.2 §5.1), the BOM and non-characters, and
# the line breaks YAML knows beside "\n" (NEL, U+2028, U+2029): all left to ruamel.
_UNPRINTABLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]"
)


class NotSimple(Exception):
    """The block uses YAML this reader does not handle; ask ruamel.yaml."""


def load_simple(content: str) -> dict[str, Any] | None:
    """The mapping in ``content``, or None when it is not simple enough to read here."""
    try:
        return _load(content)
    except NotSimple:
        return None


def _load(content: str) -> dict[str, Any]:
    if _UNPRINTABLE.search(content):
        raise NotSimple  # YAML forbids them; ruamel says where
    data: dict[str, Any] = {}
    current_list: list[Any] | None = None
    for line in content.split("\n"):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        item = _ITEM.fullmatch(line)
        if item is not None:
            if current_list is None:
                raise NotSimple
            current_list.append(_scalar(item.group(2)))
            continue
        match = _KEY.fullmatch(line)
        if match is None or "\t" in line[: match.end(1)]:
            raise NotSimple
        key, value = match.group(1), match.group(2)
        if key in data:
            raise NotSimple  # a duplicate key: ruamel reports it as an error
        current_list = None
        if value is None or value == "":
            current_list = []  # the key may hold a block list on the following lines
            data[key] = _PendingList(current_list)
        elif value.startswith("["):
            data[key] = _flow_list(value)
        else:
            data[key] = _scalar(value)
    return {k: (v.resolve() if isinstance(v, _PendingList) else v) for k, v in data.items()}


class _PendingList:
    """A key with no value on its line: None, unless list items follow."""

    def __init__(self, items: list[Any]) -> None:
        self.items = items

    def resolve(self) -> list[Any] | None:
        return self.items or None


def _flow_list(value: str) -> list[Any]:
    if not value.endswith("]") or value.count("[") != 1 or "{" in value:
        raise NotSimple
    inner = value[1:-1].strip()
    if not inner:
        return []
    if any(ch in inner for ch in "'\"#"):
        raise NotSimple
    return [_scalar(part.strip(), in_flow=True) for part in inner.split(",")]


def _scalar(text: str, in_flow: bool = False) -> Any:
    if text.startswith("'"):
        if len(text) < 2 or not text.endswith("'") or "'" in text[1:-1].replace("''", ""):
            raise NotSimple
        return text[1:-1].replace("''", "'")
    if text.startswith('"'):
        body = text[1:-1]
        if len(text) < 2 or not text.endswith('"') or '"' in body or "\\" in body:
            raise NotSimple
        return body
    if text in _NULLS:
        return None
    if text in _BOOLS:
        return _BOOLS[text]
    if _INT.fullmatch(text):
        try:
            return int(text)
        except ValueError:  # more digits than Python converts: ruamel reports it
            raise NotSimple from None
    if _FLOAT.fullmatch(text) and any(c.isdigit() for c in text):
        return float(text)
    date = _DATE.fullmatch(text)
    if date:
        try:
            return dt.date(int(date.group(1)), int(date.group(2)), int(date.group(3)))
        except ValueError:
            raise NotSimple from None
    if (
        text[0] in _INDICATORS
        or text in ("=", "<<")  # YAML's "value" and "merge" types: ruamel's business
        or ": " in text
        or " #" in text
        or text.endswith(":")
        or "\t" in text
        or (in_flow and any(ch in text for ch in "[]{}"))
        or (_NUMBERISH.match(text) and _looks_numeric(text))
    ):
        raise NotSimple
    return text


def _looks_numeric(text: str) -> bool:
    """Forms ruamel may read as a number or a time that the checks above did not catch
    (hex, octal, underscores, sexagesimal, datetimes): any single word that starts like
    a number, and anything holding a date."""
    return not any(ch.isspace() for ch in text) or bool(re.search(r"[0-9]{4}-[0-9]{2}-", text))
