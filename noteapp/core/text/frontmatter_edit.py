"""Set or delete one front-matter key, touching only that key's lines.

Each edit is a targeted line edit written in the file's own style (quoting,
flow or block lists and their indentation, block scalars, inline comments), then
checked by reading the new block back: if the result does not say exactly the
old data with that one key changed, nothing is returned but an error.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
import tomllib
from collections import Counter
from dataclasses import dataclass
from io import StringIO
from typing import Any

from noteapp.core.errors import FrontMatterError
from noteapp.core.text.edits import Edit
from noteapp.core.text.frontmatter import FrontMatter, _load_yaml, jsonable, parse_front_matter

_YAML_KEY = re.compile(
    r"""(?P<key>"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"\-?|>&*!%@`{}\[\],][^:]*?)"""
    r"""[ \t]*:(?=[ \t]|$)(?P<rest>.*)"""
)
_TOML_KEY = re.compile(r"""(?P<key>[A-Za-z0-9_-]+|"[^"]*"|'[^']*')[ \t]*=[ \t]*(?P<rest>.*)""")
_PELICAN_KEY = re.compile(r"(?P<key>[A-Za-z][A-Za-z0-9_-]*(?: [A-Za-z0-9_-]+)?):(?P<rest>.*)")


@dataclass
class _Entry:
    key: str
    start: int  # absolute offset of the key line
    end: int  # absolute offset after the entry's last line
    line: str  # the key line, without newline
    rest: str  # what follows "key:" on the key line
    following: list[str]  # the entry's further lines


# --------------------------------------------------------------------------- public API


def _indent(rest: str) -> str:
    """The spaces and tabs ``rest`` starts with."""
    return rest[: len(rest) - len(rest.lstrip(" \t"))]


def set_key(text: str, key: str, value: Any) -> Edit:
    """The edit that sets front-matter ``key`` to ``value`` in ``text``."""
    fm = parse_front_matter(text)
    if fm.kind == "invalid":
        raise FrontMatterError(
            f"The front matter is broken ({fm.error}); fix it in the text before setting keys."
        )
    if fm.kind == "none":
        return Edit(0, 0, f"---\n{key}: {_yaml_inline(value, 'plain')}\n---\n")
    name = _existing_name(fm, key)
    if name is not None and _same_value((fm.data or {})[name], value):
        return Edit(0, 0, "")  # already so: not a byte changes
    if fm.kind == "yaml":
        edit = _yaml_set(text, fm, key, value)
    elif fm.kind == "toml":
        edit = _toml_set(text, fm, key, value)
    else:
        edit = _pelican_set(text, fm, key, value)
    expected = dict(fm.data or {})
    expected[_existing_name(fm, key) or key] = value
    _verify(edit.apply(text), fm, expected, key)
    return edit


def delete_key(text: str, key: str) -> Edit:
    """The edit that removes front-matter ``key`` (its lines, nothing else)."""
    fm = parse_front_matter(text)
    if fm.kind == "invalid":
        raise FrontMatterError(
            f"The front matter is broken ({fm.error}); fix it in the text before deleting keys."
        )
    entries = _entries(text, fm)
    entry = next((e for e in entries if _same_key(fm, e.key, key)), None)
    if entry is None:
        raise FrontMatterError(f"There is no front-matter key {key!r} to delete.")
    edit = Edit(entry.start, entry.end, "")
    expected = {k: v for k, v in (fm.data or {}).items() if k != entry.key}
    _verify(edit.apply(text), fm, expected, key)
    return edit


def parse_value(raw: str, current: Any = None) -> Any:
    """Read a command-line ``VALUE`` as a YAML scalar.

    When the key already holds a string and ``raw`` is not explicitly quoted, the
    value stays a string: ``title=2024-02-01`` keeps ``title: '2024-01-24'`` a
    quoted string instead of turning it into a date.
    """
    data, error = _load_yaml(f"k: {raw}\n") if raw.strip() else ({"k": ""}, None)
    if error is not None or data is None:
        return raw
    value = data.get("k")
    quoted = raw.strip()[:1] in ("'", '"')
    if isinstance(current, str) and not isinstance(value, str) and not quoted:
        return raw
    return value


# --------------------------------------------------------------------------- entries


def _same_value(old: Any, new: Any) -> bool:
    return type(old) is type(new) and jsonable(old) == jsonable(new)


def _existing_name(fm: FrontMatter, key: str) -> str | None:
    for name in fm.data or {}:
        if _same_key(fm, str(name), key):
            return str(name)
    return None


def _same_key(fm: FrontMatter, a: str, b: str) -> bool:
    return a.lower() == b.lower() if fm.kind == "pelican" else a == b


def _unquote(key: str) -> str:
    if len(key) >= 2 and key[0] == key[-1] == "'":
        return key[1:-1].replace("''", "'")
    if len(key) >= 2 and key[0] == key[-1] == '"':
        return json.loads(key)
    return key


def _content_lines(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(line start, line end incl. newline, line text) for ``text[start:end]``."""
    out = []
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl + 1
        out.append((pos, stop, text[pos:stop].rstrip("\n")))
        pos = stop
    return out


def _entries(text: str, fm: FrontMatter) -> list[_Entry]:
    lines = _content_lines(text, fm.content_start, fm.content_end)
    pattern = {"yaml": _YAML_KEY, "toml": _TOML_KEY, "pelican": _PELICAN_KEY}[fm.kind]
    entries: list[_Entry] = []
    current: _Entry | None = None
    for start, stop, line in lines:
        match = None
        if line[:1] not in ("", " ", "\t", "#", "-", "["):
            match = pattern.fullmatch(line)
        if fm.kind == "toml" and line.startswith("["):  # a table: top-level keys end here
            if current:
                entries.append(current)
            current = None
            break
        if match:
            if current:
                entries.append(current)
            current = _Entry(
                _unquote(match.group("key")), start, stop, line, match.group("rest"), []
            )
        elif current is not None:
            current.following.append(line)
            current.end = stop
    if current:
        entries.append(current)
    for entry in entries:  # trailing blank and column-0 comment lines sit between entries
        while entry.following and (
            not entry.following[-1].strip() or entry.following[-1].startswith("#")
        ):
            dropped = entry.following.pop()
            entry.end -= len(dropped) + 1
    return entries


# --------------------------------------------------------------------------- YAML


def _yaml_set(text: str, fm: FrontMatter, key: str, value: Any) -> Edit:
    entries = _entries(text, fm)
    entry = next((e for e in entries if e.key == key), None)
    styles = _yaml_file_styles(entries)
    if entry is None:
        line = _yaml_entry(_yaml_key(key), value, None, styles)
        return Edit(fm.content_end, fm.content_end, line)
    head = entry.line[: len(entry.line) - len(entry.rest)]  # "key:" as written
    return Edit(entry.start, entry.end, _yaml_entry(head[:-1], value, entry, styles))


def _yaml_key(key: str) -> str:
    if re.fullmatch(r"[A-Za-z_][\w.-]*", key):
        return key
    return json.dumps(key, ensure_ascii=False)


@dataclass
class _Styles:
    quote: str = "plain"  # the quoting most string values use
    list_style: str = "flow"  # "flow" or "block"
    list_indent: int = 2
    item_quote: str = "plain"


def _scalar_style(raw: str) -> str:
    raw = raw.strip()
    if raw.startswith("'"):
        return "single"
    if raw.startswith('"'):
        return "double"
    return "plain"


def _yaml_file_styles(entries: list[_Entry]) -> _Styles:
    styles = _Styles()
    quotes: Counter[str] = Counter()
    for entry in entries:
        rest = entry.rest.strip()
        if rest.startswith("["):
            styles.list_style = "flow"
        elif not rest and entry.following and entry.following[0].lstrip().startswith("- "):
            first = entry.following[0]
            styles.list_style = "block"
            styles.list_indent = len(first) - len(first.lstrip())
            styles.item_quote = _scalar_style(first.lstrip()[2:])
        elif rest and rest[0] not in "|>&*!{":
            quotes[_scalar_style(rest)] += 1
    if quotes:
        styles.quote = quotes.most_common(1)[0][0]
    return styles


def _split_comment(rest: str) -> tuple[str, str]:
    """Split a key line's value part into (value text, inline comment incl. spaces)."""
    stripped = rest.strip()
    if stripped[:1] in ("'", '"'):
        quote = stripped[0]
        i = 1
        while i < len(stripped):
            if quote == "'" and stripped[i] == "'":
                if stripped[i + 1 : i + 2] == "'":
                    i += 2
                    continue
                break
            if quote == '"' and stripped[i] == "\\":
                i += 2
                continue
            if quote == '"' and stripped[i] == '"':
                break
            i += 1
        tail = stripped[i + 1 :]
        return stripped[: i + 1], tail if tail.strip().startswith("#") else ""
    match = re.search(r"[ \t]+#", rest)
    if match and not stripped.startswith(("[", "{")):
        return rest[: match.start()].strip(), rest[match.start() :]
    return stripped, ""


def _yaml_entry(prefix: str, value: Any, entry: _Entry | None, styles: _Styles) -> str:
    """The full text (with newline) of ``prefix: value`` in the entry's style."""
    old_rest = entry.rest if entry else ""
    old_value, comment = _split_comment(old_rest) if entry else ("", "")
    gap = _indent(old_rest) if old_rest.strip() else " "
    following = entry.following if entry else []
    nested = isinstance(value, dict) or (
        isinstance(value, list | tuple) and any(isinstance(v, dict | list | tuple) for v in value)
    )
    if nested:
        return _yaml_dump_entry(prefix, value, following, styles)
    if isinstance(value, list | tuple):
        block = not old_value and following and following[0].lstrip().startswith("- ")
        if block or (
            not old_value.startswith("[") and styles.list_style == "block" and not old_value
        ):
            indent = (
                (len(following[0]) - len(following[0].lstrip())) if block else (styles.list_indent)
            )
            item_style = _scalar_style(following[0].lstrip()[2:]) if block else styles.item_quote
            items = "".join(f"{' ' * indent}- {_yaml_inline(v, item_style)}\n" for v in value)
            return f"{prefix}:{old_rest if not old_value else ''}\n{items}"
        flow_style = _flow_item_style(old_value) if old_value.startswith("[") else "plain"
        items = ", ".join(_yaml_inline(v, _flow_safe(v, flow_style)) for v in value)
        return f"{prefix}:{gap}[{items}]{comment}\n"
    if (isinstance(value, str) and "\n" in value.rstrip("\n")) or (
        isinstance(value, str) and old_value[:1] in ("|", ">")
    ):
        indent = 2
        if following and following[0].strip():
            indent = len(following[0]) - len(following[0].lstrip()) or 2
        chomp = "" if value.endswith("\n") and not value.endswith("\n\n") else "-"
        if value.endswith("\n\n"):
            chomp = "+"
        body = value[:-1] if value.endswith("\n") else value
        lines = "".join((" " * indent + line if line else "") + "\n" for line in body.split("\n"))
        return f"{prefix}: |{chomp}{comment}\n{lines}"
    style = _scalar_style(old_value) if old_value else styles.quote
    if entry is not None and not old_value and not following:
        style = "plain"
    return f"{prefix}:{gap}{_yaml_inline(value, style)}{comment}\n"


def _flow_safe(value: Any, style: str) -> str:
    """Inside ``[...]`` a plain string may not hold ``,`` or brackets: quote it then."""
    if style == "plain" and isinstance(value, str) and any(c in value for c in ",[]{}"):
        return "double"
    return style


def _flow_item_style(flow: str) -> str:
    inner = flow.strip()[1:].lstrip()
    return _scalar_style(inner) if inner else "plain"


def _yaml_dump_entry(prefix: str, value: Any, following: list[str], styles: _Styles) -> str:
    """Nested values: let ruamel.yaml write them, indented like the entry it replaces."""

    from ruamel.yaml import YAML

    indent, dash = 2, styles.list_indent
    for line in following:
        if line.strip():
            lead = len(line) - len(line.lstrip())
            if line.lstrip().startswith("- "):
                dash = lead
            else:
                indent = lead or 2
            break
    dumper = YAML(typ="rt", pure=True)
    dumper.width = 4096
    dumper.indent(mapping=indent, sequence=dash + 2, offset=dash)
    out = StringIO()
    dumper.dump({"k": _quoted(value, styles.quote)}, out)
    body = out.getvalue().split("\n", 1)[1]
    return f"{prefix}:\n{body}"


def _quoted(value: Any, style: str) -> Any:
    """Strings inside nested values, marked to be written in the file's quoting."""
    from ruamel.yaml.scalarstring import DoubleQuotedScalarString, SingleQuotedScalarString

    if isinstance(value, dict):
        return {k: _quoted(v, style) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_quoted(v, style) for v in value]
    if isinstance(value, str) and "\n" not in value:
        if style == "double":
            return DoubleQuotedScalarString(value)
        if style == "single":
            return SingleQuotedScalarString(value)
    return value


def _yaml_inline(value: Any, style: str) -> str:
    """One scalar as YAML, in ``style`` ("plain", "single" or "double") where it can be."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return ".nan"
        if math.isinf(value):
            return ".inf" if value > 0 else "-.inf"
        return repr(value)
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value)
    if style == "plain" and _plain_ok(text):
        return text
    if style in ("single", "plain") and not re.search(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]", text):
        return "'" + text.replace("'", "''") + "'"
    return json.dumps(text, ensure_ascii=False)


def _plain_ok(text: str) -> bool:
    if not text or text != text.strip() or "\n" in text:
        return False
    data, error = _load_yaml(f"k: {text}\n")
    return error is None and data is not None and data.get("k") == text


# --------------------------------------------------------------------------- TOML


def _toml_inline(value: Any, old: str = "") -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml_inline(v) for v in value) + "]"
    if value is None:
        raise FrontMatterError("TOML has no null; delete the key instead.")
    text = str(value)
    if old.strip().startswith("'") and "'" not in text and "\n" not in text:
        return f"'{text}'"
    return json.dumps(text, ensure_ascii=False)


def _toml_set(text: str, fm: FrontMatter, key: str, value: Any) -> Edit:
    entries = _entries(text, fm)
    entry = next((e for e in entries if e.key == key), None)
    if entry is None:
        table = re.search(r"^\[", text[fm.content_start : fm.content_end], re.M)
        at = fm.content_start + table.start() if table else fm.content_end
        return Edit(at, at, f"{_yaml_key(key)} = {_toml_inline(value)}\n")
    head = entry.line[: len(entry.line) - len(entry.rest)]
    comment = ""
    match = re.search(r"[ \t]+#[^\"']*$", entry.rest)
    if match and not entry.following:
        comment = entry.rest[match.start() :]
    return Edit(entry.start, entry.end, f"{head}{_toml_inline(value, entry.rest)}{comment}\n")


# --------------------------------------------------------------------------- Pelican


def _pelican_set(text: str, fm: FrontMatter, key: str, value: Any) -> Edit:
    if isinstance(value, list | tuple):
        shown = ", ".join(str(v) for v in value)
    elif isinstance(value, dt.datetime):
        shown = value.isoformat(sep=" ")
    elif isinstance(value, dt.date):
        shown = value.isoformat()
    else:
        shown = "" if value is None else str(value)
    if "\n" in shown:
        raise FrontMatterError("A Pelican header value must fit on one line.")
    entries = _entries(text, fm)
    entry = next((e for e in entries if _same_key(fm, e.key, key)), None)
    if entry is None:
        if fm.end == len(text) and not text.endswith("\n"):
            return Edit(fm.end, fm.end, f"\n{key}: {shown}")
        return Edit(fm.end, fm.end, f"{key}: {shown}\n")
    gap = _indent(entry.rest) or " "
    newline = "\n" if text[entry.end - 1 : entry.end] == "\n" else ""
    return Edit(entry.start, entry.end, f"{entry.key}:{gap}{shown}{newline}")


# --------------------------------------------------------------------------- checks


def _verify(new_text: str, old: FrontMatter, expected: dict[str, Any], key: str) -> None:
    fm = parse_front_matter(new_text)
    if fm.kind != old.kind and old.kind != "none":
        raise FrontMatterError(f"Writing {key!r} would break the front matter; nothing changed.")
    got = fm.data
    if old.kind == "pelican":  # Pelican values are text: compare them as text
        expected = {k: _pelican_text(v) for k, v in expected.items()}
    if old.kind == "toml" and got is not None:
        got = tomllib.loads(new_text[fm.content_start : fm.content_end])
    if got is None or jsonable(got) != jsonable(expected):
        raise FrontMatterError(
            f"Could not write {key!r} without changing other keys or the value's type; "
            "nothing changed. Edit the front matter in the text instead."
        )


def _pelican_text(value: Any) -> str:
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return "" if value is None else str(value)
